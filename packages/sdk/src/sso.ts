// Single sign-on through the gateway as an OpenID Connect provider (authorization code + PKCE S256, a public
// client, top-level redirects), on oauth4webapi. A page imports this module only when it signs in, comes back
// from signing in, or signs out, so the SDK's core stays as small as it was.
//
// The tokens live in the tab's sessionStorage: a site on another domain shares no cookie with the gateway, and a
// public client in a page cannot keep a secret anyway. They are the gateway's 15-minute opaque access tokens; no
// refresh token is kept, so when one runs out the session ends, and one click signs the citizen in again (signed
// in at the gateway, they type nothing).
import * as oauth from 'oauth4webapi';
import { SSO_PENDING_KEY as PENDING_KEY, type PaduCore, type SsoOptions } from './core-client.ts';
import { NetworkError, PaduError } from './errors.ts';
import type { Session, SessionState } from './session.ts';
import type { User } from './types.ts';

/** The sign-in this tab started, kept in its sessionStorage until the provider answers. */
interface PendingSignIn {
  state: string;
  nonce: string;
  /** The PKCE code verifier (S256). */
  verifier: string;
  redirectUri: string;
}

/** The parameters an authorization response adds to the page's URL (RFC 6749, RFC 9207, OIDC session management). */
const RESPONSE_PARAMS = ['code', 'state', 'iss', 'session_state', 'error', 'error_description', 'error_uri'];

function readPending(): PendingSignIn | null {
  try {
    const pending = JSON.parse(sessionStorage.getItem(PENDING_KEY) ?? 'null');
    return typeof pending?.state === 'string' ? pending : null;
  } catch {
    return null;
  }
}

const DEFAULT_SCOPE = 'openid profile padu';
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/**
 * Whether oauth4webapi may talk to `issuer` over plain http: only a loopback host (local development, `npm start`
 * on http://127.0.0.1:8080). Any other issuer must be https.
 */
export function allowsInsecureRequests(issuer: URL): boolean {
  return issuer.protocol === 'http:' && LOOPBACK.test(issuer.hostname);
}

interface Provider {
  as: oauth.AuthorizationServer;
  client: oauth.Client;
  /** The options of every oauth4webapi request: plain http for a loopback issuer, the client's fetch. */
  http: { [oauth.allowInsecureRequests]?: boolean; [oauth.customFetch]?: typeof fetch; signal?: AbortSignal };
}

const providers = new WeakMap<PaduCore, Promise<Provider>>();

function ssoOptions(core: PaduCore): SsoOptions {
  const { sso } = core.options;
  if (!sso?.clientId) throw new PaduError('Masuk tunggal (SSO) belum diatur: berikan opsi `sso.clientId` pada createPadu().');
  return sso;
}

/** oauth4webapi's and fetch's failures as the SDK's errors: no answer is a `NetworkError`, the rest a `PaduError`. */
function asPaduError(error: unknown, message: string): PaduError {
  if (error instanceof PaduError) return error;
  if (error instanceof TypeError && !(error instanceof oauth.OperationProcessingError)) return new NetworkError(message, { cause: error });
  const status = error instanceof oauth.ResponseBodyError ? error.status : 0;
  return new PaduError(`${message}: ${(error as Error)?.message ?? error}`, { status, cause: error });
}

/** The provider's metadata (discovery at the issuer), once per client. */
function discover(core: PaduCore): Promise<Provider> {
  let provider = providers.get(core);
  if (!provider) {
    provider = (async () => {
      const sso = ssoOptions(core);
      const issuer = new URL(sso.issuer ?? new URL(core.options.baseUrl, globalThis.location?.href).origin);
      const http: Provider['http'] = { [oauth.allowInsecureRequests]: allowsInsecureRequests(issuer) };
      const customFetch = core.options.fetch;
      if (customFetch) http[oauth.customFetch] = (input, init) => customFetch(input, init);
      try {
        const as = await oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, { ...http, algorithm: 'oidc' }));
        return { as, client: { client_id: sso.clientId, token_endpoint_auth_method: 'none' }, http };
      } catch (error) {
        throw asPaduError(error, 'Penyedia masuk tunggal tidak dapat dihubungi');
      }
    })();
    providers.set(core, provider);
    // A failed discovery is tried again next time.
    provider.catch(() => providers.delete(core));
  }
  return provider;
}

/** Where the provider sends the citizen back: the option, else this page without its query. */
function redirectUriOf(sso: SsoOptions): string {
  return sso.redirectUri ?? `${location.origin}${location.pathname}`;
}

