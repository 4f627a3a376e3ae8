// `npm run bench`: do reads stay flat as data grows? The reads a city makes most (a citizen's applications,
// an OPD's queue, public tracking, the service list), each a first page of 20, against three gateways at once:
// - "seed": the seed data plus one citizen with 500 applications (so that every page measured is full);
// - "+20k": 20,000 more applications from 8,000 citizens;
// - "+200k": 200,000 more from 80,000 citizens.
// The applications are written in bulk with the gateway's own rules (bench/city-data.ts): spread over the
// OPDs by demand, submitted over the past year, with histories along the state machine and one upload row per
// document. Each gateway is a child process (autocannon, 50 connections, loopback), logging at info level to a
// file. Sizes are measured in turn for each read, twice (in opposite orders), and the better run counts, so
// that load from elsewhere on the machine hits every size alike. Prints req/s and p99 per size and the ratio to seed size;
// asserts nothing. Goal: every first page keeps at least 50% of its seed-size req/s at +200k.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, type Db } from '../src/db/database.ts';
import { Catalogue } from '../src/domain/catalogue.ts';
import { hashPassword } from '../src/auth/passwords.ts';
import { DEMO_PASSWORD } from '../src/db/seed/demo.ts';
import { addApplications, addCitizens, seededRandom, type CityReport } from './city-data.ts';
import { accessToken, json, measure, startServer, type Figures, type RunningServer } from './harness.ts';

const CONNECTIONS = 50;
const SECONDS = 3;
const ROUNDS = 2;
const PAGE = 20;
const HEAVY_APPLICANT = 'warga.sering@beban.padu.test';
const OFFICER = 'petugas.disdukcapil@demo.padu.id';
const TRACKING_CODE = 'DKC-7KQ4-M2XP';

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const root = await mkdtemp(join(tmpdir(), 'padu-growth-'));
const now = Date.now();
const random = seededRandom(20_260_301);
const passwordHash = await hashPassword(DEMO_PASSWORD);

interface Size {
  label: string;
  dir: string;
  /** Adds citizens and applications to a copy of the previous size. */
  grow: (db: Db, catalogue: Catalogue, dir: string) => Promise<CityReport>;
}

const sizes: Size[] = [
  {
    label: 'seed',
    dir: join(root, 'seed'),
    grow: async (db, catalogue, dir) => {
      const [heavy] = await addCitizens(db, 1, passwordHash, () => HEAVY_APPLICANT);
      return addApplications(dir, catalogue, { count: 500, applicants: [heavy!], now, random });
    },
  },
  {
    label: '+20k',
    dir: join(root, 'plus-20k'),
    grow: async (db, catalogue, dir) =>
      addApplications(dir, catalogue, { count: 20_000, applicants: await addCitizens(db, 8_000, passwordHash), skew: 1.3, now, random }),
  },
  {
    label: '+200k',
    dir: join(root, 'plus-200k'),
    grow: async (db, catalogue, dir) =>
      addApplications(dir, catalogue, { count: 180_000, applicants: await addCitizens(db, 72_000, passwordHash), skew: 1.3, now, random }),
  },
];

const gatewayEnv = (dir: string) => ({
  PADU_PORT: '0',
  PADU_HOST: '127.0.0.1',
  PADU_DATA_DIR: dir,
  PADU_LOG_LEVEL: 'info',
  PADU_RATE_LIMIT: '1000000000',
  PADU_RATE_LIMIT_ACCOUNT: '1000000000',
  PADU_TRACKING_LIMIT: '1000000000',
});
const startGatewayOn = (size: Size) => startServer(MAIN, 'PADU_LISTENING', gatewayEnv(size.dir), join(root, `${size.label}.log`));

