// Uploads: typed by content, size-limited, hashed, stored under random names, owned, downloadable only by the
// owner and the OPD that received them, and swept when unused.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_UPLOAD_BYTES } from '../src/config.ts';
import { startTestGateway, BUDI, SITI, officerOf, type TestGateway } from './helpers/harness.ts';
import { domisiliAnswers, exeBytes, jpegBytes, pdfBytes, pdfOfSize, pngBytes } from './helpers/fixtures.ts';

describe('uploads', () => {
  let t: TestGateway;
  let siti: string;
  before(async () => {
    t = await startTestGateway();
    siti = await t.api.token(SITI);
  });
  after(() => t.close());

  it('stores PDF, JPEG and PNG, typed by content and hashed', async () => {
    for (const [bytes, name, type] of [
      [pdfBytes(), 'surat.pdf', 'application/pdf'],
      [jpegBytes(), 'foto.jpg', 'image/jpeg'],
      // The name lies (".pdf"), the content is a PNG: the content wins.
      [pngBytes(), 'foto-dari-hp.pdf', 'image/png'],
    ] as const) {
      const res = await t.api.upload(siti, bytes, name);
      assert.equal(res.status, 201, res.text);
      assert.equal(res.body.mimeType, type);
      assert.equal(res.body.bytes, bytes.length);
      assert.equal(res.body.sha256, createHash('sha256').update(bytes).digest('hex'));
      assert.equal(res.body.fileName, name);
      assert.ok(Date.parse(res.body.expiresAt) - Date.parse(res.body.createdAt) === 24 * 3600 * 1000);
    }
  });

  it('never uses the client file name on disk', async () => {
    const res = await t.api.upload(siti, pdfBytes(), '../../etc/passwd.pdf');
    assert.equal(res.status, 201);
    assert.equal(res.body.fileName, 'passwd.pdf');
    const names = await readdir(join(t.dataDir, 'uploads'));
    assert.ok(names.every((name) => /^[0-9a-f]{32}$/.test(name)), names.join(','));
  });

  it('refuses an executable renamed to .pdf with 415', async () => {
    const res = await t.api.upload(siti, exeBytes(), 'surat-keterangan.pdf', 'application/pdf');
    assert.equal(res.status, 415);
    assert.equal(res.body.code, 'unsupported_media_type');
    const text = await t.api.upload(siti, new TextEncoder().encode('hanya teks biasa'), 'catatan.pdf', 'application/pdf');
    assert.equal(text.status, 415);
  });

  it('refuses a file over the limit with 413 and keeps nothing of it', async () => {
    const before = (await readdir(join(t.dataDir, 'uploads'))).length;
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 1);
    big.set(pdfBytes());
    const res = await t.api.upload(siti, big, 'besar.pdf');
    assert.equal(res.status, 413);
    assert.equal(res.body.code, 'payload_too_large');
    assert.equal((await readdir(join(t.dataDir, 'uploads'))).length, before);
  });

  it('refuses an empty request, an empty file and extra parts with 422', async () => {
    const form = new FormData();
    form.append('catatan', 'bukan berkas');
    const noFile = await t.api.call('createUpload', { token: siti, rawBody: form });
    assert.equal(noFile.status, 422);
    assert.deepEqual(noFile.body.errors.map((e: { pointer: string; code: string }) => [e.pointer, e.code]), [
      ['/catatan', 'unknown_field'],
      ['/file', 'required'],
    ]);
    const empty = await t.api.upload(siti, new Uint8Array(0), 'kosong.pdf');
    assert.equal(empty.status, 422);
    assert.equal(empty.body.errors[0].code, 'file.invalid');
  });

  it('refuses malformed multipart with 400', async () => {
    const cut = '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4 terpotong';
    for (const [contentType, body] of [
      ['multipart/form-data; boundary=xyz', 'bukan multipart'],
      ['multipart/form-data', 'tanpa boundary'],
      ['multipart/form-data; boundary=xyz', cut],
    ]) {
      const res = await t.api.call('createUpload', { token: siti, rawBody: body, contentType });
      assert.equal(res.status, 400, `${contentType}: ${res.text}`);
    }
    assert.ok((await readdir(join(t.dataDir, 'uploads'))).every((name) => !name.startsWith('.')), 'no temporary file left');
  });

  it('downloads as an attachment for the owner only, and for the OPD once an application uses it', async () => {
    const upload = await t.api.upload(siti, pdfBytes(), 'pengantar RT-RW Pak Ñoman.pdf');
    const params = { uploadId: upload.body.id };
    const own = await t.api.call('getUploadContent', { token: siti, params });
    assert.equal(own.status, 200);
    assert.equal(own.headers.get('content-type'), 'application/pdf');
    assert.equal(
      own.headers.get('content-disposition'),
      `attachment; filename="pengantar RT-RW Pak _oman.pdf"; filename*=UTF-8''pengantar%20RT-RW%20Pak%20%C3%91oman.pdf`,
    );
    assert.equal(own.text, new TextDecoder().decode(pdfBytes()));

    const budi = await t.api.token(BUDI);
    const kelurahan = await t.api.token(officerOf('kelurahan-bandar-lor'));
    const dinsos = await t.api.token(officerOf('dinsos'));
    assert.equal((await t.api.call('getUploadContent', { token: budi, params })).status, 404);
    assert.equal((await t.api.call('getUploadContent', { token: kelurahan, params })).status, 404, 'not before it is used');

    const submitted = await t.api.submit(siti, { serviceId: 'surat-domisili', answers: domisiliAnswers(upload.body.id) });
    assert.equal(submitted.status, 201, submitted.text);
    assert.equal(submitted.body.attachments[0].expiresAt, null, 'used uploads do not expire');
    assert.equal((await t.api.call('getUploadContent', { token: kelurahan, params })).status, 200);
    assert.equal((await t.api.call('getUploadContent', { token: dinsos, params })).status, 404);
    assert.equal((await t.api.call('getUploadContent', { token: budi, params })).status, 404);
  });

  it("refuses someone else's upload in answers (422 file.not_found)", async () => {
    const budi = await t.api.token(BUDI);
    const sitisUpload = await t.api.upload(siti, pdfBytes(), 'milik-siti.pdf');
    const res = await t.api.submit(budi, { serviceId: 'surat-domisili', answers: domisiliAnswers(sitisUpload.body.id, { nik: '3571022003850001' }) });
    assert.equal(res.status, 422);
    assert.deepEqual(res.body.errors.map((e: { pointer: string; code: string }) => [e.pointer, e.code]), [['/answers/pengantar_rt_rw', 'file.not_found']]);
  });

  it("checks a field's accepted types and size at submission", async () => {
    const jpeg = await t.api.upload(siti, jpegBytes(), 'surat.jpg');
    const big = await t.api.upload(siti, pdfOfSize(2 * 1024 * 1024 + 10), 'besar.pdf');
    const res = await t.api.submit(siti, {
      serviceId: 'izin-praktik-nakes',
      answers: { pas_foto: (await t.api.upload(siti, pdfBytes(), 'foto.pdf')).body.id, str: big.body.id, surat_permohonan: jpeg.body.id },
    });
    assert.equal(res.status, 422);
    const codes = Object.fromEntries(res.body.errors.map((e: { pointer: string; code: string }) => [e.pointer, e.code]));
    assert.equal(codes['/answers/pas_foto'], 'file.type');
    assert.equal(codes['/answers/str'], 'file.too_large');
    assert.equal(codes['/answers/surat_permohonan'], undefined, 'JPEG is accepted there');
  });
});

