// `createPadu()`: a client with every resource, one per page (it holds the session). The à-la-carte form,
// `createPaduCore()` plus the resource factories, is in core-client.ts.
import { agenciesResource, type AgenciesResource } from './resources/agencies.ts';
import { authoringResource, type AuthoringResource } from './resources/authoring.ts';
import { applicationsResource, type ApplicationsResource } from './resources/applications.ts';
import { authResource, type AuthResource } from './resources/auth.ts';
import { metaResource, type MetaResource } from './resources/meta.ts';
import { officerResource, type OfficerResource } from './resources/officer.ts';
import { servicesResource, type ServicesResource } from './resources/services.ts';
import { staffResource, type StaffResource } from './resources/staff.ts';
import { trackingResource, type TrackingResource } from './resources/tracking.ts';
import { uploadsResource, type UploadsResource } from './resources/uploads.ts';
import { webhooksResource, type WebhooksResource } from './resources/webhooks.ts';
import { createPaduCore, type PaduOptions } from './core-client.ts';
import type { Session } from './session.ts';

export { createPaduCore, type PaduCore, type PaduOptions } from './core-client.ts';

/** A client of a Padu gateway: every operation of the contract, grouped by resource. */
export interface Padu {
  /** The logged-in state, shared by everything that uses this client: `current`, `subscribe(listener)`. */
  readonly session: Session;
  /** Accounts and sessions: register, log in, refresh, log out, who am I. */
  readonly auth: AuthResource;
  /** The OPDs (city agencies). */
  readonly agencies: AgenciesResource;
  /** The catalogue of every OPD's services. */
  readonly services: ServicesResource;
  /** Documents to attach to applications. */
  readonly uploads: UploadsResource;
  /** The logged-in citizen's applications. */
  readonly applications: ApplicationsResource;
  /** Public tracking by tracking code. */
  readonly tracking: TrackingResource;
  /** The work queue of an OPD's officers. */
  readonly officer: OfficerResource;
  /** Health and the contract itself. */
  readonly meta: MetaResource;
  /** Service authoring, for OPD admins and the city's admin: drafts, publishing, versions and the audit log. */
  readonly authoring: AuthoringResource;
  /** An OPD's staff accounts, for OPD admins and the city's admin: list, invite, disable, enable; and accepting an invitation. */
  readonly staff: StaffResource;
  /** Webhooks to an OPD's own systems, for OPD admins and the city's admin: endpoints, secrets, deliveries. */
  readonly webhooks: WebhooksResource;
}

/** Makes a client of the Padu gateway at `options.baseUrl`. One per page is enough: it holds the session. */
export function createPadu(options: PaduOptions): Padu {
  const core = createPaduCore(options);
  return {
    session: core.session,
    auth: authResource(core),
    agencies: agenciesResource(core),
    services: servicesResource(core),
    uploads: uploadsResource(core),
    applications: applicationsResource(core),
    tracking: trackingResource(core),
    officer: officerResource(core),
    meta: metaResource(core),
    authoring: authoringResource(core),
    staff: staffResource(core),
    webhooks: webhooksResource(core),
  };
}
