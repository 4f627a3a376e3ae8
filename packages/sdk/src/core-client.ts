// `createPaduCore()`: the transport and the session every resource builds on. `createPadu()` (client.ts) adds every
// resource; `createPaduCore()` plus the resource factories is the à-la-carte form, for bundles that need only a
// few resources (the elements).
import { createSession, type SessionStorageKind, type Session, type TokenSource } from './session.ts';
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
