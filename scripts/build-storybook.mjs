// `npm run build-storybook`: the Storybook catalogue into storybook-static/, which the gateway serves at
// /storybook/ (and `npm start` rebuilds when its sources are newer).
//
// - No network: telemetry off, no version check (CI=true, --disable-telemetry, core.disableTelemetry).
// - Strict CSP: the gateway serves HTML with `script-src 'self'`, which refuses the inline <script> blocks
//   Storybook writes into index.html and iframe.html. They are moved into files next to the page (same order,
//   same module/classic kind), so the catalogue runs under the same script policy as the demo pages. (The
//   catalogue's UI injects <style> elements at run time, so /storybook/ alone allows inline styles; see
//   packages/server/src/http/static.ts.)
// - Text files get a gzipped copy beside them (scripts/precompress.mjs), which the gateway sends as it is.
// - A stamp file marks a finished build: an interrupted build counts as missing.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isStale } from './freshness.mjs';
import { precompress } from './precompress.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
export const storybookDir = resolve(root, 'storybook-static');
const stamp = (dir) => join(dir, '.padu-build');

/** What the catalogue is built from. */
export const storybookSources = [
  '.storybook/**',
  'stories/**',
  'packages/elements/src/**/*.ts',
  'packages/elements/custom-elements.json',
  'packages/sdk/src/**/*.ts',
  'packages/contract/src/**/*.ts',
];

/** Whether storybook-static/ is missing, unfinished, or older than its sources. */
export function storybookIsStale(dir = storybookDir) {
  return isStale(stamp(dir), storybookSources, { cwd: root, exclude: (name) => /\.test\.ts$/.test(name) });
}

/** Moves inline <script> and <style> blocks of Storybook's pages into files beside them. */
export function externalizeInline(dir) {
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.html'))) {
    const path = join(dir, name);
    const write = (code, extension) => {
      const file = `inline-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.${extension}`;
      writeFileSync(join(dir, file), code);
      return `./${file}`;
    };
    const html = readFileSync(path, 'utf8')
      .replace(/<script(\s+type="module")?\s*>([\s\S]*?)<\/script>/g, (_, module, code) =>
        code.trim() ? `<script${module ?? ''} src="${write(code, 'js')}"></script>` : '',
      )
      .replace(/<style>([\s\S]*?)<\/style>/g, (_, css) => `<link rel="stylesheet" href="${write(css, 'css')}">`);
    writeFileSync(path, html);
  }
}

/** Builds the catalogue into `outDir`. */
export function buildStorybook({ outDir = storybookDir, quiet = false } = {}) {
  const manifest = resolve(root, 'packages/elements/custom-elements.json');
  if (!existsSync(manifest)) {
    const run = spawnSync('npm', ['run', 'manifest', '-w', '@padu/elements'], { cwd: root, stdio: 'inherit' });
    if (run.status !== 0) throw new Error('Could not generate packages/elements/custom-elements.json');
  }
  const bin = resolve(root, 'node_modules/storybook/dist/bin/dispatcher.js');
  const args = [existsSync(bin) ? bin : resolve(root, 'node_modules/.bin/storybook'), 'build', '-o', outDir, '--disable-telemetry'];
  if (quiet) args.push('--quiet');
  const started = performance.now();
  const run = spawnSync(process.execPath, args, {
    cwd: root,
    stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit',
    env: { ...process.env, CI: 'true', STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
  if (run.status !== 0) throw new Error(`storybook build failed (exit ${run.status})`);
  externalizeInline(outDir);
  precompress(outDir); // gzipped copies, sent as they are
  writeFileSync(stamp(outDir), new Date().toISOString());
  return Math.round(performance.now() - started);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const ms = buildStorybook({ quiet: process.argv.includes('--quiet') });
  console.log(`storybook-static/ built in ${(ms / 1000).toFixed(1)} s`);
}
