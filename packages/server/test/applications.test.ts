// Applications: idempotent submission (also under concurrency), validation with the shared rules, listing,
// revision against the service version the application was made with, and cancelling.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { startTestGateway, BUDI, SITI, officerOf, type TestGateway } from './helpers/harness.ts';
import { aktaAnswers, domisiliAnswers, pdfBytes } from './helpers/fixtures.ts';
import { TRACKING_ALPHABET } from '../src/domain/tracking-code.ts';

const CODE = new RegExp(`^KBL-[${TRACKING_ALPHABET}]{4}-[${TRACKING_ALPHABET}]{4}$`);

describe('applications', () => {
  let t: TestGateway;
  let siti: string;
  let budi: string;
  const newUpload = async (token = siti) => (await t.api.upload(token, pdfBytes(), 'pengantar.pdf')).body.id as string;

  before(async () => {
    t = await startTestGateway();
    siti = await t.api.token(SITI);
    budi = await t.api.token(BUDI);
  });
  after(() => t.close());

  it('submits: 201, Location, a readable tracking code, masked NIK, attachments and a due date', async () => {
    const upload = await newUpload();
    const res = await t.api.submit(siti, { serviceId: 'surat-domisili', answers: domisiliAnswers(upload) });
    assert.equal(res.status, 201, res.text);
    assert.equal(res.headers.get('location'), `/api/v1/applications/${res.body.id}`);
    assert.equal(res.headers.get('idempotent-replayed'), 'false');
    assert.match(res.body.trackingCode, CODE);
    assert.equal(res.body.status, 'submitted');
    assert.equal(res.body.serviceVersion, 1);
    assert.equal(res.body.answers.nik, '3571********0003');
    assert.equal(res.body.answers.telepon, '+6281234567890', 'normalised to E.164');
    assert.deepEqual(res.body.attachments.map((a: { id: string }) => a.id), [upload]);
    assert.deepEqual(res.body.history.map((h: { status: string; actor: object; note: null }) => [h.status, h.actor, h.note]), [
      ['submitted', { role: 'citizen', agencyId: null }, null],
    ]);
    assert.equal(Date.parse(res.body.due.dueAt) - Date.parse(res.body.submittedAt), 10 * 60_000, '10 minutes');
    assert.equal(res.body.applicant, null);
    assert.ok(!res.text.includes('3571014512900003'));
  });

  it('replays the same key and body, and refuses the same key with another body', async () => {
    const key = randomUUID();
    const body = { serviceId: 'surat-domisili', answers: domisiliAnswers(await newUpload()) };
    const first = await t.api.submit(siti, body, key);
    // The same body with its keys in another order is the same request.
    const reordered = { answers: Object.fromEntries(Object.entries(body.answers).reverse()), serviceId: body.serviceId };
    const again = await t.api.submit(siti, reordered, key);
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.equal(again.body.id, first.body.id);
    assert.equal(again.body.trackingCode, first.body.trackingCode);
    const other = await t.api.submit(siti, { ...body, answers: { ...body.answers, keperluan: 'Lain lagi' } }, key);
    assert.equal(other.status, 409);
    assert.equal(other.body.code, 'idempotency.key_reused');
    // Keys are per account: Budi may use the same key for his own application.
    const budis = await t.api.submit(budi, { serviceId: 'surat-domisili', answers: domisiliAnswers(await newUpload(budi), { nik: '3571022003850001' }) }, key);
    assert.equal(budis.status, 201);
    assert.notEqual(budis.body.id, first.body.id);
  });

  it('creates one application for concurrent submissions with one key', async () => {
    const key = randomUUID();
    const body = { serviceId: 'surat-domisili', answers: domisiliAnswers(await newUpload()) };
    const before = (await t.gateway.context.db.selectFrom('applications').select('id').execute()).length;
    const responses = await Promise.all(Array.from({ length: 6 }, () => t.api.submit(siti, body, key)));
    assert.ok(responses.every((r) => r.status === 201), responses.map((r) => r.status).join());
    assert.equal(new Set(responses.map((r) => r.body.id)).size, 1);
    assert.equal(responses.filter((r) => r.headers.get('idempotent-replayed') === 'false').length, 1);
    const afterCount = (await t.gateway.context.db.selectFrom('applications').select('id').execute()).length;
    assert.equal(afterCount, before + 1);
  });

  it('requires an Idempotency-Key (400)', async () => {
    const res = await t.api.call('submitApplication', { token: siti, json: { serviceId: 'surat-domisili', answers: {} } });
    assert.equal(res.status, 400);
    assert.equal(res.body.errors[0].params.parameter, 'Idempotency-Key');
  });

  it('lists every invalid answer with pointers and the shared codes (422)', async () => {
    const res = await t.api.submit(siti, {
      serviceId: 'surat-domisili',
      answers: { nik: '3571019913900003', telepon: '12', alamat: '', kelurahan: 'bandar-tengah', rahasia: 'x' },
    });
    assert.equal(res.status, 422);
    assert.deepEqual(
      res.body.errors.map((e: { pointer: string; code: string }) => [e.pointer, e.code]),
      [
        ['/answers/nik', 'nik.month'],
        ['/answers/telepon', 'tel.invalid'],
        ['/answers/alamat', 'required'],
        ['/answers/kelurahan', 'option.invalid'],
        ['/answers/keperluan', 'required'],
        ['/answers/pengantar_rt_rw', 'required'],
        ['/answers/rahasia', 'unknown_field'],
      ],
    );
    assert.equal(res.body.errors[2].message, 'Alamat lengkap wajib diisi.');
    const shape = await t.api.submit(siti, { serviceId: 'surat-domisili', answers: { alamat: { nested: true } } });
    assert.equal(shape.status, 422);
    assert.deepEqual(shape.body.errors.map((e: { pointer: string; code: string }) => [e.pointer, e.code]), [['/answers/alamat', 'type']]);
  });

  it('refuses unverified accounts for services that need a verified one (403)', async () => {
    const res = await t.api.submit(budi, { serviceId: 'akta-kelahiran', answers: {} });
    assert.equal(res.status, 403);
    assert.equal(res.body.code, 'account.unverified');
  });

  it('refuses officers (403) and unknown services (404)', async () => {
    const officer = await t.api.token(officerOf('kelurahan-bandar-lor'));
    const res = await t.api.submit(officer, { serviceId: 'surat-domisili', answers: {} });
    assert.equal(res.status, 403);
    assert.equal((await t.api.submit(siti, { serviceId: 'tidak-ada', answers: {} })).status, 404);
  });

  it('refuses a cursor whose number is not finite with 422 (JSON reads 1e400 as Infinity)', async () => {
    const cursor = Buffer.from('[1e400,"2026-01-01T00:00:00.000Z","x"]').toString('base64url');
    const res = await t.api.call('listMyApplications', { token: siti, query: { cursor } });
    assert.equal(res.status, 422);
    assert.equal(res.body.errors[0].params.parameter, 'cursor');
  });

  it('lists mine: needing action first, then newest; filter by status; paginate', async () => {
    const all = await t.api.call('listMyApplications', { token: siti, query: { limit: 100 } });
    assert.equal(all.status, 200);
    const statuses = all.body.data.map((a: { status: string }) => a.status);
    assert.equal(statuses[0], 'needs_revision');
    assert.equal(statuses.filter((s: string) => s === 'needs_revision').length, 1);
    const rest = all.body.data.slice(1).map((a: { submittedAt: string }) => a.submittedAt);
    assert.deepEqual(rest, [...rest].sort().reverse());
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await t.api.call('listMyApplications', { token: siti, query: { limit: 3, ...(cursor ? { cursor } : {}) } });
      seen.push(...page.body.data.map((a: { id: string }) => a.id));
      cursor = page.body.nextCursor ?? undefined;
    } while (cursor);
    assert.deepEqual(seen, all.body.data.map((a: { id: string }) => a.id));
    const rejected = await t.api.call('listMyApplications', { token: siti, query: { status: 'rejected' } });
    assert.deepEqual(rejected.body.data.map((a: { trackingCode: string }) => a.trackingCode), ['DPM-4XR6-N5JB']);
    const reason = rejected.body.data[0].history.at(-1);
    assert.match(reason.note, /STR/);
    const officerList = await t.api.call('listMyApplications', { token: await t.api.token(officerOf('dinsos')) });
    assert.deepEqual(officerList.body.data, []);
  });

  it('gets one application for its applicant, and the OPD sees the applicant summary', async () => {
    const created = await t.api.submit(siti, { serviceId: 'surat-domisili', answers: domisiliAnswers(await newUpload()) });
    const mine = await t.api.call('getApplication', { token: siti, params: { applicationId: created.body.id } });
    assert.equal(mine.status, 200);
    assert.equal(mine.body.applicant, null);
    const officer = await t.api.token(officerOf('kelurahan-bandar-lor'));
    const theirs = await t.api.call('getApplication', { token: officer, params: { applicationId: created.body.id } });
    assert.deepEqual(theirs.body.applicant, { name: 'Siti Rahmawati', nikMasked: '3571********0003', verified: true });
  });

  it('names the service and the OPD, and answers If-None-Match with 304 per viewer until it changes', async () => {
    const created = await t.api.submit(siti, { serviceId: 'surat-domisili', answers: domisiliAnswers(await newUpload()) });
    const params = { applicationId: created.body.id };
    const first = await t.api.call('getApplication', { token: siti, params });
    assert.equal(first.body.serviceName.id, 'Surat Keterangan Domisili');
    assert.equal(first.body.agencyName.id.includes('Bandar Lor'), true);
    assert.equal(first.headers.get('cache-control'), 'private, no-cache');
    const etag = first.headers.get('etag')!;
    const same = await t.api.call('getApplication', { token: siti, params, headers: { 'if-none-match': etag } });
    assert.equal(same.status, 304);
    const officer = await t.api.token(officerOf('kelurahan-bandar-lor'));
    // The officer's representation carries the applicant, so the applicant's ETag does not match it.
    const theirs = await t.api.call('getApplication', { token: officer, params, headers: { 'if-none-match': etag } });
    assert.equal(theirs.status, 200, `officer got ${theirs.status}; etags ${etag} / ${theirs.headers.get('etag')}`);
    assert.equal((await t.api.call('transitionApplication', { token: officer, params, json: { to: 'verifying' } })).status, 200);
    const changed = await t.api.call('getApplication', { token: siti, params, headers: { 'if-none-match': etag } });
    assert.equal(changed.status, 200);
    assert.equal(changed.body.status, 'verifying');
  });

  it('resubmits after needs_revision, validated against the version it was made with', async () => {
    const { db } = t.gateway.context;
    const seeded = await db.selectFrom('applications').selectAll().where('tracking_code', '=', 'KBL-7KQ4-M2XP').executeTakeFirstOrThrow();
    // The kelurahan publishes version 2 of the form with a new required field.
    const v1 = await db.selectFrom('service_versions').selectAll().where('service_id', '=', 'surat-domisili').executeTakeFirstOrThrow();
    const document = JSON.parse(v1.document);
    document.version = 2;
    document.form.steps[1].fields.push({ name: 'lama_tinggal', type: 'number', label: { id: 'Lama tinggal (tahun)' }, required: true });
    await db.insertInto('service_versions').values({ ...v1, version: 2, document: JSON.stringify(document), fingerprint: 'test' }).execute();
    await db.updateTable('services').set({ current_version: 2 }).where('id', '=', 'surat-domisili').execute();

    const answers = domisiliAnswers(await newUpload(), { keperluan: 'Pembukaan rekening bank' });
    const fresh = await t.api.submit(siti, { serviceId: 'surat-domisili', answers });
    assert.equal(fresh.status, 422, 'new applications use version 2');
    assert.deepEqual(fresh.body.errors.map((e: { pointer: string }) => e.pointer), ['/answers/lama_tinggal']);

    const invalid = await t.api.call('resubmitApplication', { token: siti, params: { applicationId: seeded.id }, json: { answers: { ...answers, alamat: '' } } });
    assert.equal(invalid.status, 422);
    const res = await t.api.call('resubmitApplication', { token: siti, params: { applicationId: seeded.id }, json: { answers } });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.body.status, 'submitted');
    assert.equal(res.body.serviceVersion, 1);
    assert.equal(res.body.answers.keperluan, 'Pembukaan rekening bank');
    assert.deepEqual(res.body.attachments.map((a: { id: string }) => a.id), [answers.pengantar_rt_rw]);
    assert.deepEqual(res.body.history.map((h: { status: string }) => h.status), ['submitted', 'verifying', 'needs_revision', 'submitted']);
    assert.equal(res.body.due.paused, false);

    const again = await t.api.call('resubmitApplication', { token: siti, params: { applicationId: seeded.id }, json: { answers } });
    assert.equal(again.status, 409);
    assert.equal(again.body.code, 'application.not_revisable');
  });

  describe('a revision that leaves masked answers as they are', () => {
    const MASKED = ['no_kk', 'nik_ibu', 'nik_ayah', 'nik_saksi_1', 'nik_saksi_2'];
    /** Siti's akta-kelahiran, returned by Disdukcapil for a correction, as she reads it back (NIK and KK masked). */
    async function returned() {
      const original = aktaAnswers(await newUpload(), await newUpload());
      const created = await t.api.submit(siti, { serviceId: 'akta-kelahiran', answers: original });
      assert.equal(created.status, 201, created.text);
      const params = { applicationId: created.body.id };
      const officer = await t.api.token(officerOf('disdukcapil'));
      for (const json of [{ to: 'verifying' }, { to: 'needs_revision', note: 'Tempat lahir tidak sesuai surat keterangan lahir.' }]) {
        const moved = await t.api.call('transitionApplication', { token: officer, params, json });
        assert.equal(moved.status, 200, moved.text);
      }
      const read = await t.api.call('getApplication', { token: siti, params });
      for (const name of MASKED) assert.match(read.body.answers[name], /^\d{4}\*{8}\d{4}$/, name);
      const stored = async () =>
        JSON.parse((await t.gateway.context.db.selectFrom('applications').select('answers').where('id', '=', created.body.id).executeTakeFirstOrThrow()).answers);
      return { original, params, shown: read.body.answers as Record<string, unknown>, stored };
    }
    const without = (answers: Record<string, unknown>, names: string[]) => Object.fromEntries(Object.entries(answers).filter(([name]) => !names.includes(name)));

    it('changes the one answer given and keeps the stored NIK and No. KK answers named in `keep`', async () => {
      const { original, params, shown, stored } = await returned();
      const answers = { ...without(shown, MASKED), tempat_lahir: 'Kabupaten Kediri' };
      const res = await t.api.call('resubmitApplication', { token: siti, params, json: { answers, keep: MASKED } });
      assert.equal(res.status, 200, res.text);
      assert.equal(res.body.status, 'submitted');
      assert.deepEqual(await stored(), { ...original, tempat_lahir: 'Kabupaten Kediri' }, 'every answer left untouched is the stored one');
      for (const name of MASKED) assert.equal(res.body.answers[name], shown[name], `${name} still masked in the response`);
      assert.ok(!res.text.includes(original.nik_saksi_1!), 'no unmasked NIK in the response');
    });

    it('refuses a mask sent as an answer, a name both kept and answered, and a kept name the form lacks (422); nothing changes', async () => {
      const { original, params, shown, stored } = await returned();
      const mask = await t.api.call('resubmitApplication', { token: siti, params, json: { answers: shown } });
      assert.equal(mask.status, 422, mask.text);
      assert.deepEqual(mask.body.errors.map((e: { pointer: string; code: string }) => `${e.pointer} ${e.code}`), MASKED.map((name) => `/answers/${name} ${name === 'no_kk' ? 'kk' : 'nik'}.format`));
      const both = await t.api.call('resubmitApplication', { token: siti, params, json: { answers: { ...without(shown, MASKED), nik_ibu: original.nik_ibu }, keep: MASKED } });
      assert.equal(both.status, 422, both.text);
      assert.deepEqual(both.body.errors.map((e: { pointer: string; code: string }) => `${e.pointer} ${e.code}`), ['/keep/1 keep.answered']);
      assert.equal(both.body.errors[0].message, 'Isian NIK ibu diisi dan juga diminta tetap seperti semula; pilih salah satu.');
      const unknown = await t.api.call('resubmitApplication', { token: siti, params, json: { answers: without(shown, MASKED), keep: [...MASKED, 'nik_anak'] } });
      assert.equal(unknown.status, 422, unknown.text);
      assert.deepEqual(unknown.body.errors.map((e: { pointer: string; code: string }) => `${e.pointer} ${e.code}`), ['/keep/5 unknown_field']);
      // Without `keep`, the answers are the whole new set, as before: the masked ones are missing.
      const missing = await t.api.call('resubmitApplication', { token: siti, params, json: { answers: without(shown, MASKED) } });
      assert.equal(missing.status, 422);
      assert.deepEqual(missing.body.errors.map((e: { pointer: string }) => e.pointer), ['/answers/no_kk', '/answers/nik_ibu', '/answers/nik_saksi_1', '/answers/nik_saksi_2']);
      assert.deepEqual(await stored(), original);
      assert.equal((await t.api.call('getApplication', { token: siti, params })).body.status, 'needs_revision');
    });
  });

  it('cancels while the state machine allows it, with an optional reason', async () => {
    const created = await t.api.submit(budi, { serviceId: 'sktm', answers: {
      nik: '3571022003850001', no_kk: '3571020101150004', alamat: 'Jl. Mojoroto Gang 3', keperluan: 'kesehatan',
      pengantar_kelurahan: await newUpload(budi), persetujuan_dtsen: true,
    } });
    assert.equal(created.status, 201, created.text);
    const cancelled = await t.api.call('cancelApplication', { token: budi, params: { applicationId: created.body.id }, json: { reason: 'Sudah tidak diperlukan.' } });
    assert.equal(cancelled.status, 200);
    assert.equal(cancelled.body.status, 'cancelled');
    assert.deepEqual(cancelled.body.history.at(-1).actor, { role: 'citizen', agencyId: null });
    assert.equal(cancelled.body.history.at(-1).note, 'Sudah tidak diperlukan.');
    // An empty body with a JSON content type is no body (the reason is optional).
    const twice = await t.api.call('cancelApplication', { token: budi, params: { applicationId: created.body.id }, rawBody: '', contentType: 'application/json' });
    assert.equal(twice.status, 409);
    assert.equal(twice.body.code, 'transition.not_allowed');

    // In process is too late for the citizen.
    const { db } = t.gateway.context;
    const completed = await db.selectFrom('applications').select('id').where('tracking_code', '=', 'DSO-9HT3-QW8E').executeTakeFirstOrThrow();
    const late = await t.api.call('cancelApplication', { token: siti, params: { applicationId: completed.id } });
    assert.equal(late.status, 409);
  });
});
