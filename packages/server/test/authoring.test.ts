// Service authoring: the city's admin and OPD admins, drafts guarded by ETags, validation with JSON pointers,
// immutable published versions, retirement, diffs and the audit log.
/// <reference path="../src/db/better-sqlite3.d.ts" />
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { migrateTo, migrateToLatest } from '../src/db/migrations.ts';
import { loadServiceFiles } from '../src/db/seed/service-files.ts';
import { componentValidator, createContractAjv } from '../src/contract/ajv.ts';
import { loadContract } from '../src/contract/document.ts';
import { AuthoringService } from '../src/domain/authoring.ts';
import { Catalogue } from '../src/domain/catalogue.ts';
import { WebhookOutbox } from '../src/webhooks/outbox.ts';
import { startTestGateway, ADMIN, SITI, opdAdminOf, officerOf, type TestGateway } from './helpers/harness.ts';

const OPD = 'dpmptsp';

/** A complete draft of "Izin Keramaian": the Standar Pelayanan of a seeded service and a one-step form. */
async function keramaianContent(t: TestGateway, fieldPattern = '[A-Za-z0-9 .,-]+') {
  const template = (await t.api.call('getService', { params: { serviceId: 'surat-domisili' } })).body;
  return {
    category: 'perizinan',
    name: { id: 'Izin Keramaian', en: 'Crowd Event Permit' },
    summary: { id: 'Izin untuk acara yang mengumpulkan orang banyak.' },
    requiresVerifiedAccount: false,
    standard: template.standard,
    dataProtection: template.dataProtection,
    form: {
      steps: [
        {
          id: 'acara',
          title: { id: 'Acara' },
          fields: [
            { name: 'nama_acara', type: 'text', label: { id: 'Nama acara' }, required: true, pattern: fieldPattern, maxLength: 120 },
            { name: 'jumlah_peserta', type: 'number', label: { id: 'Perkiraan jumlah peserta' }, required: true, min: 1, integer: true },
          ],
        },
      ],
    },
  };
}

