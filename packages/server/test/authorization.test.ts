// Authorisation on every read and write: the applicant, or an officer of the owning OPD; anyone else gets 404,
// and anonymous callers reach only the public operations.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { operations } from '@padu/contract';
import { startTestGateway, BUDI, SITI, officerOf, type OperationId, type TestGateway } from './helpers/harness.ts';
import { domisiliAnswers, pdfBytes } from './helpers/fixtures.ts';
import { readEventStream } from './helpers/sse.ts';

const SOME_UUID = '0f8c2a8e-6a4c-4b57-9a0e-2c1d3b4a5f60';

describe('authorisation', () => {
  let t: TestGateway;
  before(async () => {
    t = await startTestGateway();
  });
  after(() => t.close());

  it('answers 401 to every secured operation called without a token', async () => {
    const secured = (Object.keys(operations) as OperationId[]).filter((id) => operations[id].authenticated);
    assert.ok(secured.length >= 12);
    for (const id of secured) {
      const params = { applicationId: SOME_UUID, uploadId: SOME_UUID, sessionId: SOME_UUID };
      const res = await t.api.call(id, { params, json: operations[id].method === 'POST' ? {} : undefined, headers: { 'idempotency-key': 'kunci-uji-12345' } });
      assert.equal(res.status, 401, `${id}: ${res.status}`);
      assert.equal(res.body.code, 'unauthorized');
    }
  });

  it('lets anonymous callers use every public read', async () => {
    const publicReads = (Object.keys(operations) as OperationId[]).filter((id) => !operations[id].authenticated && operations[id].method === 'GET');
    const params = { agencyId: 'disdukcapil', serviceId: 'sktm', trackingCode: 'DSO-9HT3-QW8E' };
    for (const id of publicReads) {
      if (id === 'streamTrackingEvents') {
        const stream = await readEventStream(t.api.urlOf(id, params));
        assert.equal(stream.status, 200);
        await stream.close();
        continue;
      }
      const res = await t.api.call(id, { params });
      assert.equal(res.status, 200, `${id}: ${res.text.slice(0, 200)}`);
    }
  });

  it("keeps one citizen out of another's applications and uploads (404 everywhere)", async () => {
    const budi = await t.api.token(BUDI);
    const siti = await t.api.token(SITI);
    const upload = await t.api.upload(budi, pdfBytes(), 'pengantar-budi.pdf');
    const created = await t.api.submit(budi, { serviceId: 'surat-domisili', answers: domisiliAnswers(upload.body.id, { nik: '3571022003850001' }) });
    assert.equal(created.status, 201);
    const params = { applicationId: created.body.id };

    assert.equal((await t.api.call('getApplication', { token: siti, params })).status, 404);
    assert.equal((await t.api.call('resubmitApplication', { token: siti, params, json: { answers: {} } })).status, 404);
    assert.equal((await t.api.call('cancelApplication', { token: siti, params })).status, 404);
    assert.equal((await t.api.call('streamApplicationEvents', { token: siti, params })).status, 404);
    assert.equal((await t.api.call('getUploadContent', { token: siti, params: { uploadId: upload.body.id } })).status, 404);
    const sitisList = await t.api.call('listMyApplications', { token: siti, query: { limit: 100 } });
    assert.ok(!sitisList.body.data.some((a: { id: string }) => a.id === created.body.id));

    // And the other way round, with Siti's seeded application in needs_revision.
    const seeded = await t.gateway.context.db.selectFrom('applications').select('id').where('tracking_code', '=', 'KBL-7KQ4-M2XP').executeTakeFirstOrThrow();
    assert.equal((await t.api.call('getApplication', { token: budi, params: { applicationId: seeded.id } })).status, 404);
    assert.equal((await t.api.call('resubmitApplication', { token: budi, params: { applicationId: seeded.id }, json: { answers: {} } })).status, 404);
    assert.equal((await t.api.call('cancelApplication', { token: budi, params: { applicationId: seeded.id } })).status, 404);
    // Still untouched.
    assert.equal((await t.api.call('getApplication', { token: siti, params: { applicationId: seeded.id } })).body.status, 'needs_revision');
  });

  it("keeps an officer out of another OPD's applications and uploads (404 everywhere)", async () => {
    const dinsos = await t.api.token(officerOf('dinsos'));
    const kelurahan = await t.api.token(officerOf('kelurahan-bandar-lor'));
    const { db } = t.gateway.context;
    const seeded = await db.selectFrom('applications').select('id').where('tracking_code', '=', 'KBL-7KQ4-M2XP').executeTakeFirstOrThrow();
    const attachment = await db.selectFrom('application_uploads').select('upload_id').where('application_id', '=', seeded.id).executeTakeFirstOrThrow();
    const params = { applicationId: seeded.id };

    assert.equal((await t.api.call('getApplication', { token: dinsos, params })).status, 404);
    assert.equal((await t.api.call('transitionApplication', { token: dinsos, params, json: { to: 'cancelled', note: 'Coba-coba' } })).status, 404);
    assert.equal((await t.api.call('streamApplicationEvents', { token: dinsos, params })).status, 404);
    assert.equal((await t.api.call('getUploadContent', { token: dinsos, params: { uploadId: attachment.upload_id } })).status, 404);
    const queue = await t.api.call('listAgencyApplications', { token: dinsos, query: { limit: 100 } });
    assert.ok(queue.body.data.every((a: { agencyId: string }) => a.agencyId === 'dinsos'));

    // The owning OPD reads all of it.
    assert.equal((await t.api.call('getApplication', { token: kelurahan, params })).status, 200);
    assert.equal((await t.api.call('getUploadContent', { token: kelurahan, params: { uploadId: attachment.upload_id } })).status, 200);
    // Officers cannot act as the applicant.
    assert.equal((await t.api.call('resubmitApplication', { token: kelurahan, params, json: { answers: {} } })).status, 404);
    assert.equal((await t.api.call('cancelApplication', { token: kelurahan, params })).status, 404);
  });
});
