// Every SDK method against a real gateway, on its happy path and its error paths.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  ConflictError,
  createPadu,
  ForbiddenError,
  NotFoundError,
  PaduError,
  PreconditionFailedError,
  RateLimitedError,
  UnauthorizedError,
  ValidationError,
  type Padu,
} from '@padu/sdk';
import { demo, domisiliAnswers, loggedIn, startTestGateway, submitDomisili, tinyPng, type TestGateway } from './support/gateway.ts';

let gateway: TestGateway;
let anonymous: Padu;
let siti: Padu;
let officer: Padu; // of kelurahan-bandar-lor, which owns surat-domisili

before(async () => {
  gateway = await startTestGateway();
  anonymous = createPadu({ baseUrl: gateway.url });
  siti = await loggedIn(gateway.url, demo.siti.identifier);
  officer = await loggedIn(gateway.url, demo.officer('kelurahan-bandar-lor'));
});
after(() => gateway.close());

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

describe('meta', () => {
  it('health: the gateway and its database are up', async () => {
    const health = await anonymous.meta.health();
    assert.equal(health.status, 'ok');
    assert.equal(health.database, 'ok');
  });

  it('contract: the OpenAPI document', async () => {
    assert.match(await anonymous.meta.contract(), /^openapi: 3\.1/);
  });
});

describe('agencies', () => {
  it('list: every OPD across pages of 2, the same as one big page', async () => {
    const paged = await collect(anonymous.agencies.list({ limit: 2 }));
    const single = await anonymous.agencies.list({ limit: 100 }).firstPage();
    assert.ok(paged.length > 4, 'several pages');
    assert.deepEqual(paged.map((a) => a.id), single.data.map((a) => a.id));
    assert.equal(single.nextCursor, null);
  });

  it('list: a first page, and the next one from its cursor', async () => {
    const first = await anonymous.agencies.list({ limit: 2 }).firstPage();
    assert.equal(first.data.length, 2);
    assert.ok(first.nextCursor);
    const second = await anonymous.agencies.list({ limit: 2, cursor: first.nextCursor }).firstPage();
    assert.notDeepEqual(second.data, first.data);
  });

  it('get: one OPD; an unknown one is NotFoundError with the request id', async () => {
    const agency = await anonymous.agencies.get('disdukcapil');
    assert.equal(agency.code, 'DKC');
    const error = await anonymous.agencies.get('tidak-ada').catch((e: unknown) => e);
    assert.ok(error instanceof NotFoundError);
    assert.equal(error.status, 404);
    assert.ok(error.requestId);
  });

  it('list: a bad limit is a ValidationError pointing at it', async () => {
    const error = await anonymous.agencies.list({ limit: 0 }).firstPage().catch((e: unknown) => e);
    assert.ok(error instanceof ValidationError, String(error));
    assert.ok(error.errors.length > 0);
  });
});

describe('services', () => {
  it('list: searching across pages of 2', async () => {
    const all = await collect(anonymous.services.list({ limit: 2 }));
    assert.ok(all.length > 4);
    const akta = await collect(anonymous.services.list({ q: 'akta', limit: 1 }));
    assert.ok(akta.length >= 2);
    assert.ok(akta.every((s) => /akta/i.test(`${s.name.id} ${s.summary.id} ${s.name.en} ${s.summary.en}`)));
    const ofAgency = await collect(anonymous.services.list({ agencyId: 'kelurahan-bandar-lor' }));
    assert.ok(ofAgency.some((s) => s.id === 'surat-domisili'));
  });

  it('get: a service with its standard and form; unknown is NotFoundError', async () => {
    const service = await anonymous.services.get('surat-domisili');
    assert.equal(service.agencyId, 'kelurahan-bandar-lor');
    assert.ok(service.form.steps.length > 0);
    await assert.rejects(anonymous.services.get('tidak-ada'), NotFoundError);
  });
});