describe('authoring', () => {
  let t: TestGateway;
  let opdAdmin: string;
  before(async () => {
    t = await startTestGateway();
    opdAdmin = await t.api.token(opdAdminOf(OPD));
  });
  after(() => t.close());

  const draftOf = async (serviceId: string, token = opdAdmin) => {
    const res = await t.api.call('getServiceDraft', { token, params: { serviceId } });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.headers.get('etag'), res.body.etag);
    return res.body;
  };
  const save = (serviceId: string, etag: string | undefined, json: unknown, token = opdAdmin) =>
    t.api.call('updateServiceDraft', { token, params: { serviceId }, json, headers: etag ? { 'if-match': etag } : {} });
  const publish = (serviceId: string, etag: string | undefined, changeNote: unknown, token = opdAdmin) =>
    t.api.call('publishServiceDraft', { token, params: { serviceId }, json: { changeNote }, headers: etag ? { 'if-match': etag } : {} });

  describe('roles', () => {
    it('signs in the city admin and an OPD admin of each demo OPD, with their role and OPD', async () => {
      const admin = await t.api.call('getCurrentUser', { token: await t.api.token(ADMIN) });
      assert.equal(admin.status, 200, admin.text);
      assert.equal(admin.body.role, 'admin');
      assert.equal(admin.body.agencyId, null);
      for (const agencyId of ['disdukcapil', 'dpmptsp', 'dinsos', 'kecamatan-mojoroto', 'kelurahan-bandar-lor']) {
        const me = await t.api.call('getCurrentUser', { token: await t.api.token(opdAdminOf(agencyId)) });
        assert.equal(me.status, 200, me.text);
        assert.deepEqual([me.body.role, me.body.agencyId], ['opd_admin', agencyId]);
      }
      const report = t.gateway.seed.demoAccounts;
      assert.ok(report.some((a) => a.email === ADMIN && a.role === 'admin'));
      assert.equal(report.filter((a) => a.role === 'opd_admin').length, 5);
    });
  });

  describe('a new service, from nothing to an application', () => {
    let etag: string;

    it('creates the service as a blank draft in the admin\'s OPD, out of the catalogue', async () => {
      const created = await t.api.call('createService', {
        token: opdAdmin,
        json: { id: 'izin-keramaian', category: 'perizinan', name: { id: 'Izin Keramaian' } },
      });
      assert.equal(created.status, 201, created.text);
      assert.equal(created.body.agencyId, OPD);
      assert.equal(created.body.basedOnVersion, null);
      assert.deepEqual(created.body.content, { category: 'perizinan', name: { id: 'Izin Keramaian' } });
      assert.equal(created.headers.get('etag'), created.body.etag);
      etag = created.body.etag;
      assert.equal((await t.api.call('getService', { params: { serviceId: 'izin-keramaian' } })).status, 404);
      const state = await t.api.call('getAuthoredService', { token: opdAdmin, params: { serviceId: 'izin-keramaian' } });
      assert.deepEqual([state.body.state, state.body.currentVersion, state.body.hasDraft], ['unpublished', null, true]);

      const again = await t.api.call('createService', { token: opdAdmin, json: { id: 'izin-keramaian', category: 'perizinan', name: { id: 'Lagi' } } });
      assert.equal(again.status, 409);
      assert.equal(again.body.code, 'service.exists');
      const seeded = await t.api.call('createService', { token: opdAdmin, json: { id: 'akta-kelahiran', category: 'perizinan', name: { id: 'Tiruan' } } });
      assert.equal(seeded.status, 409, 'a seeded service of another OPD is taken too');
    });

    it('lists every problem of the blank draft with a JSON pointer, and refuses to preview or publish it', async () => {
      const validation = await t.api.call('validateServiceDraft', { token: opdAdmin, params: { serviceId: 'izin-keramaian' } });
      assert.equal(validation.status, 200, validation.text);
      assert.equal(validation.body.valid, false);
      const pointers = validation.body.errors.map((e: { pointer: string }) => e.pointer);
      for (const missing of ['/summary', '/requiresVerifiedAccount', '/standard', '/dataProtection', '/form']) assert.ok(pointers.includes(missing), `${missing} in ${pointers}`);
      assert.equal(validation.body.errorCount, validation.body.errors.length);

      const preview = await t.api.call('previewServiceDraft', { token: opdAdmin, params: { serviceId: 'izin-keramaian' } });
      assert.equal(preview.status, 422);
      const refused = await publish('izin-keramaian', etag, 'Terbit pertama');
      assert.equal(refused.status, 422);
      assert.deepEqual(refused.body.errors, validation.body.errors, 'the same problems, in the same shape');
    });

    it('points at a missing Standar Pelayanan component and a data-protection notice without its controller', async () => {
      const content = await keramaianContent(t);
      const { fee: _fee, ...standard } = content.standard;
      const { controller: _controller, ...dataProtection } = content.dataProtection;
      const saved = await save('izin-keramaian', etag, { ...content, standard: { ...standard, complaints: [] }, dataProtection });
      assert.equal(saved.status, 200, saved.text);
      assert.notEqual(saved.body.etag, etag);
      etag = saved.body.etag;
      const validation = await t.api.call('validateServiceDraft', { token: opdAdmin, params: { serviceId: 'izin-keramaian' } });
      const pointers = validation.body.errors.map((e: { pointer: string }) => e.pointer).sort();
      assert.deepEqual(pointers, ['/dataProtection/controller', '/standard/complaints', '/standard/fee']);
    });

    it('guards saves with If-Match: 428 without it, 412 for a stale copy, and one winner of two concurrent saves', async () => {
      const content = await keramaianContent(t);
      const without = await save('izin-keramaian', undefined, content);
      assert.equal(without.status, 428);
      assert.equal(without.body.code, 'precondition_required');
      const stale = await save('izin-keramaian', '"bukan-etag-ini"', content);
      assert.equal(stale.status, 412);
      assert.equal(stale.body.code, 'draft.stale');
      const weak = await save('izin-keramaian', `W/${etag}`, content);
      assert.equal(weak.status, 412, 'a weak tag never matches (strong comparison)');

      // Two admins of the OPD (the OPD admin and the city's admin) save from the same copy at once.
      const admin = await t.api.token(ADMIN);
      const [first, second] = await Promise.all([
        save('izin-keramaian', etag, { ...content, summary: { id: 'Versi admin OPD.' } }),
        save('izin-keramaian', etag, { ...content, summary: { id: 'Versi admin kota.' } }, admin),
      ]);
      assert.deepEqual([first.status, second.status].sort(), [200, 412]);
      const winner = first.status === 200 ? first : second;
      const draft = await draftOf('izin-keramaian');
      assert.equal(draft.etag, winner.body.etag);
      assert.equal(draft.content.summary.id, winner.body.content.summary.id);
      etag = draft.etag;
    });

    it('refuses a catastrophic pattern at its pointer, with a reason', async () => {
      const saved = await save('izin-keramaian', etag, await keramaianContent(t, '(a+)+b'));
      assert.equal(saved.status, 200, saved.text);
      etag = saved.body.etag;
      const refused = await publish('izin-keramaian', etag, 'Terbit pertama');
      assert.equal(refused.status, 422, refused.text);
      assert.equal(refused.body.errors.length, 1, refused.text);
      const [error] = refused.body.errors;
      assert.equal(error.pointer, '/form/steps/0/fields/0/pattern');
      assert.equal(error.code, 'definition.unsafe_pattern');
      assert.equal(error.params.reason, 'exponential');
      assert.match(error.message, /sangat lama/);
      // A star-height heuristic passes this one; recheck proves it exponential.
      const alternation = await save('izin-keramaian', etag, await keramaianContent(t, '(a|a)*'));
      etag = alternation.body.etag;
      const refusedToo = await publish('izin-keramaian', etag, 'Terbit pertama');
      assert.deepEqual(refusedToo.body.errors.map((e: { pointer: string; params: { reason: string } }) => [e.pointer, e.params.reason]), [['/form/steps/0/fields/0/pattern', 'exponential']]);
      // Preview does not need the proof: the form can render.
      assert.equal((await t.api.call('previewServiceDraft', { token: opdAdmin, params: { serviceId: 'izin-keramaian' } })).status, 200);
    });

    it('previews, then publishes version 1 with a change note, straight into the catalogue', async () => {
      const saved = await save('izin-keramaian', etag, await keramaianContent(t));
      etag = saved.body.etag;
      const validation = await t.api.call('validateServiceDraft', { token: opdAdmin, params: { serviceId: 'izin-keramaian' } });
      assert.deepEqual(validation.body, { valid: true, errorCount: 0, errors: [] });
      const preview = await t.api.call('previewServiceDraft', { token: opdAdmin, params: { serviceId: 'izin-keramaian' } });
      assert.equal(preview.status, 200, preview.text);
      assert.equal(preview.body.version, 1);

      assert.equal((await publish('izin-keramaian', undefined, 'Terbit pertama')).status, 428);
      const noNote = await publish('izin-keramaian', etag, '  ');
      assert.equal(noNote.status, 422);
      assert.equal(noNote.body.errors[0].pointer, '/changeNote');

      const published = await publish('izin-keramaian', etag, 'Terbit pertama');
      assert.equal(published.status, 201, published.text);
      assert.deepEqual(published.body, preview.body);
      assert.deepEqual((await t.api.call('getService', { params: { serviceId: 'izin-keramaian' } })).body, published.body);
      const listed = await t.api.call('listServices', { query: { agencyId: OPD, limit: 100 } });
      assert.ok(listed.body.data.some((s: { id: string }) => s.id === 'izin-keramaian'));
      const found = await t.api.call('listServices', { query: { q: 'keramaian' } });
      assert.deepEqual(found.body.data.map((s: { id: string }) => s.id), ['izin-keramaian']);
      // The draft is closed.
      assert.equal((await t.api.call('getServiceDraft', { token: opdAdmin, params: { serviceId: 'izin-keramaian' } })).status, 404);
      assert.equal((await publish('izin-keramaian', etag, 'Lagi')).status, 404);
    });

    let applicationId: string;
    it('takes applications; version 2 leaves them on version 1; versions and a diff say what changed', async () => {
      const siti = await t.api.token(SITI);
      const applied = await t.api.submit(siti, { serviceId: 'izin-keramaian', answers: { nama_acara: 'Pawai Budaya', jumlah_peserta: 300 } });
      assert.equal(applied.status, 201, applied.text);
      applicationId = applied.body.id;

      const blankAgain = await t.api.call('createServiceDraft', { token: opdAdmin, params: { serviceId: 'izin-keramaian' }, json: { fromVersion: 2 } });
      assert.equal(blankAgain.status, 422, 'version 2 does not exist yet');
      const opened = await t.api.call('createServiceDraft', { token: opdAdmin, params: { serviceId: 'izin-keramaian' }, json: { fromVersion: 1 } });
      assert.equal(opened.status, 201, opened.text);
      assert.equal(opened.body.basedOnVersion, 1);
      const twice = await t.api.call('createServiceDraft', { token: opdAdmin, params: { serviceId: 'izin-keramaian' }, json: {} });
      assert.equal(twice.status, 409);
      assert.equal(twice.body.code, 'draft.exists');

      const content = structuredClone(opened.body.content);
      content.summary = { id: 'Izin untuk pawai, konser dan acara besar lainnya.' };
      content.form.steps[0].fields.push({ name: 'lokasi', type: 'text', label: { id: 'Lokasi' } });
      const saved = await save('izin-keramaian', opened.body.etag, content);
      const toDraft = await t.api.call('diffServiceVersions', { token: opdAdmin, params: { serviceId: 'izin-keramaian' }, query: { from: 1 } });
      assert.equal(toDraft.status, 200, toDraft.text);
      assert.equal(toDraft.body.to, null);
      const published = await publish('izin-keramaian', saved.body.etag, 'Ringkasan diperjelas; kolom lokasi ditambahkan.');
      assert.equal(published.status, 201, published.text);
      assert.equal(published.body.version, 2);

      const application = await t.api.call('getApplication', { token: siti, params: { applicationId } });
      assert.equal(application.body.serviceVersion, 1);

      const versions = await t.api.call('listServiceVersions', { token: opdAdmin, params: { serviceId: 'izin-keramaian' } });
      assert.equal(versions.status, 200, versions.text);
      const me = (await t.api.call('getCurrentUser', { token: opdAdmin })).body.id;
      assert.deepEqual(
        versions.body.data.map((v: { version: number; changeNote: string; publishedBy: unknown }) => [v.version, v.changeNote, v.publishedBy]),
        [
          [2, 'Ringkasan diperjelas; kolom lokasi ditambahkan.', { userId: me, role: 'opd_admin' }],
          [1, 'Terbit pertama', { userId: me, role: 'opd_admin' }],
        ],
      );
      const paged = await t.api.call('listServiceVersions', { token: opdAdmin, params: { serviceId: 'izin-keramaian' }, query: { limit: 1 } });
      const next = await t.api.call('listServiceVersions', { token: opdAdmin, params: { serviceId: 'izin-keramaian' }, query: { limit: 1, cursor: paged.body.nextCursor } });
      assert.deepEqual([paged.body.data[0].version, next.body.data[0].version, next.body.nextCursor], [2, 1, null]);

      const diff = await t.api.call('diffServiceVersions', { token: opdAdmin, params: { serviceId: 'izin-keramaian' }, query: { from: 1, to: 2 } });
      assert.equal(diff.status, 200, diff.text);
      assert.deepEqual(diff.body, {
        from: 1,
        to: 2,
        truncated: false,
        changes: [
          { op: 'changed', pointer: '/summary/id', before: 'Izin untuk acara yang mengumpulkan orang banyak.', after: 'Izin untuk pawai, konser dan acara besar lainnya.' },
          { op: 'added', pointer: '/form/steps/0/fields/2', after: { name: 'lokasi', type: 'text', label: { id: 'Lokasi' } } },
        ],
      });
      assert.deepEqual(toDraft.body.changes, diff.body.changes, 'the draft compared before it was published');
      assert.equal((await t.api.call('diffServiceVersions', { token: opdAdmin, params: { serviceId: 'izin-keramaian' }, query: { from: 1, to: 3 } })).status, 404);
    });

    it('retires: out of the catalogue, new applications refused, existing ones continue', async () => {
      const retired = await t.api.call('retireService', { token: opdAdmin, params: { serviceId: 'izin-keramaian' }, json: { note: 'Digabung ke layanan perizinan acara.' } });
      assert.equal(retired.status, 200, retired.text);
      assert.equal(retired.body.state, 'retired');
      assert.equal(retired.body.currentVersion, 2);
      const again = await t.api.call('retireService', { token: opdAdmin, params: { serviceId: 'izin-keramaian' }, json: { note: 'Lagi' } });
      assert.equal(again.status, 409);

      assert.equal((await t.api.call('getService', { params: { serviceId: 'izin-keramaian' } })).status, 404);
      const listed = await t.api.call('listServices', { query: { q: 'keramaian' } });
      assert.deepEqual(listed.body.data, []);
      const siti = await t.api.token(SITI);
      const refused = await t.api.submit(siti, { serviceId: 'izin-keramaian', answers: { nama_acara: 'Konser', jumlah_peserta: 10 } });
      assert.equal(refused.status, 409);
      assert.equal(refused.body.code, 'service.retired');

      // The application made before goes on: the citizen reads and tracks it, the officer processes it.
      const application = await t.api.call('getApplication', { token: siti, params: { applicationId } });
      assert.equal(application.status, 200);
      assert.equal((await t.api.call('trackApplication', { params: { trackingCode: application.body.trackingCode } })).status, 200);
      const officer = await t.api.token(officerOf(OPD));
      assert.equal((await t.api.call('transitionApplication', { token: officer, params: { applicationId }, json: { to: 'verifying' } })).status, 200);
      const moved = await t.api.call('transitionApplication', { token: officer, params: { applicationId }, json: { to: 'needs_revision', note: 'Lampirkan rute pawai.' } });
      assert.equal(moved.status, 200, moved.text);
      const revised = await t.api.call('resubmitApplication', { token: siti, params: { applicationId }, json: { answers: { nama_acara: 'Pawai Budaya Kediri', jumlah_peserta: 300 } } });
      assert.equal(revised.status, 200, revised.text);
      assert.equal(revised.body.serviceVersion, 1);
    });

    it('brings a retired service back by publishing a new version', async () => {
      const opened = await t.api.call('createServiceDraft', { token: opdAdmin, params: { serviceId: 'izin-keramaian' }, json: { fromVersion: 2 } });
      const published = await publish('izin-keramaian', opened.body.etag, 'Dibuka kembali.');
      assert.equal(published.status, 201, published.text);
      assert.equal(published.body.version, 3);
      assert.equal((await t.api.call('getService', { params: { serviceId: 'izin-keramaian' } })).body.version, 3);
    });
  });

  describe('the audit log', () => {
    it("gives an OPD admin their OPD's entries, newest first, page by page; the city's admin all of them", async () => {
      const log = await t.api.call('listAuditEntries', { token: opdAdmin, query: { limit: 100 } });
      assert.equal(log.status, 200, log.text);
      const actions = log.body.data.map((e: { action: string }) => e.action);
      assert.equal(actions[0], 'service.published');
      assert.ok(actions.includes('service.retired'));
      assert.ok(actions.includes('service.created'));
      assert.ok(log.body.data.every((e: { agencyId: string }) => e.agencyId === OPD));
      const retiredEntry = log.body.data.find((e: { action: string }) => e.action === 'service.retired');
      assert.deepEqual([retiredEntry.serviceId, retiredEntry.version, retiredEntry.note, retiredEntry.actor.role], ['izin-keramaian', 2, 'Digabung ke layanan perizinan acara.', 'opd_admin']);
      assert.ok(!log.text.includes('Admin DPMPTSP') && !log.text.includes('@demo.padu.id'), 'no names or emails');

      const ids: number[] = [];
      let cursor: string | undefined;
      do {
        const page = await t.api.call('listAuditEntries', { token: opdAdmin, query: { limit: 3, ...(cursor ? { cursor } : {}) } });
        ids.push(...page.body.data.map((e: { id: number }) => e.id));
        cursor = page.body.nextCursor ?? undefined;
      } while (cursor);
      assert.deepEqual(ids, log.body.data.map((e: { id: number }) => e.id));

      const dinsos = await t.api.token(opdAdminOf('dinsos'));
      assert.deepEqual((await t.api.call('listAuditEntries', { token: dinsos })).body.data, []);

      // The city's admin names the OPD of a new service, and reads every OPD's log.
      const admin = await t.api.token(ADMIN);
      const unnamed = await t.api.call('createService', { token: admin, json: { id: 'bantuan-sembako', category: 'sosial', name: { id: 'Bantuan Sembako' } } });
      assert.equal(unnamed.status, 422);
      assert.equal(unnamed.body.errors[0].pointer, '/agencyId');
      const created = await t.api.call('createService', { token: admin, json: { id: 'bantuan-sembako', agencyId: 'dinsos', category: 'sosial', name: { id: 'Bantuan Sembako' } } });
      assert.equal(created.status, 201, created.text);
      const all = await t.api.call('listAuditEntries', { token: admin, query: { limit: 100 } });
      assert.deepEqual([all.body.data[0].action, all.body.data[0].agencyId, all.body.data[0].actor.role], ['service.created', 'dinsos', 'admin']);
      assert.ok(all.body.data.some((e: { agencyId: string }) => e.agencyId === OPD));
      const filtered = await t.api.call('listAuditEntries', { token: admin, query: { agencyId: 'dinsos' } });
      assert.deepEqual(filtered.body.data.map((e: { serviceId: string }) => e.serviceId), ['bantuan-sembako']);
      assert.deepEqual((await t.api.call('listAuditEntries', { token: dinsos })).body.data, filtered.body.data);
      assert.ok(!(await t.api.call('listAuditEntries', { token: opdAdmin, query: { limit: 100 } })).text.includes('bantuan-sembako'));
    });
  });

  describe('seeded services', () => {
    it('lets the OPD admin take over a seeded service; the seed never overwrites a published one', async () => {
      const disdukcapil = await t.api.token(opdAdminOf('disdukcapil'));
      const listed = await t.api.call('listAuthoredServices', { token: disdukcapil, query: { limit: 100 } });
      assert.equal(listed.status, 200, listed.text);
      assert.ok(listed.body.data.length > 0);
      assert.ok(listed.body.data.every((s: { agencyId: string; state: string }) => s.agencyId === 'disdukcapil' && s.state === 'published'));
      const opened = await t.api.call('createServiceDraft', { token: disdukcapil, params: { serviceId: 'akta-kelahiran' }, json: { fromVersion: 1 } });
      assert.equal(opened.status, 201, opened.text);
      const validation = await t.api.call('validateServiceDraft', { token: disdukcapil, params: { serviceId: 'akta-kelahiran' } });
      assert.deepEqual(validation.body, { valid: true, errorCount: 0, errors: [] }, 'every seeded pattern is proven safe');
      const versions = await t.api.call('listServiceVersions', { token: disdukcapil, params: { serviceId: 'akta-kelahiran' } });
      // Published from its file through the authoring API's own publishing: no author, the file as the note.
      assert.deepEqual(
        versions.body.data.map((v: { publishedBy: unknown; changeNote: unknown }) => [v.publishedBy, v.changeNote]),
        [[null, 'Dimuat dari seed/services/akta-kelahiran.yaml']],
      );
      const diff = await t.api.call('diffServiceVersions', { token: disdukcapil, params: { serviceId: 'akta-kelahiran' }, query: { from: 1 } });
      assert.deepEqual(diff.body.changes, []);
    });
  });
});

