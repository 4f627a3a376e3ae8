// Single sign-on: the gateway as an OpenID Connect provider, driven by oauth4webapi as the OPD site's client and
// by a cookie-keeping "browser" doing what the sign-in page's script does. A citizen already signed in at the
// gateway (its cookie session) signs in to another site with no password; the access token works on the Padu
// API; the standard errors; refresh rotation; and signing out on one side signs out everywhere.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as oauth from 'oauth4webapi';
import { startTestGateway, SITI, type TestGateway } from './helpers/harness.ts';
import { Browser } from './helpers/browser.ts';
import { DEMO_PASSWORD } from '../src/db/seed/demo.ts';

const PORTAL = {
  client_id: 'portal-kabupaten',
  client_name: 'Portal Perizinan Kabupaten Kediri',
  redirect_uris: ['https://perizinan.kedirikab.example/masuk'],
  post_logout_redirect_uris: ['https://perizinan.kedirikab.example/'],
  first_party: false,
};

interface Flow {
  state: string;
  nonce: string;
  verifier: string;
  url: URL;
}

describe('single sign-on (OpenID Connect)', () => {
  let t: TestGateway;
  let gatewayOrigin: string;
  let as: oauth.AuthorizationServer;
  let demoClient: oauth.Client;
  let demoRedirect: string;
  const http = { [oauth.allowInsecureRequests]: true };

  before(async () => {
    t = await startTestGateway({ oidcClients: [PORTAL] });
    gatewayOrigin = t.gateway.origin;
    const issuer = new URL(gatewayOrigin);
    as = await oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, { algorithm: 'oidc', ...http }));
    demoClient = { client_id: 'demo-opd-localhost', token_endpoint_auth_method: 'none' };
    demoRedirect = `http://localhost:${issuer.port}/disdukcapil/`;
  });
  after(() => t.close());

  /** The authorization request a site's "Masuk dengan Akun Kota" button sends the browser to. */
  async function authorizationRequest(client: oauth.Client, redirectUri: string, extra: Record<string, string> = {}, pkce = true): Promise<Flow> {
    const verifier = oauth.generateRandomCodeVerifier();
    const state = oauth.generateRandomState();
    const nonce = oauth.generateRandomNonce();
    const url = new URL(as.authorization_endpoint!);
    url.searchParams.set('client_id', client.client_id);
    url.searchParams.set('redirect_uri', redirectUri);
    url.searchParams.set('response_type', 'code');
    url.searchParams.set('scope', 'openid profile padu');
    url.searchParams.set('state', state);
    url.searchParams.set('nonce', nonce);
    if (pkce) {
      url.searchParams.set('code_challenge', await oauth.calculatePKCECodeChallenge(verifier));
      url.searchParams.set('code_challenge_method', 'S256');
    }
    for (const [key, value] of Object.entries(extra)) url.searchParams.set(key, value);
    return { state, nonce, verifier, url };
  }

  /** A browser signed in at the gateway with its cookie session (a password typed once, on the gateway). */
  async function signedInBrowser(identifier = SITI): Promise<Browser> {
    const browser = new Browser();
    const res = await browser.fetch(`${t.gateway.url}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'padu-session': 'cookie', origin: gatewayOrigin },
      body: JSON.stringify({ identifier, password: DEMO_PASSWORD }),
    });
    assert.equal(res.status, 200, await res.text());
    assert.ok(browser.cookie(`${t.gateway.url}/auth/refresh`, 'padu_refresh'), 'the gateway set its session cookie');
    return browser;
  }

  /** What the sign-in page's script does: the cookie session's access token, or null. */
  async function pageRefresh(browser: Browser): Promise<string | null> {
    const res = await browser.fetch(`${t.gateway.url}/auth/refresh`, { method: 'POST', headers: { 'padu-session': 'cookie', origin: gatewayOrigin } });
    return res.status === 200 ? ((await res.json()) as { accessToken: string }).accessToken : null;
  }

  /** Runs the browser through the authorization request and the sign-in page; returns where it is sent back to. */
  async function signIn(browser: Browser, flow: Flow, step: 'login' | 'consent' = 'login', steps: string[] = []): Promise<URL> {
    steps.push(step);
    const arrived = await browser.navigate(flow.url, [gatewayOrigin]);
    assert.equal(arrived.response?.status, 200, 'the sign-in page');
    assert.match(arrived.url.pathname, /^\/oidc\/interaction\/[A-Za-z0-9_-]+$/);
    const html = await arrived.response!.text();
    assert.match(html, /<script type="module" src="\/oidc\/assets\/sso\.js">/);
    assert.doesNotMatch(html, /<script>|style=/, 'no inline script or style');
    assert.match(arrived.response!.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    const accessToken = await pageRefresh(browser);
    assert.ok(accessToken, 'signed in at the gateway already: no password');
    const done = await browser.fetch(`${arrived.url.href}/${step}`, { method: 'POST', headers: { authorization: `Bearer ${accessToken}`, origin: gatewayOrigin } });
    assert.equal(done.status, 200, await done.clone().text());
    const { redirectTo } = (await done.json()) as { redirectTo: string };
    const back = await browser.navigate(new URL(redirectTo, gatewayOrigin), [gatewayOrigin]);
    if (back.response?.status === 200 && step === 'login' && back.url.pathname.startsWith('/oidc/interaction/')) {
      // A client that is not the city's own asks for consent next.
      return signIn(browser, { ...flow, url: back.url }, 'consent', steps);
    }
    return back.url;
  }

  async function exchange(client: oauth.Client, redirectUri: string, flow: Flow, callback: URL) {
    const params = oauth.validateAuthResponse(as, client, callback, flow.state);
    const response = await oauth.authorizationCodeGrantRequest(as, client, oauth.None(), params, redirectUri, flow.verifier, http);
    return oauth.processAuthorizationCodeResponse(as, client, response, { expectedNonce: flow.nonce, requireIdToken: true });
  }

  it('publishes its discovery document and keys at the issuer', async () => {
    assert.equal(as.issuer, gatewayOrigin);
    assert.equal(as.authorization_endpoint, `${gatewayOrigin}/oidc/auth`);
    assert.equal(as.token_endpoint, `${gatewayOrigin}/oidc/token`);
    assert.equal(as.end_session_endpoint, `${gatewayOrigin}/oidc/session/end`);
    assert.deepEqual(as.code_challenge_methods_supported, ['S256']);
    const jwks = await fetch(as.jwks_uri!);
    const { keys } = (await jwks.json()) as { keys: Record<string, unknown>[] };
    assert.equal(keys.length, 1);
    assert.equal(keys[0]!.kty, 'RSA');
    assert.equal(keys[0]!.d, undefined, 'no private part');
  });

  it('signs a citizen already signed in at the gateway in to another site with no password; the token works on the API', async () => {
    const browser = await signedInBrowser();
    const flow = await authorizationRequest(demoClient, demoRedirect);
    const steps: string[] = [];
    const callback = await signIn(browser, flow, 'login', steps);
    assert.deepEqual(steps, ['login'], 'a site of the city: no consent asked');
    assert.equal(callback.origin + callback.pathname, demoRedirect);
    const tokens = await exchange(demoClient, demoRedirect, flow, callback);
    assert.ok(tokens.access_token);
    assert.ok(tokens.refresh_token, 'a refresh token for the site');
    const claims = oauth.getValidatedIdTokenClaims(tokens)!;
    assert.equal(claims.name, 'Siti Rahmawati');

    const me = await t.api.call('getCurrentUser', { token: tokens.access_token });
    assert.equal(me.status, 200);
    assert.equal(me.body.id, claims.sub);
    assert.match(me.headers.get('ratelimit') ?? '', /^"account";/, 'the per-account limit applies');

    // The citizen sees the site among her sessions, under its name.
    const padu = await pageRefresh(browser);
    const sessions = await t.api.call('listMySessions', { token: padu! });
    const sso = sessions.body.data.find((s: { kind: string }) => s.kind === 'sso');
    assert.equal(sso.site, 'Situs OPD demo (localhost)');
    assert.equal(sso.device, 'Chrome (Linux)');
    // Seen with the site's token, that session is the current one.
    const fromSite = await t.api.call('listMySessions', { token: tokens.access_token });
    assert.equal(fromSite.body.data.find((s: { current: boolean }) => s.current).kind, 'sso');
  });

  it('rotates refresh tokens; a rotated one used again revokes the grant', async () => {
    const browser = await signedInBrowser();
    const flow = await authorizationRequest(demoClient, demoRedirect);
    const first = await exchange(demoClient, demoRedirect, flow, await signIn(browser, flow));
    const refreshed = await oauth.processRefreshTokenResponse(
      as,
      demoClient,
      await oauth.refreshTokenGrantRequest(as, demoClient, oauth.None(), first.refresh_token!, http),
    );
    assert.notEqual(refreshed.refresh_token, first.refresh_token);
    assert.equal((await t.api.call('getCurrentUser', { token: refreshed.access_token })).status, 200);
    const reuse = await oauth
      .processRefreshTokenResponse(as, demoClient, await oauth.refreshTokenGrantRequest(as, demoClient, oauth.None(), first.refresh_token!, http))
      .catch((error: unknown) => error);
    assert.ok(reuse instanceof oauth.ResponseBodyError);
    assert.equal(reuse.error, 'invalid_grant');
    assert.equal((await t.api.call('getCurrentUser', { token: refreshed.access_token })).status, 401, 'the whole grant is revoked');
  });

  it('refuses a redirect URI that is not registered exactly, without redirecting (invalid_redirect_uri)', async () => {
    const browser = await signedInBrowser();
    for (const uri of [`${demoRedirect}evil`, demoRedirect.replace('localhost', '127.0.0.1'), 'https://evil.example/disdukcapil/']) {
      const flow = await authorizationRequest(demoClient, uri);
      const res = await browser.fetch(flow.url);
      assert.equal(res.status, 400, uri);
      assert.equal(res.headers.get('location'), null);
      const html = await res.text();
      assert.match(html, /<code>invalid_redirect_uri<\/code>/);
      assert.doesNotMatch(html, /\bat [^\s]+\.js:\d+/, 'no stack trace');
    }
  });

  it('refuses an authorization request without PKCE (invalid_request)', async () => {
    const browser = await signedInBrowser();
    const flow = await authorizationRequest(demoClient, demoRedirect, {}, false);
    const { url } = await browser.navigate(flow.url, [gatewayOrigin]);
    assert.equal(url.origin + url.pathname, demoRedirect);
    const error = (() => {
      try {
        oauth.validateAuthResponse(as, demoClient, url, flow.state);
        return null;
      } catch (caught) {
        return caught;
      }
    })();
    assert.ok(error instanceof oauth.AuthorizationResponseError);
    assert.equal(error.error, 'invalid_request');
    assert.match(error.error_description ?? '', /PKCE/);
  });

  it('refuses a code used twice (invalid_grant) and revokes the tokens it gave', async () => {
    const browser = await signedInBrowser();
    const flow = await authorizationRequest(demoClient, demoRedirect);
    const callback = await signIn(browser, flow);
    const tokens = await exchange(demoClient, demoRedirect, flow, callback);
    assert.equal((await t.api.call('getCurrentUser', { token: tokens.access_token })).status, 200);
    const again = await exchange(demoClient, demoRedirect, flow, callback).catch((error: unknown) => error);
    assert.ok(again instanceof oauth.ResponseBodyError);
    assert.equal(again.error, 'invalid_grant');
    assert.equal((await t.api.call('getCurrentUser', { token: tokens.access_token })).status, 401);
    const refresh = await oauth
      .processRefreshTokenResponse(as, demoClient, await oauth.refreshTokenGrantRequest(as, demoClient, oauth.None(), tokens.refresh_token!, http))
      .catch((error: unknown) => error);
    assert.ok(refresh instanceof oauth.ResponseBodyError);
    assert.equal(refresh.error, 'invalid_grant');
  });

  it('lets the client refuse an answer with the wrong state (oauth4webapi: unexpected "state")', async () => {
    const browser = await signedInBrowser();
    const flow = await authorizationRequest(demoClient, demoRedirect);
    const callback = await signIn(browser, flow);
    assert.throws(
      () => oauth.validateAuthResponse(as, demoClient, callback, oauth.generateRandomState()),
      (error: unknown) => error instanceof oauth.OperationProcessingError && error.code === oauth.INVALID_RESPONSE && /state/.test(error.message),
    );
  });

  it('asks for consent on a client that is not the city’s own, once granted it signs in', async () => {
    const browser = await signedInBrowser();
    const portal: oauth.Client = { client_id: PORTAL.client_id, token_endpoint_auth_method: 'none' };
    const flow = await authorizationRequest(portal, PORTAL.redirect_uris[0]!);
    const steps: string[] = [];
    const callback = await signIn(browser, flow, 'login', steps);
    assert.deepEqual(steps, ['login', 'consent']);
    const tokens = await exchange(portal, PORTAL.redirect_uris[0]!, flow, callback);
    assert.equal((await t.api.call('getCurrentUser', { token: tokens.access_token })).status, 200);
  });

  it('ends everything on RP-initiated logout: the grant, the provider’s session and the Padu session behind it', async () => {
    const browser = await signedInBrowser();
    const flow = await authorizationRequest(demoClient, demoRedirect);
    const tokens = await exchange(demoClient, demoRedirect, flow, await signIn(browser, flow));
    const logout = new URL(as.end_session_endpoint!);
    logout.searchParams.set('id_token_hint', tokens.id_token!);
    logout.searchParams.set('post_logout_redirect_uri', demoRedirect);
    logout.searchParams.set('state', 'keluar-1');
    const page = await browser.fetch(logout);
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /Keluar dari Akun Kota Kediri\?/);
    assert.doesNotMatch(html, /<script>/);
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)![1]!;
    const confirm = await browser.fetch(`${gatewayOrigin}/oidc/session/end/confirm`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: gatewayOrigin },
      body: new URLSearchParams({ xsrf, logout: 'yes' }),
    });
    assert.equal(confirm.status, 303);
    assert.equal(confirm.headers.get('location'), `${demoRedirect}?state=keluar-1`);
    assert.ok(confirm.headers.getSetCookie().some((line) => /^padu_refresh=;.*Path=\/api\/v1\/auth/.test(line)), 'the gateway cookie is cleared');
    assert.equal(browser.cookie(`${t.gateway.url}/auth/refresh`, 'padu_refresh'), undefined);
    assert.equal((await t.api.call('getCurrentUser', { token: tokens.access_token })).status, 401, 'the site’s token is revoked');
  });

  it('signing out at the gateway signs the citizen out of single sign-on too', async () => {
    const browser = await signedInBrowser();
    const flow = await authorizationRequest(demoClient, demoRedirect);
    const tokens = await exchange(demoClient, demoRedirect, flow, await signIn(browser, flow));
    const padu = await pageRefresh(browser);
    const out = await browser.fetch(`${t.gateway.url}/auth/logout`, {
      method: 'POST',
      headers: { authorization: `Bearer ${padu}`, 'padu-session': 'cookie', origin: gatewayOrigin },
    });
    assert.equal(out.status, 204);
    assert.equal((await t.api.call('getCurrentUser', { token: tokens.access_token })).status, 401);
    // The next sign-in finds no session: the page shows the password form (its refresh gets 401).
    const next = await authorizationRequest(demoClient, demoRedirect);
    const arrived = await browser.navigate(next.url, [gatewayOrigin]);
    assert.match(arrived.url.pathname, /^\/oidc\/interaction\//);
    assert.equal(await pageRefresh(browser), null);
    const refused = await browser.fetch(`${arrived.url.href}/login`, { method: 'POST', headers: { origin: gatewayOrigin } });
    assert.equal(refused.status, 401);
  });

  it('gives CORS on the token endpoint to registered client origins only', async () => {
    const preflight = (origin: string) =>
      fetch(as.token_endpoint!, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
    const ok = await preflight(new URL(demoRedirect).origin);
    assert.equal(ok.headers.get('access-control-allow-origin'), new URL(demoRedirect).origin);
    const actual = await fetch(as.token_endpoint!, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: 'x', client_id: demoClient.client_id }),
    });
    assert.equal(actual.headers.get('access-control-allow-origin'), null);
    assert.equal(actual.status, 400);
  });

  it('shows the sign-in page in English when the client asks (ui_locales=en)', async () => {
    const flow = await authorizationRequest(demoClient, demoRedirect, { ui_locales: 'en-GB id' });
    const arrived = await new Browser().navigate(flow.url, [gatewayOrigin]);
    const html = await arrived.response!.text();
    assert.match(html, /<html lang="en">/);
    assert.match(html, /Sign in to Situs OPD demo \(localhost\)/);
    const indonesian = await new Browser().navigate((await authorizationRequest(demoClient, demoRedirect)).url, [gatewayOrigin]);
    assert.match(await indonesian.response!.text(), /Masuk ke Situs OPD demo \(localhost\)/);
  });

  it('gives a client’s origin CORS on the API without credentials, for its bearer tokens', async () => {
    const site = new URL(demoRedirect).origin;
    const preflight = await t.api.raw('OPTIONS', '/auth/me', {
      headers: { origin: site, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
    });
    assert.equal(preflight.headers.get('access-control-allow-origin'), site);
    assert.equal(preflight.headers.get('access-control-allow-credentials'), null);
  });

  it('answers junk with OAuth errors, never a 500 or a stack trace', async () => {
    const junk: [string, RequestInit][] = [
      ['/oidc/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' }],
      ['/oidc/token', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'grant_type=authorization_code&code=%zz' }],
      ['/oidc/token', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x'.repeat(10_000) }],
      ['/oidc/token', { method: 'GET' }],
      ['/oidc/auth?client_id=tidak-ada&response_type=code', {}],
      ['/oidc/auth?client_id=demo-opd-localhost&response_type=token', {}],
      ['/oidc/auth/bukan-interaksi', {}],
      ['/oidc/session/end/confirm', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'xsrf=x&logout=yes' }],
      ['/oidc/token/revocation', { method: 'POST', body: 'token=x' }],
      ['/oidc/interaction/tidak-ada', {}],
      ['/oidc/interaction/tidak-ada/login', { method: 'POST' }],
      ['/oidc/upstream/callback?code=x&state=y', {}],
      ['/oidc/nothing-here', {}],
      ['/oidc/token', { method: 'PUT' }],
      ['/oidc/jwks', { method: 'POST' }],
    ];
    for (const [path, init] of junk) {
      const res = await fetch(gatewayOrigin + path, { ...init, redirect: 'manual' });
      const text = await res.text();
      assert.ok(res.status >= 400 && res.status < 500, `${path}: ${res.status} ${text.slice(0, 200)}`);
      assert.doesNotMatch(text, /\bat [^\s]+\.(js|ts):\d+/, `${path}: no stack trace`);
      assert.ok(res.headers.get('x-request-id'), `${path}: the edge's headers`);
    }
    for (const path of ['/.well-known/openid-configuration', '/oidc/jwks']) {
      const head = await fetch(gatewayOrigin + path, { method: 'HEAD' });
      assert.ok(head.status < 500, `HEAD ${path}: ${head.status}`);
    }
    const errors = t.logs.filter((line) => line.includes('"level":50'));
    assert.deepEqual(errors, []);
  });
});
