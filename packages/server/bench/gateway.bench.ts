// `npm run bench`: autocannon (50 connections, ~5 s each, loopback) against the gateway's public tracking,
// service listing, the gzipped CDN bundle and submission, and against a bare Fastify hello world on the same
// machine in the same run. The limits are raised out of the way (their cost is measured, not their refusals).
// Both servers run as child processes so that the load generator does not share their event loop. The
// gateway logs at info level to a file, as in production. The machine is shared and other load only ever slows
// a run down, so the read targets run twice, interleaved with the baseline, and the better run counts.
// Prints figures and ratios; asserts nothing.
import { spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type autocannon from 'autocannon';
import { demoFileBytes } from '../src/db/seed/demo.ts';
import { accessToken, json, measure as measureWith, startServer, type Figures } from './harness.ts';

const CONNECTIONS = 50;
const DURATION_SECONDS = 5;
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const measure = (name: string, server: ChildProcess, options: Parameters<typeof autocannon>[0]) =>
  measureWith(name, server, options, { connections: CONNECTIONS, seconds: DURATION_SECONDS });

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
  const token = await accessToken(gateway.url, 'siti@demo.padu.id', 'padu-demo-2026');
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(demoFileBytes('pdf'))]), 'pengantar.pdf');
  const upload = await json(`${gateway.url}/uploads`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
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
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
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
