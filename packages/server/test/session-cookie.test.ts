// Same-site cookie sessions for browsers (`Padu-Session: cookie`): the refresh token only in an HttpOnly
// cookie, rotation and reuse detection through it, the CSRF defences (the header, the Origin check), CORS with
// credentials for allow-listed origins only, and Secure everywhere but plain http to a loopback host.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { startTestGateway, SITI, BUDI, type ApiResponse, type TestGateway } from './helpers/harness.ts';
import { DEMO_PASSWORD } from '../src/db/seed/demo.ts';

const OPD = 'https://dispendukcapil.kedirikota.go.id';
const EVIL = 'https://evil.example';
/** The reuse grace of the main gateway: tiny, so that a replay "after the grace" is quick to reach. */
const GRACE_SECONDS = 0.25;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The attributes of the one session cookie a response sets. */
function sessionCookie(res: ApiResponse): { name: string; value: string; attributes: string[] } {
  const cookies = res.headers.getSetCookie().filter((line) => /^(__Secure-)?padu_refresh=/.test(line));
  assert.equal(cookies.length, 1, `one session cookie, got ${JSON.stringify(res.headers.getSetCookie())}`);
  const [pair, ...attributes] = cookies[0]!.split(/;\s*/);
  const [name, value] = [pair!.slice(0, pair!.indexOf('=')), pair!.slice(pair!.indexOf('=') + 1)];
  return { name: name!, value: value!, attributes: attributes.map((a) => a.toLowerCase()) };
}

