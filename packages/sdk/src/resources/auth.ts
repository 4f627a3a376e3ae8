// Accounts and sessions. Logging in (or registering) starts the client's session; logging out ends it.
import type { PaduCore } from '../client.ts';
import type { PageList } from '../pagination.ts';
import type { SessionState } from '../session.ts';
import type { AuthSession, LoginRequest, Query, RegisterRequest, RequestOptions, Schema, User } from '../types.ts';
import { listMethod } from './methods.ts';

export interface AuthResource {
  /**
   * Register a citizen account
   *
   * `POST /auth/register` (`registerCitizen`). Creates an unverified account and logs it in.
   */
  register(account: RegisterRequest, options?: RequestOptions): Promise<AuthSession>;

  /**
   * Log in with NIK or email and password
   *
   * `POST /auth/login` (`login`). Starts the client's session; `padu.session` subscribers hear of it.
   */
  login(credentials: LoginRequest, options?: RequestOptions): Promise<AuthSession>;

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
   * `POST /auth/logout` (`logout`). The local session ends even when the gateway cannot be reached.
   */
  logout(options?: RequestOptions): Promise<void>;

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
  async function start(path: string, json: unknown, options?: RequestOptions) {
    const started = await call<AuthSession>({ method: 'POST', path, json, ...options });
    session.set(started, 'login');
    return started;
  }

  return {
    register: (account, options) => start('auth/register', account, options),
    login: (credentials, options) => start('auth/login', credentials, options),
    refresh: () => session.refresh(),
    async logout(options) {
      const current = session.current;
      try {
        if (current) {
          await send({ method: 'POST', path: 'auth/logout', auth: true, json: { refreshToken: current.refreshToken }, ...options });
        }
      } finally {
        session.set(null, 'logout');
      }
    },
    me: (options) => call({ path: 'auth/me', auth: true, ...options }),
    sessions: listMethod<'listMySessions'>(core, 'auth/sessions', true),
    endSession: (id, options) => call({ method: 'POST', path: `auth/sessions/${encodeURIComponent(id)}/end`, auth: true, ...options }),
  };
}
