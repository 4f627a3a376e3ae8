// Browser tests in Debian's Chromium: the isomorphic @padu/contract tests (written for node:test, run here
// through small shims) and every *.browser.test.ts.
import { playwrightLauncher } from '@web/test-runner-playwright';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromiumArgs, findChromium } from './scripts/chromium.mjs';

const nodeShims = {
  'node:test': '/test/browser-shims/node-test.js',
  'node:assert/strict': '/test/browser-shims/node-assert.js',
  'node:assert': '/test/browser-shims/node-assert.js',
};

export default {
  files: ['packages/contract/src/**/*.test.ts', 'packages/*/src/**/*.browser.test.ts', '!**/node_modules/**'],
  nodeResolve: { exportConditions: ['source', 'browser'] },
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  plugins: [
    { name: 'node-test-shims', resolveImport: ({ source }) => nodeShims[source] },
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: findChromium(), headless: true, args: chromiumArgs },
    }),
  ],
};
