// Browser sessions against a real gateway, from Node: cookie mode (a page's fetch with a browser's cookie jar, the
// server tests' `Browser`), `session.restore()`, and the BroadcastChannel that keeps the tabs of a site in step.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createPadu, UnauthorizedError, type Padu, type SessionChange } from '@padu/sdk';
import { Browser } from '../../server/test/helpers/browser.ts';
import { channelName } from '../src/session.ts';
import { demo, startTestGateway, type TestGateway } from './support/gateway.ts';

let gateway: TestGateway;
before(async () => {
  gateway = await startTestGateway();
});
after(() => gateway.close());

/**
 * A page's fetch on the gateway's own origin: the browser's cookies for the gateway's host, and the `Origin` a
 * browser sends on a POST. Every request is recorded.
 */
function pageFetch(browser = new Browser()) {
  const requests: Request[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push(request.clone());
    const headers = new Headers(request.headers);
    if (request.method !== 'GET') headers.set('origin', gateway.origin);
    return browser.fetch(request.url, {
      method: request.method,
      headers,
      body: request.body ? await request.arrayBuffer() : null,
      signal: request.signal,
    });
  };
  return { fetch: fetch as typeof globalThis.fetch, requests, browser };
}

const cookieClient = (page: ReturnType<typeof pageFetch>) => createPadu({ baseUrl: gateway.url, session: 'cookie', fetch: page.fetch });
const hasRefreshCookie = (browser: Browser) => Boolean(browser.cookie(`${gateway.url}/auth/refresh`, 'padu_refresh'));

/** The next change `padu`'s session hears (from this tab or another). */
function nextChange(padu: Padu, timeoutMs = 2_000): Promise<SessionChange> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no session change heard')), timeoutMs);
    const stop = padu.session.subscribe((change) => {
      clearTimeout(timer);
      stop();
      resolve(change);
    });
  });
}

describe('cookie mode', () => {
  it('logs in with the cookie: no refresh token in page JavaScript, the header and credentials on auth calls only', async () => {
    const page = pageFetch();
    const padu = cookieClient(page);
    assert.equal(padu.session.mode, 'cookie');
    const started = await padu.auth.login({ identifier: demo.siti.identifier, password: demo.password });
    assert.equal(started.user.name, 'Siti Rahmawati');
    assert.equal(started.refreshToken, undefined);
    assert.equal(padu.session.current?.refreshToken, undefined);
    assert.ok(hasRefreshCookie(page.browser), 'the gateway set its HttpOnly cookie');
    await padu.auth.me();

    const [login, me] = page.requests;
    assert.equal(login!.headers.get('padu-session'), 'cookie');
    assert.equal(login!.credentials, 'include');
    assert.equal(me!.headers.get('padu-session'), null, 'bearer calls need no cookie');
    assert.notEqual(me!.credentials, 'include');
    await padu.auth.logout();
  });

  it('restore(): a new page load is signed in with one request; later calls share it', async () => {
    const tab = pageFetch();
    await cookieClient(tab).auth.login({ identifier: demo.siti.identifier, password: demo.password });

    const reload = pageFetch(tab.browser);
    const padu = cookieClient(reload);
    assert.equal(padu.session.restored, false);
    const heard = nextChange(padu);
    const restoring = padu.session.restore();
    assert.equal(padu.session.restore(), restoring, 'once per client');
    const restored = await restoring;
    assert.equal(padu.session.restored, true);
    assert.equal(restored?.user.email, 'siti@demo.padu.id');
    assert.equal(restored?.refreshToken, undefined);
    assert.equal((await heard).type, 'login');
    assert.deepEqual(reload.requests.map((r) => `${r.method} ${new URL(r.url).pathname}`), ['POST /api/v1/auth/refresh']);
    assert.equal(reload.requests[0]!.headers.get('padu-session'), 'cookie');
    assert.equal(await reload.requests[0]!.text(), '', 'no body: the cookie is the refresh token');
    assert.equal((await padu.auth.me()).name, 'Siti Rahmawati');
    await padu.auth.logout();
  });

  it('restore() without a cookie, or with a refused one, resolves null quietly; without a network it ends nothing', async () => {
    const page = pageFetch();
    const padu = cookieClient(page);
    assert.equal(await padu.session.restore(), null);
    assert.equal(padu.session.restored, true);
    assert.equal(page.requests.length, 1);

    // A cookie the gateway refuses (logged out elsewhere): null, and the gateway clears it.
    const stale = pageFetch();
    const first = cookieClient(stale);
    await first.auth.login({ identifier: demo.siti.identifier, password: demo.password });
    const stolenCopy = stale.browser.cookie(`${gateway.url}/auth/refresh`, 'padu_refresh')!;
    await first.auth.logout();
    assert.ok(!hasRefreshCookie(stale.browser), 'logout cleared the cookie');
    const replay = new Browser();
    replay.store(`${gateway.url}/auth/refresh`, new Response(null, { headers: { 'set-cookie': `padu_refresh=${stolenCopy}; Path=/api/v1/auth` } }));
    assert.equal(await cookieClient(pageFetch(replay)).session.restore(), null);

    // No network: null, and nothing ends (no change announced).
    const offline = createPadu({
      baseUrl: gateway.url,
      session: 'cookie',
      fetch: () => Promise.reject(new TypeError('fetch failed')),
      retry: { limit: 0 },
    });
    const changes: string[] = [];
    offline.session.subscribe((change) => change.type !== 'logout' && changes.push(change.type));
    assert.equal(await offline.session.restore(), null);
    assert.deepEqual(changes, []);
  });

  it('refreshes an expired access token with the cookie, and a refused cookie ends the session', async () => {
    const page = pageFetch();
    const padu = cookieClient(page);
    const started = await padu.auth.login({ identifier: demo.siti.identifier, password: demo.password });
    padu.session.set({ ...started, accessToken: 'at_expired_or_revoked_000000000000000' });
    assert.equal((await padu.auth.me()).email, 'siti@demo.padu.id');
    const refresh = page.requests.find((r) => r.url.endsWith('/auth/refresh'))!;
    assert.equal(refresh.headers.get('padu-session'), 'cookie');
    assert.equal(refresh.credentials, 'include');
    assert.notEqual(padu.session.current?.accessToken, started.accessToken);

    // The session is ended from another device ("Perangkat aktif"): the next refresh is refused and ends it here.
    const elsewhere = await createPadu({ baseUrl: gateway.url }).auth.login({ identifier: demo.siti.identifier, password: demo.password });
    const device = createPadu({ baseUrl: gateway.url });
    device.session.set(elsewhere);
    const cookieFamily = (await device.auth.sessions().firstPage()).data.find((s) => !s.current && s.site === gateway.origin)!;
    await device.auth.endSession(cookieFamily.id);
    padu.session.set({ ...padu.session.current!, accessToken: 'at_expired_or_revoked_000000000000000' });
    const ended = nextChange(padu);
    await assert.rejects(padu.auth.me(), UnauthorizedError);
    assert.equal((await ended).type, 'session-ended');
  });

  it('logs out with the header and the bearer token, no body; the cookie is gone and the next page load is signed out', async () => {
    const page = pageFetch();
    const padu = cookieClient(page);
    await padu.auth.login({ identifier: demo.budi.identifier, password: demo.password });
    await padu.auth.logout();
    const logout = page.requests.at(-1)!;
    assert.equal(new URL(logout.url).pathname, '/api/v1/auth/logout');
    assert.equal(logout.headers.get('padu-session'), 'cookie');
    assert.match(logout.headers.get('authorization') ?? '', /^Bearer at_/);
    assert.equal(await logout.text(), '');
    assert.equal(padu.session.current, null);
    assert.ok(!hasRefreshCookie(page.browser));
    assert.equal(await cookieClient(pageFetch(page.browser)).session.restore(), null);
  });

  it('several tabs (or OPD sites) loading at once with one cookie are all signed in', async () => {
    const page = pageFetch();
    await cookieClient(page).auth.login({ identifier: demo.siti.identifier, password: demo.password });
    const tabs = Array.from({ length: 4 }, () => createPadu({ baseUrl: gateway.url, session: 'cookie', fetch: page.fetch }));
    const restored = await Promise.all(tabs.map((tab) => tab.session.restore()));
    assert.deepEqual(restored.map((session) => session?.user.email), Array(4).fill('siti@demo.padu.id'));
    for (const tab of tabs) assert.equal((await tab.auth.me()).name, 'Siti Rahmawati');
    await tabs[0]!.auth.logout();
  });
});

