// A gateway as production runs it: `main.ts` in its own process, configured by PADU_* variables, on a real
// data folder. The reliability tests drive it from outside, so that both cores work and a crash is a crash.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../../packages/server/src/main.ts', import.meta.url));

export interface GatewayProcess {
  child: ChildProcess;
  /** The API base, from the `PADU_LISTENING <url>` line. */
  url: string;
  /** Everything it wrote to stdout and stderr so far. */
  output(): string;
}

/** Starts `main.ts` on `dataDir` and waits for its `PADU_LISTENING <url>` line. */
export async function spawnGateway(dataDir: string, env: Record<string, string> = {}): Promise<GatewayProcess> {
  const child = spawn(process.execPath, ['--conditions=source', MAIN], {
    env: { ...process.env, PADU_PORT: '0', PADU_HOST: '127.0.0.1', PADU_DATA_DIR: dataDir, PADU_LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`gateway did not start:\n${output}`)), 20_000);
    const onData = () => {
      const match = /^PADU_LISTENING (\S+)$/m.exec(output);
      if (match) {
        clearTimeout(timer);
        child.stdout!.off('data', onData);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`gateway exited with ${code}:\n${output}`)));
  });
  return { child, url, output: () => output };
}

/** Kills a gateway with SIGKILL (no graceful shutdown) and waits until it is gone. */
export function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}
