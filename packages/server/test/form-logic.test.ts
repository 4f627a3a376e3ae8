// Form logic v2 at the gateway, over real HTTP and a real SQLite file: conditional fields (required when shown,
// dropped when hidden), a repeating group (each item validated, NIKs masked), the NIK prefilled from the account,
// and seed files that fail loudly when broken.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startTestGateway, BUDI, SITI, officerOf, type TestGateway } from './helpers/harness.ts';
import { pdfBytes } from './helpers/fixtures.ts';
import { loadServiceFiles, SeedFileError, serviceFilesDir } from '../src/db/seed/service-files.ts';

const SITI_NIK = '3571014512900003';

describe('form logic v2 at the gateway', () => {
  let t: TestGateway;
  let siti: string;
  let budi: string;
  const newUpload = async (token: string) => (await t.api.upload(token, pdfBytes(), 'dokumen.pdf')).body.id as string;
  const sktm = async (token: string, extra: Record<string, unknown>) => ({
    nik: '3571022003850001',
    no_kk: '3571020101150004',
    alamat: 'Jl. Mojoroto Gang 3',
    pengantar_kelurahan: await newUpload(token),
    persetujuan_dtsen: true,
    ...extra,
  });
  const storedAnswers = async (id: string) =>
    JSON.parse((await t.gateway.context.db.selectFrom('applications').select('answers').where('id', '=', id).executeTakeFirstOrThrow()).answers);

  before(async () => {
    t = await startTestGateway();
    siti = await t.api.token(SITI);
    budi = await t.api.token(BUDI);
  });
  after(() => t.close());

  it('a conditional field is required once shown, and its answer is dropped while hidden', async () => {
    const shown = await t.api.submit(budi, { serviceId: 'sktm', answers: await sktm(budi, { keperluan: 'lainnya' }) });
    assert.equal(shown.status, 422, shown.text);
    assert.deepEqual(shown.body.errors.map((e: { pointer: string; code: string }) => `${e.pointer} ${e.code}`), ['/answers/keperluan_lainnya required']);

    const answered = await t.api.submit(budi, { serviceId: 'sktm', answers: await sktm(budi, { keperluan: 'lainnya', keperluan_lainnya: '  Syarat beasiswa  ' }) });
    assert.equal(answered.status, 201, answered.text);
    assert.equal(answered.body.answers.keperluan_lainnya, 'Syarat beasiswa');

    // Hidden: even an invalid answer (too long) is neither judged nor stored.
    const hidden = await t.api.submit(budi, { serviceId: 'sktm', answers: await sktm(budi, { keperluan: 'kesehatan', keperluan_lainnya: 'x'.repeat(500) }) });
    assert.equal(hidden.status, 201, hidden.text);
    assert.equal('keperluan_lainnya' in hidden.body.answers, false);
    assert.equal('keperluan_lainnya' in (await storedAnswers(hidden.body.id)), false);
  });

  it('a repeating group: each item validated with its own pointers, stored, NIKs masked, hidden in-item fields dropped', async () => {
    const member = { nama_anggota: 'Ayu Lestari', nik_anggota: '3571 0145 1290 0003', tanggal_lahir_anggota: '1990-12-05', hubungan_keluarga: 'istri' };
    const base = { jenis_permohonan: 'tambah_anggota', alasan: 'Penambahan anggota keluarga baru.' };

    const invalid = await t.api.submit(siti, { serviceId: 'kartu-keluarga', answers: { ...base, anggota_keluarga: [
      member,
      { nama_anggota: 'Bayi', nik_anggota: '1234', tanggal_lahir_anggota: '2999-01-01', hubungan_keluarga: 'lainnya', warna: 'biru' },
    ] } });
    assert.equal(invalid.status, 422, invalid.text);
    assert.deepEqual(invalid.body.errors.map((e: { pointer: string; code: string }) => `${e.pointer} ${e.code}`), [
      '/answers/anggota_keluarga/1/nik_anggota nik.format',
      '/answers/anggota_keluarga/1/tanggal_lahir_anggota date.too_late',
      '/answers/anggota_keluarga/1/hubungan_lainnya required',
      '/answers/anggota_keluarga/1/warna unknown_field',
    ]);

    const tooMany = await t.api.submit(siti, { serviceId: 'kartu-keluarga', answers: { ...base, anggota_keluarga: Array.from({ length: 16 }, () => member) } });
    assert.equal(tooMany.status, 422, tooMany.text);
    assert.deepEqual(tooMany.body.errors.map((e: { pointer: string; code: string }) => `${e.pointer} ${e.code}`), ['/answers/anggota_keluarga group.too_many']);

    const created = await t.api.submit(siti, { serviceId: 'kartu-keluarga', answers: { ...base, anggota_keluarga: [
      member,
      { nama_anggota: 'Bayi Lestari', tanggal_lahir_anggota: '2026-11-30', hubungan_keluarga: 'anak', hubungan_lainnya: 'tersembunyi' },
    ] } });
    assert.equal(created.status, 201, created.text);
    assert.deepEqual(created.body.answers.anggota_keluarga, [
      { ...member, nik_anggota: '3571********0003' },
      { nama_anggota: 'Bayi Lestari', tanggal_lahir_anggota: '2026-11-30', hubungan_keluarga: 'anak' },
    ]);
    assert.ok(!created.text.includes(SITI_NIK));
    const stored = await storedAnswers(created.body.id);
    assert.equal(stored.anggota_keluarga[0].nik_anggota, SITI_NIK, 'stored normalised, in full');
    assert.equal('hubungan_lainnya' in stored.anggota_keluarga[1], false, 'hidden in its item: dropped');

    // The officer of the OPD sees each item (masked too).
    const officer = await t.api.token(officerOf('disdukcapil'));
    const seen = await t.api.call('getApplication', { token: officer, params: { applicationId: created.body.id } });
    assert.equal(seen.status, 200);
    assert.equal(seen.body.answers.anggota_keluarga.length, 2);
    assert.equal(seen.body.answers.anggota_keluarga[0].nik_anggota, '3571********0003');

    // The whole group is hidden for a change of details: its answer is dropped.
    const change = await t.api.submit(siti, { serviceId: 'kartu-keluarga', answers: { jenis_permohonan: 'perubahan_data', no_kk: '3571010101200002', alasan: 'Perubahan alamat keluarga.', anggota_keluarga: [{ nama_anggota: 'X' }] } });
    assert.equal(change.status, 201, change.text);
    assert.equal('anggota_keluarga' in (await storedAnswers(change.body.id)), false);
  });

  it('a revision keeps a group whose NIKs the citizen only sees masked, and drops it once the answers hide it', async () => {
    const member = { nama_anggota: 'Ayu Lestari', nik_anggota: SITI_NIK, tanggal_lahir_anggota: '1990-12-05', hubungan_keluarga: 'istri' };
    const created = await t.api.submit(siti, { serviceId: 'kartu-keluarga', answers: { jenis_permohonan: 'baru', alasan: 'Keluarga baru menikah.', anggota_keluarga: [member] } });
    assert.equal(created.status, 201, created.text);
    const params = { applicationId: created.body.id };
    const officer = await t.api.token(officerOf('disdukcapil'));
    const returnIt = async () => {
      for (const json of [{ to: 'verifying' }, { to: 'needs_revision', note: 'Mohon lengkapi keterangan.' }]) {
        assert.equal((await t.api.call('transitionApplication', { token: officer, params, json })).status, 200);
      }
    };
    await returnIt();
    // The masked NIK cannot come back: sent as shown, it is refused where it sits.
    const shown = created.body.answers;
    const masked = await t.api.call('resubmitApplication', { token: siti, params, json: { answers: shown } });
    assert.equal(masked.status, 422, masked.text);
    assert.deepEqual(masked.body.errors.map((e: { pointer: string; code: string }) => `${e.pointer} ${e.code}`), ['/answers/anggota_keluarga/0/nik_anggota nik.format']);

    const { anggota_keluarga: _shownGroup, ...rest } = shown;
    const kept = await t.api.call('resubmitApplication', { token: siti, params, json: { answers: { ...rest, alasan: 'Keluarga baru menikah, alamat baru.' }, keep: ['anggota_keluarga'] } });
    assert.equal(kept.status, 200, kept.text);
    assert.deepEqual((await storedAnswers(created.body.id)).anggota_keluarga, [member]);

    // Kept, but now hidden by the new answers: dropped, as the browser would.
    await returnIt();
    const hidden = await t.api.call('resubmitApplication', { token: siti, params, json: {
      answers: { jenis_permohonan: 'perubahan_data', no_kk: '3571010101200002', alasan: 'Perubahan alamat keluarga.' }, keep: ['anggota_keluarga'],
    } });
    assert.equal(hidden.status, 200, hidden.text);
    assert.equal('anggota_keluarga' in (await storedAnswers(created.body.id)), false);
  });

  describe('revising a family: each member keeps its stored NIK by its own identity', () => {
    const NIK = { ahmad: '3571012003850004', siti: SITI_NIK, citra: '3571015008100002', dimas: '3571010101150005', dimasNew: '3571010101150006', bayu: '3571012105260007' };
    const family = [
      { nama_anggota: 'Ahmad Fauzi', nik_anggota: NIK.ahmad, tanggal_lahir_anggota: '1985-03-20', hubungan_keluarga: 'kepala_keluarga' },
      { nama_anggota: 'Siti Rahmawati', nik_anggota: NIK.siti, tanggal_lahir_anggota: '1990-12-05', hubungan_keluarga: 'istri' },
      { nama_anggota: 'Citra Ramadhani', nik_anggota: NIK.citra, tanggal_lahir_anggota: '2010-08-10', hubungan_keluarga: 'anak' },
      { nama_anggota: 'Dimas Pratama', nik_anggota: NIK.dimas, tanggal_lahir_anggota: '2015-01-01', hubungan_keluarga: 'anak' },
    ];
    const base = { jenis_permohonan: 'baru', alasan: 'Keluarga baru, pindah dari Kabupaten Kediri.' };
    const codes = (res: { body: { errors: { pointer: string; code: string }[] } }) => res.body.errors.map((e) => `${e.pointer} ${e.code}`);
    let officer: string;
    const transition = async (applicationId: string, json: object) =>
      assert.equal((await t.api.call('transitionApplication', { token: officer, params: { applicationId }, json })).status, 200);
    /** A family card application of `token`'s, returned for a correction; the applicant's view of it. */
    const returned = async (token: string) => {
      const created = await t.api.submit(token, { serviceId: 'kartu-keluarga', answers: { ...base, anggota_keluarga: family } });
      assert.equal(created.status, 201, created.text);
      await transition(created.body.id, { to: 'verifying' });
      await transition(created.body.id, { to: 'needs_revision', note: 'Nama kepala keluarga belum sesuai akta.' });
      const read = await t.api.call('getApplication', { token, params: { applicationId: created.body.id } });
      assert.equal(read.status, 200, read.text);
      return read.body;
    };
    before(async () => {
      officer = await t.api.token(officerOf('disdukcapil'));
    });

    it('one member renamed, one removed, one retyped, one added: the NIKs left untouched stay as stored', async () => {
      const application = await returned(siti);
      const ids: string[] = application.itemIds.anggota_keluarga;
      assert.equal(ids.length, 4);
      assert.equal(new Set(ids).size, 4);
      // What the citizen sees of the members: names as stored, NIKs masked, so they cannot come back.
      const shown = application.answers.anggota_keluarga as Record<string, string>[];
      assert.deepEqual(shown.map((member) => member.nik_anggota), ['3571********0004', '3571********0003', '3571********0002', '3571********0005']);
      const unmasked = ({ nik_anggota: _nik, ...rest }: Record<string, string>) => rest;
      const [ahmad, _siti, citra, dimas] = shown.map(unmasked);

      const revision = {
        answers: {
          ...base,
          anggota_keluarga: [
            { ...ahmad, nama_anggota: 'Ahmad Fauzi Rahman' },
            citra,
            { ...dimas, nik_anggota: NIK.dimasNew },
            { nama_anggota: 'Bayu Saputra', nik_anggota: NIK.bayu, tanggal_lahir_anggota: '2026-05-21', hubungan_keluarga: 'anak' },
          ],
        },
        keep: ['anggota_keluarga/0/nik_anggota', 'anggota_keluarga/1/nik_anggota'],
        items: { anggota_keluarga: [ids[0], ids[2], ids[3], null] },
      };
      const res = await t.api.call('resubmitApplication', { token: siti, params: { applicationId: application.id }, json: revision });
      assert.equal(res.status, 200, res.text);
      assert.equal(res.body.status, 'submitted');
      assert.ok(!res.text.includes(NIK.ahmad) && !res.text.includes(NIK.citra), 'NIKs stay masked in the answer');
      assert.deepEqual((await storedAnswers(application.id)).anggota_keluarga, [
        { ...family[0], nama_anggota: 'Ahmad Fauzi Rahman' },
        family[2],
        { ...family[3], nik_anggota: NIK.dimasNew },
        { nama_anggota: 'Bayu Saputra', nik_anggota: NIK.bayu, tanggal_lahir_anggota: '2026-05-21', hubungan_keluarga: 'anak' },
      ]);
      // New identities once it changed; the officer of the OPD is shown none.
      assert.equal(res.body.itemIds.anggota_keluarga.length, 4);
      assert.ok(res.body.itemIds.anggota_keluarga.every((id: string) => !ids.includes(id)));
      const seen = await t.api.call('getApplication', { token: officer, params: { applicationId: application.id } });
      assert.equal(seen.status, 200);
      assert.equal('itemIds' in seen.body, false);
    });

    it('keep copies nothing from another item, another group, another application or an older read', async () => {
      const application = await returned(siti);
      const params = { applicationId: application.id };
      const ids: string[] = application.itemIds.anggota_keluarga;
      const names = (application.answers.anggota_keluarga as Record<string, string>[]).map(({ nik_anggota: _nik, ...rest }) => rest);
      const resubmit = (json: object) => t.api.call('resubmitApplication', { token: siti, params, json });
      const both = ['anggota_keluarga/0/nik_anggota', 'anggota_keluarga/1/nik_anggota'];

      // Ahmad's NIK into a second item too: one stored item, named twice.
      const twice = await resubmit({ answers: { ...base, anggota_keluarga: [names[0], names[1]] }, keep: both, items: { anggota_keluarga: [ids[0], ids[0]] } });
      assert.equal(twice.status, 422, twice.text);
      assert.deepEqual(codes(twice), ['/items/anggota_keluarga/1 keep.item_repeated']);
      // Into an item added now, which revises nothing stored.
      const fresh = await resubmit({ answers: { ...base, anggota_keluarga: [names[0], names[1]] }, keep: both, items: { anggota_keluarga: [ids[0], null] } });
      assert.equal(fresh.status, 422, fresh.text);
      assert.deepEqual(codes(fresh), ['/keep/1 keep.item_new']);
      // Without `items`, no item is known: keep is never by place.
      const byPlace = await resubmit({ answers: { ...base, anggota_keluarga: [names[0]] }, keep: ['anggota_keluarga/0/nik_anggota'] });
      assert.deepEqual(codes(byPlace), ['/keep/0 keep.item_new']);
      // From the same kind of item of another citizen's application: not one of this application's items.
      const other = await returned(budi);
      const foreign = await resubmit({ answers: { ...base, anggota_keluarga: [names[0]] }, keep: ['anggota_keluarga/0/nik_anggota'], items: { anggota_keluarga: [other.itemIds.anggota_keluarga[0]] } });
      assert.equal(foreign.status, 422, foreign.text);
      assert.deepEqual(codes(foreign), ['/items/anggota_keluarga/0 keep.item_unknown']);
      // Into another field, or from a field the item does not have.
      const elsewhere = await resubmit({ answers: { ...base, anggota_keluarga: [names[0]] }, keep: ['anggota_keluarga/0/nama_anggota_lain', 'no_kk/0/nik_anggota'], items: { anggota_keluarga: [ids[0]] } });
      assert.deepEqual(codes(elsewhere), ['/keep/0 unknown_field', '/keep/1 unknown_field']);
      // The identities in a response must match the group they name, and one entry per item.
      const count = await resubmit({ answers: { ...base, anggota_keluarga: [names[0]] }, items: { anggota_keluarga: ids } });
      assert.deepEqual(codes(count), ['/items/anggota_keluarga keep.items_count']);
      // The schema refuses a keep that is not a name or a field of an item.
      const shape = await resubmit({ answers: { ...base, anggota_keluarga: [names[0]] }, keep: ['anggota_keluarga/../nik'] });
      assert.equal(shape.status, 422, shape.text);
      assert.deepEqual(codes(shape), ['/keep/0 pattern']);

      // Identities read before the last status change name nothing now.
      await resubmit({ answers: { ...base, anggota_keluarga: names }, keep: names.map((_, i) => `anggota_keluarga/${i}/nik_anggota`), items: { anggota_keluarga: ids } }).then((ok) => assert.equal(ok.status, 200, ok.text));
      await transition(application.id, { to: 'verifying' });
      await transition(application.id, { to: 'needs_revision', note: 'Lagi.' });
      const stale = await resubmit({ answers: { ...base, anggota_keluarga: [names[0]] }, keep: ['anggota_keluarga/0/nik_anggota'], items: { anggota_keluarga: [ids[0]] } });
      assert.equal(stale.status, 422, stale.text);
      assert.deepEqual(codes(stale), ['/items/anggota_keluarga/0 keep.item_unknown']);

      // Nothing refused changed anything: every stored NIK is where it was.
      assert.deepEqual((await storedAnswers(application.id)).anggota_keluarga, family);
      assert.deepEqual((await storedAnswers(other.id)).anggota_keluarga, family);
    });
  });

  it('a group answer of the wrong shape is a 422 from the contract, never a 500', async () => {
    for (const anggota_keluarga of ['Ayu', [1, 2], [[]], [{ nama_anggota: { nested: true } }]]) {
      const res = await t.api.submit(siti, { serviceId: 'kartu-keluarga', answers: { jenis_permohonan: 'baru', alasan: 'Keluarga baru menikah.', anggota_keluarga } });
      assert.equal(res.status, 422, `${JSON.stringify(anggota_keluarga)}: ${res.text}`);
    }
  });

  it("fills a `prefill: nik` field left empty with the account's NIK (the browser only sees it masked)", async () => {
    const uploads = { gambar_teknis: await newUpload(siti), bukti_tanah: await newUpload(siti), bukti_pbb: await newUpload(siti) };
    const answers = {
      nama_pemohon: 'Siti Rahayu', telepon: '081234567890', fungsi_bangunan: 'hunian', luas_bangunan: 72, jumlah_lantai: 2,
      alamat_bangunan: 'Jl. Dhoho 12, Kota Kediri', pernyataan_benar: true, ...uploads,
    };
    const res = await t.api.submit(siti, { serviceId: 'pbg', answers });
    assert.equal(res.status, 201, res.text);
    assert.equal(res.body.answers.nik, '3571********0003');
    assert.equal((await storedAnswers(res.body.id)).nik, SITI_NIK);

    // A NIK the citizen types stays theirs (the prefill is not locked).
    const typed = await t.api.submit(siti, { serviceId: 'pbg', answers: { ...answers, nik: '3571022003850001' } });
    assert.equal(typed.status, 201, typed.text);
    assert.equal((await storedAnswers(typed.body.id)).nik, '3571022003850001');

    // Three floors: the structural calculation is asked for, and required.
    const tall = await t.api.submit(siti, { serviceId: 'pbg', answers: { ...answers, jumlah_lantai: 3 } });
    assert.equal(tall.status, 422, tall.text);
    assert.deepEqual(tall.body.errors.map((e: { pointer: string; code: string }) => `${e.pointer} ${e.code}`), ['/answers/perhitungan_struktur required']);

    // A content block takes no answer.
    const content = await t.api.submit(siti, { serviceId: 'pbg', answers: { ...answers, panduan_gambar: 'dibaca' } });
    assert.equal(content.status, 422, content.text);
    assert.deepEqual(content.body.errors.map((e: { pointer: string; code: string }) => `${e.pointer} ${e.code}`), ['/answers/panduan_gambar content.answered']);
  });
});

