// The officer console: the OPD's own queue, oldest due first, and transitions only along the shared state
// machine, recorded with role and OPD but never the officer's identity.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestGateway, BUDI, SITI, officerOf, opdAdminOf, type TestGateway } from './helpers/harness.ts';
import { domisiliAnswers, pdfBytes } from './helpers/fixtures.ts';

describe('officer', () => {
  let t: TestGateway;
  let kelurahan: string;
  let disdukcapil: string;
  let siti: string;

  before(async () => {
    t = await startTestGateway();
    kelurahan = await t.api.token(officerOf('kelurahan-bandar-lor'));
    disdukcapil = await t.api.token(officerOf('disdukcapil'));
    siti = await t.api.token(SITI);
  });
  after(() => t.close());

  const submitDomisili = async () => {
    const upload = await t.api.upload(siti, pdfBytes(), 'pengantar.pdf');
    const res = await t.api.submit(siti, { serviceId: 'surat-domisili', answers: domisiliAnswers(upload.body.id) });
    assert.equal(res.status, 201, res.text);
    return res.body as { id: string; trackingCode: string };
  };

  it("shows only the officer's own OPD, with the applicant's masked identity", async () => {
    const queue = await t.api.call('listAgencyApplications', { token: disdukcapil });
    assert.equal(queue.status, 200);
    assert.deepEqual(queue.body.data.map((a: { trackingCode: string }) => a.trackingCode).sort(), ['DKC-7KQ4-M2XP', 'DKC-8MVC-3F7A']);
    assert.ok(queue.body.data.every((a: { agencyId: string }) => a.agencyId === 'disdukcapil'));
    assert.deepEqual(queue.body.data[0].applicant, { name: 'Siti Rahmawati', nikMasked: '3571********0003', verified: true });
    assert.ok(!queue.text.includes('3571014512900003'), 'no full NIK, not even in answers');
  });

  it('orders the queue by due date, oldest first; paused and finished last', async () => {
    await submitDomisili();
    await submitDomisili();
    const queue = await t.api.call('listAgencyApplications', { token: kelurahan, query: { limit: 100 } });
    const due = queue.body.data.map((a: { due: { dueAt: string | null } }) => a.due.dueAt);
    const dated = due.filter((d: string | null) => d !== null);
    assert.deepEqual(dated, [...dated].sort());
    assert.equal(due.at(-1), null, 'the seeded needs_revision application (paused) comes last');
    assert.equal(queue.body.data.at(-1).status, 'needs_revision');

    const paged: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await t.api.call('listAgencyApplications', { token: kelurahan, query: { limit: 1, ...(cursor ? { cursor } : {}) } });
      paged.push(...page.body.data.map((a: { id: string }) => a.id));
      cursor = page.body.nextCursor ?? undefined;
    } while (cursor);
    assert.deepEqual(paged, queue.body.data.map((a: { id: string }) => a.id));

    const filtered = await t.api.call('listAgencyApplications', { token: kelurahan, query: { status: 'needs_revision' } });
    assert.deepEqual(filtered.body.data.map((a: { trackingCode: string }) => a.trackingCode), ['KBL-7KQ4-M2XP']);
  });

  it('moves an application along the allowed transitions, recording role and OPD only', async () => {
    const app = await submitDomisili();
    const move = (to: string, note?: string) =>
      t.api.call('transitionApplication', { token: kelurahan, params: { applicationId: app.id }, json: note ? { to, note } : { to } });
    assert.equal((await move('verifying')).status, 200);
    assert.equal((await move('in_process')).status, 200);
    const done = await move('completed', 'Surat sudah ditandatangani Lurah.');
    assert.equal(done.status, 200);
    assert.equal(done.body.status, 'completed');
    assert.deepEqual(done.body.history.at(-1).actor, { role: 'officer', agencyId: 'kelurahan-bandar-lor' });
    assert.deepEqual(done.body.applicant, { name: 'Siti Rahmawati', nikMasked: '3571********0003', verified: true });
    const officerId = (await t.api.call('getCurrentUser', { token: kelurahan })).body.id;
    assert.ok(!done.text.includes(officerId), "the officer's identity is not in the response");
    assert.ok(!done.text.includes('Petugas'));
    // The due date stops at a final status.
    assert.equal(done.body.due.paused, false);
  });

  it('refuses transitions the state machine does not allow (409) and a missing note (422)', async () => {
    const app = await submitDomisili();
    const params = { applicationId: app.id };
    const skip = await t.api.call('transitionApplication', { token: kelurahan, params, json: { to: 'completed' } });
    assert.equal(skip.status, 409);
    assert.equal(skip.body.code, 'transition.not_allowed');
    assert.equal(skip.body.detail, 'Permohonan berstatus Diajukan tidak dapat diubah menjadi Selesai.');
    const citizenEdge = await t.api.call('transitionApplication', { token: kelurahan, params, json: { to: 'submitted' } });
    assert.equal(citizenEdge.status, 409);
    const reject = await t.api.call('transitionApplication', { token: kelurahan, params, json: { to: 'rejected', note: '   ' } });
    assert.equal(reject.status, 422);
    assert.deepEqual(reject.body.errors.map((e: { pointer: string; code: string }) => [e.pointer, e.code]), [['/note', 'transition.note_required']]);
    await t.api.call('transitionApplication', { token: kelurahan, params, json: { to: 'verifying' } });
    const revision = await t.api.call('transitionApplication', { token: kelurahan, params, json: { to: 'needs_revision' } });
    assert.equal(revision.status, 422);
    const withNote = await t.api.call('transitionApplication', { token: kelurahan, params, json: { to: 'needs_revision', note: 'Unggah ulang surat pengantar yang jelas.' } });
    assert.equal(withNote.status, 200);
    assert.deepEqual([withNote.body.due.dueAt, withNote.body.due.paused, withNote.body.due.reason], [null, true, 'paused']);
    const odd = await t.api.call('transitionApplication', { token: kelurahan, params, json: { to: 'diproses' } });
    assert.equal(odd.status, 422);
  });

  it('refuses citizens (403) and officers of another OPD (404)', async () => {
    const app = await submitDomisili();
    const asCitizen = await t.api.call('transitionApplication', { token: siti, params: { applicationId: app.id }, json: { to: 'verifying' } });
    assert.equal(asCitizen.status, 403);
    assert.equal((await t.api.call('listAgencyApplications', { token: siti })).status, 403);
    const otherOpd = await t.api.call('transitionApplication', { token: disdukcapil, params: { applicationId: app.id }, json: { to: 'verifying' } });
    assert.equal(otherOpd.status, 404);
    const unchanged = await t.api.call('getApplication', { token: siti, params: { applicationId: app.id } });
    assert.equal(unchanged.body.status, 'submitted');
  });

  it("verifies an applicant's identity on the evidence seen, once, with an entry in the OPD's audit log", async () => {
    const budi = await t.api.token(BUDI);
    const upload = await t.api.upload(budi, pdfBytes(), 'pengantar.pdf');
    const submitted = await t.api.submit(budi, { serviceId: 'surat-domisili', answers: domisiliAnswers(upload.body.id, { nik: '3571022003850001' }) });
    assert.equal(submitted.status, 201, submitted.text);
    const applicationId = submitted.body.id as string;
    assert.equal((await t.api.call('getCurrentUser', { token: budi })).body.verified, false);

    // The applicant cannot verify themself; an officer of another OPD sees no such application.
    assert.equal((await t.api.call('verifyApplicant', { token: budi, params: { applicationId }, json: { evidence: 'ktp_el' } })).status, 403);
    assert.equal((await t.api.call('verifyApplicant', { token: disdukcapil, params: { applicationId }, json: { evidence: 'ktp_el' } })).status, 404);
    assert.equal((await t.api.call('getCurrentUser', { token: budi })).body.verified, false);

    const verified = await t.api.call('verifyApplicant', { token: kelurahan, params: { applicationId }, json: { evidence: 'ktp_el' } });
    assert.equal(verified.status, 200, verified.text);
    assert.equal(verified.body.applicant.verified, true);
    assert.equal((await t.api.call('getCurrentUser', { token: budi })).body.verified, true);
    const again = await t.api.call('verifyApplicant', { token: kelurahan, params: { applicationId }, json: { evidence: 'kartu_keluarga' } });
    assert.equal(again.status, 409);
    assert.equal(again.body.code, 'applicant.already_verified');

    const officerId = (await t.api.call('getCurrentUser', { token: kelurahan })).body.id;
    const log = await t.api.call('listAuditEntries', { token: await t.api.token(opdAdminOf('kelurahan-bandar-lor')) });
    const entry = log.body.data.find((e: { action: string }) => e.action === 'applicant.verified');
    assert.deepEqual(
      [entry.actor, entry.agencyId, entry.serviceId, entry.applicationId, entry.evidence],
      [{ userId: officerId, role: 'officer' }, 'kelurahan-bandar-lor', 'surat-domisili', applicationId, 'ktp_el'],
    );
    assert.ok(!log.text.includes('3571022003850001') && !log.text.includes('Budi'), 'no NIK or name in the log');
  });
});