describe('auth', () => {
  it('register: a new citizen is logged in; the same NIK again is a ConflictError; bad input a ValidationError', async () => {
    const padu = createPadu({ baseUrl: gateway.url });
    const account = { nik: '3571015005950002', name: 'Ayu Lestari', email: 'ayu@example.id', password: 'kediri-kota-tahu-2026' };
    const started = await padu.auth.register(account);
    assert.equal(started.user.verified, false);
    assert.equal(padu.session.current?.user.name, 'Ayu Lestari');
    assert.equal((await padu.auth.me()).nikMasked, '3571********0002');

    await assert.rejects(createPadu({ baseUrl: gateway.url }).auth.register(account), ConflictError);
    const invalid = await anonymous.auth.register({ ...account, nik: '123', password: 'short' }).catch((e: unknown) => e);
    assert.ok(invalid instanceof ValidationError);
    assert.ok(invalid.fieldErrors['/password'] || invalid.fieldErrors['/nik'], JSON.stringify(invalid.errors));
  });

  it('login, me, refresh, logout; a used refresh token and a logged-out client are UnauthorizedError', async () => {
    const padu = createPadu({ baseUrl: gateway.url });
    const changes: string[] = [];
    const unsubscribe = padu.session.subscribe((change) => changes.push(change.type));
    const started = await padu.auth.login({ identifier: demo.siti.nik, password: demo.password });
    assert.equal(started.user.name, 'Siti Rahmawati');
    assert.equal((await padu.auth.me()).email, 'siti@demo.padu.id');

    const refreshed = await padu.auth.refresh();
    assert.ok(refreshed && refreshed.accessToken !== started.accessToken && refreshed.refreshToken !== started.refreshToken);
    assert.equal(padu.session.current?.accessToken, refreshed.accessToken);
    assert.equal((await padu.auth.me()).name, 'Siti Rahmawati');

    await padu.auth.logout();
    assert.equal(padu.session.current, null);
    await assert.rejects(padu.auth.me(), UnauthorizedError);
    assert.equal(await padu.auth.refresh(), null, 'nothing to refresh');
    assert.deepEqual(changes, ['login', 'refresh', 'logout']);
    unsubscribe();

    // The rotated-out refresh token is refused (and revokes its family).
    const stale = createPadu({ baseUrl: gateway.url });
    stale.session.set(started);
    const ended: string[] = [];
    stale.session.subscribe((change) => ended.push(change.type));
    await assert.rejects(stale.auth.refresh(), UnauthorizedError);
    assert.deepEqual(ended, ['session-ended']);
    await padu.auth.logout(); // logging out twice is fine
  });

  it('login: a wrong password is UnauthorizedError, then RateLimitedError with retryAfter', async () => {
    const wrong = { identifier: 'belum-terdaftar@example.id', password: 'bukan-sandinya' };
    const first = await anonymous.auth.login(wrong).catch((e: unknown) => e);
    assert.ok(first instanceof UnauthorizedError);
    assert.equal(anonymous.session.current, null);
    let limited: unknown;
    for (let attempt = 0; attempt < 5 && !(limited instanceof RateLimitedError); attempt++) {
      limited = await anonymous.auth.login(wrong).catch((e: unknown) => e);
    }
    assert.ok(limited instanceof RateLimitedError, String(limited));
    assert.ok(limited.retryAfter && limited.retryAfter > 0);
    assert.equal(limited.status, 429);
  });
});

describe('uploads', () => {
  it('create from a Blob or bytes, with progress at the start and the end; download gives the bytes back', async () => {
    const progress: number[] = [];
    const upload = await siti.uploads.create(new Blob([tinyPng]), {
      fileName: 'pengantar.png',
      onProgress: ({ loaded, total }) => progress.push(loaded / total),
    });
    assert.equal(upload.mimeType, 'image/png');
    assert.equal(upload.fileName, 'pengantar.png');
    assert.equal(upload.bytes, tinyPng.length);
    assert.equal(progress[0], 0);
    assert.equal(progress.at(-1), 1);

    const fromBytes = await siti.uploads.create(tinyPng);
    assert.equal(fromBytes.mimeType, 'image/png');

    const content = await siti.uploads.download(upload.id);
    assert.equal(content.type, 'image/png');
    assert.deepEqual(new Uint8Array(await content.arrayBuffer()), tinyPng);
  });

  it('refuses a file that is not a PDF/JPEG/PNG by its content (415), anonymous uploads, and others’ downloads', async () => {
    const error = await siti.uploads.create(new TextEncoder().encode('#!/bin/sh\necho not a pdf'), { fileName: 'x.pdf' }).catch((e: unknown) => e);
    assert.ok(error instanceof PaduError);
    assert.equal(error.status, 415);
    await assert.rejects(anonymous.uploads.create(tinyPng), UnauthorizedError);
    const mine = await siti.uploads.create(tinyPng);
    const budi = await loggedIn(gateway.url, demo.budi.identifier);
    await assert.rejects(budi.uploads.download(mine.id), NotFoundError);
  });
});

