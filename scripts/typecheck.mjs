// Type-checks every TypeScript project named in the root tsconfig.json's references.
import { readFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');
const root = JSON.parse(readFileSync('tsconfig.json', 'utf8').replace(/^\s*\/\/.*$/gm, ''));
let failed = 0;
for (const { path } of root.references) {
  if (!existsSync(`${path}/tsconfig.json`)) continue;
  const started = performance.now();
  const run = spawnSync(process.execPath, [tsc, '-p', path, '--noEmit'], { stdio: 'inherit' });
  const ms = Math.round(performance.now() - started);
  console.log(`typecheck ${path}: ${run.status === 0 ? 'ok' : 'FAILED'} (${ms} ms)`);
  if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
