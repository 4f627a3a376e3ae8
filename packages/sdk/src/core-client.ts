// `createPaduCore()`: the transport and the session every resource builds on. `createPadu()` (client.ts) adds every
// resource; `createPaduCore()` plus the resource factories is the à-la-carte form, for bundles that need only a
// few resources (the elements).
import { UnauthorizedError } from './errors.ts';
import {
  channelName,
  createSession,
  type Session,
  type SessionMode,
  type SessionState,
  type SessionStorageKind,
  type TokenSource,
} from './session.ts';
import { ssoCallbackPending } from './sso-callback.ts';
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

/** The session mode `options` ask for: `sso` when single sign-on is configured. */
export const modeOf = (options: PaduOptions): SessionMode => (options.sso ? 'sso' : options.session === 'cookie' ? 'cookie' : 'bearer');

function sessionChannel(options: PaduOptions, mode: SessionMode): string | undefined {
  if (mode === 'bearer') return undefined;
  try {
    return channelName(options.baseUrl);
  } catch {
    return undefined; // a relative base URL with no page to resolve it against: no other tabs either
  }
}

let ssoModule: Promise<typeof import('./sso.ts')> | undefined;
/** The single sign-on code (with oauth4webapi), fetched only by a page that uses it. */
export const loadSso = () =>
  (ssoModule ??= import('./sso.ts').catch((error: unknown) => {
    ssoModule = undefined;
    throw error;
  }));

export function createPaduCore(options: PaduOptions): PaduCore {
  const mode = modeOf(options);
  const refreshGrants: Record<SessionMode, TokenSource> = {
    bearer: {
      refresh: ({ refreshToken }) =>
        transport.call<AuthSession>({ method: 'POST', path: 'auth/refresh', json: { refreshToken } }),
    },
    cookie: {
      refresh: () => transport.call<CookieSession>({ method: 'POST', path: 'auth/refresh', ...COOKIE_CALL }),
    },
    // No refresh token is asked for: when the 15-minute access token runs out, the session ends and one click on
    // "Masuk dengan Akun …" (no password, the citizen is signed in at the gateway) starts a new one.
    sso: {
      refresh: () => Promise.reject(new UnauthorizedError('Sesi masuk tunggal sudah berakhir. Silakan masuk lagi.', { status: 401 })),
    },
  };
  const restorers: Record<SessionMode, (session: Session) => Promise<SessionState | null>> = {
    bearer: async (session) => session.current,
    async cookie(session) {
      if (session.current) return session.current;
      try {
        const found = await transport.call<CookieSession>({ method: 'POST', path: 'auth/refresh', ...COOKIE_CALL });
        // A login that finished meanwhile wins.
        return session.current ?? session.set(found, 'login');
      } catch {
        // No cookie (401 `refresh_token.missing`), a refused one, or no network: signed out, quietly.
        return session.current;
      }
    },
    // Only an authorization response of this tab's own sign-in loads the single sign-on code.
    sso: async (session) => (ssoCallbackPending() ? (await loadSso()).completeSignIn(core, session) : session.current),
  };
  const session = createSession({
    mode,
    storage: mode === 'sso' ? 'session' : options.storage,
    channel: sessionChannel(options, mode),
    tokenSource: () => options.tokenSource ?? refreshGrants[mode],
    restore: (session) => restorers[mode](session),
  });
  const transport = createTransport(options, session);
  const core: PaduCore = { ...transport, session, options };
  return core;
}