describe('applications', () => {
  it('submit, get, list; the same Idempotency-Key returns the same application, another body is a ConflictError', async () => {
    const key = `test-${crypto.randomUUID()}`;
    const application = await submitDomisili(siti, { idempotencyKey: key });
    assert.equal(application.status, 'submitted');
    assert.equal(application.serviceId, 'surat-domisili');
    assert.equal(application.answers.nik, '3571********0003', 'NIK masked');

    const replayed = await siti.applications.submit(
      { serviceId: 'surat-domisili', answers: domisiliAnswers(String(application.answers.pengantar_rt_rw)) },
      { idempotencyKey: key },
    );
    assert.equal(replayed.id, application.id);
    await assert.rejects(
      siti.applications.submit({ serviceId: 'surat-domisili', answers: { nik: demo.siti.nik } }, { idempotencyKey: key }),
      ConflictError,
    );

    assert.equal((await siti.applications.get(application.id)).trackingCode, application.trackingCode);
    const mine = await collect(siti.applications.list({ limit: 2 }));
    assert.ok(mine.length > 2, 'several pages');
    assert.ok(mine.some((a) => a.id === application.id));
    const submitted = await collect(siti.applications.list({ status: 'submitted' }));
    assert.ok(submitted.every((a) => a.status === 'submitted'));
  });

  it('submit: invalid answers are a ValidationError keyed by JSON pointer; an unknown service NotFoundError', async () => {
    const error = await siti.applications
      .submit({ serviceId: 'surat-domisili', answers: { nik: '1234', kelurahan: 'bandar-lor' } })
      .catch((e: unknown) => e);
    assert.ok(error instanceof ValidationError);
    assert.ok(error.fieldErrors['/answers/nik'], JSON.stringify(error.errors));
    assert.ok(error.fieldErrors['/answers/alamat']);
    assert.equal(error.fieldErrors['/answers/kelurahan'], undefined);
    await assert.rejects(siti.applications.submit({ serviceId: 'tidak-ada', answers: {} }), NotFoundError);
    await assert.rejects(anonymous.applications.submit({ serviceId: 'surat-domisili', answers: {} }), UnauthorizedError);
  });

  it('get: nobody else may read it (NotFoundError); list needs a login', async () => {
    const application = await submitDomisili(siti);
    const budi = await loggedIn(gateway.url, demo.budi.identifier);
    await assert.rejects(budi.applications.get(application.id), NotFoundError);
    await assert.rejects(anonymous.applications.list().firstPage(), UnauthorizedError);
  });

  it('resubmit after needs_revision; not before (ConflictError)', async () => {
    const application = await submitDomisili(siti);
    await assert.rejects(siti.applications.resubmit(application.id, { answers: application.answers }), ConflictError);
    await officer.officer.transition(application.id, { to: 'verifying' });
    const returned = await officer.officer.transition(application.id, { to: 'needs_revision', note: 'Foto buram.' });
    assert.equal(returned.status, 'needs_revision');
    const upload = await siti.uploads.create(tinyPng);
    const resubmitted = await siti.applications.resubmit(application.id, { answers: domisiliAnswers(upload.id) });
    assert.equal(resubmitted.status, 'submitted');
    assert.deepEqual(resubmitted.history.map((h) => h.status), ['submitted', 'verifying', 'needs_revision', 'submitted']);
  });

  it('cancel: once (with or without a reason); again is a ConflictError', async () => {
    const first = await submitDomisili(siti);
    assert.equal((await siti.applications.cancel(first.id, { reason: 'Sudah tidak diperlukan.' })).status, 'cancelled');
    await assert.rejects(siti.applications.cancel(first.id), ConflictError);
    const second = await submitDomisili(siti);
    assert.equal((await siti.applications.cancel(second.id)).status, 'cancelled');
  });
});

describe('tracking', () => {
  it('get: public status by code, in any letter case, without personal data; unknown is NotFoundError', async () => {
    const application = await submitDomisili(siti);
    const tracking = await anonymous.tracking.get(application.trackingCode.toLowerCase());
    assert.equal(tracking.status, 'submitted');
    assert.equal(tracking.trackingCode, application.trackingCode);
    assert.ok(!JSON.stringify(tracking).includes('3571'), 'no NIK');
    await assert.rejects(anonymous.tracking.get('DKC-ZZZZ-ZZZZ'), NotFoundError);
  });
});

