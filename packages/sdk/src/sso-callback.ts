// The small part of single sign-on that every page load of an sso client runs: whether the URL is the answer to
// this tab's own sign-in. Only then is the rest (sso.ts, with oauth4webapi) fetched.

/** The sign-in this tab started (`signInWithSso()`), kept in its sessionStorage until the provider answers. */
export interface PendingSignIn {
  state: string;
  nonce: string;
  /** The PKCE code verifier (S256). */
  verifier: string;
  redirectUri: string;
}

export const PENDING_KEY = 'padu.sso.pending';

/** The parameters an authorization response adds to the page's URL (RFC 6749, RFC 9207, OIDC session management). */
export const RESPONSE_PARAMS = ['code', 'state', 'iss', 'session_state', 'error', 'error_description', 'error_uri'];

export function readPending(): PendingSignIn | null {
  try {
    const pending = JSON.parse(globalThis.sessionStorage?.getItem(PENDING_KEY) ?? 'null');
    return pending && typeof pending.state === 'string' ? pending : null;
  } catch {
    return null;
  }
}

/** Whether the page's URL carries an authorization response and this tab has a sign-in waiting for one. */
export function ssoCallbackPending(): boolean {
  const href = globalThis.location?.href;
  if (!href || !readPending()) return false;
  const { searchParams } = new URL(href);
  return searchParams.has('code') || searchParams.has('state') || searchParams.has('error');
}
