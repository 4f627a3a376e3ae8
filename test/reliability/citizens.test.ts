// A busy city at the gateway's default limits: 200 citizens, each with an account, all behind one address
// (loopback, as behind a carrier's NAT or at an OPD's service counter), for 20 s, doing what citizens do:
// browse the catalogue, read a service, submit and list their applications, track a code, refresh their
// session, now and then log in again. Zero errors: no 429, no 5xx, no socket error. Then one client bursts
// through the anonymous limit, and the health check still answers 200.
//
// The accounts and their first sessions are written straight into the data folder with the gateway's own code
// before it starts: registering 200 accounts through the API would cost 200 password hashes (~30 s on a 2-core
// machine), and the default registration limit (60 per address per 10 minutes) rightly refuses that from one
// address within a test's time.
/// <reference path="../../packages/server/bench/autocannon.d.ts" />
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { defaultLimits } from '../../packages/server/src/config.ts';
import { openDatabase } from '../../packages/server/src/db/database.ts';
import { hashPassword } from '../../packages/server/src/auth/passwords.ts';
import { SessionService } from '../../packages/server/src/auth/sessions.ts';
import { insertUser } from '../../packages/server/src/domain/users.ts';
import { domisiliAnswers, pdfBytes } from '../../packages/server/test/helpers/fixtures.ts';
import { startGatewayProcess, type GatewayProcess } from '../support/gateway.ts';

const CITIZENS = 200;
const DURATION_MS = 20_000;
const PASSWORD = 'warga-kota-kediri-2026';

/** A small seeded PRNG (mulberry32): the same run every time. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Citizen {
  email: string;
  nik: string;
  accessToken: string;
  refreshToken: string;
  applicationIds: string[];
  trackingCodes: string[];
}

interface Tally {
  requests: number;
  /** Milliseconds per request, by what the citizen was doing. */
  latencies: Map<string, number[]>;
  statuses: Map<number, number>;
  /** The first few failures, to say what broke. */
  failures: string[];
  socketErrors: number;
}

