// The handler of every operation. The type makes a missing one a compile error; the registrar checks the same
// against the parsed YAML at start.
import type { Handlers } from '../contract/handlers.ts';
import type { GatewayContext } from '../context.ts';
import { authHandlers } from './auth.ts';
import { sessionHandlers } from './sessions.ts';
import { catalogueHandlers } from './catalogue.ts';
import { uploadHandlers } from './uploads.ts';
import { applicationHandlers } from './applications.ts';
import { trackingHandlers } from './tracking.ts';
import { officerHandlers } from './officer.ts';
import { metaHandlers } from './meta.ts';
import { authoringHandlers } from './authoring.ts';
import { officerAccountHandlers } from './officer-accounts.ts';
import { webhookHandlers } from './webhooks.ts';

export function createHandlers(ctx: GatewayContext): Handlers {
  return {
    ...authHandlers(ctx),
    ...sessionHandlers(ctx),
    ...catalogueHandlers(ctx),
    ...uploadHandlers(ctx),
    ...applicationHandlers(ctx),
    ...trackingHandlers(ctx),
    ...officerHandlers(ctx),
    ...metaHandlers(ctx),
    ...authoringHandlers(ctx),
    ...officerAccountHandlers(ctx),
    ...webhookHandlers(ctx),
  };
}
