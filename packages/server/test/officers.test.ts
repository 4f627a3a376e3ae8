// An OPD's staff accounts: invitations as one-time links (only the token's hash stored, 72 hours, single use),
// acceptance with a new password, disabling that ends every session at once, enabling, the list with status
// and last sign-in, and the audit entries of all of it (account ids only).
/// <reference path="../src/db/better-sqlite3.d.ts" />
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { migrateTo } from '../src/db/migrations.ts';
import { startTestGateway, ADMIN, officerOf, opdAdminOf, type TestGateway } from './helpers/harness.ts';

const OPD = 'dinsos';
const PASSWORD = 'petugas-baru-2026';

/** The token in an invitation link's fragment. */
function tokenOf(link: string): string {
  const url = new URL(link);
  assert.equal(url.pathname, '/petugas/undangan');
  assert.equal(url.search, '');
  return url.hash.slice(1);
}

describe('officer accounts', () => {
  let t: TestGateway;
  let opdAdmin: string;
  let admin: string;
  let serial = 0;
  const emailOf = (who: string) => `${who}.${++serial}@kedirikota.go.id`;
  const invite = (token: string, json: Record<string, unknown>) => t.api.call('inviteOfficer', { token, json });
  const accept = (token: string, password = PASSWORD) => t.api.call('acceptInvitation', { json: { token, password } });
  const listAll = async (token: string, query: Record<string, string | number> = {}) => {
    const res = await t.api.call('listOfficers', { token, query: { limit: 100, ...query } });
    assert.equal(res.status, 200, res.text);
    return res.body.data as { id: string; name: string; email: string; status: string; role: string; agencyId: string; lastSignInAt: string | null }[];
  };
  const auditOf = (subjectUserId: string) =>
    t.gateway.context.db.selectFrom('audit_entries').selectAll().where('subject_user_id', '=', subjectUserId).orderBy('id').execute();

  before(async () => {
    t = await startTestGateway();
    opdAdmin = await t.api.token(opdAdminOf(OPD));
    admin = await t.api.token(ADMIN);
  });
  after(() => t.close());

  it('invites with a one-time link, keeps only its hash, and activates the account when accepted', async () => {
    const email = emailOf('rina');
    const invited = await invite(opdAdmin, { name: 'Rina Wulandari', email: email.toUpperCase() });
    assert.equal(invited.status, 201, invited.text);
    const { officer, link, expiresAt } = invited.body;
    assert.deepEqual(
      { agencyId: officer.agencyId, role: officer.role, status: officer.status, email: officer.email, lastSignInAt: officer.lastSignInAt },
      { agencyId: OPD, role: 'officer', status: 'invited', email, lastSignInAt: null },
    );
    const token = tokenOf(link);
    assert.match(token, /^inv_[A-Za-z0-9_-]{43}$/);
    const hours = (Date.parse(expiresAt) - Date.now()) / 3_600_000;
    assert.ok(hours > 71.9 && hours <= 72, String(hours));

    // The token is nowhere at rest: not in the database file, not in a log line.
    const stored = await readFile(join(t.dataDir, 'padu.sqlite')).then((b) => b.toString('latin1'));
    const wal = await readFile(join(t.dataDir, 'padu.sqlite-wal')).then((b) => b.toString('latin1'), () => '');
    assert.ok(!stored.includes(token.slice(4)) && !wal.includes(token.slice(4)));
    assert.ok(!t.logs.some((line) => line.includes(token.slice(4))));

    // Listed as invited; cannot log in yet, with the very answer a wrong password gets.
    assert.equal((await listAll(opdAdmin)).find((o) => o.id === officer.id)?.status, 'invited');
    const early = await t.api.call('login', { json: { identifier: email, password: PASSWORD } });
    assert.equal(early.status, 401);
    assert.equal(early.body.code, 'invalid_credentials');

    const accepted = await accept(token);
    assert.equal(accepted.status, 201, accepted.text);
    assert.deepEqual({ id: accepted.body.id, role: accepted.body.role, agencyId: accepted.body.agencyId }, { id: officer.id, role: 'officer', agencyId: OPD });
    const session = await t.api.login(email, PASSWORD);
    const queue = await t.api.call('listAgencyApplications', { token: session.accessToken });
    assert.equal(queue.status, 200);

    const listed = (await listAll(opdAdmin)).find((o) => o.id === officer.id)!;
    assert.equal(listed.status, 'active');
    assert.ok(listed.lastSignInAt && Date.now() - Date.parse(listed.lastSignInAt) < 60_000);

    // Single use.
    const again = await accept(token, 'kata-sandi-lain-2026');
    assert.equal(again.status, 409);
    assert.equal(again.body.code, 'invitation.used');

    // Audited by account id only: who invited whom, and the acceptance by the new officer.
    const entries = await auditOf(officer.id);
    assert.deepEqual(
      entries.map((e) => [e.action, e.actor_role, e.agency_id, e.service_id]),
      [
        ['officer.invited', 'opd_admin', OPD, null],
        ['invitation.accepted', 'officer', OPD, null],
      ],
    );
    assert.equal(entries[1]!.actor_user_id, officer.id);
    const log = await t.api.call('listAuditEntries', { token: opdAdmin, query: { limit: 100 } });
    const mine = log.body.data.filter((e: { subjectUserId: string | null }) => e.subjectUserId === officer.id);
    assert.equal(mine.length, 2);
    assert.ok(!JSON.stringify(mine).includes(email) && !JSON.stringify(mine).includes('Rina'));
  });

  it('refuses an expired, unknown, replaced or withdrawn link with a clear problem', async () => {
    const { db } = t.gateway.context;
    const first = await invite(opdAdmin, { name: 'Budi Santoso', email: emailOf('budi') });
    // Expired: its 72 hours are over.
    await db.updateTable('staff_invitations').set({ expires_at: new Date(Date.now() - 1000).toISOString() }).where('user_id', '=', first.body.officer.id).execute();
    const expired = await accept(tokenOf(first.body.link));
    assert.equal(expired.status, 409);
    assert.equal(expired.body.code, 'invitation.expired');
    assert.match(expired.body.detail, /72 jam/);

    const unknown = await accept(`inv_${'A'.repeat(43)}`);
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.code, 'invitation.invalid');

    // Inviting the same person again makes a new link and withdraws the old one.
    const renewed = await invite(opdAdmin, { name: 'Budi Santoso', email: first.body.officer.email });
    assert.equal(renewed.status, 201, renewed.text);
    assert.equal(renewed.body.officer.id, first.body.officer.id);
    assert.equal((await accept(tokenOf(first.body.link))).body.code, 'invitation.invalid');

    // Disabling withdraws a pending invitation; enabling leaves the account invited, needing a new link.
    const disabled = await t.api.call('disableOfficer', { token: opdAdmin, params: { userId: first.body.officer.id } });
    assert.equal(disabled.body.status, 'disabled');
    assert.equal((await accept(tokenOf(renewed.body.link))).body.code, 'invitation.invalid');
    const enabled = await t.api.call('enableOfficer', { token: opdAdmin, params: { userId: first.body.officer.id } });
    assert.equal(enabled.body.status, 'invited');
    assert.equal((await accept(tokenOf(renewed.body.link))).status, 404);
    const third = await invite(opdAdmin, { name: 'Budi Santoso', email: first.body.officer.email });
    assert.equal((await accept(tokenOf(third.body.link))).status, 201);
  });

  it('takes the name the invited person writes, in place of the one the admin typed', async () => {
    const invited = await invite(opdAdmin, { name: 'Sri Wahyuni', email: emailOf('sri') });
    const accepted = await t.api.call('acceptInvitation', { json: { token: tokenOf(invited.body.link), password: PASSWORD, name: '  Sri Wahyuningsih, S.Sos.  ' } });
    assert.equal(accepted.status, 201, accepted.text);
    assert.equal(accepted.body.name, 'Sri Wahyuningsih, S.Sos.');
    assert.equal((await listAll(opdAdmin)).find((o) => o.id === invited.body.officer.id)?.name, 'Sri Wahyuningsih, S.Sos.');
    // Only spaces: the admin's name stays.
    const blank = await invite(opdAdmin, { name: 'Tono Sugiarto', email: emailOf('tono') });
    const kept = await t.api.call('acceptInvitation', { json: { token: tokenOf(blank.body.link), password: PASSWORD, name: '   ' } });
    assert.equal(kept.status, 201, kept.text);
    assert.equal(kept.body.name, 'Tono Sugiarto');
  });

  it('lets exactly one of two simultaneous acceptances through', async () => {
    const invited = await invite(opdAdmin, { name: 'Dewi Lestari', email: emailOf('dewi') });
    const token = tokenOf(invited.body.link);
    const results = await Promise.all([accept(token, 'kata-sandi-satu-2026'), accept(token, 'kata-sandi-dua-2026')]);
    assert.deepEqual(results.map((r) => r.status).sort(), [201, 409]);
    const winner = results[0]!.status === 201 ? 'kata-sandi-satu-2026' : 'kata-sandi-dua-2026';
    await t.api.login(invited.body.officer.email, winner);
  });

  it('disabling ends every session at once; the disabled officer is told so only with the right password', async () => {
    const email = emailOf('eko');
    const invited = await invite(opdAdmin, { name: 'Eko Prasetyo', email });
    await accept(tokenOf(invited.body.link));
    const phone = await t.api.login(email, PASSWORD);
    const laptop = await t.api.login(email, PASSWORD);
    assert.equal((await t.api.call('getCurrentUser', { token: phone.accessToken })).status, 200);

    const disabled = await t.api.call('disableOfficer', { token: opdAdmin, params: { userId: invited.body.officer.id } });
    assert.equal(disabled.status, 200, disabled.text);
    assert.equal(disabled.body.status, 'disabled');
    for (const session of [phone, laptop]) {
      assert.equal((await t.api.call('getCurrentUser', { token: session.accessToken })).status, 401);
      const refreshed = await t.api.call('refreshSession', { json: { refreshToken: session.refreshToken } });
      assert.equal(refreshed.status, 401);
      assert.equal(refreshed.body.code, 'refresh_token.invalid');
    }
    const right = await t.api.call('login', { json: { identifier: email, password: PASSWORD } });
    assert.equal(right.status, 403);
    assert.equal(right.body.code, 'account.disabled');
    const wrong = await t.api.call('login', { json: { identifier: email, password: 'bukan-kata-sandinya' } });
    const nobody = await t.api.call('login', { json: { identifier: 'tidak.ada@kedirikota.go.id', password: 'bukan-kata-sandinya' } });
    assert.deepEqual([wrong.status, wrong.body.code, wrong.body.detail], [nobody.status, nobody.body.code, nobody.body.detail]);

    const twice = await t.api.call('disableOfficer', { token: opdAdmin, params: { userId: invited.body.officer.id } });
    assert.equal(twice.status, 409);
    assert.equal(twice.body.code, 'officer.disabled');

    const enabled = await t.api.call('enableOfficer', { token: opdAdmin, params: { userId: invited.body.officer.id } });
    assert.equal(enabled.body.status, 'active');
    // The old sessions stay ended; a new login works.
    assert.equal((await t.api.call('refreshSession', { json: { refreshToken: laptop.refreshToken } })).status, 401);
    await t.api.login(email, PASSWORD);
    assert.equal((await t.api.call('enableOfficer', { token: opdAdmin, params: { userId: invited.body.officer.id } })).body.code, 'officer.not_disabled');

    assert.deepEqual(
      (await auditOf(invited.body.officer.id)).map((e) => e.action),
      ['officer.invited', 'invitation.accepted', 'officer.disabled', 'officer.enabled'],
    );
  });

  it('lets only the city\'s admin invite and manage OPD admins, naming the OPD', async () => {
    const unnamed = await invite(admin, { name: 'Fajar Nugroho', email: emailOf('fajar') });
    assert.equal(unnamed.status, 422);
    assert.equal(unnamed.body.errors[0].pointer, '/agencyId');
    const unknownOpd = await invite(admin, { name: 'Fajar Nugroho', email: emailOf('fajar'), agencyId: 'tidak-ada' });
    assert.equal(unknownOpd.status, 422);

    const byOpdAdmin = await invite(opdAdmin, { name: 'Fajar Nugroho', email: emailOf('fajar'), role: 'opd_admin' });
    assert.equal(byOpdAdmin.status, 403);
    const byAdmin = await invite(admin, { name: 'Fajar Nugroho', email: emailOf('fajar'), role: 'opd_admin', agencyId: OPD });
    assert.equal(byAdmin.status, 201, byAdmin.text);
    assert.equal(byAdmin.body.officer.role, 'opd_admin');
    await accept(tokenOf(byAdmin.body.link));
    const newAdmin = await t.api.login(byAdmin.body.officer.email, PASSWORD);
    assert.equal((await t.api.call('listOfficers', { token: newAdmin.accessToken })).status, 200);

    // An OPD admin cannot disable another OPD admin of the same OPD; the city's admin can.
    const params = { userId: byAdmin.body.officer.id };
    assert.equal((await t.api.call('disableOfficer', { token: opdAdmin, params })).status, 403);
    assert.equal((await t.api.call('disableOfficer', { token: admin, params })).status, 200);

    // An email another account uses (a citizen's, a seeded officer's) is a 409.
    for (const email of ['siti@demo.padu.id', officerOf(OPD)]) {
      const taken = await invite(opdAdmin, { name: 'Siapa Saja', email });
      assert.equal(taken.status, 409);
      assert.equal(taken.body.code, 'account.email_taken');
    }
  });

  it('lists an OPD\'s staff by name, page by page, and every OPD\'s for the city\'s admin', async () => {
    const own = await listAll(opdAdmin);
    assert.ok(own.length >= 5 && own.every((o) => o.agencyId === OPD));
    assert.ok(own.some((o) => o.email === officerOf(OPD) && o.role === 'officer'));
    const names = own.map((o) => o.name);
    assert.deepEqual(names, [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));

    const walked: string[] = [];
    let cursor: string | undefined;
    do {
      const res = await t.api.call('listOfficers', { token: opdAdmin, query: { limit: 2, ...(cursor ? { cursor } : {}) } });
      walked.push(...res.body.data.map((o: { id: string }) => o.id));
      cursor = res.body.nextCursor ?? undefined;
    } while (cursor);
    assert.deepEqual(walked, own.map((o) => o.id));

    const every = await listAll(admin);
    assert.ok(new Set(every.map((o) => o.agencyId)).size > 1);
    assert.deepEqual((await listAll(admin, { agencyId: OPD })).map((o) => o.id), own.map((o) => o.id));
    const other = await t.api.call('listOfficers', { token: opdAdmin, query: { agencyId: 'disdukcapil' } });
    assert.equal(other.status, 403);
  });
});

