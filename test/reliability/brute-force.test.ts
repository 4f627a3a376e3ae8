// Password guessing under concurrency: a burst of simultaneous attempts gets exactly the login limit checked,
// the rest 429 with Retry-After, and the right password does not get in after the limit; per account (NIK and
// email sharing one counter) and per client address. An unknown identifier gets the same answers as a known
// one. Password hashing is bounded: a burst beyond its queue gets 503 with Retry-After.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { defaultLimits } from '../../packages/server/src/config.ts';
import { startTestGateway, BUDI, SITI, SITI_NIK, officerOf, type TestGateway, type ApiResponse } from '../../packages/server/test/helpers/harness.ts';
import { DEMO_PASSWORD } from '../../packages/server/src/db/seed/demo.ts';

const BURST = 30;

/** Tallies the statuses of a burst, and checks that every refusal is the contract's 429. */
function tally(responses: ApiResponse[]) {
  const counts: Record<number, number> = {};
  for (const res of responses) {
    counts[res.status] = (counts[res.status] ?? 0) + 1;
    if (res.status === 429) {
      assert.equal(res.body.code, 'rate_limited');
      assert.ok(Number(res.headers.get('retry-after')) >= 1, 'Retry-After');
      assert.equal(res.body.retryAfter, Number(res.headers.get('retry-after')));
    }
  }
  return counts;
}

const login = (t: TestGateway, identifier: string, password: string) => t.api.call('login', { json: { identifier, password } });

describe('concurrent brute force, at the default login limits', () => {
  let t: TestGateway;
  before(async () => {
    // Only the login limits matter here: they are left at their defaults.
    t = await startTestGateway();
    assert.equal(t.gateway.config.limits.loginFailuresPerIdentifier, defaultLimits.loginFailuresPerIdentifier);
  });
  after(() => t.close());

  it(`checks exactly the per-account limit out of ${BURST} simultaneous guesses; the right password then gets 429`, async () => {
    const limit = defaultLimits.loginFailuresPerIdentifier;
    const started = performance.now();
    const pending = Array.from({ length: BURST - 1 }, (_, i) => login(t, BUDI, `tebakan-salah-${i}`));
    // The refusals come back at once, while the checked guesses are still being hashed: the right password
    // arrives inside the window that the old check-then-record limiter left open (it got in at attempt 26).
    let answered = 0;
    await new Promise<void>((resolve) => {
      for (const attempt of pending) void attempt.then(() => ++answered >= BURST - 1 - limit && resolve());
    });
    const right = login(t, '3571 0220 0385 0001', DEMO_PASSWORD);
    const responses = [...(await Promise.all(pending)), await right];
    const counts = tally(responses);
    console.log(
      `# ${BURST} concurrent attempts on one account (limit ${limit}): ${counts[401] ?? 0} checked (401), ` +
        `${counts[429] ?? 0} refused with 429 + Retry-After, the right password: ${(await right).status}; ` +
        `${Math.round(performance.now() - started)} ms`,
    );
    assert.deepEqual(counts, { 401: limit, 429: BURST - limit });
    assert.equal((await right).status, 429);
    // Still refused once the burst is over, by NIK and by email alike.
    assert.equal((await login(t, BUDI, DEMO_PASSWORD)).status, 429);
  });

  it('counts an account once, whether its NIK or its email is typed', async () => {
    const limit = defaultLimits.loginFailuresPerIdentifier;
    const spellings = ['siti@demo.padu.id', 'SITI@demo.padu.id', ' Siti@Demo.Padu.Id ', SITI_NIK, '3571-0145-1290-0003'];
    for (let i = 0; i < limit; i++) assert.equal((await login(t, spellings[i % spellings.length]!, `salah-${i}`)).status, 401);
    assert.equal((await login(t, SITI_NIK, DEMO_PASSWORD)).status, 429);
    assert.equal((await login(t, SITI, DEMO_PASSWORD)).status, 429);
  });

  it('answers an unknown identifier as it answers a known one (status, body, timing class)', async () => {
    const limit = defaultLimits.loginFailuresPerIdentifier;
    type Answer = { status: number; code: string; ms: number; retryAfter: string | null };
    const known: Answer[] = [];
    const unknown: Answer[] = [];
    const attempt = async (identifier: string, into: Answer[], i: number) => {
      const started = performance.now();
      const res = await login(t, identifier, `salah-lagi-${i}`);
      into.push({ status: res.status, code: res.body.code, ms: performance.now() - started, retryAfter: res.headers.get('retry-after') });
    };
    // Alternated, so that the machine's other work weighs on both alike.
    for (let i = 0; i <= limit; i++) {
      await attempt(officerOf('dinsos'), known, i);
      await attempt('tidak.ada@contoh.id', unknown, i);
    }
    const shape = (answers: typeof known) => answers.map((a) => [a.status, a.code, a.retryAfter !== null]);
    assert.deepEqual(shape(unknown), shape(known));
    assert.deepEqual(shape(known).at(-1), [429, 'rate_limited', true]);
    // A checked attempt costs one password hash either way; a refused one costs none.
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const checkedKnown = median(known.slice(0, limit).map((a) => a.ms));
    const checkedUnknown = median(unknown.slice(0, limit).map((a) => a.ms));
    console.log(`# checked attempt, median: known account ${checkedKnown.toFixed(0)} ms, unknown ${checkedUnknown.toFixed(0)} ms`);
    assert.ok(checkedUnknown > checkedKnown / 3 && checkedUnknown < checkedKnown * 3, `${checkedKnown} vs ${checkedUnknown}`);
  });
});