describe('publishing from the seed files', () => {
  it('makes the same checks as publishing a draft: a file with a catastrophic pattern is refused, and nothing is written', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'padu-seed-publish-'));
    const sqlite = new Database(join(dir, 'padu.sqlite'));
    const db = new Kysely<any>({ dialect: new SqliteDialect({ database: sqlite }) });
    try {
      await migrateToLatest(db);
      await db.insertInto('agencies').values({ id: 'dinsos', code: 'DSO', name: '{"id":"Dinas Sosial"}', short_name: 'Dinsos', kind: 'dinas', sort_key: 'dinsos' }).execute();
      const ajv = createContractAjv(loadContract().document);
      const outbox = new WebhookOutbox({ retryWindowMs: 24 * 3_600_000 });
      const authoring = new AuthoringService(db, new Catalogue(db), componentValidator(ajv, 'Service'), componentValidator(ajv, 'LocalizedText'), outbox);
      const sktm = loadServiceFiles().find((service) => service.id === 'sktm')!;
      const [step, ...steps] = sktm.form.steps;
      const [field, ...fields] = step!.fields;
      const unsafe = { ...sktm, form: { steps: [{ ...step!, fields: [{ ...field!, type: 'text' as const, pattern: '(a|a)*' }, ...fields] }, ...steps] } };
      const problems = await authoring.publishSeed(unsafe, 1, 'f', 'Dimuat dari seed/services/sktm.yaml');
      assert.deepEqual(problems.map((p) => `${p.pointer} ${p.code}`), ['/form/steps/0/fields/0/pattern definition.unsafe_pattern']);
      assert.deepEqual(await db.selectFrom('service_versions').selectAll().execute(), []);
      assert.deepEqual(await authoring.publishSeed(sktm, 1, 'f', 'Dimuat dari seed/services/sktm.yaml'), []);
      assert.deepEqual(await db.selectFrom('services').select(['id', 'current_version']).execute(), [{ id: 'sktm', current_version: 1 }]);
    } finally {
      await db.destroy();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('migration 0005 (service authoring)', () => {
  it('keeps every published service published, with versions from the seed (no author, no note)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'padu-migrate-'));
    const sqlite = new Database(join(dir, 'padu.sqlite'));
    sqlite.pragma('foreign_keys = OFF');
    const db = new Kysely<any>({ dialect: new SqliteDialect({ database: sqlite }) });
    try {
      await migrateTo(db, '0004_openid_connect');
      await db.insertInto('services').values({ id: 'sktm', agency_id: 'dinsos', category: 'sosial', current_version: 2, sort_key: 'sktm', search_text: 'sktm' }).execute();
      for (const version of [1, 2]) {
        await db.insertInto('service_versions').values({ service_id: 'sktm', version, document: '{}', fingerprint: 'f', created_at: '2026-01-01T00:00:00.000Z' }).execute();
      }
      assert.deepEqual(await migrateTo(db, '0005_service_authoring'), ['0005_service_authoring']);
      assert.deepEqual(await db.selectFrom('services').select(['current_version', 'retired_at']).execute(), [{ current_version: 2, retired_at: null }]);
      const versions = await db.selectFrom('service_versions').select(['version', 'change_note', 'published_by', 'published_by_role']).orderBy('version').execute();
      assert.deepEqual(versions, [1, 2].map((version) => ({ version, change_note: null, published_by: null, published_by_role: null })));
      assert.deepEqual(await db.selectFrom('service_drafts').selectAll().execute(), []);
      assert.deepEqual(await db.selectFrom('audit_entries').selectAll().execute(), []);
    } finally {
      await db.destroy();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
