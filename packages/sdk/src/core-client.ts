// `createPaduCore()`: the transport and the session every resource builds on. `createPadu()` (client.ts) adds every
// resource; `createPaduCore()` plus the resource factories is the à-la-carte form, for bundles that need only a
// few resources (the elements).
import { UnauthorizedError } from './errors.ts';
import { createSession, type Session, type SessionMode, type SessionStorageKind, type TokenSource } from './session.ts';
import { createTransport, type Call, type Transport } from './transport.ts';
import type { AuthSession, CookieSession, RetryPolicy } from './types.ts';

/** Single sign-on through the gateway as an OpenID Connect provider, for sites outside the city's domain. */
export interface SsoOptions {
  /** The OIDC client id registered at the gateway, e.g. `demo-opd-localhost`. */
  clientId: string;
  /** The issuer; default: the origin of `baseUrl`. */
  issuer?: string;
  /** Where the provider sends the citizen back; default: the current page (`location.origin + location.pathname`). */
  redirectUri?: string;
  /** The name shown on the button, e.g. `Kota Kediri` ("Masuk dengan Akun Kota Kediri"). */
  name?: string;
  /** Default `openid profile padu`. */
  scope?: string;
}

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
  /**
   * Where the session is kept: `memory` (default) or `session` (the tab's sessionStorage). Never localStorage.
   * Single sign-on always keeps its tokens in sessionStorage.
   */
  storage?: SessionStorageKind;
  /**
   * How the session's refresh credential is kept.
   * - `bearer` (default): tokens in the JSON bodies, kept per `storage` (Node integrators, the officer console).
   * - `cookie`: the gateway's HttpOnly refresh cookie (`Padu-Session: cookie`, `credentials: 'include'`), for pages
   *   on the city's own domain: every page and every OPD site is signed in at once. No refresh token in page
   *   JavaScript.
   */
  session?: 'bearer' | 'cookie';
  /** Single sign-on through the gateway as an OpenID Connect provider, for sites outside the city's domain. */
  sso?: SsoOptions;
  /** Where fresh tokens come from; default: Padu's refresh-token exchange (in the body, or the cookie). */
  tokenSource?: TokenSource;
}

/** What every resource builds on: the transport, the session, and the options it was made with. */
export interface PaduCore extends Transport {
  session: Session;
  options: PaduOptions;
}

/** What a call that issues, uses or ends the session cookie carries in cookie mode (and no other call). */
export const COOKIE_CALL = { headers: { 'padu-session': 'cookie' }, credentials: 'include' } satisfies Partial<Call>;

let ssoModule: Promise<typeof import('./sso.ts')> | undefined;
/** The single sign-on code (with oauth4webapi), fetched only by a page that signs in, comes back or signs out. */
export const loadSso = () =>
  (ssoModule ??= import('./sso.ts').catch((error: unknown) => {
    ssoModule = undefined;
    throw error;
  }));

/** Where a tab keeps the single sign-on it started until the provider answers (sso.ts). */
export const SSO_PENDING_KEY = 'padu.sso.pending';

export function createPaduCore(options: PaduOptions): PaduCore {
  const mode: SessionMode = options.sso ? 'sso' : options.session === 'cookie' ? 'cookie' : 'bearer';
  /** The cookie session, or null when the gateway says there is none (204: no cookie came with the request). */
  const cookieRefresh = async (): Promise<CookieSession | null> => {
    const response = await transport.send({ method: 'POST', path: 'auth/refresh', ...COOKIE_CALL });
    return response.status === 204 ? null : response.json();
  };
  const refreshGrant: TokenSource = {
    refresh: ({ refreshToken }) =>
      mode === 'cookie'
        ? // The cookie gone while the page held a session (cleared elsewhere): that session has ended.
          cookieRefresh().then((next) => next ?? Promise.reject(new UnauthorizedError('Sesi berakhir', { status: 401 })))
        : mode === 'sso'
          ? // No refresh token is asked for: when the 15-minute access token runs out, the session ends, and one
            // click on "Masuk dengan Akun …" (no password: the citizen is signed in at the gateway) starts another.
            Promise.reject(new UnauthorizedError('Sesi berakhir', { status: 401 }))
          : transport.call<AuthSession>({ method: 'POST', path: 'auth/refresh', json: { refreshToken } }),
  };
  const session = createSession({
    mode,
    storage: mode === 'sso' ? 'session' : options.storage,
    channel: mode === 'bearer' ? undefined : options.baseUrl,
    tokenSource: () => options.tokenSource ?? refreshGrant,
    // No cookie (204), a refused one or no network: the page is signed out.
    async restore(session) {
      // Only a tab that started a sign-in (and is back from the provider) loads the single sign-on code.
      if (mode === 'sso' && sessionStorage.getItem(SSO_PENDING_KEY)) {
        return (await loadSso()).completeSignIn(core, session);
      }
      if (mode !== 'cookie' || session.current) return session.current;
      const found = await cookieRefresh();
      // A login that finished meanwhile wins.
      return session.current ?? (found && session.set(found, 'login'));
    },
  });
  const transport = createTransport(options, session);
  const core: PaduCore = { ...transport, session, options };
  return core;
}