const gateways: RunningServer[] = [];
try {
  // Build each size from the one before: the seed by the gateway itself, then a copy grown in bulk.
  console.log(
    'Writing the data: the seed by the gateway; then applications inserted in bulk into its tables with its own rules\n' +
      '(state machine, due dates, list-order columns, validated answers; bench/city-data.ts), not through the API,\n' +
      'which would take ten minutes and more and date every one today (gateway.bench.ts measures submission).',
  );
  await (await startGatewayOn(sizes[0]!)).close();
  for (const [i, size] of sizes.entries()) {
    if (i > 0) await cp(sizes[i - 1]!.dir, size.dir, { recursive: true });
    const started = Date.now();
    const database = await openDatabase(size.dir);
    const report = await size.grow(database.db, new Catalogue(database.db), size.dir);
    const { total } = await database.db
      .selectFrom('applications')
      .select((eb) => eb.fn.countAll<number>().as('total'))
      .executeTakeFirstOrThrow();
    await database.close();
    const share = (counts: Record<string, number>) =>
      Object.entries(counts)
        .sort(([, a], [, b]) => b - a)
        .map(([key, n]) => `${key} ${((n / report.applications) * 100).toFixed(1)}%`)
        .join(', ');
    console.log(
      `  ${size.label.padEnd(6)} ${Number(total).toLocaleString('en')} applications in all; added ${report.applications.toLocaleString('en')} ` +
        `with ${report.statusChanges.toLocaleString('en')} status changes in ${((Date.now() - started) / 1000).toFixed(1)} s\n` +
        `         statuses: ${share(report.byStatus)}\n         OPDs: ${share(report.byAgency)}`,
    );
  }

  const running = await Promise.all(sizes.map(startGatewayOn));
  gateways.push(...running);
  const sessions = await Promise.all(
    running.map(async (gateway) => ({
      url: gateway.url,
      siti: await accessToken(gateway.url, 'siti@demo.padu.id', DEMO_PASSWORD),
      heavy: await accessToken(gateway.url, HEAVY_APPLICANT, DEMO_PASSWORD),
      officer: await accessToken(gateway.url, OFFICER, DEMO_PASSWORD),
    })),
  );
  type Session = (typeof sessions)[number];
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const reads: { name: string; request: (s: Session) => { url: string; headers?: Record<string, string> } }[] = [
    { name: 'my applications, first page (Siti, 5 in all)', request: (s) => ({ url: `${s.url}/applications?limit=${PAGE}`, headers: bearer(s.siti) }) },
    { name: 'my applications, first page (500 of one citizen)', request: (s) => ({ url: `${s.url}/applications?limit=${PAGE}`, headers: bearer(s.heavy) }) },
    { name: 'officer queue, first page (Disdukcapil)', request: (s) => ({ url: `${s.url}/officer/applications?limit=${PAGE}`, headers: bearer(s.officer) }) },
    { name: 'officer queue, first page, status=completed', request: (s) => ({ url: `${s.url}/officer/applications?limit=${PAGE}&status=completed`, headers: bearer(s.officer) }) },
    { name: `tracking ${TRACKING_CODE}`, request: (s) => ({ url: `${s.url}/tracking/${TRACKING_CODE}` }) },
    { name: 'service list, first page', request: (s) => ({ url: `${s.url}/services?limit=${PAGE}` }) },
  ];

  // What each page holds, so that the sizes are compared on equal pages.
  console.log('\nItems on each page (seed / +20k / +200k):');
  for (const read of reads) {
    const counts = await Promise.all(
      sessions.map(async (session) => {
        const { url, headers } = read.request(session);
        const body = await json(url, headers ? { headers } : {});
        return Array.isArray(body.data) ? `${body.data.length}${body.nextCursor ? '+' : ''}` : '1';
      }),
    );
    console.log(`  ${read.name.padEnd(50)} ${counts.join(' / ')}`);
  }

  const best = reads.map(() => sizes.map((): Figures | undefined => undefined));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [r, read] of reads.entries()) {
      // Smallest size first, then largest first: a load that rises or falls meanwhile favours no size.
      const order = [...sessions.entries()];
      if (round % 2) order.reverse();
      for (const [s, session] of order) {
        const { url, headers } = read.request(session);
        const figures = await measure(read.name, running[s]!.child, { url, ...(headers ? { headers } : {}) }, { connections: CONNECTIONS, seconds: SECONDS });
        if (!best[r]![s] || figures.rps > best[r]![s]!.rps) best[r]![s] = figures;
      }
    }
  }

  console.log(`\n${CONNECTIONS} connections, ${SECONDS} s per run after a 1 s warm-up, best of ${ROUNDS} runs per read and size; loopback.\n`);
  const cell = (...texts: string[]) => texts.map((text, i) => text.padStart(i === 0 ? 9 : 8)).join('');
  const percent = (ratio: number) => `${Math.round(ratio * 100)}%`;
  console.log(`${''.padEnd(50)}${sizes.map((size, s) => size.label.padStart(s === 0 ? 17 : 25)).join('')}`);
  console.log(`${'read'.padEnd(50)}${sizes.map((_, s) => (s === 0 ? cell('req/s', 'p99 ms') : cell('req/s', 'p99 ms', 'ratio'))).join('')}   errors/non-2xx`);
  const atLargest: number[] = [];
  for (const [r, read] of reads.entries()) {
    const figures = best[r]!.map((f) => f!);
    const base = figures[0]!.rps;
    const cells = figures.map((f, s) =>
      s === 0 ? cell(Math.round(f.rps).toString(), f.p99.toFixed(1)) : cell(Math.round(f.rps).toString(), f.p99.toFixed(1), percent(f.rps / base)),
    );
    if (read.name.includes('first page')) atLargest.push(figures.at(-1)!.rps / base);
    console.log(`${read.name.padEnd(50)}${cells.join('')}   ${figures.map((f) => `${f.errors}/${f.non2xx}`).join(' ')}`);
  }
  console.log(`\nGoal: every first page keeps >= 50% of its seed-size req/s at +200k. Lowest: ${percent(Math.min(...atLargest))}.`);

  // The gateway's own CPU time per request does not depend on what else the machine is doing.
  console.log(`\nGateway CPU per request in µs (ratio: seed-size CPU / this size's CPU, comparable to the req/s ratio):`);
  console.log(`${'read'.padEnd(50)}${sizes.map((size, s) => (s === 0 ? cell(size.label) : cell(size.label, 'ratio'))).join('')}`);
  for (const [r, read] of reads.entries()) {
    const cpu = best[r]!.map((f) => f!.cpuMicros);
    const base = cpu[0];
    const cells = cpu.map((micros, s) => {
      const text = micros === null ? 'n/a' : micros.toFixed(0);
      return s === 0 ? cell(text) : cell(text, micros && base ? percent(base / micros) : 'n/a');
    });
    console.log(`${read.name.padEnd(50)}${cells.join('')}`);
  }
} finally {
  await Promise.all(gateways.map((gateway) => gateway.close()));
  await rm(root, { recursive: true, force: true });
}