describe('migration 0006 (officer management)', () => {
  it('keeps every account active and every audit entry, now with room for entries about accounts', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'padu-migrate-'));
    const sqlite = new Database(join(dir, 'padu.sqlite'));
    sqlite.pragma('foreign_keys = OFF');
    const db = new Kysely<any>({ dialect: new SqliteDialect({ database: sqlite }) });
    try {
      await migrateTo(db, '0005_service_authoring');
      const user = { role: 'officer', name: 'Petugas Dinsos', verified: 1, agency_id: OPD, password_hash: 'scrypt$x', created_at: '2026-01-01T00:00:00.000Z' };
      await db.insertInto('users').values({ ...user, id: 'u1', email: 'petugas@kedirikota.go.id' }).execute();
      const entry = { at: '2026-02-01T00:00:00.000Z', actor_user_id: 'u1', actor_role: 'officer', agency_id: OPD, action: 'applicant.verified', service_id: 'sktm', version: 2, note: null, application_id: null, evidence: 'ktp_el' };
      await db.insertInto('audit_entries').values({ ...entry, id: 41 }).execute();

      assert.deepEqual(await migrateTo(db, '0006_officer_management'), ['0006_officer_management']);
      assert.deepEqual(await db.selectFrom('users').select(['id', 'status', 'last_sign_in_at']).execute(), [{ id: 'u1', status: 'active', last_sign_in_at: null }]);
      assert.deepEqual(await db.selectFrom('audit_entries').selectAll().execute(), [{ ...entry, id: 41, subject_user_id: null }]);
      // The log goes on from where it was, and takes entries without a service.
      await db.insertInto('audit_entries').values({ ...entry, action: 'officer.disabled', service_id: null, version: null, evidence: null, subject_user_id: 'u1' }).execute();
      assert.deepEqual((await db.selectFrom('audit_entries').select('id').orderBy('id').execute()).map((r) => r.id), [41, 42]);
      const indexes = await db.selectFrom('sqlite_master' as any).select('name').where('tbl_name', '=', 'audit_entries').where('type', '=', 'index').execute();
      assert.ok(indexes.some((index: { name: string }) => index.name === 'audit_entries_agency'));
    } finally {
      await db.destroy();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
