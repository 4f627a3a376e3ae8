// Everything the handlers share, built once per gateway.
import type { GatewayConfig } from './config.ts';
import type { LoadedContract } from './contract/document.ts';
import type { Db } from './db/database.ts';
import type { SessionService } from './auth/sessions.ts';
import type { SessionCookies } from './http/session-cookie.ts';
import type { LoginLimiter } from './auth/login-limiter.ts';
import type { PasswordHasher } from './auth/password-hasher.ts';
import type { Catalogue } from './domain/catalogue.ts';
import type { AuthoringService } from './domain/authoring.ts';
import type { UploadStore } from './domain/uploads.ts';
import type { ApplicationService } from './domain/applications.ts';
import type { TrackingService } from './domain/tracking.ts';
import type { EventBus } from './sse/event-bus.ts';
import type { WebhookEndpoints } from './webhooks/endpoints.ts';
import type { WebhookOutbox } from './webhooks/outbox.ts';
import type { WebhookDispatcher } from './webhooks/dispatcher.ts';

export interface GatewayContext {
  config: GatewayConfig;
  contract: LoadedContract;
  db: Db;
  sessions: SessionService;
  /** The browser session cookie (cookie mode). */
  sessionCookies: SessionCookies;
  loginLimiter: LoginLimiter;
  /** Password hashing, a few at a time (logins and registrations). */
  passwords: PasswordHasher;
  catalogue: Catalogue;
  /** Drafts, versions and the audit log of services authored through the API. */
  authoring: AuthoringService;
  uploads: UploadStore;
  applications: ApplicationService;
  tracking: TrackingService;
  bus: EventBus;
  /** The webhook endpoints of OPDs' own systems, managed by their admins. */
  webhooks: WebhookEndpoints;
  /** Where changes write their webhook events, in their own transaction. */
  outbox: WebhookOutbox;
  /** Sends the outbox's deliveries. */
  dispatcher: WebhookDispatcher;
  /** Open event streams (their close functions), ended when the gateway closes. */
  openStreams: Set<() => void>;
}