describe('other tabs (BroadcastChannel)', () => {
  it('adopts a login and a refresh of another tab without a request, and clears on its logout', async () => {
    const browser = new Browser();
    const a = pageFetch(browser);
    const b = pageFetch(browser);
    const tabA = cookieClient(a);
    const tabB = cookieClient(b);

    const login = nextChange(tabB);
    await tabA.auth.login({ identifier: demo.siti.identifier, password: demo.password });
    const heard = await login;
    assert.equal(heard.type, 'login');
    assert.equal(tabB.session.current?.accessToken, tabA.session.current?.accessToken);
    assert.equal(tabB.session.current?.user.name, 'Siti Rahmawati');
    assert.equal(b.requests.length, 0, 'no request in the other tab');
    assert.equal((await tabB.auth.me()).email, 'siti@demo.padu.id');

    const refresh = nextChange(tabB);
    const refreshed = await tabA.auth.refresh();
    assert.equal((await refresh).type, 'refresh');
    assert.equal(tabB.session.current?.accessToken, refreshed?.accessToken);

    const logout = nextChange(tabB);
    await tabA.auth.logout();
    assert.deepEqual(await logout, { type: 'logout', session: null });
    assert.equal(tabB.session.current, null);
    assert.deepEqual(b.requests.map((r) => new URL(r.url).pathname), ['/api/v1/auth/me'], 'the other tab only called me');
  });

  it('never carries a refresh token, and bearer clients do not broadcast', async () => {
    const name = channelName(gateway.url);
    assert.equal(name, `padu.session:${gateway.url}`);
    const listener = new BroadcastChannel(name);
    const messages: unknown[] = [];
    listener.onmessage = ({ data }) => messages.push(data);
    try {
      const bearer = await createPadu({ baseUrl: gateway.url }).auth.login({ identifier: demo.budi.identifier, password: demo.password });
      assert.match(bearer.refreshToken ?? '', /^rt_/);
      const cookie = createPadu({ baseUrl: gateway.url, session: 'cookie' });
      // Even when handed a session that has one.
      cookie.session.set({ ...bearer, refreshToken: bearer.refreshToken! });
      await new Promise((resolve) => setTimeout(resolve, 100));
      assert.equal(messages.length, 1, 'only the cookie client posted');
      assert.equal(JSON.stringify(messages).includes('rt_'), false);
      assert.equal((messages[0] as { session: { accessToken: string } }).session.accessToken, bearer.accessToken);
    } finally {
      listener.close();
    }
  });
});
