// The lists' stored order: migration 0002 backfills it, every status change keeps it, and keyset pages walk a
// large list in exactly the documented order, each row once, whatever the ties.
/// <reference path="../src/db/better-sqlite3.d.ts" />
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { isFinal, type Schemas } from '@padu/contract';
import { migrateTo, migrateToLatest } from '../src/db/migrations.ts';
import { NO_DUE_DATE } from '../src/db/schema.ts';
import { hashPassword } from '../src/auth/passwords.ts';
import { DEMO_PASSWORD } from '../src/db/seed/demo.ts';
import { startTestGateway, officerOf, SITI, type ApiClient, type TestGateway } from './helpers/harness.ts';
import { domisiliAnswers, pdfBytes } from './helpers/fixtures.ts';
import { addApplications, addCitizens, seededRandom } from '../bench/city-data.ts';

type Application = Schemas['Application'];

describe('migration 0002 (list order)', () => {
  it('backfills the order columns of existing applications and replaces due_at', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'padu-migrate-'));
    const sqlite = new Database(join(dir, 'padu.sqlite'));
    // No parent rows below: this connection does not enforce foreign keys.
    sqlite.pragma('foreign_keys = OFF');
    const db = new Kysely<any>({ dialect: new SqliteDialect({ database: sqlite }) });
    try {
      await migrateTo(db, '0001_initial');
      const row = (id: string, status: string, submitted: string, due: string | null) => ({
        id,
        tracking_code: `DKC-${id}`,
        service_id: 'akta-kelahiran',
        service_version: 1,
        agency_id: 'disdukcapil',
        applicant_id: 'citizen',
        status,
        answers: '{}',
        submitted_at: submitted,
        updated_at: submitted,
        due_at: due,
        last_sequence: 1,
      });
      await db
        .insertInto('applications')
        .values([
          row('A', 'needs_revision', '2026-03-02T01:00:00.000Z', null),
          row('B', 'verifying', '2026-03-03T01:00:00.000Z', '2026-03-26T09:00:00Z'),
          row('C', 'completed', '2026-03-01T01:00:00.000Z', null),
          // Due half a second after B: stored without and with milliseconds, the text order was wrong.
          row('D', 'ready_for_pickup', '2026-03-04T01:00:00.000Z', '2026-03-26T09:00:00.500Z'),
        ])
        .execute();
      assert.equal((await migrateToLatest(db))[0], '0002_list_order');

      const rows = await db.selectFrom('applications').select(['id', 'needs_action', 'queue_due_at']).orderBy('id').execute();
      assert.deepEqual(rows, [
        { id: 'A', needs_action: 1, queue_due_at: NO_DUE_DATE },
        { id: 'B', needs_action: 0, queue_due_at: '2026-03-26T09:00:00.000Z' },
        { id: 'C', needs_action: 0, queue_due_at: NO_DUE_DATE },
        { id: 'D', needs_action: 0, queue_due_at: '2026-03-26T09:00:00.500Z' },
      ]);
      const columns = sqlite.prepare("select name from pragma_table_info('applications')").all() as { name: string }[];
      assert.ok(!columns.some((c) => c.name === 'due_at'), 'due_at is gone');
      const indexes = (sqlite.prepare("select name from sqlite_master where type = 'index' and tbl_name = 'applications'").all() as { name: string }[])
        .map((i) => i.name)
        .filter((name) => !name.startsWith('sqlite_'))
        .sort();
      assert.deepEqual(indexes, ['applications_mine', 'applications_mine_status', 'applications_queue', 'applications_queue_status']);
    } finally {
      await db.destroy();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

/** Every page of a list, following nextCursor. */
async function allPages(api: ApiClient, operationId: 'listMyApplications' | 'listAgencyApplications', token: string, query: Record<string, string | number>) {
  const items: Application[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await api.call('listAgencyApplications' === operationId ? operationId : 'listMyApplications', {
      token,
      query: { ...query, ...(cursor ? { cursor } : {}) },
    });
    assert.equal(page.status, 200, page.text);
    items.push(...page.body.data);
    cursor = page.body.nextCursor ?? undefined;
    pages++;
    assert.ok(pages < 1_000, 'the cursor moves on');
  } while (cursor);
  return items;
}

const compare = (a: readonly (string | number)[], b: readonly (string | number)[]) => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return 0;
};

/** The documented orders, derived from what the API shows. */
const mineKey = (a: Application) => [a.status === 'needs_revision' ? 0 : 1, `~${a.submittedAt}`, a.id];
const mineOrder = (a: Application, b: Application) => {
  const [x, y] = [mineKey(a), mineKey(b)];
  // Needing action first, then newest first: descending on time and id.
  return x[0] !== y[0] ? (x[0] as number) - (y[0] as number) : -compare(x.slice(1), y.slice(1));
};
const queueKey = (a: Application) => [
  isFinal(a.status) || a.due.dueAt === null ? NO_DUE_DATE : new Date(a.due.dueAt).toISOString(),
  a.submittedAt,
  a.id,
];
const queueOrder = (a: Application, b: Application) => compare(queueKey(a), queueKey(b));

describe('list order', () => {
  let t: TestGateway;
  let heavy = '';
  let officer = '';
  before(async () => {
    t = await startTestGateway();
    const { db, catalogue } = t.gateway.context;
    const random = seededRandom(11);
    const citizens = await addCitizens(db, 200, 'scrypt$1$1$1$unused$unused');
    await addApplications(t.dataDir, catalogue, { count: 1_500, applicants: citizens, skew: 2, now: Date.now(), random });
    const [heavyId] = await addCitizens(db, 1, await hashPassword(DEMO_PASSWORD), () => 'warga.sering@uji.padu.test');
    // A busy fortnight: many still open, some waiting for the citizen.
    await addApplications(t.dataDir, catalogue, { count: 300, applicants: [heavyId!], now: Date.now(), days: 14, random });
    // Ties on the time: the id decides, across page boundaries too.
    await db
      .updateTable('applications')
      .set({ submitted_at: '2026-01-15T03:00:00.000Z' })
      .where('id', 'in', (eb) => eb.selectFrom('applications').select('id').where('applicant_id', '=', heavyId!).orderBy('id').limit(25))
      .execute();
    heavy = await t.api.token('warga.sering@uji.padu.test');
    officer = await t.api.token(officerOf('disdukcapil'));
  });
  after(() => t.close());

  const countOf = async (column: 'applicant_id' | 'agency_id', value: string, status?: string) => {
    let query = t.gateway.context.db.selectFrom('applications').select((eb) => eb.fn.countAll<number>().as('n')).where(column, '=', value);
    if (status) query = query.where('status', '=', status);
    return Number((await query.executeTakeFirstOrThrow()).n);
  };

  it("walks a citizen's 300 applications page by page in order, each once", async () => {
    const items = await allPages(t.api, 'listMyApplications', heavy, { limit: 7 });
    const ids = items.map((a) => a.id);
    assert.equal(new Set(ids).size, ids.length, 'no application twice');
    assert.equal(ids.length, 300);
    assert.deepEqual(ids, [...items].sort(mineOrder).map((a) => a.id));
    assert.ok(items.some((a) => a.status === 'needs_revision'), 'the generated fortnight has revisions to put first');
    const completed = await allPages(t.api, 'listMyApplications', heavy, { limit: 9, status: 'completed' });
    assert.ok(completed.every((a) => a.status === 'completed'));
    assert.equal(completed.length, items.filter((a) => a.status === 'completed').length);
    assert.deepEqual(completed.map((a) => a.id), items.filter((a) => a.status === 'completed').map((a) => a.id));
  });

  it("walks an OPD's queue page by page: oldest due first, undated last, each once", async () => {
    const items = await allPages(t.api, 'listAgencyApplications', officer, { limit: 100 });
    const ids = items.map((a) => a.id);
    assert.equal(new Set(ids).size, ids.length, 'no application twice');
    assert.equal(ids.length, await countOf('agency_id', 'disdukcapil'));
    assert.deepEqual(ids, [...items].sort(queueOrder).map((a) => a.id));
    for (const status of ['completed', 'verifying'] as const) {
      const filtered = await allPages(t.api, 'listAgencyApplications', officer, { limit: 13, status });
      assert.equal(filtered.length, await countOf('agency_id', 'disdukcapil', status));
      assert.deepEqual(filtered.map((a) => a.id), items.filter((a) => a.status === status).map((a) => a.id));
    }
  });

  it('keeps the stored order with every status change (submit, revision, resubmit, completion)', async () => {
    const siti = await t.api.token(SITI);
    const kelurahan = await t.api.token(officerOf('kelurahan-bandar-lor'));
    const upload = await t.api.upload(siti, pdfBytes(), 'pengantar.pdf');
    const submitted = await t.api.submit(siti, { serviceId: 'surat-domisili', answers: domisiliAnswers(upload.body.id) });
    assert.equal(submitted.status, 201, submitted.text);
    const id = submitted.body.id as string;
    const stored = () =>
      t.gateway.context.db.selectFrom('applications').select(['needs_action', 'queue_due_at']).where('id', '=', id).executeTakeFirstOrThrow();
    const dueOf = (application: Application) => new Date(application.due.dueAt!).toISOString();
    assert.deepEqual(await stored(), { needs_action: 0, queue_due_at: dueOf(submitted.body) });

    const move = (to: string, note?: string) =>
      t.api.call('transitionApplication', { token: kelurahan, params: { applicationId: id }, json: note ? { to, note } : { to } });
    assert.equal((await move('verifying')).status, 200);
    const revision = await move('needs_revision', 'Foto surat pengantar buram.');
    assert.equal(revision.body.due.paused, true);
    assert.deepEqual(await stored(), { needs_action: 1, queue_due_at: NO_DUE_DATE });
    const mine = await t.api.call('listMyApplications', { token: siti, query: { limit: 1 } });
    assert.equal(mine.body.data[0].status, 'needs_revision', 'needing action comes first');

    const resubmitted = await t.api.call('resubmitApplication', { token: siti, params: { applicationId: id }, json: { answers: domisiliAnswers(upload.body.id) } });
    assert.equal(resubmitted.status, 200, resubmitted.text);
    assert.deepEqual(await stored(), { needs_action: 0, queue_due_at: dueOf(resubmitted.body) });

    assert.equal((await move('verifying')).status, 200);
    assert.equal((await move('in_process')).status, 200);
    assert.equal((await move('completed')).status, 200);
    assert.deepEqual(await stored(), { needs_action: 0, queue_due_at: NO_DUE_DATE });
  });
});
