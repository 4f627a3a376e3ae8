// Accounts and sessions: registration, login by NIK or email, rotating refresh tokens with reuse detection,
// logout, and login rate limits per account and per address.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestGateway, SITI, SITI_NIK, officerOf, type TestGateway } from './helpers/harness.ts';

describe('auth', () => {
  let t: TestGateway;
  before(async () => {
    t = await startTestGateway();
  });
  after(() => t.close());

  it('registers an unverified citizen with a normalised NIK and phone, and starts a session', async () => {
    const res = await t.api.call('registerCitizen', {
      json: { nik: '3506 0462 0799 0002', name: 'Dewi Lestari', email: 'Dewi@Contoh.ID', phone: '0812-3456-7891', password: 'kediri-kota-tahu-2026' },
    });
    assert.equal(res.status, 201);
    assert.equal(res.body.tokenType, 'Bearer');
    assert.match(res.body.accessToken, /^at_/);
    assert.match(res.body.refreshToken, /^rt_/);
    assert.equal(res.body.expiresIn, 900);
    assert.equal(res.body.refreshExpiresIn, 30 * 24 * 3600);
    assert.deepEqual(
      { ...res.body.user, id: undefined },
      { id: undefined, role: 'citizen', name: 'Dewi Lestari', nikMasked: '3506********0002', email: 'dewi@contoh.id', phone: '+6281234567891', verified: false, agencyId: null },
    );
    const me = await t.api.call('getCurrentUser', { token: res.body.accessToken });
    assert.equal(me.status, 200);
    assert.equal(me.body.id, res.body.user.id);
  });

  it('refuses an invalid NIK with the contract rule code', async () => {
    const res = await t.api.call('registerCitizen', { json: { nik: '3571013102900001', name: 'Salah Tanggal', password: 'kata-sandi-panjang' } });
    assert.equal(res.status, 422);
    assert.deepEqual(res.body.errors.map((e: { pointer: string; code: string }) => [e.pointer, e.code]), [['/nik', 'nik.date']]);
    const phone = await t.api.call('registerCitizen', { json: { nik: '3571015003910002', name: 'Nomor Salah', phone: '12345', password: 'kata-sandi-panjang' } });
    assert.deepEqual(phone.body.errors.map((e: { pointer: string; code: string }) => [e.pointer, e.code]), [['/phone', 'tel.invalid']]);
    const short = await t.api.call('registerCitizen', { json: { nik: '3571015003910002', name: 'Sandi Pendek', password: 'pendek' } });
    assert.equal(short.status, 422);
    assert.equal(short.body.errors[0].code, 'too_short');
  });

  it('refuses a NIK or an email that is already registered (409)', async () => {
    const nik = await t.api.call('registerCitizen', { json: { nik: '3571-0145-1290-0003', name: 'Siti Kembar', password: 'kata-sandi-panjang' } });
    assert.equal(nik.status, 409);
    assert.equal(nik.body.code, 'account.nik_taken');
    const email = await t.api.call('registerCitizen', { json: { nik: '3571015003910002', name: 'Email Kembar', email: 'SITI@demo.padu.id', password: 'kata-sandi-panjang' } });
    assert.equal(email.status, 409);
    assert.equal(email.body.code, 'account.email_taken');
  });

  it('logs in with a NIK in any spacing, or an email in any case', async () => {
    for (const identifier of [SITI_NIK, '3571 0145 1290 0003', '3571-0145-1290-0003', 'Siti@Demo.Padu.ID']) {
      const res = await t.api.call('login', { json: { identifier, password: 'padu-demo-2026' } });
      assert.equal(res.status, 200, identifier);
      assert.equal(res.body.user.name, 'Siti Rahmawati');
      assert.equal(res.body.user.nikMasked, '3571********0003');
      assert.equal(res.body.user.verified, true);
    }
    const officer = await t.api.login(officerOf('disdukcapil'));
    const me = await t.api.call('getCurrentUser', { token: officer.accessToken });
    assert.deepEqual([me.body.role, me.body.agencyId, me.body.nikMasked], ['officer', 'disdukcapil', null]);
  });

  it('gives the same answer for a wrong password and an unknown account', async () => {
    const wrong = await t.api.call('login', { json: { identifier: 'budi@demo.padu.id', password: 'bukan-sandinya' } });
    const unknown = await t.api.call('login', { json: { identifier: 'tidak.ada@demo.padu.id', password: 'bukan-sandinya' } });
    assert.equal(wrong.status, 401);
    assert.equal(unknown.status, 401);
    assert.deepEqual({ ...wrong.body, requestId: 0 }, { ...unknown.body, requestId: 0 });
    assert.equal(wrong.body.code, 'invalid_credentials');
  });

  it('rotates refresh tokens, and a reused one revokes the whole family, the newest included', async () => {
    const first = await t.api.login('budi@demo.padu.id');
    const second = await t.api.call('refreshSession', { json: { refreshToken: first.refreshToken } });
    assert.equal(second.status, 200);
    assert.notEqual(second.body.refreshToken, first.refreshToken);
    assert.equal(second.body.user.name, 'Budi Santoso');
    const third = await t.api.call('refreshSession', { json: { refreshToken: second.body.refreshToken } });
    assert.equal(third.status, 200);
    assert.equal((await t.api.call('getCurrentUser', { token: third.body.accessToken })).status, 200);

    // An attacker replays the first token: refused, and every token of that login dies.
    const reuse = await t.api.call('refreshSession', { json: { refreshToken: first.refreshToken } });
    assert.equal(reuse.status, 401);
    assert.equal(reuse.body.code, 'refresh_token.reused');
    assert.match(reuse.headers.get('www-authenticate') ?? '', /^Bearer error="invalid_token"/);
    const newest = await t.api.call('refreshSession', { json: { refreshToken: third.body.refreshToken } });
    assert.equal(newest.status, 401);
    assert.equal((await t.api.call('getCurrentUser', { token: third.body.accessToken })).status, 401);

    // Another login of the same person is another family and keeps working.
    const other = await t.api.login('budi@demo.padu.id');
    assert.equal((await t.api.call('getCurrentUser', { token: other.accessToken })).status, 200);
  });

  it('refuses unknown refresh tokens', async () => {
    const res = await t.api.call('refreshSession', { json: { refreshToken: 'rt_bukan-token-yang-pernah-ada-1234567890' } });
    assert.equal(res.status, 401);
    assert.equal(res.body.code, 'refresh_token.invalid');
  });

  it('logs out: the refresh token and the access token stop working; twice is fine', async () => {
    const session = await t.api.login(SITI);
    const out = await t.api.call('logout', { token: session.accessToken, json: { refreshToken: session.refreshToken } });
    assert.equal(out.status, 204);
    assert.equal((await t.api.call('refreshSession', { json: { refreshToken: session.refreshToken } })).status, 401);
    assert.equal((await t.api.call('getCurrentUser', { token: session.accessToken })).status, 401);
    const again = await t.api.login(SITI);
    const twice = await t.api.call('logout', { token: again.accessToken, json: { refreshToken: session.refreshToken } });
    assert.equal(twice.status, 204);
  });

  it('refuses missing, malformed and unknown access tokens', async () => {
    const none = await t.api.call('getCurrentUser');
    assert.equal(none.status, 401);
    assert.equal(none.headers.get('www-authenticate'), 'Bearer');
    const unknown = await t.api.call('getCurrentUser', { token: 'at_tidak-ada-token-seperti-ini-000000' });
    assert.equal(unknown.status, 401);
    assert.equal(unknown.headers.get('www-authenticate'), 'Bearer error="invalid_token"');
    const basic = await t.api.call('getCurrentUser', { headers: { authorization: 'Basic c2l0aTpzaXRp' } });
    assert.equal(basic.status, 401);
  });

  it('expires access tokens after their lifetime', async () => {
    const short = await startTestGateway({ seedDemo: true, limits: { accessTokenSeconds: 1 } });
    try {
      const session = await short.api.login(SITI);
      assert.equal((await short.api.call('getCurrentUser', { token: session.accessToken })).status, 200);
      await new Promise((resolve) => setTimeout(resolve, 1100));
      assert.equal((await short.api.call('getCurrentUser', { token: session.accessToken })).status, 401);
      const refreshed = await short.api.call('refreshSession', { json: { refreshToken: session.refreshToken } });
      assert.equal(refreshed.status, 200);
    } finally {
      await short.close();
    }
  });
});

