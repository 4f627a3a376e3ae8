// Authorisation on every read and write: the applicant, or an officer of the owning OPD; anyone else gets 404,
// and anonymous callers reach only the public operations. Authoring is for OPD admins (their own OPD's services:
// another OPD's are 404) and the city's admin; citizens and officers get 403. The same for managing an OPD's
// officers and its webhook endpoints: another OPD's accounts and endpoints are 404.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { operations } from '@padu/contract';
import { startTestGateway, ADMIN, BUDI, SITI, officerOf, opdAdminOf, type CallOptions, type OperationId, type TestGateway } from './helpers/harness.ts';
import { domisiliAnswers, pdfBytes } from './helpers/fixtures.ts';
import { demoAccounts } from '../src/db/seed/demo.ts';
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
      const params = { applicationId: SOME_UUID, uploadId: SOME_UUID, sessionId: SOME_UUID, userId: SOME_UUID, serviceId: 'pbg', endpointId: SOME_UUID, deliveryId: SOME_UUID };
      const res = await t.api.call(id, { params, json: operations[id].method === 'GET' ? undefined : {}, headers: { 'idempotency-key': 'kunci-uji-12345' } });
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
    assert.equal((await t.api.call('verifyApplicant', { token: dinsos, params, json: { evidence: 'ktp_el' } })).status, 404);
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
    // Only officers verify identities: not the applicant, not an OPD admin, not the city's admin.
    for (const who of [SITI, opdAdminOf('kelurahan-bandar-lor'), ADMIN]) {
      const res = await t.api.call('verifyApplicant', { token: await t.api.token(who), params, json: { evidence: 'ktp_el' } });
      assert.equal(res.status, 403, `${who}: ${res.text}`);
    }
  });

  describe('authoring', () => {
    // One call of every authoring operation, aimed at a service of DPMPTSP (or at DPMPTSP itself).
    const OWNER = 'dpmptsp';
    const ownerOfficerId = demoAccounts.find((account) => account.email === officerOf(OWNER))!.id;
    const ownerOfficer = () => t.gateway.context.db.selectFrom('users').select(['status', 'email']).where('id', '=', ownerOfficerId).executeTakeFirstOrThrow();
    const params = { serviceId: 'pbg' };
    const ifMatch = { 'if-match': '"apa-saja"' };
    // A webhook endpoint of DPMPTSP with one failed delivery, written as the gateway would. Disabled, and at a
    // documentation address, so that nothing is ever sent from this test.
    const endpoint = { endpointId: '5e0c4f3a-1b2d-4c6e-8f0a-9b8c7d6e5f4a' };
    const delivery = { ...endpoint, deliveryId: '6d5c4b3a-2f1e-4d0c-9b8a-7f6e5d4c3b2a' };
    const endpointRow = () => t.gateway.context.db.selectFrom('webhook_endpoints').selectAll().where('id', '=', endpoint.endpointId).executeTakeFirstOrThrow();
    before(async () => {
      const { db } = t.gateway.context;
      const at = '2026-03-01T00:00:00.000Z';
      const createdBy = demoAccounts.find((account) => account.email === opdAdminOf(OWNER))!.id;
      await db
        .insertInto('webhook_endpoints')
        .values({ id: endpoint.endpointId, agency_id: OWNER, url: 'https://192.0.2.10/hooks', description: null, event_types: '["application.submitted"]', status: 'disabled', secret: 'v1.tidak-dipakai', previous_secret: null, previous_secret_expires_at: null, created_at: at, updated_at: at, created_by: createdBy })
        .execute();
      await db
        .insertInto('webhook_deliveries')
        .values({ id: delivery.deliveryId, endpoint_id: endpoint.endpointId, event_id: 'msg_AAAAAAAAAAAAAAAAAAAAAA', event_type: 'service.published', occurred_at: at, data: '{"serviceId":"pbg","version":1,"agencyId":"dpmptsp"}', status: 'failed', attempts: 3, created_at: at, next_attempt_at: null, retry_until: at, last_attempt_at: at, last_response_status: 500, last_error: 'http_status', delivered_at: null })
        .execute();
    });
    const authoringCalls: Record<string, CallOptions> = {
      listAuthoredServices: { query: { agencyId: OWNER } },
      createService: { json: { id: 'izin-uji-otorisasi', agencyId: OWNER, category: 'perizinan', name: { id: 'Uji' } } },
      getAuthoredService: { params },
      getServiceDraft: { params },
      createServiceDraft: { params, json: { fromVersion: 1 } },
      updateServiceDraft: { params, json: { summary: { id: 'Diubah' } }, headers: ifMatch },
      validateServiceDraft: { params },
      previewServiceDraft: { params },
      publishServiceDraft: { params, json: { changeNote: 'Diterbitkan tanpa hak' }, headers: ifMatch },
      retireService: { params, json: { note: 'Dihentikan tanpa hak' } },
      listServiceVersions: { params },
      diffServiceVersions: { params, query: { from: 1, to: 1 } },
      listAuditEntries: { query: { agencyId: OWNER } },
      listOfficers: { query: { agencyId: OWNER } },
      inviteOfficer: { json: { name: 'Uji Otorisasi', email: 'uji.otorisasi@kedirikota.go.id', agencyId: OWNER } },
      disableOfficer: { params: { userId: ownerOfficerId } },
      enableOfficer: { params: { userId: ownerOfficerId } },
      listWebhookEndpoints: { query: { agencyId: OWNER } },
      createWebhookEndpoint: { json: { url: 'https://192.0.2.20/hooks', eventTypes: ['application.submitted'], agencyId: OWNER } },
      getWebhookEndpoint: { params: endpoint },
      updateWebhookEndpoint: { params: endpoint, json: { description: 'Diubah tanpa hak' } },
      disableWebhookEndpoint: { params: endpoint },
      enableWebhookEndpoint: { params: endpoint },
      rotateWebhookSecret: { params: endpoint },
      listWebhookDeliveries: { params: endpoint },
      resendWebhookDelivery: { params: delivery },
    };
    const authoringIds = (Object.keys(operations) as OperationId[]).filter((id) => operations[id].path.startsWith('/authoring'));
    const service = () => t.gateway.context.db.selectFrom('services').selectAll().where('id', '=', 'pbg').executeTakeFirstOrThrow();

    it('covers every authoring operation of the contract', () => {
      assert.deepEqual(Object.keys(authoringCalls).sort(), [...authoringIds].sort());
    });

    it('answers 403 to citizens and officers on every authoring operation, and changes nothing', async () => {
      const before = await service();
      const endpointBefore = await endpointRow();
      for (const who of [SITI, BUDI, officerOf(OWNER), officerOf('dinsos')]) {
        const token = await t.api.token(who);
        for (const id of authoringIds) {
          const res = await t.api.call(id, { token, ...authoringCalls[id] });
          assert.equal(res.status, 403, `${who} ${id}: ${res.text.slice(0, 200)}`);
          assert.equal(res.body.code, 'forbidden');
        }
      }
      assert.deepEqual(await service(), before);
      assert.deepEqual(await endpointRow(), endpointBefore);
      assert.equal(await t.gateway.context.db.selectFrom('audit_entries').select('id').executeTakeFirst(), undefined);
      assert.deepEqual(await t.gateway.context.db.selectFrom('webhook_endpoints').select('id').execute(), [{ id: endpoint.endpointId }]);
      assert.equal((await ownerOfficer()).status, 'active');
      assert.equal(await t.gateway.context.db.selectFrom('users').select('id').where('email', '=', 'uji.otorisasi@kedirikota.go.id').executeTakeFirst(), undefined);
    });

    it("creates a service in the OPD admin's own OPD only, and in the OPD the city's admin names", async () => {
      const create = async (who: string, id: string, agencyId?: string) =>
        t.api.call('createService', { token: await t.api.token(who), json: { id, category: 'perizinan', name: { id: 'Uji Otorisasi' }, ...(agencyId ? { agencyId } : {}) } });
      const agencyOf = async (id: string) => (await t.gateway.context.db.selectFrom('services').select('agency_id').where('id', '=', id).executeTakeFirst())?.agency_id;
      // Unnamed, or naming their own: the OPD admin's OPD.
      for (const [id, agencyId] of [['uji-otorisasi-sendiri', undefined], ['uji-otorisasi-dinamai', OWNER]] as const) {
        const res = await create(opdAdminOf(OWNER), id, agencyId);
        assert.equal(res.status, 201, res.text);
        assert.deepEqual([res.body.agencyId, await agencyOf(id)], [OWNER, OWNER]);
      }
      // Naming another OPD: 403, nothing made.
      const foreign = await create(opdAdminOf(OWNER), 'uji-otorisasi-asing', 'dinsos');
      assert.deepEqual([foreign.status, foreign.body.code], [403, 'forbidden']);
      assert.equal(await agencyOf('uji-otorisasi-asing'), undefined);
      // The city's admin: any OPD it names, and it must name one.
      const chosen = await create(ADMIN, 'uji-otorisasi-kota', 'kelurahan-bandar-lor');
      assert.equal(chosen.status, 201, chosen.text);
      assert.equal(await agencyOf('uji-otorisasi-kota'), 'kelurahan-bandar-lor');
      const unnamed = await create(ADMIN, 'uji-otorisasi-tanpa-opd');
      assert.deepEqual([unnamed.status, unnamed.body.errors?.[0]?.pointer], [422, '/agencyId']);
      assert.equal(await agencyOf('uji-otorisasi-tanpa-opd'), undefined);
    });

    it("keeps an OPD admin out of another OPD's services, drafts, staff, webhooks and audit (404 for a service, 403 for an OPD)", async () => {
      const dinsos = await t.api.token(opdAdminOf('dinsos'));
      const before = await service();
      const endpointBefore = await endpointRow();
      for (const id of authoringIds) {
        const res = await t.api.call(id, { token: dinsos, ...authoringCalls[id] });
        // Naming another OPD is 403; a service or an account of another OPD is 404, as if it did not exist.
        const namesAnOpd = ['listAuthoredServices', 'createService', 'listAuditEntries', 'listOfficers', 'inviteOfficer', 'listWebhookEndpoints', 'createWebhookEndpoint'];
        const expected = namesAnOpd.includes(id) ? 403 : 404;
        assert.equal(res.status, expected, `${id}: ${res.text.slice(0, 200)}`);
      }
      assert.deepEqual(await service(), before);
      assert.equal((await ownerOfficer()).status, 'active');
      assert.equal((await t.api.call('getService', { params })).body.version, 1);
      assert.deepEqual(await endpointRow(), endpointBefore);
      const hooks = await t.api.call('listWebhookEndpoints', { token: dinsos });
      assert.deepEqual(hooks.body.data, [], 'no other OPD’s endpoints in the list');
      const staff = await t.api.call('listOfficers', { token: dinsos, query: { limit: 100 } });
      assert.ok(staff.body.data.length > 0 && staff.body.data.every((o: { agencyId: string }) => o.agencyId === 'dinsos'));
      const own = await t.api.call('listAuthoredServices', { token: dinsos, query: { limit: 100 } });
      assert.ok(own.body.data.length > 0 && own.body.data.every((s: { agencyId: string }) => s.agencyId === 'dinsos'));

      // The owning OPD's admin and the city's admin reach the same service.
      for (const who of [opdAdminOf(OWNER), ADMIN]) {
        const res = await t.api.call('getAuthoredService', { token: await t.api.token(who), params });
        assert.equal(res.status, 200, `${who}: ${res.text}`);
        assert.equal(res.body.agencyId, OWNER);
        const staff = await t.api.call('listOfficers', { token: await t.api.token(who), query: { agencyId: OWNER, limit: 100 } });
        assert.ok(staff.body.data.some((o: { id: string }) => o.id === ownerOfficerId), `${who}: ${staff.text.slice(0, 200)}`);
        const hook = await t.api.call('getWebhookEndpoint', { token: await t.api.token(who), params: endpoint });
        assert.equal(hook.status, 200, `${who}: ${hook.text}`);
        const deliveries = await t.api.call('listWebhookDeliveries', { token: await t.api.token(who), params: endpoint });
        assert.deepEqual(deliveries.body.data.map((d: { id: string }) => d.id), [delivery.deliveryId]);
      }
    });
  });
});
