// Builds the CDN bundle (packages/elements/dist/cdn: padu.js and its lazy chunk, each with a gzipped copy) with
// the options of rollup.config.mjs (`cdnBuild`); `npm start` and the tests call it when the bundle is older than
// its sources.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { cdnBuild } from '../rollup.config.mjs';
import { isStale } from './freshness.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
export const cdnDir = resolve(root, 'packages/elements/dist/cdn');

/** What the bundle is built from. */
export const cdnSources = [
  'packages/elements/src/**/*.ts',
  'packages/sdk/src/**/*.ts',
  'packages/contract/src/**/*.ts',
  'rollup.config.mjs',
  'scripts/bundle-plugins.mjs',
  'package-lock.json',
];

export function cdnIsStale() {
  return isStale(resolve(cdnDir, 'padu.js'), cdnSources, { cwd: root, exclude: (name) => /\.test\.ts$/.test(name) });
}

/** Builds the bundle; returns the milliseconds it took. */
export async function buildCdn() {
  const started = performance.now();
  const bundle = await rollup(cdnBuild);
  try {
    await bundle.write(cdnBuild.output);
  } finally {
    await bundle.close();
  }
  return Math.round(performance.now() - started);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const ms = await buildCdn();
  console.log(`packages/elements/dist/cdn built in ${(ms / 1000).toFixed(1)} s${existsSync(resolve(cdnDir, 'padu.js')) ? '' : ' (padu.js missing!)'}`);
}
