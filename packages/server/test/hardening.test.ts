// Errors as problem+json everywhere, security headers, CORS, request ids, rate limits, static files and logs.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, readFile, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import zlib, { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import { startTestGateway, BUDI, SITI, SITI_NIK, type TestGateway } from './helpers/harness.ts';
import { assertProblem } from './helpers/contract-checker.ts';
import { pdfBytes } from './helpers/fixtures.ts';

const OPD_ORIGIN = 'https://dispendukcapil.kedirikota.go.id';

describe('hardening', () => {
  let t: TestGateway;
  let staticRoot: string;

  before(async () => {
    staticRoot = await mkdtemp(join(tmpdir(), 'padu-static-'));
    await mkdir(join(staticRoot, 'public', 'demo'), { recursive: true });
    await mkdir(join(staticRoot, 'storybook'), { recursive: true });
    await writeFile(join(staticRoot, 'public', 'index.html'), '<!doctype html><title>Padu</title>');
    await writeFile(join(staticRoot, 'public', 'app.js'), 'export {};');
    await writeFile(join(staticRoot, 'public', 'bundle.js'), `export const words = ${JSON.stringify('padu '.repeat(2000))};`);
    // As the CDN build leaves it: the bundle and its Brotli and gzip copies (marked, to tell which one was sent).
    await writeFile(join(staticRoot, 'public', 'built.js'), `export const built = ${JSON.stringify('padu '.repeat(2000))};`);
    await writeFile(join(staticRoot, 'public', 'built.js.gz'), gzipSync(`export const built = 'gzip';`));
    await writeFile(join(staticRoot, 'public', 'built.js.br'), brotliCompressSync(`export const built = 'brotli';`));
    await writeFile(join(staticRoot, 'public', 'demo', 'index.html'), '<!doctype html><title>Demo</title>');
    await writeFile(join(staticRoot, 'public', 'demo', 'index.html.gz'), gzipSync('<!doctype html><title>Demo</title>'));
    await writeFile(join(staticRoot, 'public', 'demo', 'index.html.br'), brotliCompressSync('<!doctype html><title>Demo</title>'));
    await writeFile(join(staticRoot, 'public', '.env'), 'SECRET=1');
    await writeFile(join(staticRoot, 'secret.txt'), 'outside the static folder');
    await symlink(join(staticRoot, 'secret.txt'), join(staticRoot, 'public', 'link.txt'));
    await writeFile(join(staticRoot, 'storybook', 'index.html'), '<!doctype html><title>Storybook</title>');
    t = await startTestGateway({
      corsOrigins: [OPD_ORIGIN],
      publicDir: join(staticRoot, 'public'),
      storybookDir: join(staticRoot, 'storybook'),
      limits: { jsonBodyBytes: 8 * 1024 },
    });
  });
  after(async () => {
    await t.close();
    await rm(staticRoot, { recursive: true, force: true });
  });

  it('answers unknown routes with a 404 problem', async () => {
    const res = await t.api.raw('GET', '/no-such-thing');
    assert.equal(res.status, 404);
    assertProblem(404, res.headers, res.body);
    assert.equal(res.body.title, 'Tidak ditemukan');
  });

  it('answers a wrong method with 405 and Allow', async () => {
    const res = await t.api.raw('DELETE', '/services');
    assert.equal(res.status, 405);
    assertProblem(405, res.headers, res.body);
    assert.equal(res.headers.get('allow'), 'GET, HEAD, OPTIONS');
    const put = await t.api.raw('PUT', '/applications/0f8c2a8e-6a4c-4b57-9a0e-2c1d3b4a5f60');
    assert.equal(put.status, 405);
    assert.equal(put.headers.get('allow'), 'GET, HEAD, OPTIONS');
  });

  it('answers malformed JSON with 400', async () => {
    const res = await t.api.call('login', { rawBody: '{"identifier": ', contentType: 'application/json' });
    assert.equal(res.status, 400);
    assert.equal(res.body.code, 'bad_request');
  });

  it('answers a missing required body with 400', async () => {
    const empty = await t.api.call('login', { rawBody: '', contentType: 'application/json' });
    assert.equal(empty.status, 400);
    const none = await t.api.call('login');
    assert.equal(none.status, 400);
  });

  it('answers a body of the wrong content type with 415', async () => {
    const text = await t.api.call('login', { rawBody: 'identifier=x&password=y', contentType: 'text/plain' });
    assert.equal(text.status, 415);
    const form = await t.api.call('login', { rawBody: 'identifier=x', contentType: 'application/x-www-form-urlencoded' });
    assert.equal(form.status, 415);
    const token = await t.api.token(SITI);
    const json = await t.api.call('createUpload', { token, json: { file: 'x' } });
    assert.equal(json.status, 415);
  });

  it('answers an oversized JSON body with 413', async () => {
    const token = await t.api.token(SITI);
    const res = await t.api.submit(token, { serviceId: 'surat-domisili', answers: { alamat: 'x'.repeat(10_000) } });
    assert.equal(res.status, 413);
    assert.equal(res.body.title, 'Isi permintaan terlalu besar');
  });

  it('maps schema errors to pointers and stable codes (422)', async () => {
    const res = await t.api.call('login', { json: { identifier: SITI, extra: 1 } });
    assert.equal(res.status, 422);
    const byPointer = Object.fromEntries(res.body.errors.map((e: { pointer: string; code: string }) => [e.pointer, e.code]));
    assert.deepEqual(byPointer, { '/password': 'required', '/extra': 'unknown_field' });
    assert.match(res.body.errors.find((e: { pointer: string }) => e.pointer === '/password').message, /Kata sandi wajib diisi/);
  });

  it('refuses bad parameters: 400 for path and header, 422 for query', async () => {
    const token = await t.api.token(SITI);
    const path = await t.api.call('getApplication', { token, params: { applicationId: 'not-a-uuid' } });
    assert.equal(path.status, 400);
    assert.equal(path.body.errors[0].params.parameter, 'applicationId');
    const query = await t.api.call('listServices', { query: { limit: 0 } });
    assert.equal(query.status, 422);
    assert.deepEqual(query.body.errors.map((e: { code: string; params: { parameter: string } }) => [e.code, e.params.parameter]), [['too_small', 'limit']]);
    const header = await t.api.call('trackApplication', { params: { trackingCode: 'DKC-7KQ4-M2XP' }, headers: { 'if-none-match': 'no-quotes' } });
    assert.equal(header.status, 400);
  });

  it('hides internals in a 500 and logs them under the request id', async () => {
    const token = await t.api.token(SITI);
    const upload = await t.api.upload(token, pdfBytes(), 'surat.pdf');
    const row = await t.gateway.context.db.selectFrom('uploads').selectAll().where('id', '=', upload.body.id).executeTakeFirstOrThrow();
    await unlink(t.gateway.context.uploads.pathOf(row));
    const res = await t.api.call('getUploadContent', { token, params: { uploadId: upload.body.id } });
    assert.equal(res.status, 500);
    assert.equal(res.body.code, 'internal');
    assert.equal(res.headers.get('content-disposition'), null);
    assert.doesNotMatch(res.text, /ENOENT|\/tmp|at .*\.ts/);
    assert.ok(t.logs.some((line) => line.includes(res.body.requestId) && line.includes('ENOENT')));
  });

  it('sets security headers on every kind of response', async () => {
    for (const res of [await t.api.call('getHealth'), await t.api.raw('GET', '/nope'), await t.api.call('login', { json: {} })]) {
      const limited = res.headers.get('ratelimit');
      // Health checks are exempt from the limits; the rest show the anonymous policy's quota.
      if (res.body.status === 'ok') assert.equal(limited, null);
      else assert.match(limited ?? '', /^"anonymous";r=\d+;t=\d+$/);
      assert.equal(res.headers.get('content-security-policy'), "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
      assert.match(res.headers.get('strict-transport-security') ?? '', /^max-age=\d+/);
      assert.equal(res.headers.get('x-frame-options'), 'DENY');
      assert.match(res.headers.get('x-request-id') ?? '', /^[A-Za-z0-9_-]+$/);
    }
  });

  it('keeps a well-formed X-Request-Id from a proxy and replaces a bad one', async () => {
    const kept = await t.api.call('getHealth', { headers: { 'x-request-id': 'opd-proxy-12345678' } });
    assert.equal(kept.headers.get('x-request-id'), 'opd-proxy-12345678');
    const replaced = await t.api.call('getHealth', { headers: { 'x-request-id': 'bad id with spaces' } });
    assert.match(replaced.headers.get('x-request-id') ?? '', /^req-/);
  });

  it('echoes only allowed OPD origins (CORS), with preflight', async () => {
    const allowed = await t.api.call('listAgencies', { headers: { origin: OPD_ORIGIN } });
    assert.equal(allowed.headers.get('access-control-allow-origin'), OPD_ORIGIN);
    assert.match(allowed.headers.get('access-control-expose-headers') ?? '', /RateLimit.*Retry-After.*ETag.*Location.*X-Request-Id.*Idempotent-Replayed/);
    assert.match(allowed.headers.get('vary') ?? '', /Origin/);
    const denied = await t.api.call('listAgencies', { headers: { origin: 'https://evil.example' } });
    assert.equal(denied.headers.get('access-control-allow-origin'), null);

    const preflight = await t.api.raw('OPTIONS', '/applications', {
      headers: { origin: OPD_ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, idempotency-key, content-type' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), OPD_ORIGIN);
    assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /POST/);
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/);
    const badPreflight = await t.api.raw('OPTIONS', '/applications', {
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    assert.equal(badPreflight.headers.get('access-control-allow-origin'), null);
    assert.equal(badPreflight.headers.get('access-control-allow-methods'), null);
    // Without CORS, OPTIONS says what the resource allows.
    const options = await t.api.raw('OPTIONS', '/applications');
    assert.equal(options.status, 204);
    assert.equal(options.headers.get('allow'), 'GET, HEAD, POST, OPTIONS');
  });

  it('serves the static folders safely', async () => {
    const origin = t.gateway.origin;
    const index = await fetch(`${origin}/`);
    assert.equal(index.status, 200);
    assert.equal(index.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.match(index.headers.get('content-security-policy') ?? '', /default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self' https:\/\/dispendukcapil\.kedirikota\.go\.id/);
    assert.equal(index.headers.get('x-content-type-options'), 'nosniff');
    const script = await fetch(`${origin}/app.js`);
    assert.equal(script.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal((await fetch(`${origin}/demo`, { redirect: 'manual' })).headers.get('location'), '/demo/');
    assert.equal((await fetch(`${origin}/demo/`)).status, 200);
    assert.equal((await fetch(`${origin}/storybook`, { redirect: 'manual' })).status, 301);
    assert.match(await (await fetch(`${origin}/storybook/`)).text(), /Storybook/);
    for (const path of ['/..%2fsecret.txt', '/%2e%2e/secret.txt', '/demo/..%2f..%2fsecret.txt', '/.env', '/app.js%00.html', '/link.txt', '//app.js']) {
      const res = await fetch(`${origin}${path}`);
      assert.equal(res.status, 404, path);
      assert.equal(res.headers.get('content-type'), 'application/problem+json; charset=utf-8');
    }
  });

  it('sends text files compressed to clients that accept it (the built copy when there is one), and as they are to the others', async () => {
    const original = await readFile(join(staticRoot, 'public', 'bundle.js'));
    // fetch decodes gzip itself: the encoding and the bytes on the wire are read with node:http.
    const zipped = await rawGet(`${t.gateway.origin}/bundle.js`, { 'accept-encoding': 'gzip' });
    assert.equal(zipped.headers['content-encoding'], 'gzip');
    assert.match(String(zipped.headers.vary), /Origin/);
    assert.match(String(zipped.headers.vary), /accept-encoding/i);
    assert.ok(zipped.body.length < original.length / 10, `compressed to ${zipped.body.length} bytes`);
    assert.deepEqual(gunzip(zipped.body), original);
    const brotli = await rawGet(`${t.gateway.origin}/bundle.js`, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    assert.equal(brotli.headers['content-encoding'], 'br');
    assert.ok(brotli.body.length < zipped.body.length, `Brotli ${brotli.body.length} bytes, gzip ${zipped.body.length}`);
    assert.deepEqual(brotliDecompressSync(brotli.body), original);
    const plain = await rawGet(`${t.gateway.origin}/bundle.js`, { 'accept-encoding': 'identity' });
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(Number(plain.headers['content-length']), original.length);
    assert.deepEqual(plain.body, original);
    // A file the build compressed is sent as the build left it, no work per request: Brotli to a client that takes
    // it, else gzip, else the file.
    const built = await rawGet(`${t.gateway.origin}/built.js`, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    assert.equal(built.headers['content-encoding'], 'br');
    assert.equal(built.headers['content-type'], 'text/javascript; charset=utf-8');
    assert.match(String(built.headers.vary), /accept-encoding/i);
    assert.equal(brotliDecompressSync(built.body).toString(), `export const built = 'brotli';`);
    const builtGzip = await rawGet(`${t.gateway.origin}/built.js`, { 'accept-encoding': 'gzip, deflate' });
    assert.equal(builtGzip.headers['content-encoding'], 'gzip');
    assert.equal(gunzip(builtGzip.body).toString(), `export const built = 'gzip';`);
    assert.match((await rawGet(`${t.gateway.origin}/built.js`, {})).body.toString(), /padu padu/);
    // A page sent from a built copy keeps the page's headers.
    for (const encoding of ['gzip', 'br']) {
      const page = await rawGet(`${t.gateway.origin}/demo/`, { 'accept-encoding': encoding });
      assert.equal(page.headers['content-encoding'], encoding);
      assert.equal(page.headers['content-type'], 'text/html; charset=utf-8');
      assert.match(String(page.headers['content-security-policy']), /^default-src 'self'; script-src 'self'/);
      assert.equal(page.headers['x-frame-options'], 'SAMEORIGIN');
    }
  });

  it('writes no NIK, token or password to the logs', async () => {
    const session = await t.api.login(SITI_NIK);
    await t.api.call('login', { json: { identifier: '3571 0145 1290 0003', password: 'salah-sekali-123' } });
    await t.api.call('registerCitizen', { json: { nik: '3571014512900003', name: 'Siti Lagi', password: 'kata-sandi-panjang' } });
    await t.api.call('getCurrentUser', { token: session.accessToken });
    await t.api.call('refreshSession', { json: { refreshToken: session.refreshToken } });
    const logs = t.logs.join('');
    assert.ok(logs.length > 0);
    assert.doesNotMatch(logs, /(?<!\d)\d{16}(?!\d)/);
    assert.ok(!logs.includes(session.accessToken) && !logs.includes(session.refreshToken));
    assert.doesNotMatch(logs, /padu-demo-2026|salah-sekali-123|kata-sandi-panjang/);
  });
});

function rawGet(url: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    httpRequest(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

function gunzip(bytes: Buffer): Buffer {
  return zlib.gunzipSync(bytes);
}

describe('request limits', () => {
  let t: TestGateway;
  const tokenOf = async (email: string) => {
    // Straight from the session service: logging in would spend the anonymous quota under test.
    const { db, sessions } = t.gateway.context;
    const user = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow();
    return (await sessions.start(user.id, { kind: 'api', site: 'API', device: null })).accessToken;
  };
  before(async () => {
    t = await startTestGateway({
      limits: {
        requestsPerWindow: 3,
        accountRequestsPerWindow: 4,
        requestWindowSeconds: 60,
        trackingLookupsPerWindow: 2,
        trackingWindowSeconds: 30,
        registrationsPerWindow: 1,
        registrationWindowSeconds: 600,
      },
    });
  });
  after(() => t.close());

  it('counts anonymous requests per address, with RateLimit and RateLimit-Policy, then 429 with Retry-After', async () => {
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await t.api.call('listAgencies');
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('ratelimit-policy'), '"anonymous";q=3;w=60');
      seen.push(res.headers.get('ratelimit')!.replace(/;t=\d+$/, ''));
    }
    assert.deepEqual(seen, ['"anonymous";r=2', '"anonymous";r=1', '"anonymous";r=0']);
    // A token that is not valid is no account: it counts against the address too.
    const forged = await t.api.call('getCurrentUser', { token: 'at_tidak-ada-token-seperti-ini-000000' });
    assert.equal(forged.status, 429);
    const limited = await t.api.call('listServices');
    assert.equal(limited.status, 429);
    assert.equal(limited.body.code, 'rate_limited');
    const retryAfter = Number(limited.headers.get('retry-after'));
    assert.ok(retryAfter >= 1 && retryAfter <= 60, String(retryAfter));
    assert.equal(limited.body.retryAfter, retryAfter);
    assert.match(limited.headers.get('ratelimit') ?? '', /^"anonymous";r=0;t=\d+$/);
  });

  it('counts requests with an access token per account, not per address', async () => {
    // The address is spent (above); logged-in citizens behind it still get their own quota.
    const siti = await tokenOf(SITI);
    const budi = await tokenOf(BUDI);
    for (let i = 0; i < 4; i++) {
      const res = await t.api.call('listMyApplications', { token: siti });
      assert.equal(res.status, 200);
      assert.match(res.headers.get('ratelimit') ?? '', new RegExp(`^"account";r=${3 - i};t=\\d+$`));
      assert.equal(res.headers.get('ratelimit-policy'), '"account";q=4;w=60');
    }
    const limited = await t.api.call('getCurrentUser', { token: siti });
    assert.equal(limited.status, 429);
    assert.ok(Number(limited.headers.get('retry-after')) >= 1);
    // A second session of the same account shares its quota; another account has its own.
    assert.equal((await t.api.call('getCurrentUser', { token: await tokenOf(SITI) })).status, 429);
    assert.equal((await t.api.call('getCurrentUser', { token: budi })).status, 200);
  });

  it('gives tracking lookups and registrations limits of their own', async () => {
    const budi = await tokenOf(BUDI);
    for (let i = 0; i < 2; i++) {
      const res = await t.api.call('trackApplication', { params: { trackingCode: 'DKC-7KQ4-M2XP' }, token: budi });
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('ratelimit-policy'), '"tracking";q=2;w=30');
    }
    const tracked = await t.api.call('trackApplication', { params: { trackingCode: 'DKC-AAAA-BBBB' }, token: budi });
    assert.equal(tracked.status, 429);
    assert.match(tracked.headers.get('ratelimit') ?? '', /^"tracking";r=0;t=\d+$/);
    // The account's general quota was not spent by the lookups.
    assert.equal((await t.api.call('getCurrentUser', { token: budi })).status, 200);

    const registered = await t.api.call('registerCitizen', { json: { nik: '3571015003910002', name: 'Warga Baru', password: 'kata-sandi-panjang' } });
    assert.equal(registered.status, 201);
    assert.equal(registered.headers.get('ratelimit-policy'), '"registration";q=1;w=600');
    const again = await t.api.call('registerCitizen', { json: { nik: '3571015003910010', name: 'Warga Lain', password: 'kata-sandi-panjang' } });
    assert.equal(again.status, 429);
    assert.ok(Number(again.headers.get('retry-after')) > 500);
  });

  it('keeps the health check out of every limit', async () => {
    for (let i = 0; i < 20; i++) {
      const health = await t.api.call('getHealth');
      assert.equal(health.status, 200);
      assert.equal(health.headers.get('ratelimit'), null);
    }
  });
});
