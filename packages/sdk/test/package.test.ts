// The published package: `npm run build` (rollup + tsc) writes dist/, which passes publint and
// @arethetypeswrong/cli, keeps the contract's summaries in its types, runs, and fits the size budget.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { formatBytes, measureSize, SDK_BUDGET_BYTES as BUDGET_BYTES } from '../../../scripts/size.mjs';
import * as source from '@padu/sdk';
import { BASE_URL, fakeFetch, json, problem } from './support/fake-fetch.ts';


/** Single sign-on, with oauth4webapi: what a site on another domain fetches when it signs in or out. */
const SSO_BUDGET_BYTES = 8_500;

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const packageDir = fileURLToPath(new URL('../', import.meta.url));

/** Runs a tool of the repository's node_modules/.bin with this Node. */
function run(tool: string, args: string[]) {
  const result = spawnSync(process.execPath, [`${repo}node_modules/.bin/${tool}`, ...args], { cwd: repo, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}` };
}

describe('the published package', () => {
  before(() => {
    const build = run('rollup', ['-c']);
    assert.ok(build.ok, build.output);
  });

  it('passes publint', () => {
    const lint = run('publint', ['packages/sdk', '--strict']);
    assert.ok(lint.ok, lint.output);
  });

  it('passes @arethetypeswrong/cli (ESM only)', () => {
    const attw = run('attw', ['--pack', 'packages/sdk', '--profile', 'esm-only']);
    assert.ok(attw.ok, attw.output);
  });

  it('carries the contract’s summaries in its declarations', async () => {
    const declarations = await readFile(new URL('../dist/resources/services.d.ts', import.meta.url), 'utf8');
    assert.ok(declarations.includes('Search the services of every OPD'));
    assert.ok(!/from '\.{1,2}\/[^']+\.ts'/.test(declarations), 'relative imports name .js files');
  });

  it('runs from dist/, and its errors are instances of the source copy’s classes (two bundles, one page)', async () => {
    const dist: typeof source = await import(new URL('../dist/index.js', import.meta.url).href);
    assert.notEqual(dist.PaduError, source.PaduError);
    const { fetch } = fakeFetch((request) =>
      request.url.endsWith('/health') ? json({ status: 'ok' }) : problem(422, { errors: [{ pointer: '/q', code: 'pattern', message: 'x' }] }),
    );
    const padu = dist.createPadu({ baseUrl: BASE_URL, fetch });
    assert.deepEqual(await padu.meta.health(), { status: 'ok' });
    const error = await padu.services.list({ q: '\u0001' }).firstPage().catch((e: unknown) => e);
    assert.ok(error instanceof source.ValidationError);
    assert.ok(error instanceof dist.ValidationError);
    assert.ok(new source.NotFoundError('x') instanceof dist.PaduError);
  });

  // All of it but single sign-on: ky and the event-stream reader (with eventsource-parser) are chunks a page fetches
  // with its first call and its first live watch, and they count (scripts/size.mjs, SDK_BUDGET_BYTES). The single
  // sign-on chunk (with oauth4webapi) is fetched only by a site on another domain, when it signs in, comes back or
  // signs out: it has a budget of its own.
  it(`fits the size budget: the SDK with ky and eventsource-parser, minified + gzip, at most ${formatBytes(BUDGET_BYTES)}; single sign-on at most ${formatBytes(SSO_BUDGET_BYTES)}`, async () => {
    const { chunks } = await measureSize(`${packageDir}dist/index.js`);
    for (const chunk of chunks) console.log(`${chunk.file}: ${formatBytes(chunk.minified)} minified, ${formatBytes(chunk.gzip)} min+gzip`);
    const isSso = (chunk: { file: string }) => /^sso(-|\.)/.test(chunk.file.split('/').at(-1)!);
    const sso = chunks.filter(isSso);
    assert.equal(sso.length, 1, 'single sign-on is a chunk of its own');
    const rest = chunks.filter((chunk) => !isSso(chunk));
    const gzip = rest.reduce((total, chunk) => total + chunk.gzip, 0);
    const minified = rest.reduce((total, chunk) => total + chunk.minified, 0);
    console.log(`@padu/sdk with ky: ${formatBytes(minified)} minified, ${formatBytes(gzip)} min+gzip (budget ${formatBytes(BUDGET_BYTES)})`);
    console.log(`single sign-on with oauth4webapi: ${formatBytes(sso[0]!.gzip)} min+gzip (budget ${formatBytes(SSO_BUDGET_BYTES)})`);
    assert.ok(gzip <= BUDGET_BYTES, `${gzip} bytes is over the budget of ${BUDGET_BYTES}`);
    assert.ok(sso[0]!.gzip <= SSO_BUDGET_BYTES, `single sign-on: ${sso[0]!.gzip} bytes is over its budget of ${SSO_BUDGET_BYTES}`);
  });

  // Verifying webhooks is for receiving systems (servers, which hold the endpoint's secret): `@padu/sdk/webhooks`,
  // resolved under Node's condition only, and never reached from the main entry, so the bundle above cannot grow
  // from it.
  it('keeps webhook verification out of the browser bundle: an entry of its own, for Node, that the main entry never imports', async () => {
    const manifest = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
    assert.deepEqual(Object.keys(manifest.exports['./webhooks']), ['source', 'types', 'node']);
    const reached = new Set<string>();
    const visit = async (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      const code = await readFile(new URL(file, `file://${packageDir}dist/`), 'utf8');
      assert.ok(!code.includes('standardwebhooks'), `${file} imports standardwebhooks`);
      for (const [, specifier] of code.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
        await visit(new URL(specifier!, new URL(file, 'file:///dist/')).pathname.replace(/^\/dist\//, ''));
      }
    };
    await visit('index.js');
    assert.ok(reached.has('client.js') && reached.has('resources/webhooks.js'), `walked ${[...reached].join(', ')}`);
    assert.ok(!reached.has('webhooks.js'), 'the main entry reaches webhooks.js');
    const { verifyWebhook } = await import(new URL('../dist/webhooks.js', import.meta.url).href);
    assert.equal(typeof verifyWebhook, 'function');
  });
});
