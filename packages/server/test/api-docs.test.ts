// The API reference at /api/v1/docs: a page under its own CSP that loads Redoc from the gateway itself and reads
// the contract the API publishes; Redoc's folder serves its bundle and nothing else.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { startTestGateway, type TestGateway } from './helpers/harness.ts';
import { API_CSP } from '../src/http/edge.ts';
import { API_DOCS_CSP } from '../src/http/api-docs.ts';

describe('the API reference', () => {
  let t: TestGateway;
  before(async () => {
    t = await startTestGateway();
  });
  after(() => t.close());

  it('is an HTML page under its own CSP that loads Redoc from this origin and names the contract', async () => {
    const res = await t.api.raw('GET', '/docs');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(res.headers.get('cache-control'), 'no-cache');
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.equal(csp, API_DOCS_CSP);
    // Scripts from this origin only: no inline script, no eval, no other host.
    assert.match(csp, /(^|; )script-src 'self'(;|$)/);
    assert.match(csp, /(^|; )default-src 'none'(;|$)/);
    assert.match(csp, /(^|; )connect-src 'self'(;|$)/);
    assert.match(csp, /(^|; )frame-ancestors 'none'(;|$)/);
    assert.equal(res.headers.get('x-frame-options'), 'DENY');
    assert.match(res.text, /<redoc spec-url="\/api\/v1\/openapi\.yaml"/);
    assert.match(res.text, /<script src="\/api\/v1\/docs\/assets\/redoc\.standalone\.js"><\/script>/);
    assert.match(res.text, /<title>Padu API: API reference<\/title>/);
    // Nothing inline for the CSP to allow, and nothing from another host.
    assert.doesNotMatch(res.text, /<script>|<script [^>]*>[^<]/);
    assert.doesNotMatch(res.text, /https?:\/\//);
  });

  it('serves Redoc’s standalone bundle from node_modules, and no other file of its folder', async () => {
    const res = await t.api.raw('GET', '/docs/assets/redoc.standalone.js', { headers: { 'accept-encoding': 'identity' } });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/javascript/);
    const bundle = await readFile(createRequire(import.meta.url).resolve('redoc/bundles/redoc.standalone.js'), 'utf8');
    assert.equal(res.text, bundle);
    for (const other of ['redoc.standalone.js.map', 'redoc.lib.js', 'redoc.standalone.js.LICENSE.txt', '../package.json', '%2e%2e/package.json', '']) {
      const refused = await t.api.raw('GET', `/docs/assets/${other}`);
      assert.equal(refused.status, 404, other);
      assert.match(refused.headers.get('content-type') ?? '', /^application\/problem\+json/, other);
    }
  });

  it('leaves the API’s own CSP on the contract and the other operations', async () => {
    for (const path of ['/openapi.yaml', '/health']) {
      const res = await t.api.raw('GET', path);
      assert.equal(res.status, 200, path);
      assert.equal(res.headers.get('content-security-policy'), API_CSP, path);
    }
  });

  it('counts against the anonymous limit like any other read', async () => {
    const limited = await startTestGateway({ limits: { requestsPerWindow: 2 } });
    try {
      assert.equal((await limited.api.raw('GET', '/docs')).status, 200);
      assert.equal((await limited.api.raw('GET', '/docs/assets/redoc.standalone.js')).status, 200);
      const res = await limited.api.raw('GET', '/docs');
      assert.equal(res.status, 429);
      assert.match(res.headers.get('ratelimit') ?? '', /^"anonymous";/);
    } finally {
      await limited.close();
    }
  });
});
