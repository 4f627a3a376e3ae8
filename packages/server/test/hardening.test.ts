// Errors as problem+json everywhere, security headers, CORS, request ids, rate limits, static files and logs.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestGateway, SITI, SITI_NIK, type TestGateway } from './helpers/harness.ts';
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
    await writeFile(join(staticRoot, 'public', 'demo', 'index.html'), '<!doctype html><title>Demo</title>');
    await writeFile(join(staticRoot, 'public', '.env'), 'SECRET=1');
    await writeFile(join(staticRoot, 'secret.txt'), 'outside the static folder');
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
      assert.equal(res.headers.get('content-security-policy'), "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
      assert.match(res.headers.get('strict-transport-security') ?? '', /^max-age=\d+/);
      assert.equal(res.headers.get('x-frame-options'), 'DENY');
      assert.match(res.headers.get('x-request-id') ?? '', /^[A-Za-z0-9_-]+$/);
      assert.match(res.headers.get('ratelimit') ?? '', /^"default";r=\d+;t=\d+$/);
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
    for (const path of ['/..%2fsecret.txt', '/%2e%2e/secret.txt', '/demo/..%2f..%2fsecret.txt', '/.env', '/app.js%00.html']) {
      const res = await fetch(`${origin}${path}`);
      assert.equal(res.status, 404, path);
      assert.equal(res.headers.get('content-type'), 'application/problem+json; charset=utf-8');
    }
  });

  it('sends larger text files gzipped to clients that accept it, and as they are to the others', async () => {
    const url = `${t.gateway.origin}/bundle.js`;
    const original = await readFile(join(staticRoot, 'public', 'bundle.js'));
    // undici's fetch decodes gzip itself, so the encoding is read from the headers and the raw bytes compared.
    const zipped = await fetch(url, { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(zipped.headers.get('content-encoding'), 'gzip');
    assert.equal(zipped.headers.get('vary'), 'Origin, Accept-Encoding');
    assert.ok(Number(zipped.headers.get('content-length')) < original.length / 10, 'compressed');
    assert.deepEqual(Buffer.from(await zipped.arrayBuffer()), original);
    const plain = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
    assert.equal(plain.headers.get('content-encoding'), null);
    assert.equal(Number(plain.headers.get('content-length')), original.length);
    assert.deepEqual(Buffer.from(await plain.arrayBuffer()), original);
    // Small files are not worth it.
    assert.equal((await fetch(`${t.gateway.origin}/app.js`, { headers: { 'accept-encoding': 'gzip' } })).headers.get('content-encoding'), null);
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

describe('global rate limit', () => {
  let t: TestGateway;
  before(async () => {
    t = await startTestGateway({ seedDemo: false, limits: { requestsPerWindow: 3, requestWindowSeconds: 60 } });
  });
  after(() => t.close());

  it('counts down in RateLimit and answers 429 with Retry-After', async () => {
    const remaining: string[] = [];
    for (let i = 0; i < 3; i++) remaining.push((await t.api.call('getHealth')).headers.get('ratelimit')!);
    assert.deepEqual(remaining.map((r) => r.replace(/;t=\d+$/, '')), ['"default";r=2', '"default";r=1', '"default";r=0']);
    const limited = await t.api.call('listAgencies');
    assert.equal(limited.status, 429);
    const retryAfter = Number(limited.headers.get('retry-after'));
    assert.ok(retryAfter >= 1 && retryAfter <= 60);
    assert.equal(limited.body.retryAfter, retryAfter);
  });
});