describe('officer', () => {
  it('queue: the OPD’s applications across pages of 2, filtered by status', async () => {
    await submitDomisili(siti);
    await submitDomisili(siti);
    const queue = await collect(officer.officer.queue({ limit: 2 }));
    assert.ok(queue.length >= 3);
    assert.ok(queue.every((a) => a.agencyId === 'kelurahan-bandar-lor'));
    assert.ok(queue[0]?.applicant?.nikMasked, 'the applicant, masked');
    const submitted = await collect(officer.officer.queue({ status: 'submitted', limit: 2 }));
    assert.ok(submitted.length > 0 && submitted.every((a) => a.status === 'submitted'));
  });

  it('queue and transition are for officers (ForbiddenError), of the owning OPD (NotFoundError), along allowed edges (ConflictError)', async () => {
    const application = await submitDomisili(siti);
    await assert.rejects(siti.officer.queue().firstPage(), ForbiddenError);
    await assert.rejects(siti.officer.transition(application.id, { to: 'verifying' }), ForbiddenError);
    const other = await loggedIn(gateway.url, demo.officer('disdukcapil'));
    await assert.rejects(other.officer.transition(application.id, { to: 'verifying' }), NotFoundError);
    await assert.rejects(officer.officer.transition(application.id, { to: 'completed' }), ConflictError);
    const missingNote = await officer.officer.transition(application.id, { to: 'rejected' }).catch((e: unknown) => e);
    assert.ok(missingNote instanceof PaduError && missingNote.status >= 400, String(missingNote));
    assert.equal((await officer.officer.transition(application.id, { to: 'verifying' })).status, 'verifying');
  });

  it("verifyApplicant: confirms the applicant's identity once (ConflictError after), for the owning OPD's officers", async () => {
    const budi = await loggedIn(gateway.url, demo.budi.identifier);
    const upload = await budi.uploads.create(tinyPng, { fileName: 'pengantar.png' });
    const application = await budi.applications.submit({ serviceId: 'surat-domisili', answers: { ...domisiliAnswers(upload.id), nik: demo.budi.nik } });
    await assert.rejects(budi.officer.verifyApplicant(application.id, { evidence: 'ktp_el' }), ForbiddenError);
    const verified = await officer.officer.verifyApplicant(application.id, { evidence: 'ktp_el' });
    assert.equal(verified.applicant?.verified, true);
    assert.equal((await budi.auth.me()).verified, true);
    await assert.rejects(officer.officer.verifyApplicant(application.id, { evidence: 'kartu_keluarga' }), ConflictError);
  });
});

describe('authoring', () => {
  it('creates, saves under the ETag, validates, previews, publishes, lists versions, diffs and reads the audit log', async () => {
    const admin = await loggedIn(gateway.url, demo.opdAdmin('dinsos'));
    const template = await anonymous.services.get('sktm');
    const first = await admin.authoring.create({ id: 'bantuan-beras', category: 'sosial', name: { id: 'Bantuan Beras' } });
    assert.equal(first.agencyId, 'dinsos');
    const { id: _id, agencyId: _agency, version: _version, ...parts } = template;
    const content = { ...parts, name: { id: 'Bantuan Beras' }, summary: { id: 'Beras untuk keluarga prasejahtera.' } };
    const saved = await admin.authoring.saveDraft('bantuan-beras', content, { etag: first.etag });
    // A second save from the first copy loses: someone saved since.
    await assert.rejects(admin.authoring.saveDraft('bantuan-beras', { summary: { id: 'Lama' } }, { etag: first.etag }), PreconditionFailedError);
    assert.deepEqual(await admin.authoring.validate('bantuan-beras'), { valid: true, errorCount: 0, errors: [] });
    const preview = await admin.authoring.preview('bantuan-beras');
    const published = await admin.authoring.publish('bantuan-beras', { changeNote: 'Terbit pertama' }, { etag: saved.etag });
    assert.deepEqual(published, preview);
    assert.equal((await anonymous.services.get('bantuan-beras')).version, 1);

    const second = await admin.authoring.openDraft('bantuan-beras', { fromVersion: 1 });
    await admin.authoring.saveDraft('bantuan-beras', { ...second.content, requiresVerifiedAccount: !template.requiresVerifiedAccount }, { etag: second.etag });
    const diff = await admin.authoring.diff('bantuan-beras', { from: 1 });
    assert.deepEqual(diff.changes.map((c) => [c.op, c.pointer]), [['changed', '/requiresVerifiedAccount']]);
    const latest = await admin.authoring.draft('bantuan-beras');
    await admin.authoring.publish('bantuan-beras', { changeNote: 'Hanya akun terverifikasi' }, { etag: latest.etag });
    assert.deepEqual((await collect(admin.authoring.versions('bantuan-beras', { limit: 1 }))).map((v) => v.version), [2, 1]);

    const retired = await admin.authoring.retire('bantuan-beras', { note: 'Program selesai' });
    assert.equal(retired.state, 'retired');
    const actions = (await admin.authoring.audit({ limit: 2 }).firstPage()).data.map((e) => e.action);
    assert.deepEqual(actions, ['service.retired', 'service.published']);
    assert.ok((await collect(admin.authoring.services())).some((s) => s.id === 'bantuan-beras' && s.state === 'retired'));
  });

  it('is for admins (ForbiddenError), of the owning OPD (NotFoundError), with valid drafts (ValidationError)', async () => {
    await assert.rejects(siti.authoring.services().firstPage(), ForbiddenError);
    await assert.rejects(officer.authoring.get('surat-domisili'), ForbiddenError);
    const dinsos = await loggedIn(gateway.url, demo.opdAdmin('dinsos'));
    await assert.rejects(dinsos.authoring.get('surat-domisili'), NotFoundError);
    const cityAdmin = await loggedIn(gateway.url, demo.admin);
    const draft = await cityAdmin.authoring.create({ id: 'uji-sdk', agencyId: 'kelurahan-bandar-lor', category: 'kelurahan', name: { id: 'Uji SDK' } });
    const refused = await cityAdmin.authoring.publish('uji-sdk', { changeNote: 'Belum lengkap' }, { etag: draft.etag }).catch((e: unknown) => e);
    assert.ok(refused instanceof ValidationError, String(refused));
    assert.ok(refused.problem?.errors?.some((e) => e.pointer === '/standard'));
  });
});