describe('cookie sessions', () => {
  let t: TestGateway;
  let own: string;
  const cookieHeaders = (extra: Record<string, string> = {}) => ({ 'padu-session': 'cookie', origin: own, ...extra });

  before(async () => {
    t = await startTestGateway({ corsOrigins: [OPD], limits: { cookieReuseGraceSeconds: GRACE_SECONDS } });
    own = t.gateway.origin;
  });
  after(() => t.close());

  const login = async (identifier = SITI, headers = cookieHeaders()) => {
    const res = await t.api.call('login', { json: { identifier, password: DEMO_PASSWORD }, headers });
    assert.equal(res.status, 200, res.text);
    return res;
  };

  it('puts the refresh token in an HttpOnly, SameSite=Lax cookie on /api/v1/auth, and not in the body', async () => {
    const res = await login();
    assert.equal(res.body.refreshToken, undefined);
    assert.match(res.body.accessToken, /^at_/);
    assert.equal(res.body.refreshExpiresIn, 30 * 24 * 3600);
    const cookie = sessionCookie(res);
    // Plain http to a loopback host: local development, the one case without Secure.
    assert.equal(cookie.name, 'padu_refresh');
    assert.match(cookie.value, /^rt_[A-Za-z0-9_-]{40,}$/);
    assert.deepEqual(cookie.attributes.sort(), ['httponly', `max-age=${30 * 24 * 3600}`, 'path=/api/v1/auth', 'samesite=lax']);
  });

  it('refreshes from the cookie alone, rotating it; a stolen cookie replayed after rotation revokes the family', async () => {
    const first = sessionCookie(await login());
    const refreshed = await t.api.call('refreshSession', { headers: cookieHeaders({ cookie: `padu_refresh=${first.value}` }) });
    assert.equal(refreshed.status, 200, refreshed.text);
    assert.equal(refreshed.body.refreshToken, undefined);
    const second = sessionCookie(refreshed);
    assert.notEqual(second.value, first.value);
    assert.equal((await t.api.call('getCurrentUser', { token: refreshed.body.accessToken })).status, 200);

    // The thief replays the cookie they copied before the rotation, once the grace for concurrent tabs is over.
    await sleep(GRACE_SECONDS * 1000 + 100);
    const replay = await t.api.call('refreshSession', { headers: cookieHeaders({ cookie: `padu_refresh=${first.value}` }) });
    assert.equal(replay.status, 401);
    assert.equal(replay.body.code, 'refresh_token.reused');
    assert.ok(sessionCookie(replay).attributes.includes('max-age=0'), 'a refused cookie is cleared');
    // Everything of that login is gone: the citizen's current cookie and access token too.
    const owner = await t.api.call('refreshSession', { headers: cookieHeaders({ cookie: `padu_refresh=${second.value}` }) });
    assert.equal(owner.status, 401);
    assert.equal((await t.api.call('getCurrentUser', { token: refreshed.body.accessToken })).status, 401);
  });

  it('refuses a cross-site form POST carrying the cookie (no header, foreign Origin) with a problem', async () => {
    const { value } = sessionCookie(await login());
    const form = await t.api.call('refreshSession', {
      rawBody: 'refreshToken=x',
      contentType: 'application/x-www-form-urlencoded',
      headers: { origin: EVIL, cookie: `padu_refresh=${value}` },
    });
    assert.equal(form.status, 403);
    assert.equal(form.body.code, 'session.header_required');
    const logoutForm = await t.api.call('logout', {
      rawBody: '',
      contentType: 'text/plain',
      headers: { origin: EVIL, cookie: `padu_refresh=${value}` },
    });
    assert.equal(logoutForm.status, 403);
    assert.equal(logoutForm.body.code, 'session.header_required');
    // A JSON call without the header does not get to use the cookie either.
    const json = await t.api.call('refreshSession', { headers: { origin: own, cookie: `padu_refresh=${value}` } });
    assert.equal(json.status, 403);
    assert.equal(json.body.code, 'session.header_required');
    // None of those touched the session.
    const fine = await t.api.call('refreshSession', { headers: cookieHeaders({ cookie: `padu_refresh=${value}` }) });
    assert.equal(fine.status, 200, fine.text);
  });

  it('allows cookie mode only from the gateway itself and allow-listed origins; a missing Origin is refused', async () => {
    for (const origin of [EVIL, 'null', `${OPD}.evil.example`, 'http://127.0.0.1:1']) {
      const res = await t.api.call('login', { json: { identifier: SITI, password: DEMO_PASSWORD }, headers: cookieHeaders({ origin }) });
      assert.equal(res.status, 403, origin);
      assert.equal(res.body.code, 'session.origin_refused');
      assert.deepEqual(res.headers.getSetCookie(), []);
    }
    const missing = await t.api.call('refreshSession', { headers: { 'padu-session': 'cookie' } });
    assert.equal(missing.status, 403);
    assert.equal(missing.body.code, 'session.origin_refused');
    const fromOpd = await login(SITI, cookieHeaders({ origin: OPD }));
    assert.equal(sessionCookie(fromOpd).name, 'padu_refresh');
  });

  it('answers a page with no session cookie 204 (signed out, no error); without cookie mode, 401 refresh_token.missing', async () => {
    const page = await t.api.call('refreshSession', { headers: cookieHeaders() });
    assert.equal(page.status, 204);
    assert.equal(page.text, '');
    assert.equal(page.headers.get('set-cookie'), null);
    const program = await t.api.call('refreshSession', {});
    assert.equal(program.status, 401);
    assert.equal(program.body.code, 'refresh_token.missing');
  });

  it('logs out: the family ends and the cookie is cleared', async () => {
    const session = await login();
    const { value } = sessionCookie(session);
    const out = await t.api.call('logout', { token: session.body.accessToken, headers: cookieHeaders({ cookie: `padu_refresh=${value}` }) });
    assert.equal(out.status, 204);
    const cleared = sessionCookie(out);
    assert.equal(cleared.value, '');
    assert.ok(cleared.attributes.includes('max-age=0') || cleared.attributes.some((a) => a.startsWith('expires=thu, 01 jan 1970')));
    const after = await t.api.call('refreshSession', { headers: cookieHeaders({ cookie: `padu_refresh=${value}` }) });
    assert.equal(after.status, 401);
  });

  it('keeps Node integrators on bearer and body tokens, unchanged', async () => {
    const res = await t.api.call('login', { json: { identifier: BUDI, password: DEMO_PASSWORD } });
    assert.match(res.body.refreshToken, /^rt_/);
    assert.deepEqual(res.headers.getSetCookie(), []);
    const refreshed = await t.api.call('refreshSession', { json: { refreshToken: res.body.refreshToken } });
    assert.equal(refreshed.status, 200);
    assert.match(refreshed.body.refreshToken, /^rt_/);
  });

  it('gives credentialed CORS to allow-listed origins only', async () => {
    const preflight = (origin: string) =>
      t.api.raw('OPTIONS', '/auth/refresh', {
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, padu-session' },
      });
    const allowed = await preflight(OPD);
    assert.equal(allowed.status, 204);
    assert.equal(allowed.headers.get('access-control-allow-origin'), OPD);
    assert.equal(allowed.headers.get('access-control-allow-credentials'), 'true');
    assert.match(allowed.headers.get('access-control-allow-headers') ?? '', /Padu-Session/);
    const refused = await preflight(EVIL);
    assert.equal(refused.headers.get('access-control-allow-origin'), null);
    assert.equal(refused.headers.get('access-control-allow-credentials'), null);

    const actual = await login(SITI, cookieHeaders({ origin: OPD }));
    assert.equal(actual.headers.get('access-control-allow-origin'), OPD);
    assert.equal(actual.headers.get('access-control-allow-credentials'), 'true');
    const foreign = await t.api.call('listServices', { headers: { origin: EVIL } });
    assert.equal(foreign.headers.get('access-control-allow-origin'), null);
    assert.equal(foreign.headers.get('access-control-allow-credentials'), null);
  });

  it('sets Secure and the __Secure- name for any host that is not loopback over plain http', async () => {
    const { port } = new URL(own);
    const body = JSON.stringify({ identifier: SITI, password: DEMO_PASSWORD });
    const setCookie = await loginAsPublicHost(port, body);
    // Cookie mode from https://layanan… while the request came over http: refused as another origin.
    assert.deepEqual(setCookie, []);
    const secure = await startTestGateway({ publicUrl: 'https://layanan.kedirikota.go.id' });
    try {
      const lines = await loginAsPublicHost(new URL(secure.gateway.origin).port, body);
      assert.equal(lines.length, 1, JSON.stringify(lines));
      assert.match(lines[0]!, /^__Secure-padu_refresh=rt_[^;]+; Max-Age=2592000; Path=\/api\/v1\/auth; HttpOnly; Secure; SameSite=Lax$/);
    } finally {
      await secure.close();
    }
  });
});

