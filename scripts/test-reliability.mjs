// `npm run test:reliability`: the gateway tried as an attacker and as a busy city would use it (test/reliability):
// a contract-driven fuzzer, raw-socket parser errors, concurrent brute force, many citizens at once, and a
// SIGKILL during submissions. Each file starts its own gateways; they run one at a time, so that their loads do
// not distort each other. Extra arguments go to node --test (e.g. --test-name-pattern).
import { glob } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';

const files = [];
for await (const file of glob('test/reliability/**/*.test.ts')) files.push(file);
files.sort();
const run = spawnSync(
  process.execPath,
  ['--conditions=source', '--test', '--test-concurrency=1', '--test-reporter=spec', ...process.argv.slice(2), ...files],
  { stdio: 'inherit' },
);
process.exit(run.status ?? 1);
