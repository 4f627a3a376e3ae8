// Runs every Node test: each *.test.ts in the packages and test/, except *.browser.test.ts (Chromium only) and
// test/reliability/ (its own script, test-reliability.mjs).
// Workspace packages resolve to their TypeScript sources (the `source` export condition).
import { glob } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';

const files = [];
for await (const file of glob(['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'test/**/*.test.ts'], {
  exclude: (name) => name.includes('node_modules') || name.startsWith('test/reliability'),
})) {
  if (!file.endsWith('.browser.test.ts')) files.push(file);
}
files.sort();
const run = spawnSync(
  process.execPath,
  ['--conditions=source', '--test', '--test-reporter=spec', ...process.argv.slice(2), ...files],
  { stdio: 'inherit' },
);
process.exit(run.status ?? 1);