describe('seeded service files', () => {
  const copyWith = (name: string, edit: (text: string) => string) => {
    const dir = mkdtempSync(join(tmpdir(), 'padu-seed-'));
    writeFileSync(join(dir, name), edit(readFileSync(new URL(name, serviceFilesDir), 'utf8')));
    return { url: pathToFileURL(`${dir}/`), done: () => rmSync(dir, { recursive: true, force: true }) };
  };
  const problemsOf = (dir: URL) => {
    try {
      loadServiceFiles(dir);
    } catch (error) {
      assert.ok(error instanceof SeedFileError, String(error));
      return { file: error.file, problems: error.problems.map((p) => p.pointer) };
    }
    assert.fail('a broken file was accepted');
  };

  it('loads the eight services, three of them with the new logic', () => {
    const services = loadServiceFiles();
    assert.equal(services.length, 8);
    const types = (id: string) => services.find((s) => s.id === id)!.form.steps.flatMap((step) => step.fields.map((f) => f.type));
    assert.ok(types('kartu-keluarga').includes('group'));
    assert.ok(types('pbg').includes('content'));
    assert.ok(services.find((s) => s.id === 'sktm')!.form.steps.some((step) => step.fields.some((f) => f.visibleWhen)));
  });

  it('refuses a file that breaks the schema, with the file and the pointer', () => {
    const copy = copyWith('sktm.yaml', (text) => text.replace('timeFrame:\n    value: 60', 'timeFrame:\n    value: -1'));
    try {
      const { file, problems } = problemsOf(copy.url);
      assert.match(file, /sktm\.yaml$/);
      assert.ok(problems.includes('/standard/timeFrame/value'), problems.join());
    } finally {
      copy.done();
    }
  });

  it('refuses a condition on a later field, with the pointer into the condition', () => {
    const copy = copyWith('sktm.yaml', (text) => text.replace('field: keperluan\n', 'field: persetujuan_dtsen\n'));
    try {
      assert.deepEqual(problemsOf(copy.url).problems, ['/form/steps/0/fields/4/visibleWhen/field']);
    } finally {
      copy.done();
    }
  });

  it('refuses YAML aliases and an id that is not the file name', () => {
    const renamed = copyWith('sktm.yaml', (text) => text.replace('id: sktm\n', 'id: sktm-lain\n'));
    const aliased = copyWith('sktm.yaml', (text) => text.replace('product:\n', 'product: &product\n').replace('legalBasis:\n', 'legalBasis:\n    - *product\n'));
    try {
      assert.deepEqual(problemsOf(renamed.url).problems, ['/id']);
      assert.deepEqual(problemsOf(aliased.url).problems, ['']);
    } finally {
      renamed.done();
      aliased.done();
    }
  });
});
