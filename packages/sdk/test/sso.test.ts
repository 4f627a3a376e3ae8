// Single sign-on against a real gateway (its oidc-provider): the demo site `http://localhost:<port>/disdukcapil/`
// as the page, a cookie-keeping browser (the server tests' `Browser`) walking the provider's sign-in as the page's
// script does, and the SDK completing the answer in `session.restore()`. The page's `location`, `history` and
// `sessionStorage` are small stand-ins; the requests are real.
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createPadu, PaduError, UnauthorizedError } from '@padu/sdk';
import { Browser } from '../../server/test/helpers/browser.ts';
import { allowsInsecureRequests } from '../src/sso.ts';
import { demo, recordingFetch, startTestGateway, type TestGateway } from './support/gateway.ts';

/** A page's location: `assign()` records where the page would go; `replaceState()` changes the address. */
class Page {
  url: URL;
  assigned: string[] = [];
  constructor(href: string) {
    this.url = new URL(href);
  }
  get href() {
    return this.url.href;
  }
  get origin() {
    return this.url.origin;
  }
  get pathname() {
    return this.url.pathname;
  }
  get search() {
    return this.url.search;
  }
  assign(href: string) {
    this.assigned.push(href);
  }
}

class MemoryStorage {
  #items = new Map<string, string>();
  getItem = (key: string) => this.#items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.#items.set(key, String(value));
  removeItem = (key: string) => void this.#items.delete(key);
  clear = () => this.#items.clear();
}

let gateway: TestGateway;
let page: Page;
let storage: MemoryStorage;
let siteUrl: string;
const globals = globalThis as Record<string, unknown>;

before(async () => {
  gateway = await startTestGateway();
  siteUrl = `http://localhost:${new URL(gateway.origin).port}/disdukcapil/`;
});
after(async () => {
  for (const name of ['location', 'history', 'sessionStorage', 'document']) delete globals[name];
  await gateway.close();
});
beforeEach(() => {
  page = new Page(siteUrl);
  storage = new MemoryStorage();
  const define = (name: string, value: unknown) => Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
  define('location', page);
  define('sessionStorage', storage);
  define('document', { documentElement: { lang: 'id' } });
  define('history', { state: null, replaceState: (_: unknown, __: string, href: string) => (page.url = new URL(href, page.url)) });
});

const sso = { clientId: 'demo-opd-localhost' };

/** The citizen at the provider: already signed in at the gateway (its cookie), so no password is typed here. */
async function throughProvider(authorizationUrl: string): Promise<URL> {
  const browser = new Browser();
  const headers = { 'content-type': 'application/json', 'padu-session': 'cookie', origin: gateway.origin };
  const login = await browser.fetch(`${gateway.url}/auth/login`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ identifier: demo.siti.identifier, password: demo.password }),
  });
  assert.equal(login.status, 200);
  const arrived = await browser.navigate(authorizationUrl, [gateway.origin]);
  assert.match(arrived.url.pathname, /^\/oidc\/interaction\//);
  // What the sign-in page's script does: the gateway's session, then "continue".
  const refreshed = await browser.fetch(`${gateway.url}/auth/refresh`, { method: 'POST', headers });
  const { accessToken } = (await refreshed.json()) as { accessToken: string };
  const done = await browser.fetch(`${arrived.url.href}/login`, { method: 'POST', headers: { authorization: `Bearer ${accessToken}`, origin: gateway.origin } });
  const { redirectTo } = (await done.json()) as { redirectTo: string };
  return (await browser.navigate(new URL(redirectTo, gateway.origin), [gateway.origin])).url;
}