describe('concurrent brute force across many identifiers from one address', () => {
  const perAddress = 10;
  let t: TestGateway;
  before(async () => {
    t = await startTestGateway({ limits: { loginFailuresPerIp: perAddress } });
  });
  after(() => t.close());

  it(`checks exactly the per-address limit out of ${BURST} simultaneous guesses on ${BURST} identifiers`, async () => {
    const responses = await Promise.all(
      Array.from({ length: BURST }, (_, i) => login(t, `warga${String(i).padStart(2, '0')}@contoh.id`, 'kata-sandi-tebakan')),
    );
    const counts = tally(responses);
    console.log(`# ${BURST} concurrent attempts on ${BURST} identifiers from one address (limit ${perAddress}): ${counts[401] ?? 0} checked, ${counts[429] ?? 0} refused with 429`);
    assert.deepEqual(counts, { 401: perAddress, 429: BURST - perAddress });
    // Even the right password of a real account is refused from this address now ...
    assert.equal((await login(t, SITI, DEMO_PASSWORD)).status, 429);
    // ... and not from another one (127.0.0.2 is loopback too).
    const status = await new Promise<number>((resolve, reject) => {
      const body = JSON.stringify({ identifier: SITI, password: DEMO_PASSWORD });
      httpRequest(`${t.gateway.url}/auth/login`, { method: 'POST', localAddress: '127.0.0.2', headers: { 'content-type': 'application/json' } }, (res) => {
        res.resume();
        resolve(res.statusCode!);
      })
        .on('error', reject)
        .end(body);
    });
    assert.equal(status, 200);
  });
});

describe('bounded password hashing', () => {
  let t: TestGateway;
  before(async () => {
    t = await startTestGateway({ seedDemo: false, limits: { passwordHashConcurrency: 1, passwordHashQueue: 2 } });
  });
  after(() => t.close());

  it('answers a burst of registrations beyond the hashing queue with 503 and Retry-After', async () => {
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.api.call('registerCitizen', {
          json: { nik: `35710115039${String(i + 1).padStart(5, '0')}`, name: `Warga ${i + 1}`, password: 'kata-sandi-panjang' },
        }),
      ),
    );
    const counts: Record<number, number> = {};
    for (const res of responses) {
      counts[res.status] = (counts[res.status] ?? 0) + 1;
      if (res.status === 503) {
        assert.equal(res.body.code, 'unavailable');
        assert.ok(Number(res.headers.get('retry-after')) >= 1);
      }
    }
    console.log(`# 20 concurrent registrations, 1 hash at a time and 2 waiting: ${counts[201] ?? 0} registered, ${counts[503] ?? 0} told to retry (503)`);
    assert.deepEqual(Object.keys(counts).sort(), ['201', '503']);
    assert.ok(counts[201]! >= 3 && counts[503]! >= 10, JSON.stringify(counts));
    assert.deepEqual(t.gateway.context.passwords.load, { running: 0, waiting: 0 });
  });
});
