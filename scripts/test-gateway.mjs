// A throwaway reference gateway for browser tests (and any other test runner that cannot load the gateway's
// TypeScript sources itself): a temporary data folder, a random loopback port, quiet logs, demo data.
//
// - `startGatewayProcess()` runs this file as a child process (`node --conditions=source`) and resolves with
//   `{ url, origin, stop() }` once the gateway listens. web-test-runner.config.mjs uses it.
// - Run directly, this file starts the gateway, prints `{"url":…,"origin":…}` on one line, and closes it (and
//   deletes its data) when stdin ends or on SIGTERM/SIGINT.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/**
 * Gateway options for tests: fast heartbeats, and limits that a test run does not reach by accident. Every browser
 * test shares one client address, so the per-address login limit is high; the per-identifier limit stays at its
 * production value, which the tests of the lock-out message rely on.
 */
const testOptions = {
  port: 0,
  logLevel: 'silent',
  heartbeatMs: 1_000,
  limits: { requestsPerWindow: 100_000, loginFailuresPerIp: 10_000 },
};

/**
 * Starts a gateway in a child process.
 * @param {{ timeoutMs?: number }} [options]
 * @returns {Promise<{ url: string, origin: string, stop(): Promise<void> }>}
 */
export function startGatewayProcess({ timeoutMs = 60_000 } = {}) {
  const child = spawn(process.execPath, ['--conditions=source', fileURLToPath(import.meta.url)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`The test gateway did not start within ${timeoutMs} ms`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The test gateway exited (${code}) before it was ready`));
    });
    createInterface({ input: child.stdout }).once('line', (line) => {
      clearTimeout(timer);
      const { url, origin } = JSON.parse(line);
      resolve({
        url,
        origin,
        async stop() {
          child.stdin.end(); // the child closes the gateway and deletes its data, then exits
          await exited;
        },
      });
    });
  });
}

async function main() {
  const { startGateway } = await import('@padu/server');
  const dataDir = await mkdtemp(join(tmpdir(), 'padu-test-gateway-'));
  const gateway = await startGateway({ dataDir, ...testOptions });
  let closing;
  const close = () =>
    (closing ??= (async () => {
      await gateway.close();
      await rm(dataDir, { recursive: true, force: true });
      process.exit(0);
    })());
  process.stdin.on('end', close).resume();
  process.once('SIGTERM', close).once('SIGINT', close);
  console.log(JSON.stringify({ url: gateway.url, origin: gateway.origin }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
