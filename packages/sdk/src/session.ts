// The logged-in state one client shares with every element on the page: tokens, user, change listeners, and the
// single refresh in flight that any number of failed requests wait on.
import { isRefusal } from './errors.ts';
import type { AuthSession } from './types.ts';

/** A session as the client keeps it: the contract's `AuthSession` (tokens, their lifetimes, and the user). */
export type SessionState = AuthSession;

export type SessionChangeType = 'login' | 'refresh' | 'logout' | 'session-ended';

export interface SessionChange {
  /** `session-ended` means the gateway refused to refresh it: the user has to log in again. */
  type: SessionChangeType;
  session: SessionState | null;
}

export type SessionListener = (change: SessionChange) => void;

/**
 * Where fresh tokens come from when the access token runs out. The default exchanges Padu's rotating refresh token
 * (`POST /auth/refresh`); single sign-on (OIDC with PKCE) can plug in its own without touching the rest.
 * A refusal (a 4xx `PaduError`, see `isRefusal`) ends the session; any other failure keeps it for a later try.
 */
export interface TokenSource {
  refresh(session: SessionState): Promise<AuthSession>;
}

/** Where a session is kept: `memory` (the default) or the tab's `sessionStorage`. Never `localStorage`. */
export type SessionStorageKind = 'memory' | 'session';

export interface Session {
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
}

const STORAGE_KEY = 'padu.session';

export function createSession(storage: SessionStorageKind | undefined, tokenSource: () => TokenSource): Session {
  const listeners = new Set<SessionListener>();
  let store: Storage | undefined;
  let state: SessionState | null = null;
  let inflight: Promise<SessionState | null> | undefined;
  try {
    store = storage === 'session' ? globalThis.sessionStorage : undefined;
    state = JSON.parse(store?.getItem(STORAGE_KEY) ?? 'null');
  } catch {
    // Storage blocked (sandboxed frames, strict privacy settings): the session lives in memory only.
  }

  function set(next: SessionState | null, type: SessionChangeType = next ? 'login' : 'logout') {
    state = next;
    if (state) store?.setItem(STORAGE_KEY, JSON.stringify(state));
    else store?.removeItem(STORAGE_KEY);
    listeners.forEach((listener) => listener({ type, session: state }));
    return state;
  }

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

  return {
    get current() {
      return state;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set,
    refresh,
  };
}
