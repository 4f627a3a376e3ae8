// What the benchmarks share: servers in child processes (so that the load generator does not share their event
// loop), an autocannon run with a warm-up, and the server's CPU time per request.
import { spawn, type ChildProcess } from 'node:child_process';
import { open, readFile } from 'node:fs/promises';
import autocannon from 'autocannon';

export interface Figures {
  name: string;
  rps: number;
  p99: number;
  errors: number;
  non2xx: number;
  /** Server CPU time per request (user + system), from /proc: steadier than req/s on a busy machine. */
  cpuMicros: number | null;
}

export interface RunningServer {
  child: ChildProcess;
  /** What followed the server's ready mark, e.g. its URL. */
  url: string;
  close(): Promise<void>;
}

/** CPU seconds a process has used so far (Linux /proc; null elsewhere). */
async function cpuSeconds(pid: number | undefined): Promise<number | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks of 1/100 s
  } catch {
    return null;
  }
}

/** Starts a server script, its output going to a log file, and waits for its `<MARK> <url>` line. */
export async function startServer(script: string, mark: string, env: Record<string, string>, logFile: string): Promise<RunningServer> {
  const log = await open(logFile, 'w');
  const child = spawn(process.execPath, ['--conditions=source', script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', log.fd, log.fd],
  });
  const started = Date.now();
  for (;;) {
    const output = await readFile(logFile, 'utf8');
    const match = new RegExp(`^${mark} (\\S+)$`, 'm').exec(output);
    if (match) return { child, url: match[1]!, close: () => stop(child).then(() => log.close()) };
    if (child.exitCode !== null || Date.now() - started > 60_000) throw new Error(`${script} did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** A short warm-up (JIT, caches), then the measured run. */
export async function measure(
  name: string,
  server: ChildProcess,
  options: Parameters<typeof autocannon>[0],
  { connections, seconds }: { connections: number; seconds: number },
): Promise<Figures> {
  await autocannon({ ...options, connections, duration: 1 });
  const cpuBefore = await cpuSeconds(server.pid);
  const result = await autocannon({ ...options, connections, duration: seconds, timeout: 10 });
  const cpuAfter = await cpuSeconds(server.pid);
  const cpuMicros = cpuBefore === null || cpuAfter === null ? null : ((cpuAfter - cpuBefore) * 1e6) / result.requests.total;
  return { name, rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.timeouts, non2xx: result.non2xx, cpuMicros };
}

export async function json(url: string, init: RequestInit = {}) {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${url}: ${response.status} ${await response.text()}`);
  return response.json() as Promise<any>;
}

/** An access token for an account of the gateway at `apiUrl`. */
export async function accessToken(apiUrl: string, identifier: string, password: string): Promise<string> {
  const session = await json(`${apiUrl}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ identifier, password }),
  });
  return session.accessToken as string;
}
