// Accounts and sessions. Logging in (or registering) starts the client's session; logging out ends it.
import type { PaduCore } from '../client.ts';
import { COOKIE_CALL, loadSso } from '../core-client.ts';
import type { PageList } from '../pagination.ts';
import type { SessionState } from '../session.ts';
import type { LoginRequest, Query, RegisterRequest, RequestOptions, Schema, User } from '../types.ts';
import { listMethod } from './methods.ts';

export interface AuthResource {
  /**
   * Register a citizen account
   *
   * `POST /auth/register` (`registerCitizen`). Creates an unverified account and logs it in. In cookie mode the
   * answer has no `refreshToken` (it is in the gateway's HttpOnly cookie).
   */
  register(account: RegisterRequest, options?: RequestOptions): Promise<SessionState>;

  /**
   * Log in with NIK or email and password
   *
   * `POST /auth/login` (`login`). Starts the client's session; `padu.session` subscribers hear of it. In cookie
   * mode the answer has no `refreshToken` (it is in the gateway's HttpOnly cookie).
   */
  login(credentials: LoginRequest, options?: RequestOptions): Promise<SessionState>;

  /**
   * Exchange a refresh token for a new session
   *
   * `POST /auth/refresh` (`refreshSession`). Rarely needed: calls refresh by themselves when the access token
   * expires. Joins a refresh already in flight (so it takes no signal: others may be waiting on it); resolves
   * with `null` when there is no session.
   */
  refresh(): Promise<SessionState | null>;

  /**
   * Log out and revoke the refresh token
   *
   * `POST /auth/logout` (`logout`). The local session ends even when the gateway cannot be reached. In cookie
   * mode the cookie's session ends and the gateway clears the cookie. In sso mode the access token is revoked at
   * the provider, and the browser goes to its sign-out page (RP-initiated logout), where the citizen may sign out
   * of every site.
   */
  logout(options?: RequestOptions): Promise<void>;

  /**
   * Single sign-on: sends the browser to the gateway's sign-in (a top-level redirect; PKCE S256, state and nonce
   * kept in the tab's sessionStorage). Never resolves (the page navigates away); rejects with a `PaduError` when
   * `sso` is not configured or the provider cannot be discovered. Back on the page, `padu.session.restore()`
   * completes it. `locale` picks the sign-in page's language; default: the page's `lang`.
   */
  signInWithSso(options?: { locale?: 'id' | 'en'; signal?: AbortSignal }): Promise<never>;

  /**
   * Get the logged-in user
   *
   * `GET /auth/me` (`getCurrentUser`).
   */
  me(options?: RequestOptions): Promise<User>;

  /**
   * List the caller's active sessions ("Perangkat aktif")
   *
   * `GET /auth/sessions` (`listMySessions`). Iterate it for every session, or call `firstPage()`.
   */
  sessions(query?: Query<'listMySessions'>, options?: RequestOptions): PageList<Schema<'ActiveSession'>>;

  /**
   * End one of the caller's sessions
   *
   * `POST /auth/sessions/{sessionId}/end` (`endSession`). Resolves with the session as it was; `current: true`
   * means this client has just logged itself out.
   */
  endSession(sessionId: string, options?: RequestOptions): Promise<Schema<'ActiveSession'>>;
}

export function authResource(core: PaduCore): AuthResource {
  const { call, send, session } = core;
  /** The cookie's headers and credentials on the calls that issue, use or end it; nothing in bearer mode. */
  const sessionCall = session.mode === 'cookie' ? COOKIE_CALL : {};
  async function start(path: string, json: unknown, options?: RequestOptions) {
    const started = await call<SessionState>({ method: 'POST', path, json, ...sessionCall, ...options });
    session.set(started, 'login');
    return started;
  }

  return {
    register: (account, options) => start('auth/register', account, options),
    login: (credentials, options) => start('auth/login', credentials, options),
    refresh: () => session.refresh(),
    async logout(options) {
      const current = session.current;
      let leave: string | undefined;
      try {
        if (session.mode === 'sso') leave = await (await loadSso()).signOut(core);
        // Cookie mode: the cookie is the refresh token; bearer mode: the body.
        else if (current) await send({ method: 'POST', path: 'auth/logout', auth: true, json: current.refreshToken && { refreshToken: current.refreshToken }, ...sessionCall, ...options });
      } finally {
        session.set(null, 'logout');
      }
      // Single sign-on: on to the provider's sign-out, where the citizen may sign out of every site.
      if (leave) location.assign(leave);
    },
    signInWithSso: async (options) => (await loadSso()).startSignIn(core, options),
    me: (options) => call({ path: 'auth/me', auth: true, ...options }),
    sessions: listMethod<'listMySessions'>(core, 'auth/sessions', true),
    endSession: (id, options) => call({ method: 'POST', path: `auth/sessions/${encodeURIComponent(id)}/end`, auth: true, ...options }),
  };
}