describe('upload expiry', () => {
  let t: TestGateway;
  before(async () => {
    t = await startTestGateway({ limits: { uploadTtlSeconds: 1 } });
  });
  after(() => t.close());

  it('sweeps unused uploads after their lifetime, and expired ones cannot be used', async () => {
    const siti = await t.api.token(SITI);
    const upload = await t.api.upload(siti, pdfBytes(), 'sementara.pdf');
    const row = await t.gateway.context.db.selectFrom('uploads').selectAll().where('id', '=', upload.body.id).executeTakeFirstOrThrow();
    const path = t.gateway.context.uploads.pathOf(row);
    assert.ok(await stat(path));
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const late = await t.api.submit(siti, { serviceId: 'surat-domisili', answers: domisiliAnswers(upload.body.id) });
    assert.equal(late.status, 422);
    assert.equal(late.body.errors[0].code, 'file.not_found');
    assert.equal((await t.api.call('getUploadContent', { token: siti, params: { uploadId: upload.body.id } })).status, 404);
    assert.equal(await t.gateway.context.uploads.sweep(), 1);
    await assert.rejects(stat(path));
    // The seeded applications' documents are in use and stay.
    const kept = await t.gateway.context.db.selectFrom('uploads').select('id').execute();
    assert.equal(kept.length, 9);
  });
});