describe('cookie sessions: several tabs and OPD sites refreshing at once', () => {
  let t: TestGateway;
  const headers = (cookie?: string) => ({ 'padu-session': 'cookie', origin: t.gateway.origin, ...(cookie && { cookie }) });
  before(async () => {
    // The default grace (10 s), as a city runs it.
    t = await startTestGateway();
  });
  after(() => t.close());

  it('gives every refresh of one cookie sent at the same moment a session, and keeps the family alive', async () => {
    const login = await t.api.call('login', { json: { identifier: SITI, password: DEMO_PASSWORD }, headers: headers() });
    const { value } = sessionCookie(login);
    const burst = await Promise.all(
      Array.from({ length: 5 }, () => t.api.call('refreshSession', { headers: headers(`padu_refresh=${value}`) })),
    );
    assert.deepEqual(burst.map((res) => res.status), [200, 200, 200, 200, 200], burst.map((res) => res.text).join('\n'));
    const cookies = burst.map((res) => sessionCookie(res).value);
    assert.equal(new Set(cookies).size, 5, 'each answer is a fresh pair');
    assert.ok(!cookies.includes(value));
    // Every pair works: whichever cookie the browser kept, and whichever access token a tab holds.
    for (const res of burst) assert.equal((await t.api.call('getCurrentUser', { token: res.body.accessToken })).status, 200);
    const next = await t.api.call('refreshSession', { headers: headers(`padu_refresh=${cookies.at(-1)}`) });
    assert.equal(next.status, 200, next.text);
    // One login, one family in "Perangkat aktif".
    const sessions = await t.api.call('listMySessions', { token: next.body.accessToken });
    assert.equal(sessions.status, 200, sessions.text);
    assert.equal(sessions.body.data.filter((s: { current: boolean }) => s.current).length, 1);
    assert.equal(sessions.body.data.length, 1);
  });

  it('keeps strict reuse detection for body tokens, even sent at the same moment', async () => {
    const login = await t.api.call('login', { json: { identifier: BUDI, password: DEMO_PASSWORD } });
    const refreshToken = login.body.refreshToken;
    const burst = await Promise.all(Array.from({ length: 3 }, () => t.api.call('refreshSession', { json: { refreshToken } })));
    assert.deepEqual(burst.map((res) => res.status).sort(), [200, 401, 401]);
    const winner = burst.find((res) => res.status === 200)!;
    // The reuse revoked the family, the winner's new tokens with it.
    assert.equal((await t.api.call('getCurrentUser', { token: winner.body.accessToken })).status, 401);
  });

  it('does not let a body token use the cookie grace: presenting a rotated token in the body revokes at once', async () => {
    const first = sessionCookie(await t.api.call('login', { json: { identifier: SITI, password: DEMO_PASSWORD }, headers: headers() }));
    const refreshed = await t.api.call('refreshSession', { headers: headers(`padu_refresh=${first.value}`) });
    assert.equal(refreshed.status, 200, refreshed.text);
    const replay = await t.api.call('refreshSession', { json: { refreshToken: first.value }, headers: headers() });
    assert.equal(replay.status, 401);
    assert.equal(replay.body.code, 'refresh_token.reused');
    const owner = await t.api.call('refreshSession', { headers: headers(`padu_refresh=${sessionCookie(refreshed).value}`) });
    assert.equal(owner.status, 401);
  });
});

/**
 * A cookie-mode login sent to the gateway on 127.0.0.1 as if to `https://layanan.kedirikota.go.id` (its Host and
 * Origin), as a TLS-terminating proxy would forward it: the `Set-Cookie` lines of the answer.
 */
function loginAsPublicHost(port: string, body: string): Promise<string[]> {
  return new Promise<string[]>((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/v1/auth/login',
        headers: {
          host: 'layanan.kedirikota.go.id',
          origin: 'https://layanan.kedirikota.go.id',
          'padu-session': 'cookie',
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.headers['set-cookie'] ?? []));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
