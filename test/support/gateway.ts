// The gateway as `npm start` runs it: `node --conditions=source packages/server/src/main.ts` in a child process,
// with a fresh temporary data folder and a free port, ready once it prints its `PADU_LISTENING <url>` line.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { repoRoot } from './builds.ts';

export interface GatewayProcess {
  /** e.g. `http://127.0.0.1:41234/api/v1` */
  url: string;
  origin: string;
  stop(): Promise<void>;
}

export async function startGatewayProcess(env: Record<string, string> = {}): Promise<GatewayProcess> {
  const dataDir = await mkdtemp(join(tmpdir(), 'padu-e2e-'));
  const child = spawn(process.execPath, ['--conditions=source', 'packages/server/src/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, PADU_DATA_DIR: dataDir, PADU_PORT: '0', PADU_LOG_LEVEL: 'warn', PADU_RATE_LIMIT: '100000', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The gateway did not start within 60 s')), 60_000);
    child.once('exit', (code) => reject(new Error(`The gateway exited (${code}) before it was ready`)));
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const match = /^PADU_LISTENING (\S+)/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
  });
  return {
    url,
    origin: new URL(url).origin,
    async stop() {
      child.kill('SIGTERM');
      await exited;
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
