// Webhooks under load. Two questions, each answered against a baseline measured in the same run:
// - Does a dead endpoint slow submissions? submitApplication req/s (autocannon, 50 connections, 5 s) with no
//   endpoint registered, with one whose receiver accepts connections and never answers, and with one that answers
//   at once, interleaved, best of 2 each. With an endpoint every submission also writes its event and delivery (the
//   outbox) in its transaction; the live one tells that cost apart from the dead one's.
// - How long from commit to receipt? 200 submissions at 20 per second, each event's `timestamp` (taken in the
//   submission's transaction, just before it commits) to the moment a receiver on loopback has read the body:
//   p50, p99 and max, for a live endpoint alone and for one beside the dead one.
// The gateway runs as a child process (main.ts, logging at info to a file), the receivers and the load generator
// in this one. Prints figures and ratios; asserts nothing.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD, demoFileBytes } from '../src/db/seed/demo.ts';
import { startReceiver, type Receiver } from '../test/helpers/webhook-receiver.ts';
import { accessToken, json, measure, startServer, type Figures } from './harness.ts';

const CONNECTIONS = 50;
const DURATION_SECONDS = 5;
const LATENCY_EVENTS = 200;
const LATENCY_INTERVAL_MS = 50;
const OPD = 'kelurahan-bandar-lor';
const NO_LIMIT = '1000000000';
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const dataDir = await mkdtemp(join(tmpdir(), 'padu-bench-webhooks-'));
const gateway = await startServer(
  here('../src/main.ts'),
  'PADU_LISTENING',
  {
    PADU_PORT: '0',
    PADU_HOST: '127.0.0.1',
    PADU_DATA_DIR: dataDir,
    PADU_LOG_LEVEL: 'info',
    PADU_RATE_LIMIT: NO_LIMIT,
    PADU_RATE_LIMIT_ACCOUNT: NO_LIMIT,
    // The receivers are on loopback, over http.
    PADU_WEBHOOK_ALLOW_PRIVATE: 'true',
  },
  join(dataDir, 'gateway.log'),
);
const dead = await startReceiver({ answer: () => 'hang' });
const live = await startReceiver();

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

try {
  const citizen = await accessToken(gateway.url, 'siti@demo.padu.id', DEMO_PASSWORD);
  const admin = await accessToken(gateway.url, `admin.${OPD}@demo.padu.id`, DEMO_PASSWORD);
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(demoFileBytes('pdf'))]), 'pengantar.pdf');
  const upload = await json(`${gateway.url}/uploads`, { method: 'POST', headers: { authorization: `Bearer ${citizen}` }, body: form });
  const submission = JSON.stringify({
    serviceId: 'surat-domisili',
    answers: { nik: '3571014512900003', alamat: 'Jl. Dhoho No. 12, RT 002 RW 005', kelurahan: 'bandar-lor', keperluan: 'Uji beban', pengantar_rt_rw: upload.id },
  });
  const asAdmin = (path: string, body?: unknown) =>
    json(`${gateway.url}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
  const register = async (receiver: Receiver) =>
    (await asAdmin('/authoring/webhooks', { url: receiver.url, eventTypes: ['application.submitted'] })).endpoint.id as string;

  // ---- submissions per second, with and without a dead endpoint
  const submit = (name: string) =>
    measure(name, gateway.child, {
      url: gateway.url,
      requests: [
        {
          method: 'POST',
          path: '/api/v1/applications',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${citizen}` },
          body: submission,
          setupRequest: (request) => ({ ...request, headers: { ...request.headers, 'idempotency-key': randomUUID() } }),
        },
      ],
    }, { connections: CONNECTIONS, seconds: DURATION_SECONDS });
  const deadId = await register(dead);
  const liveId = await register(live);
  const toggle = async (id: string, enabled: boolean) => asAdmin(`/authoring/webhooks/${id}/${enabled ? 'enable' : 'disable'}`);
  await toggle(deadId, false);
  await toggle(liveId, false);
  const best = new Map<string, Figures>();
  const keep = (figures: Figures) => {
    const known = best.get(figures.name);
    if (!known || figures.rps > known.rps) best.set(figures.name, figures);
  };
  for (let round = 0; round < 2; round++) {
    keep(await submit('no endpoint registered'));
    await toggle(deadId, true);
    keep(await submit('a dead endpoint registered'));
    await toggle(deadId, false);
    await toggle(liveId, true);
    keep(await submit('a live endpoint registered'));
    await toggle(liveId, false);
  }
  const [none, withDead, withLive] = ['no endpoint registered', 'a dead endpoint registered', 'a live endpoint registered'].map((name) => best.get(name)!);
  const deadTried = dead.received.length;
  const liveGot = live.received.length;

  // ---- commit to receipt
  const latencies = async () => {
    const before = live.received.length;
    for (let i = 0; i < LATENCY_EVENTS; i++) {
      const started = Date.now();
      await json(`${gateway.url}/applications`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${citizen}`, 'idempotency-key': randomUUID() },
        body: submission,
      });
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, LATENCY_INTERVAL_MS - (Date.now() - started))));
    }
    const arrived = await live.waitFor(before + LATENCY_EVENTS, 60_000);
    return arrived
      .slice(before)
      .map((request) => request.at - Date.parse((JSON.parse(request.body) as { timestamp: string }).timestamp))
      .sort((a, b) => a - b);
  };
  await toggle(liveId, true);
  const alone = await latencies();
  await toggle(deadId, true);
  const besideDead = await latencies();

  console.log(`${CONNECTIONS} connections, ${DURATION_SECONDS} s per run, loopback; best of 2 interleaved runs each; gateway logging at info to a file.\n`);
  console.log(`${'submitApplication POST /applications'.padEnd(40)} ${'req/s'.padStart(9)} ${'p99 ms'.padStart(8)} ${'vs none'.padStart(8)} ${'CPU µs/req'.padStart(11)}  errors/non-2xx`);
  for (const r of [none!, withDead!, withLive!]) {
    console.log(
      `${r.name.padEnd(40)} ${Math.round(r.rps).toString().padStart(9)} ${r.p99.toFixed(1).padStart(8)} ${`${Math.round((r.rps / none!.rps) * 100)}%`.padStart(8)} ${(r.cpuMicros?.toFixed(1) ?? 'n/a').padStart(11)}  ${r.errors}/${r.non2xx}`,
    );
  }
  console.log(`(the dead endpoint was sent ${deadTried} requests, at most 2 at a time, none answered; the live one received ${liveGot} events)\n`);
  console.log(`delivery latency, commit to receipt (${LATENCY_EVENTS} submissions at ${1000 / LATENCY_INTERVAL_MS}/s, ms):`);
  console.log(`${''.padEnd(40)} ${'p50'.padStart(7)} ${'p99'.padStart(7)} ${'max'.padStart(7)}`);
  for (const [name, sorted] of [
    ['live endpoint alone', alone],
    ['live endpoint beside a dead one', besideDead],
  ] as const) {
    console.log(`${name.padEnd(40)} ${percentile(sorted, 50).toFixed(1).padStart(7)} ${percentile(sorted, 99).toFixed(1).padStart(7)} ${sorted.at(-1)!.toFixed(1).padStart(7)}`);
  }
} finally {
  await gateway.close();
  await Promise.all([dead.close(), live.close()]);
  await rm(dataDir, { recursive: true, force: true });
}
