// The logged-in state one client shares with every element on the page: tokens, user, change listeners, the
// single refresh in flight that any number of failed requests wait on, and (in browsers, cookie and sso modes) the
// other tabs of the same site, which hear of every change over a BroadcastChannel.
import { isRefusal } from './errors.ts';
import type { AuthSession, CookieSession } from './types.ts';

/**
 * A session as the client keeps it: the contract's `AuthSession` (bearer mode), its `CookieSession` (cookie mode:
 * no `refreshToken`, which stays in the gateway's HttpOnly cookie), or a single sign-on session (sso mode: the
 * provider's access token and ID token, no refresh token).
 */
export interface SessionState extends Omit<AuthSession, 'refreshToken' | 'refreshExpiresIn'> {
  /** Bearer mode only: the rotating refresh token. */
  refreshToken?: string;
  /** Seconds until the refresh credential expires (bearer and cookie modes). */
  refreshExpiresIn?: number;
  /** Sso mode: the provider's ID token, the `id_token_hint` of signing out. */
  idToken?: string;
}

export type SessionChangeType = 'login' | 'refresh' | 'logout' | 'session-ended';

export interface SessionChange {
  /** `session-ended` means the gateway refused to refresh it: the user has to log in again. */
  type: SessionChangeType;
  session: SessionState | null;
}

export type SessionListener = (change: SessionChange) => void;

/**
 * Where fresh tokens come from when the access token runs out. The default exchanges Padu's rotating refresh token
 * (`POST /auth/refresh`, with the token in the body or, in cookie mode, in the cookie); single sign-on has none and
 * refuses, which ends the session.
 * A refusal (a 4xx `PaduError`, see `isRefusal`) ends the session; any other failure keeps it for a later try.
 */
export interface TokenSource {
  refresh(session: SessionState): Promise<SessionState | AuthSession | CookieSession>;
}

/** Where a session is kept: `memory` (the default) or the tab's `sessionStorage`. Never `localStorage`. */
export type SessionStorageKind = 'memory' | 'session';

/** How a session is kept: bearer tokens in JSON bodies, the gateway's cookie, or single sign-on. */
export type SessionMode = 'bearer' | 'cookie' | 'sso';

export interface Session {
  /** How this session is kept: `bearer`, `cookie`, or `sso` (when `options.sso` is set). */
  readonly mode: SessionMode;
  /** The current session with its user, or `null` when logged out. */
  readonly current: SessionState | null;
  /** Calls `listener` on every change (login, refresh, logout, session-ended); returns the unsubscribe function. */
  subscribe(listener: SessionListener): () => void;
  /** Replaces the session, e.g. with tokens obtained elsewhere; `null` clears it (without calling the gateway). */
  set(session: SessionState | null, type?: SessionChangeType): SessionState | null;
  /**
   * Gets fresh tokens from the token source. Concurrent callers share one refresh; a caller holding an access
   * token that was already replaced gets the current session without another refresh.
   */
  refresh(staleAccessToken?: string): Promise<SessionState | null>;
  /**
   * Finds the session a page already has, once per client (later calls return the same promise). Cookie mode: one
   * `POST auth/refresh` with the cookie (no cookie, or a refused one: resolves `null`, nothing thrown). Sso mode:
   * completes an authorization response in the URL (`?code=&state=`, removed with `history.replaceState`) or
   * takes the tab's stored tokens. Bearer mode: resolves `current`. A network failure resolves `null` too (the
   * page stays usable signed out) but ends no session.
   */
  restore(): Promise<SessionState | null>;
  /** Whether `restore()` has settled (elements show a neutral busy state, not the login form, until then). */
  readonly restored: boolean;
}

export interface SessionOptions {
  mode?: SessionMode;
  storage?: SessionStorageKind | undefined;
  /** The token source, looked up at each refresh. */
  tokenSource: () => TokenSource;
  /** How `restore()` finds the page's session (it calls `set` itself); a rejection resolves `current`. */
  restore?: (session: Session) => Promise<SessionState | null>;
  /** The gateway's base URL, in cookie and sso modes: the tabs of a site share changes on its channel. */
  channel?: string | URL | undefined;
}

const STORAGE_KEY = 'padu.session';

/** The name of the BroadcastChannel the tabs of a site share for one gateway. */
export const channelName = (baseUrl: string | URL) => `padu.session:${new URL(baseUrl, globalThis.location?.href).href}`;

function openChannel(baseUrl: string | URL | undefined): BroadcastChannel | undefined {
  try {
    const channel = new BroadcastChannel(channelName(baseUrl!));
    // Node has BroadcastChannel too (between threads); it must not keep a process alive.
    (channel as { unref?: () => void }).unref?.();
    return channel;
  } catch {
    // No BroadcastChannel, or a relative base URL with no page to resolve it against: no other tabs either.
  }
}

export function createSession({ mode = 'bearer', storage, tokenSource, restore: find, channel: channelOf }: SessionOptions): Session {
  const listeners = new Set<SessionListener>();
  let store: Storage | undefined;
  let state: SessionState | null = null;
  let inflight: Promise<SessionState | null> | undefined;
  let restoring: Promise<SessionState | null> | undefined;
  try {
    store = storage === 'session' ? globalThis.sessionStorage : undefined;
    state = JSON.parse(store?.getItem(STORAGE_KEY) ?? 'null');
  } catch {
    // Storage blocked (sandboxed frames, strict privacy settings): the session lives in memory only.
  }

  const channel = channelOf ? openChannel(channelOf) : undefined;

  /** Keeps and announces a change; `broadcast` false for one heard from another tab. */
  function apply(next: SessionState | null, type: SessionChangeType, broadcast: boolean) {
    state = next;
    try {
      if (state) store?.setItem(STORAGE_KEY, JSON.stringify(state));
      else store?.removeItem(STORAGE_KEY);
    } catch {
      // A full or blocked storage: the session still lives in memory.
    }
    // Other tabs get the access token and the user; never a refresh token.
    if (broadcast) channel?.postMessage({ type, session: state && { ...state, refreshToken: undefined } });
    listeners.forEach((listener) => listener({ type, session: state }));
    return state;
  }

  if (channel) {
    // Another tab's change, taken as it is, without a request (and not posted again).
    channel.onmessage = ({ data }: MessageEvent<SessionChange | null>) => {
      const next = data?.session;
      if (next?.accessToken ? data!.type === 'login' || data!.type === 'refresh' : state && (data?.type === 'logout' || data?.type === 'session-ended')) {
        apply(next ?? null, data!.type, false);
      }
    };
  }

  const set = (next: SessionState | null, type: SessionChangeType = next ? 'login' : 'logout') => apply(next, type, true);

  function refresh(staleAccessToken?: string): Promise<SessionState | null> {
    const current = state;
    if (!current || (staleAccessToken && staleAccessToken !== current.accessToken)) return Promise.resolve(current);
    return (inflight ??= tokenSource()
      .refresh(current)
      .then(
        (next) => set(next, 'refresh'),
        (error: unknown) => {
          if (isRefusal(error)) set(null, 'session-ended');
          throw error;
        },
      )
      .finally(() => {
        inflight = undefined;
      }));
  }

  const session: Session = {
    mode,
    get current() {
      return state;
    },
    // A session without a way to find one (bearer mode) has nothing to wait for: its tokens are here already.
    restored: !find,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set,
    refresh,
    restore: () =>
      (restoring ??= (find ? find(session) : Promise.resolve(state))
        .catch(() => state)
        .finally(() => {
          (session as { restored: boolean }).restored = true;
        })),
  };
  return session;
}
