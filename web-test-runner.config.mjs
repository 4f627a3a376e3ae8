// Browser tests in Debian's Chromium: the isomorphic @padu/contract tests (written for node:test, run here
// through small shims) and every *.browser.test.ts.
//
// A real gateway runs for the whole browser run (scripts/test-gateway.mjs: temporary data, demo accounts, random
// port), and the dev server proxies `/api/` to it. Tests therefore call the API on their own origin, e.g.
// `createPadu({ baseUrl: '/api/v1' })`: no CORS, and cookies-free bearer auth as in production. Demo accounts
// (password `padu-demo-2026`): siti@demo.padu.id (verified citizen), budi@demo.padu.id, and
// petugas.<agencyId>@demo.padu.id for each OPD. Event streams and uploads pass through the proxy unbuffered.
import { request } from 'node:http';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { minifyTemplates } from './scripts/bundle-plugins.mjs';
import { chromiumArgs, findChromium } from './scripts/chromium.mjs';
import { startGatewayProcess } from './scripts/test-gateway.mjs';

const nodeShims = {
  'node:test': '/test/browser-shims/node-test.js',
  'node:assert/strict': '/test/browser-shims/node-assert.js',
  'node:assert': '/test/browser-shims/node-assert.js',
};

/** The gateway of this run, once started. */
let gateway;

/** Starts the gateway with the dev server and stops it with it. */
const gatewayPlugin = {
  name: 'padu-gateway',
  async serverStart() {
    gateway = await startGatewayProcess();
  },
  async serverStop() {
    await gateway?.stop();
  },
};

/**
 * The elements' templates minified as the CDN and npm builds ship them (scripts/bundle-plugins.mjs), so the
 * browser tests exercise the markup and CSS a page really gets. `PADU_RAW_TEMPLATES=1` serves them as written,
 * for debugging.
 */
const shippedTemplates = {
  name: 'padu-minify-templates',
  async transform(context) {
    if (process.env.PADU_RAW_TEMPLATES || !/^\/packages\/[^/]+\/src\/.*\.ts$/.test(context.path) || context.path.endsWith('.test.ts')) return undefined;
    const result = await minifyTemplates().transform(context.body, context.path);
    return result ? { body: result.code } : undefined;
  },
};

/** Koa middleware: `/api/…` goes to the gateway, streamed both ways (uploads, SSE); the rest to the dev server. */
function proxyApiToGateway(ctx, next) {
  if (!ctx.path.startsWith('/api/')) return next();
  if (!gateway) ctx.throw(503, 'The test gateway has not started');
  ctx.respond = false; // the raw response is written here
  ctx.status = 200; // so the dev server does not log a "404" for a request that it did not serve itself
  const target = new URL(ctx.url, gateway.origin);
  return new Promise((resolve) => {
    // The page's own Host goes along, as a reverse proxy in front of the gateway would send it: the page's Origin is
    // then the origin the request was sent to, which the cookie sessions accept.
    const upstream = request(target, { method: ctx.method, headers: ctx.req.headers }, (answer) => {
      ctx.res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(ctx.res);
      answer.on('end', resolve);
    });
    upstream.on('error', () => {
      if (!ctx.res.headersSent) ctx.res.writeHead(502);
      ctx.res.end();
      resolve();
    });
    // The browser went away (a closed event stream, an aborted upload): so does the request to the gateway.
    ctx.res.on('close', () => {
      upstream.destroy();
      resolve();
    });
    ctx.req.pipe(upstream);
  });
}

export default {
  files: ['packages/contract/src/**/*.test.ts', 'packages/*/src/**/*.browser.test.ts', '!**/node_modules/**'],
  nodeResolve: { exportConditions: ['source', 'browser'] },
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  middleware: [proxyApiToGateway],
  plugins: [
    gatewayPlugin,
    { name: 'node-test-shims', resolveImport: ({ source }) => nodeShims[source] },
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    shippedTemplates,
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: findChromium(), headless: true, args: chromiumArgs },
    }),
  ],
};