describe('200 citizens behind one address, at the default limits', () => {
  let dataDir = '';
  let gateway: GatewayProcess | undefined;
  const citizens: Citizen[] = [];

  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'padu-citizens-'));
    const { db, close } = await openDatabase(dataDir);
    try {
      const passwordHash = await hashPassword(PASSWORD); // one hash for all: each account still has its own row
      const sessions = new SessionService(db, defaultLimits);
      await db.transaction().execute(async (trx) => {
        for (let i = 1; i <= CITIZENS; i++) {
          const nik = `357101150391${String(i).padStart(4, '0')}`;
          const email = `warga${i}@contoh.id`;
          const user = await insertUser(trx, { role: 'citizen', name: `Warga ${i}`, nik, email, phone: null, verified: true, agencyId: null, passwordHash });
          const tokens = await sessions.start(user.id, { kind: 'api', site: 'API', device: null }, trx);
          citizens.push({ email, nik, accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, applicationIds: [], trackingCodes: [] });
        }
      });
    } finally {
      await close();
    }
    // Default limits: no PADU_* limit variable reaches the gateway (the helper's own override is cleared).
    gateway = await startGatewayProcess({ PADU_DATA_DIR: dataDir, PADU_RATE_LIMIT: '' });
  });
  after(async () => {
    await gateway?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it(`serves ${CITIZENS} citizens for ${DURATION_MS / 1000} s with no error`, { timeout: 120_000 }, async () => {
    const base = gateway!.url;
    const tally: Tally = { requests: 0, latencies: new Map(), statuses: new Map(), failures: [], socketErrors: 0 };
    const services: string[] = [];

    /** One request; anything but 200, 201 or 304 counts as an error. */
    type Init = { token?: string; json?: unknown; body?: FormData; headers?: Record<string, string> };
    async function call(kind: string, method: string, path: string, init: Init = {}) {
      const headers: Record<string, string> = { ...init.headers };
      if (init.token) headers.authorization = `Bearer ${init.token}`;
      if (init.json !== undefined) headers['content-type'] = 'application/json';
      const started = performance.now();
      tally.requests++;
      try {
        const response = await fetch(base + path, { method, headers, body: init.json !== undefined ? JSON.stringify(init.json) : init.body });
        const text = await response.text();
        const list = tally.latencies.get(kind) ?? [];
        list.push(performance.now() - started);
        tally.latencies.set(kind, list);
        tally.statuses.set(response.status, (tally.statuses.get(response.status) ?? 0) + 1);
        if (![200, 201, 304].includes(response.status) && tally.failures.length < 10) {
          tally.failures.push(`${method} ${path} -> ${response.status} ${text.slice(0, 200)}`);
        }
        return { status: response.status, body: text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : undefined, etag: response.headers.get('etag') };
      } catch (error) {
        tally.socketErrors++;
        if (tally.failures.length < 10) tally.failures.push(`${method} ${path} -> ${String(error)}`);
        return { status: 0, body: undefined, etag: null };
      }
    }

    type Request = (method: string, path: string, init?: Init) => ReturnType<typeof call>;
    const actions: [name: string, weight: number, (citizen: Citizen, pick: () => number, call: Request) => Promise<void>][] = [
      // Browse the catalogue and read one service (anonymous, as the elements do).
      ['browse', 3, async (_, pick, call) => {
        const page = await call('GET', '/services?limit=20');
        if (services.length === 0 && page.body) services.push(...page.body.data.map((s: { id: string }) => s.id));
        if (services.length) await call('GET', `/services/${services[Math.floor(pick() * services.length)]}`);
      }],
      // My applications, and the newest one.
      ['mine', 2, async (citizen, _, call) => {
        const page = await call('GET', '/applications?limit=20', { token: citizen.accessToken });
        const first = page.body?.data?.[0]?.id;
        if (first) await call('GET', `/applications/${first}`, { token: citizen.accessToken });
      }],
      // Upload the RT/RW letter and apply for a surat domisili.
      ['submit', 1, async (citizen, _, call) => {
        const form = new FormData();
        form.append('file', new Blob([pdfBytes()], { type: 'application/pdf' }), 'pengantar.pdf');
        const upload = await call('POST', '/uploads', { token: citizen.accessToken, body: form });
        if (upload.status !== 201) return;
        const submitted = await call('POST', '/applications', {
          token: citizen.accessToken,
          json: { serviceId: 'surat-domisili', answers: domisiliAnswers(upload.body.id, { nik: citizen.nik }) },
          headers: { 'idempotency-key': randomUUID() },
        });
        if (submitted.status === 201) {
          citizen.applicationIds.push(submitted.body.id);
          citizen.trackingCodes.push(submitted.body.trackingCode);
        }
      }],
      // Track a code (anonymous), then check again with its ETag.
      ['track', 1, async (citizen, _, call) => {
        const code = citizen.trackingCodes.at(-1) ?? 'DKC-7KQ4-M2XP';
        const first = await call('GET', `/tracking/${code}`);
        if (first.etag) await call('GET', `/tracking/${code}`, { headers: { 'if-none-match': first.etag } });
      }],
      // The access token is about to expire: rotate the session.
      ['refresh', 0.5, async (citizen, _, call) => {
        const refreshed = await call('POST', '/auth/refresh', { json: { refreshToken: citizen.refreshToken } });
        if (refreshed.status === 200) {
          citizen.accessToken = refreshed.body.accessToken;
          citizen.refreshToken = refreshed.body.refreshToken;
        }
      }],
      // Back the next day: log in again (a password hash).
      ['login', 0.1, async (citizen, _, call) => {
        const session = await call('POST', '/auth/login', { json: { identifier: citizen.nik, password: PASSWORD } });
        if (session.status === 200) {
          citizen.accessToken = session.body.accessToken;
          citizen.refreshToken = session.body.refreshToken;
        }
      }],
    ];
    const totalWeight = actions.reduce((sum, [, weight]) => sum + weight, 0);

    const started = performance.now();
    const end = started + DURATION_MS;
    await Promise.all(
      citizens.map(async (citizen, index) => {
        const pick = random(index + 1);
        const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
        const pause = (ms: number) => sleep(Math.max(0, Math.min(ms, end - performance.now())));
        await pause(pick() * 2000); // they do not all arrive in the same second
        while (performance.now() < end) {
          let roll = pick() * totalWeight;
          const [name, , act] = actions.find(([, weight]) => (roll -= weight) < 0) ?? actions[0]!;
          await act(citizen, pick, (method, path, init) => call(name, method, path, init));
          await pause(1000 + pick() * 2000); // a person reads, types, thinks: 1 to 3 s
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;

    const percentile = (values: number[], p: number) => {
      const sorted = [...values].sort((a, b) => a - b);
      return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
    };
    const all = [...tally.latencies.values()].flat();
    const byAction = [...tally.latencies].map(([name, values]) => `${name} ${percentile(values, 99).toFixed(0)}`).join(', ');
    const statuses = [...tally.statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`).join(' ');
    const submitted = citizens.reduce((sum, c) => sum + c.applicationIds.length, 0);
    console.log(
      `# ${CITIZENS} citizens, one address, default limits, ${seconds.toFixed(1)} s: ${tally.requests} requests, ` +
        `${(tally.requests / seconds).toFixed(0)} req/s, p50 ${percentile(all, 50).toFixed(1)} ms, p99 ${percentile(all, 99).toFixed(1)} ms ` +
        `(p99 ms by action: ${byAction}); statuses ${statuses}; ${submitted} applications submitted; socket errors: ${tally.socketErrors}`,
    );
    assert.deepEqual(tally.failures, [], 'no 429, no 5xx, no socket error');
    assert.ok(tally.requests > CITIZENS * 5, `every citizen did several things (${tally.requests} requests)`);
    assert.ok(submitted > 0);
  });

  it('keeps answering its health check after one client exhausts its limits', { timeout: 60_000 }, async () => {
    const base = gateway!.url;
    // Past the anonymous policy (12,000 a minute by default) from this address, as fast as it can.
    const burst = await autocannon({ url: `${base}/agencies`, connections: 20, amount: defaultLimits.requestsPerWindow + 500 });
    const refused = await fetch(`${base}/agencies`);
    assert.equal(refused.status, 429);
    assert.ok(Number(refused.headers.get('retry-after')) >= 1);
    console.log(`# burst: ${burst.requests.total} requests in ${burst.duration.toFixed(1)} s, ${burst.non2xx} refused; then /health:`);
    for (let i = 0; i < 5; i++) {
      const health = await fetch(`${base}/health`);
      assert.equal(health.status, 200);
      assert.equal((await health.json()).status, 'ok');
    }
  });
});
