// `npm run bench`: autocannon (50 connections, ~5 s each, loopback) against the gateway's public tracking,
// service listing, the gzipped CDN bundle and submission, and against a bare Fastify hello world on the same
// machine in the same run. The limits are raised out of the way (their cost is measured, not their refusals).
// Both servers run as child processes so that the load generator does not share their event loop. The
// gateway logs at info level to a file, as in production. The machine is shared and other load only ever slows
// a run down, so the read targets run twice, interleaved with the baseline, and the better run counts.
// Prints figures and ratios; asserts nothing.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { mkdtemp, open, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const CONNECTIONS = 50;
const DURATION_SECONDS = 5;
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

interface Figures {
  name: string;
  rps: number;
  p99: number;
  errors: number;
  non2xx: number;
  /** Server CPU time per request (user + system), from /proc: steadier than req/s on a busy machine. */
  cpuMicros: number | null;
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
async function startServer(script: string, mark: string, env: Record<string, string>, logFile: string) {
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
    if (child.exitCode !== null || Date.now() - started > 30_000) throw new Error(`${script} did not start:\n${output}`);
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

async function measure(name: string, server: ChildProcess, options: Parameters<typeof autocannon>[0]): Promise<Figures> {
  // A short warm-up (JIT, caches), then the measured run.
  await autocannon({ ...options, connections: CONNECTIONS, duration: 1 });
  const cpuBefore = await cpuSeconds(server.pid);
  const result = await autocannon({ ...options, connections: CONNECTIONS, duration: DURATION_SECONDS, timeout: 10 });
  const cpuAfter = await cpuSeconds(server.pid);
  const cpuMicros = cpuBefore === null || cpuAfter === null ? null : ((cpuAfter - cpuBefore) * 1e6) / result.requests.total;
  return { name, rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.timeouts, non2xx: result.non2xx, cpuMicros };
}

async function json(url: string, init: RequestInit = {}) {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${url}: ${response.status} ${await response.text()}`);
  return response.json() as Promise<any>;
}

const cdnBundle = here('../../elements/dist/cdn/padu.js');
if (!existsSync(cdnBundle)) spawnSync(process.execPath, [here('../../../scripts/build-cdn.mjs')], { stdio: 'inherit' });

const dataDir = await mkdtemp(join(tmpdir(), 'padu-bench-'));
const NO_LIMIT = '1000000000';
const gateway = await startServer(
  here('../src/main.ts'),
  'PADU_LISTENING',
  { PADU_PORT: '0', PADU_HOST: '127.0.0.1', PADU_DATA_DIR: dataDir, PADU_LOG_LEVEL: 'info',
    PADU_RATE_LIMIT: NO_LIMIT, PADU_RATE_LIMIT_ACCOUNT: NO_LIMIT, PADU_TRACKING_LIMIT: NO_LIMIT },
  join(dataDir, 'gateway.log'),
);
const bare = await startServer(here('./bare-server.ts'), 'BARE_LISTENING', {}, join(dataDir, 'bare.log'));

try {
  // Log in once; upload the one document every submission references.
  const session = await json(`${gateway.url}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ identifier: 'siti@demo.padu.id', password: 'padu-demo-2026' }),
  });
  const form = new FormData();
  form.append('file', new Blob([Buffer.from('%PDF-1.4\n%%EOF\n')]), 'pengantar.pdf');
  const upload = await json(`${gateway.url}/uploads`, { method: 'POST', headers: { authorization: `Bearer ${session.accessToken}` }, body: form });
  const submission = JSON.stringify({
    serviceId: 'surat-domisili',
    answers: {
      nik: '3571014512900003',
      alamat: 'Jl. Dhoho No. 12, RT 002 RW 005',
      kelurahan: 'bandar-lor',
      keperluan: 'Uji beban',
      pengantar_rt_rw: upload.id,
    },
  });

  const targets: [string, ChildProcess, Parameters<typeof autocannon>[0]][] = [
    ['bare Fastify hello world', bare.child, { url: bare.url }],
    ['trackApplication  GET /tracking/DKC-7KQ4-M2XP', gateway.child, { url: `${gateway.url}/tracking/DKC-7KQ4-M2XP` }],
    ['listServices      GET /services?limit=20', gateway.child, { url: `${gateway.url}/services?limit=20` }],
    // The one script every OPD site loads, as a browser asks for it (the build's gzipped copy is sent).
    ['CDN bundle        GET /cdn/padu.js (gzip)', gateway.child, { url: `${new URL(gateway.url).origin}/cdn/padu.js`, headers: { 'accept-encoding': 'gzip, deflate, br' } }],
  ];
  const best = new Map<string, Figures>();
  for (let round = 0; round < 2; round++) {
    for (const [name, server, options] of targets) {
      const figures = await measure(name, server, options);
      const known = best.get(name);
      if (!known || figures.rps > known.rps) best.set(name, figures);
    }
  }
  const results: Figures[] = [...best.values()];
  results.push(
    await measure('submitApplication POST /applications', gateway.child, {
      url: gateway.url,
      requests: [
        {
          method: 'POST',
          path: '/api/v1/applications',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${session.accessToken}` },
          body: submission,
          // A new Idempotency-Key per request: every one is a new application.
          setupRequest: (request) => ({ ...request, headers: { ...request.headers, 'idempotency-key': randomUUID() } }),
        },
      ],
    }),
  );

  const baseline = results[0]!.rps;
  const baselineCpu = results[0]!.cpuMicros;
  console.log(
    `${CONNECTIONS} connections, ${DURATION_SECONDS} s per run, loopback; best of 2 runs for reads, 1 for submission; gateway logging at info to a file.\n`,
  );
  console.log(
    `${'target'.padEnd(48)} ${'req/s'.padStart(9)} ${'p99 ms'.padStart(8)} ${'vs bare'.padStart(8)} ${'CPU µs/req'.padStart(11)} ${'vs bare'.padStart(8)}  errors/non-2xx`,
  );
  for (const r of results) {
    const ratio = `${Math.round((r.rps / baseline) * 100)}%`;
    const cpu = r.cpuMicros === null ? 'n/a' : r.cpuMicros.toFixed(1);
    // CPU efficiency as a share of the bare server's (bare µs / target µs), comparable to the req/s ratio.
    const cpuRatio = r.cpuMicros && baselineCpu ? `${Math.round((baselineCpu / r.cpuMicros) * 100)}%` : 'n/a';
    console.log(
      `${r.name.padEnd(48)} ${Math.round(r.rps).toString().padStart(9)} ${r.p99.toFixed(1).padStart(8)} ${ratio.padStart(8)} ${cpu.padStart(11)} ${cpuRatio.padStart(8)}  ${r.errors}/${r.non2xx}`,
    );
  }
  const tracking = results[1]!;
  console.log(
    `\ntracking target: >= 40% of bare req/s with p99 < 20 ms -> ${Math.round((tracking.rps / baseline) * 100)}%, p99 ${tracking.p99.toFixed(1)} ms`,
  );
} finally {
  await gateway.close();
  await bare.close();
  await rm(dataDir, { recursive: true, force: true });
}
