// Builds the tests need, done once and only when stale: the CDN bundle and the Storybook catalogue.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildStorybook, storybookDir, storybookIsStale } from '../../scripts/build-storybook.mjs';
import { cdnDir, cdnIsStale } from '../../scripts/build-cdn.mjs';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Builds packages/elements/dist/cdn when it is missing or older than its sources; returns its folder. */
export async function ensureCdnBundle(): Promise<string> {
  if (await cdnIsStale()) {
    const run = spawnSync(process.execPath, ['scripts/build-cdn.mjs'], { cwd: repoRoot, stdio: 'inherit' });
    if (run.status !== 0) throw new Error('The CDN bundle did not build');
  }
  return cdnDir;
}

/** Builds storybook-static/ when it is missing or older than its sources; returns its folder. */
export async function ensureStorybook(): Promise<string> {
  if (await storybookIsStale()) buildStorybook({ quiet: true });
  return storybookDir;
}
