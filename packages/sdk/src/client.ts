// `createPadu()`: one client per page, shared by every element on it. `createPaduCore()` plus the resource
// factories is the à-la-carte form, for bundles that need only a few resources.
import { agenciesResource, type AgenciesResource } from './resources/agencies.ts';
import { applicationsResource, type ApplicationsResource } from './resources/applications.ts';
import { authResource, type AuthResource } from './resources/auth.ts';
import { metaResource, type MetaResource } from './resources/meta.ts';
import { officerResource, type OfficerResource } from './resources/officer.ts';
import { servicesResource, type ServicesResource } from './resources/services.ts';
import { trackingResource, type TrackingResource } from './resources/tracking.ts';
import { uploadsResource, type UploadsResource } from './resources/uploads.ts';
import { createSession, type Session, type SessionStorageKind, type TokenSource } from './session.ts';
import { createTransport, type Transport } from './transport.ts';
import type { AuthSession, RetryPolicy } from './types.ts';

export interface PaduOptions {
  /**
   * The gateway's API root, e.g. `https://layanan.kedirikota.go.id/api/v1`. In a browser it may be relative to the
   * page (`/api/v1`); in Node it must be absolute.
   */
  baseUrl: string | URL;
  /** A fetch to use instead of the global one (tests, Node agents, offline fixtures). */
  fetch?: typeof globalThis.fetch;
  /** Per-attempt timeout in ms for ordinary calls (and for an event stream's answer). Default 10 000. */
  timeout?: number;
  /** Per-attempt timeout in ms for uploads. Default 300 000. */
  uploadTimeout?: number;
  /**
   * Retries with exponential backoff and full jitter, on GET and on POSTs that carry an `Idempotency-Key`, after
   * 408, 429, 500, 502, 503, 504 and network errors, honouring `Retry-After`. Default `{ limit: 2, maxRetryAfter:
   * 30000 }` (no `backoffLimit`: with two retries the delays stay under a second).
   */
  retry?: RetryPolicy;
  /** Where the session is kept: `memory` (default) or `session` (the tab's sessionStorage). Never localStorage. */
  storage?: SessionStorageKind;
  /** Where fresh tokens come from; default: Padu's refresh-token exchange. The seam for single sign-on later. */
  tokenSource?: TokenSource;
}

/** What every resource builds on: the transport, the session, and the options it was made with. */
export interface PaduCore extends Transport {
  session: Session;
  options: PaduOptions;
}

export function createPaduCore(options: PaduOptions): PaduCore {
  const session = createSession(options.storage, () => options.tokenSource ?? refreshGrant);
  const transport = createTransport(options, session);
  const refreshGrant: TokenSource = {
    refresh: ({ refreshToken }) =>
      transport.call<AuthSession>({ method: 'POST', path: 'auth/refresh', json: { refreshToken } }),
  };
  return { ...transport, session, options };
}

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
  };
}