describe('staff', () => {
  it('invites an officer, who accepts the one-time link; lists, disables (ending their session) and enables them', async () => {
    const admin = await loggedIn(gateway.url, demo.opdAdmin('dinsos'));
    const { officer: invited, link } = await admin.staff.invite({ name: 'Rina Wulandari', email: 'rina.sdk@kedirikota.go.id' });
    assert.equal(invited.status, 'invited');
    const token = new URL(link).hash.slice(1);
    const account = await anonymous.staff.accept({ token, password: 'petugas-baru-2026' });
    assert.deepEqual([account.id, account.role, account.agencyId], [invited.id, 'officer', 'dinsos']);
    await assert.rejects(anonymous.staff.accept({ token, password: 'petugas-baru-2026' }), (e: unknown) => e instanceof ConflictError && e.problem?.code === 'invitation.used');

    const rina = createPadu({ baseUrl: gateway.url });
    await rina.auth.login({ identifier: 'rina.sdk@kedirikota.go.id', password: 'petugas-baru-2026' });
    const listed = (await collect(admin.staff.list({ limit: 2 }))).find((o) => o.id === invited.id);
    assert.equal(listed?.status, 'active');
    assert.ok(listed?.lastSignInAt);

    assert.equal((await admin.staff.disable(invited.id)).status, 'disabled');
    // Her session ends at once: the access token is refused and so is its refresh.
    await assert.rejects(rina.officer.queue().firstPage(), UnauthorizedError);
    await assert.rejects(
      createPadu({ baseUrl: gateway.url }).auth.login({ identifier: 'rina.sdk@kedirikota.go.id', password: 'petugas-baru-2026' }),
      (e: unknown) => e instanceof ForbiddenError && e.problem?.code === 'account.disabled',
    );
    assert.equal((await admin.staff.enable(invited.id)).status, 'active');
    const actions = (await admin.authoring.audit({ limit: 4 }).firstPage()).data.map((e) => [e.action, e.subjectUserId]);
    assert.deepEqual(actions, [
      ['officer.enabled', invited.id],
      ['officer.disabled', invited.id],
      ['invitation.accepted', invited.id],
      ['officer.invited', invited.id],
    ]);
  });

  it('is for admins (ForbiddenError), of the owning OPD (NotFoundError)', async () => {
    await assert.rejects(siti.staff.list().firstPage(), ForbiddenError);
    await assert.rejects(officer.staff.invite({ name: 'Siapa Saja', email: 'siapa@kedirikota.go.id' }), ForbiddenError);
    const dinsos = await loggedIn(gateway.url, demo.opdAdmin('dinsos'));
    await assert.rejects(officer.staff.list().firstPage(), ForbiddenError);
    const other = await loggedIn(gateway.url, demo.admin);
    const someone = (await other.staff.list({ agencyId: 'kelurahan-bandar-lor' }).firstPage()).data[0]!;
    await assert.rejects(dinsos.staff.disable(someone.id), NotFoundError);
    await assert.rejects(anonymous.staff.accept({ token: `inv_${'A'.repeat(43)}`, password: 'petugas-baru-2026' }), NotFoundError);
  });
});