describe('single sign-on (sso mode)', () => {
  it('sends the browser to the provider with PKCE S256, state, nonce and the page’s language', async () => {
    const padu = createPadu({ baseUrl: gateway.url, sso });
    assert.equal(padu.session.mode, 'sso');
    const navigating = padu.auth.signInWithSso({ locale: 'en' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(page.assigned.length, 1, 'a top-level navigation');
    const url = new URL(page.assigned[0]!);
    assert.equal(`${url.origin}${url.pathname}`, `${gateway.origin}/oidc/auth`);
    const params = Object.fromEntries(url.searchParams);
    assert.equal(params.client_id, 'demo-opd-localhost');
    assert.equal(params.redirect_uri, siteUrl);
    assert.equal(params.response_type, 'code');
    assert.equal(params.scope, 'openid profile padu');
    assert.equal(params.code_challenge_method, 'S256');
    assert.match(params.code_challenge!, /^[A-Za-z0-9_-]{43}$/);
    assert.equal(params.ui_locales, 'en');
    const pending = JSON.parse(storage.getItem('padu.sso.pending')!);
    assert.equal(pending.state, params.state);
    assert.equal(pending.nonce, params.nonce);
    assert.notEqual(pending.verifier, params.code_challenge, 'the verifier stays in the tab');
    assert.equal(await Promise.race([navigating, 'pending']), 'pending', 'never resolves: the page is leaving');
  });

  it('completes the answer in restore(): exchanges the code, cleans the URL, and the token works on the API', async () => {
    const padu = createPadu({ baseUrl: gateway.url, sso });
    void padu.auth.signInWithSso();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const callback = await throughProvider(page.assigned[0]!);
    assert.equal(`${callback.origin}${callback.pathname}`, siteUrl);
    assert.ok(callback.searchParams.get('code'));

    // The page loads again at the callback address.
    page.url = callback;
    const reloaded = createPadu({ baseUrl: gateway.url, sso });
    const restored = await reloaded.session.restore();
    assert.equal(restored?.user.name, 'Siti Rahmawati');
    assert.ok(restored?.idToken, 'the ID token, the hint for signing out');
    assert.equal(restored?.refreshToken, undefined);
    assert.equal(page.href, siteUrl, 'code and state removed from the address');
    assert.equal(storage.getItem('padu.sso.pending'), null);
    assert.equal(JSON.parse(storage.getItem('padu.session')!).accessToken, restored?.accessToken, 'kept in the tab');
    assert.equal((await reloaded.auth.me()).email, 'siti@demo.padu.id');

    // The next page load of the tab takes the stored tokens, without loading anything.
    const next = createPadu({ baseUrl: gateway.url, sso });
    assert.equal((await next.session.restore())?.accessToken, restored?.accessToken);

    // Signing out: the token is revoked, the session ends, and the browser goes to the provider's sign-out.
    const changes: string[] = [];
    next.session.subscribe((change) => changes.push(change.type));
    await next.auth.logout();
    assert.deepEqual(changes, ['logout']);
    assert.equal(storage.getItem('padu.session'), null);
    const end = new URL(page.assigned.at(-1)!);
    assert.equal(`${end.origin}${end.pathname}`, `${gateway.origin}/oidc/session/end`);
    assert.equal(end.searchParams.get('id_token_hint'), restored?.idToken);
    assert.equal(end.searchParams.get('post_logout_redirect_uri'), siteUrl);
    const me = await fetch(`${gateway.url}/auth/me`, { headers: { authorization: `Bearer ${restored!.accessToken}` } });
    assert.equal(me.status, 401, 'revoked');
  });

  it('does not exchange a code whose state is not this tab’s, and forgets the sign-in', async () => {
    const padu = createPadu({ baseUrl: gateway.url, sso });
    void padu.auth.signInWithSso();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const callback = await throughProvider(page.assigned[0]!);
    callback.searchParams.set('state', 'not-the-state-this-tab-sent');
    page.url = callback;
    const { fetch, requests } = recordingFetch();
    const reloaded = createPadu({ baseUrl: gateway.url, sso, fetch });
    assert.equal(await reloaded.session.restore(), null);
    assert.equal(reloaded.session.restored, true);
    assert.deepEqual(requests.map((r) => r.url), [], 'no exchange, no request at all');
    assert.equal(storage.getItem('padu.sso.pending'), null);
    assert.equal(page.url.searchParams.get('code'), null);
  });

  it('ends the session when its access token is refused: there is no refresh token to try', async () => {
    const padu = createPadu({ baseUrl: gateway.url, sso });
    padu.session.set({ accessToken: 'at_expired_000000000000000000000000', tokenType: 'Bearer', expiresIn: 900, user: { id: 'x' } as never });
    const changes: string[] = [];
    padu.session.subscribe((change) => changes.push(change.type));
    await assert.rejects(padu.auth.me(), UnauthorizedError);
    assert.deepEqual(changes, ['session-ended']);
  });

  it('talks plain http to a loopback issuer only', async () => {
    for (const issuer of ['http://127.0.0.1:8080', 'http://localhost:8080', 'http://[::1]:8080', 'http://127.0.0.2']) {
      assert.equal(allowsInsecureRequests(new URL(issuer)), true, issuer);
    }
    for (const issuer of [
      'http://layanan.kedirikota.go.id',
      'http://localhost.evil.example',
      'http://127.0.0.1.nip.io',
      'http://10.0.0.1',
      'http://[::2]',
      'https://layanan.kedirikota.go.id',
    ]) {
      assert.equal(allowsInsecureRequests(new URL(issuer)), false, issuer);
    }
    // oauth4webapi then refuses an http issuer that is not loopback, before any request.
    const { fetch, requests } = recordingFetch();
    const remote = createPadu({ baseUrl: 'http://layanan.kedirikota.go.id/api/v1', sso, fetch });
    await assert.rejects(remote.auth.signInWithSso(), PaduError);
    assert.equal(requests.length, 0);
    assert.deepEqual(page.assigned, []);
  });

  it('rejects with a PaduError when single sign-on is not configured', async () => {
    await assert.rejects(createPadu({ baseUrl: gateway.url }).auth.signInWithSso(), PaduError);
  });
});