describe('login rate limits', () => {
  let t: TestGateway;
  before(async () => {
    t = await startTestGateway({ limits: { loginFailuresPerIdentifier: 3, loginFailuresPerIp: 6, loginWindowSeconds: 120 } });
  });
  after(() => t.close());

  it('limits failures per account, even for the right password, with Retry-After', async () => {
    for (let i = 0; i < 3; i++) {
      const res = await t.api.call('login', { json: { identifier: '3571 0220 0385 0001', password: `salah-${i}` } });
      assert.equal(res.status, 401);
    }
    const limited = await t.api.call('login', { json: { identifier: '3571022003850001', password: 'padu-demo-2026' } });
    assert.equal(limited.status, 429);
    assert.equal(limited.body.code, 'rate_limited');
    const retryAfter = Number(limited.headers.get('retry-after'));
    assert.ok(retryAfter > 100 && retryAfter <= 120, String(retryAfter));
    assert.equal(limited.body.retryAfter, retryAfter);
    // One account, one counter: its email is limited too. Another account is not.
    const byEmail = await t.api.call('login', { json: { identifier: 'Budi@Demo.Padu.ID', password: 'padu-demo-2026' } });
    assert.equal(byEmail.status, 429);
    const other = await t.api.call('login', { json: { identifier: SITI, password: 'padu-demo-2026' } });
    assert.equal(other.status, 200);
  });

  it('limits failures per client address across identifiers', async () => {
    // 3 failures were counted above from this address; 3 more on other identifiers reach 6.
    for (const identifier of ['satu@contoh.id', 'dua@contoh.id', 'tiga@contoh.id']) {
      assert.equal((await t.api.call('login', { json: { identifier, password: 'apa-saja-boleh' } })).status, 401);
    }
    const limited = await t.api.call('login', { json: { identifier: SITI, password: 'padu-demo-2026' } });
    assert.equal(limited.status, 429);
    assert.ok(Number(limited.headers.get('retry-after')) > 0);
  });
});
