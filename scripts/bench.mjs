// `npm run bench`: runs every benchmark (packages/*/bench/*.bench.ts) one after the other and prints its figures.
// Benchmarks compare against a baseline measured in the same run; they print, they do not assert.
import { glob } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';

const files = [];
for await (const file of glob('packages/*/bench/*.bench.ts')) files.push(file);
files.sort();
if (files.length === 0) console.log('No benchmarks yet.');
let failed = 0;
for (const file of files) {
  console.log(`\n### ${file}\n`);
  const run = spawnSync(process.execPath, ['--conditions=source', file], { stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
