// Signing in through an upstream OpenID Connect provider (as INApas would be): a second oidc-provider, started
// here, plays the upstream. The gateway is its relying party; the citizen comes back signed in to the OPD site
// and at the gateway (its cookie session), and a NIK asserted upstream verifies the account.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import Provider from 'oidc-provider';
import * as oauth from 'oauth4webapi';
import { startTestGateway, type TestGateway } from './helpers/harness.ts';
import { Browser } from './helpers/browser.ts';

const NEW_NIK = '3506046207990002';
const UPSTREAM_CLIENT = { client_id: 'padu-kota-kediri', client_secret: 'rahasia-uji-upstream-0123456789abcdef' };
/** The upstream's people, by subject. */
const PEOPLE: Record<string, { name: string; nik?: string }> = {
  'inapas-dewi': { name: 'Dewi Lestari', nik: NEW_NIK },
  'inapas-siti': { name: 'Siti Rahmawati', nik: '3571014512900003' },
  'inapas-tanpa-nik': { name: 'Warga Tanpa NIK' },
};

describe('upstream identity provider (INApas-ready)', () => {
  let t: TestGateway;
  let upstreamServer: Server;
  let upstreamOrigin: string;
  let gatewayOrigin: string;
  let as: oauth.AuthorizationServer;
  const http = { [oauth.allowInsecureRequests]: true };
  const client: oauth.Client = { client_id: 'demo-opd-localhost', token_endpoint_auth_method: 'none' };
  let redirectUri: string;

  before(async () => {
    // The upstream listens first (its port is its issuer); the gateway fetches its metadata when first used.
    upstreamServer = createServer();
    await new Promise<void>((resolve) => upstreamServer.listen(0, '127.0.0.1', resolve));
    const port = (upstreamServer.address() as { port: number }).port;
    upstreamOrigin = `http://localhost:${port}`;
    t = await startTestGateway({
      upstream: { issuer: upstreamOrigin, ...{ clientId: UPSTREAM_CLIENT.client_id, clientSecret: UPSTREAM_CLIENT.client_secret }, nikClaim: 'nik', label: 'Masuk dengan INApas', scope: 'openid profile' },
    });
    gatewayOrigin = t.gateway.origin;
    const upstream = new Provider(upstreamOrigin, {
      clients: [{ ...UPSTREAM_CLIENT, redirect_uris: [`${gatewayOrigin}/oidc/upstream/callback`], token_endpoint_auth_method: 'client_secret_post' }],
      claims: { openid: ['sub'], profile: ['name', 'nik'] },
      conformIdTokenClaims: false,
      ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Session: 600, Grant: 600 },
      findAccount: async (_ctx, sub) => ({ accountId: sub, claims: async () => ({ sub, ...PEOPLE[sub] }) }),
    });
    upstreamServer.on('request', upstream.callback());
    const issuer = new URL(gatewayOrigin);
    as = await oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, { algorithm: 'oidc', ...http }));
    redirectUri = `http://localhost:${issuer.port}/dpmptsp/`;
  });
  after(async () => {
    await t.close();
    await new Promise((resolve) => upstreamServer.close(resolve));
  });

  /** An OPD site's sign-in, through the upstream, as `subject`; resolves with the site's tokens. */
  async function signInUpstream(browser: Browser, subject: string) {
    const verifier = oauth.generateRandomCodeVerifier();
    const state = oauth.generateRandomState();
    const url = new URL(as.authorization_endpoint!);
    for (const [key, value] of Object.entries({
      client_id: client.client_id,
      redirect_uri: redirectUri,
      response_type: 'code',
      scope: 'openid profile padu',
      state,
      code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
    })) {
      url.searchParams.set(key, value);
    }
    const follow = [gatewayOrigin, upstreamOrigin];
    const page = await browser.navigate(url, follow);
    const html = await page.response!.text();
    assert.match(html, /Masuk dengan INApas/);
    const button = /href="([^"]+\/upstream)"/.exec(html)![1]!;
    // At the upstream: its own sign-in (the test upstream's development forms), then its consent.
    let at = await browser.navigate(new URL(button, gatewayOrigin), follow);
    assert.equal(at.url.origin, upstreamOrigin);
    at = await browser.navigate(at.url, follow, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ prompt: 'login', login: subject, password: 'x' }),
    });
    if (at.url.origin === upstreamOrigin && at.response?.status === 200) {
      at = await browser.navigate(at.url, follow, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ prompt: 'consent' }),
      });
    }
    assert.equal(at.url.origin + at.url.pathname, redirectUri, `back at the site (at ${at.url.href}, ${at.response?.status})`);
    const params = oauth.validateAuthResponse(as, client, at.url, state);
    const response = await oauth.authorizationCodeGrantRequest(as, client, oauth.None(), params, redirectUri, verifier, http);
    return oauth.processAuthorizationCodeResponse(as, client, response);
  }

  it('creates a verified account for a new citizen whose NIK the upstream asserts, signed in at the gateway too', async () => {
    const browser = new Browser();
    const tokens = await signInUpstream(browser, 'inapas-dewi');
    const me = await t.api.call('getCurrentUser', { token: tokens.access_token });
    assert.equal(me.status, 200);
    assert.deepEqual([me.body.name, me.body.nikMasked, me.body.verified, me.body.role], ['Dewi Lestari', '3506********0002', true, 'citizen']);
    // The gateway's cookie session exists now: the next site needs nothing typed.
    const refresh = await browser.fetch(`${t.gateway.url}/auth/refresh`, { method: 'POST', headers: { 'padu-session': 'cookie', origin: gatewayOrigin } });
    assert.equal(refresh.status, 200);
    // Signing in again upstream finds the same account (linked by its subject).
    const again = await signInUpstream(new Browser(), 'inapas-dewi');
    assert.equal((await t.api.call('getCurrentUser', { token: again.access_token })).body.id, me.body.id);
  });

  it('finds the existing account by the asserted NIK', async () => {
    const tokens = await signInUpstream(new Browser(), 'inapas-siti');
    const me = await t.api.call('getCurrentUser', { token: tokens.access_token });
    assert.equal(me.body.email, 'siti@demo.padu.id');
  });

  it('leaves an account unverified when the upstream asserts no NIK', async () => {
    const tokens = await signInUpstream(new Browser(), 'inapas-tanpa-nik');
    const me = await t.api.call('getCurrentUser', { token: tokens.access_token });
    assert.deepEqual([me.body.name, me.body.nikMasked, me.body.verified], ['Warga Tanpa NIK', null, false]);
    // No password works for an account made upstream.
    const rows = await t.gateway.context.db.selectFrom('users').select('password_hash').where('id', '=', me.body.id).execute();
    assert.doesNotMatch(rows[0]!.password_hash, /^scrypt\$/);
  });

  it('refuses a callback this browser did not start (state)', async () => {
    const browser = new Browser();
    const res = await browser.fetch(`${gatewayOrigin}/oidc/upstream/callback?code=x&state=dicuri`);
    assert.equal(res.status, 400);
    const body = (await res.json()) as { code: string };
    assert.equal(body.code, 'upstream.state');
  });
});