/** The page's language for the sign-in page: `id` or `en` (Bahasa Indonesia unless the page is in English). */
function pageLocale(): 'id' | 'en' {
  return /^en\b/i.test(globalThis.document?.documentElement?.lang ?? '') ? 'en' : 'id';
}

/** `auth.signInWithSso()`: sends the browser to the provider's sign-in. */
export async function startSignIn(core: PaduCore, { locale, signal }: { locale?: 'id' | 'en'; signal?: AbortSignal } = {}): Promise<never> {
  const sso = ssoOptions(core);
  const { as, client } = await discover(core);
  signal?.throwIfAborted();
  const pending: PendingSignIn = {
    state: oauth.generateRandomState(),
    nonce: oauth.generateRandomNonce(),
    verifier: oauth.generateRandomCodeVerifier(),
    redirectUri: redirectUriOf(sso),
  };
  const url = new URL(as.authorization_endpoint!);
  url.search = new URLSearchParams({
    client_id: client.client_id,
    redirect_uri: pending.redirectUri,
    response_type: 'code',
    scope: sso.scope ?? DEFAULT_SCOPE,
    code_challenge: await oauth.calculatePKCECodeChallenge(pending.verifier),
    code_challenge_method: 'S256',
    state: pending.state,
    nonce: pending.nonce,
    ui_locales: locale ?? pageLocale(),
  }).toString();
  sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
  location.assign(url.href);
  // The page is leaving.
  return new Promise<never>(() => {});
}

/**
 * `session.restore()` on the page the provider sent the citizen back to: checks the answer against this tab's
 * sign-in (state, then PKCE and nonce in the exchange), takes the response out of the URL, and starts the session.
 * A wrong or missing state is not exchanged; any failure leaves the tab signed out as it was.
 */
export async function completeSignIn(core: PaduCore, session: Session): Promise<SessionState | null> {
  const pending = readPending();
  const callback = new URL(location.href);
  if (!RESPONSE_PARAMS.some((name) => callback.searchParams.has(name))) {
    // Back without an answer (the citizen went back from the provider's page): the sign-in is abandoned.
    sessionStorage.removeItem(PENDING_KEY);
    return session.current;
  }
  // One answer, one try: the pending sign-in and the response in the URL go whatever happens next.
  sessionStorage.removeItem(PENDING_KEY);
  const clean = new URL(callback);
  for (const name of RESPONSE_PARAMS) clean.searchParams.delete(name);
  history.replaceState(history.state, '', clean.href);
  if (!pending || callback.searchParams.get('state') !== pending.state) return session.current;

  const { as, client, http } = await discover(core);
  const params = oauth.validateAuthResponse(as, client, callback, pending.state);
  const response = await oauth.authorizationCodeGrantRequest(as, client, oauth.None(), params, pending.redirectUri, pending.verifier, http);
  const tokens = await oauth.processAuthorizationCodeResponse(as, client, response, { expectedNonce: pending.nonce, requireIdToken: true });
  const user = await core.call<User>({ path: 'auth/me', headers: { authorization: `Bearer ${tokens.access_token}` } });
  const started: SessionState = {
    accessToken: tokens.access_token,
    tokenType: 'Bearer',
    expiresIn: tokens.expires_in ?? 900,
    user,
    ...(tokens.id_token && { idToken: tokens.id_token }),
  };
  return session.set(started, 'login');
}

/**
 * `auth.logout()` in sso mode: revokes the access token (best effort) and answers the provider's RP-initiated
 * logout address, where the citizen chooses to sign out of this site or of every site. The caller ends the session
 * here and in the other tabs, then goes there.
 */
export async function signOut(core: PaduCore): Promise<string | undefined> {
  const current = core.session.current;
  let endSession: URL | undefined;
  try {
    const { as, client, http } = await discover(core);
    if (current && as.revocation_endpoint) {
      await oauth.processRevocationResponse(await oauth.revocationRequest(as, client, oauth.None(), current.accessToken, http)).catch(() => {});
    }
    if (current && as.end_session_endpoint) {
      endSession = new URL(as.end_session_endpoint);
      endSession.searchParams.set('client_id', client.client_id);
      endSession.searchParams.set('post_logout_redirect_uri', redirectUriOf(ssoOptions(core)));
      if (current.idToken) endSession.searchParams.set('id_token_hint', current.idToken);
    }
  } catch {
    // The provider cannot be reached: the session still ends here.
  }
  return endSession?.href;
}
