// Public tracking (no personal data, ETag/304) and live status events for the applicant, the OPD and the public,
// with resumption by Last-Event-ID.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestGateway, SITI, officerOf, type TestGateway } from './helpers/harness.ts';
import { assertConforms } from './helpers/contract-checker.ts';
import { domisiliAnswers, pdfBytes } from './helpers/fixtures.ts';
import { eventData, readEventStream } from './helpers/sse.ts';
import { RawConnection, rawRequest } from './helpers/raw-http.ts';

describe('tracking and live events', () => {
  let t: TestGateway;
  let siti: string;
  let officer: string;

  before(async () => {
    t = await startTestGateway({ heartbeatMs: 50 });
    siti = await t.api.token(SITI);
    officer = await t.api.token(officerOf('kelurahan-bandar-lor'));
  });
  after(() => t.close());

  const submit = async () => {
    const upload = await t.api.upload(siti, pdfBytes(), 'pengantar.pdf');
    const res = await t.api.submit(siti, { serviceId: 'surat-domisili', answers: domisiliAnswers(upload.body.id) });
    assert.equal(res.status, 201);
    return res.body as { id: string; trackingCode: string; history: { sequence: number }[] };
  };
  const move = (id: string, to: string, note?: string) =>
    t.api.call('transitionApplication', { token: officer, params: { applicationId: id }, json: note ? { to, note } : { to } });

  it('tracks by code in any case, with nothing personal in it', async () => {
    const res = await t.api.call('trackApplication', { params: { trackingCode: 'kbl-7kq4-m2xp' } });
    assert.equal(res.status, 200);
    assert.equal(res.body.trackingCode, 'KBL-7KQ4-M2XP');
    assert.equal(res.body.status, 'needs_revision');
    assert.equal(res.headers.get('cache-control'), 'no-cache');
    assert.match(res.headers.get('etag') ?? '', /^"[^"]+"$/);
    for (const secret of ['3571', 'Siti', 'Rahmawati', 'Dhoho', 'buram', 'Petugas', 'answers', 'note', 'applicant', 'actor"']) {
      assert.ok(!res.text.includes(secret), `public tracking leaks "${secret}"`);
    }
    assert.deepEqual(res.body.history.map((h: { actorRole: string }) => h.actorRole), ['citizen', 'officer', 'officer']);
  });

  it('answers If-None-Match with 304 until the status changes', async () => {
    const app = await submit();
    const params = { trackingCode: app.trackingCode };
    const first = await t.api.call('trackApplication', { params });
    const etag = first.headers.get('etag')!;
    const same = await t.api.call('trackApplication', { params, headers: { 'if-none-match': etag } });
    assert.equal(same.status, 304);
    assert.equal(same.headers.get('etag'), etag);
    assert.equal((await t.api.call('trackApplication', { params, headers: { 'if-none-match': `W/${etag}` } })).status, 304);
    await move(app.id, 'verifying');
    const changed = await t.api.call('trackApplication', { params, headers: { 'if-none-match': etag } });
    assert.equal(changed.status, 200);
    assert.notEqual(changed.headers.get('etag'), etag);
    assert.equal(changed.body.status, 'verifying');
  });

  it('answers unknown codes with 404 and malformed ones with 400', async () => {
    assert.equal((await t.api.call('trackApplication', { params: { trackingCode: 'DKC-2222-2222' } })).status, 404);
    assert.equal((await t.api.call('trackApplication', { params: { trackingCode: 'DKC-22' } })).status, 400);
    assert.equal((await t.api.call('streamTrackingEvents', { params: { trackingCode: 'DKC-2222-2222' } })).status, 404);
  });

  it("streams an officer's transition to the applicant (with the note) and to the public (without)", async () => {
    const app = await submit();
    const own = await readEventStream(t.api.urlOf('streamApplicationEvents', { applicationId: app.id }), { authorization: `Bearer ${siti}` });
    const publicStream = await readEventStream(t.api.urlOf('streamTrackingEvents', { trackingCode: app.trackingCode.toLowerCase() }));
    assert.equal(own.status, 200);
    assert.equal(own.headers.get('content-type'), 'text/event-stream; charset=utf-8');
    assert.equal(own.headers.get('cache-control'), 'no-cache');
    assert.ok(own.headers.get('x-request-id'));

    // Without Last-Event-ID a stream starts with the current status.
    assert.equal(eventData(await own.next(), 'ApplicationStatusEvent').status, 'submitted');
    assert.equal(eventData(await publicStream.next(), 'PublicStatusEvent').status, 'submitted');

    await move(app.id, 'verifying');
    await move(app.id, 'needs_revision', 'Tanda tangan RT belum ada.');
    const verifying = eventData(await own.next(), 'ApplicationStatusEvent');
    const revision = eventData(await own.next(), 'ApplicationStatusEvent');
    assert.deepEqual([verifying.status, revision.status, revision.note], ['verifying', 'needs_revision', 'Tanda tangan RT belum ada.']);
    assert.deepEqual(revision.actor, { role: 'officer', agencyId: 'kelurahan-bandar-lor' });
    assert.equal(revision.trackingCode, app.trackingCode);
    const publicEvents = [eventData(await publicStream.next(), 'PublicStatusEvent'), eventData(await publicStream.next(), 'PublicStatusEvent')];
    assert.deepEqual(publicEvents.map((e) => [e.status, e.actorRole]), [['verifying', 'officer'], ['needs_revision', 'officer']]);
    assert.ok(!publicStream.text().includes('Tanda tangan'), 'no note on the public stream');

    // Heartbeats keep proxies from closing quiet streams.
    await new Promise((resolve) => setTimeout(resolve, 120));
    assert.ok(own.comments.includes('heartbeat'));
    for (const [stream, id] of [[own, 'streamApplicationEvents'], [publicStream, 'streamTrackingEvents']] as const) {
      const text = stream.text();
      await stream.close();
      assertConforms(id, 200, stream.headers, undefined, text.slice(0, text.lastIndexOf('\n\n') + 2));
    }
  });

  it('lets the owning OPD follow an application too', async () => {
    const app = await submit();
    const stream = await readEventStream(t.api.urlOf('streamApplicationEvents', { applicationId: app.id }), { authorization: `Bearer ${officer}` });
    assert.equal(stream.status, 200);
    assert.equal(eventData(await stream.next(), 'ApplicationStatusEvent').status, 'submitted');
    await move(app.id, 'verifying');
    assert.equal(eventData(await stream.next(), 'ApplicationStatusEvent').status, 'verifying');
    await stream.close();
  });

  it('resumes after Last-Event-ID without losing an event', async () => {
    const app = await submit();
    const lastSeen = app.history.at(-1)!.sequence;
    // Changes happen while nobody listens (a phone in a tunnel).
    await move(app.id, 'verifying');
    await move(app.id, 'in_process');
    const headers = { authorization: `Bearer ${siti}`, 'last-event-id': String(lastSeen) };
    const resumed = await readEventStream(t.api.urlOf('streamApplicationEvents', { applicationId: app.id }), headers);
    const publicResumed = await readEventStream(t.api.urlOf('streamTrackingEvents', { trackingCode: app.trackingCode }), { 'last-event-id': String(lastSeen) });
    const replayed = [eventData(await resumed.next(), 'ApplicationStatusEvent'), eventData(await resumed.next(), 'ApplicationStatusEvent')];
    assert.deepEqual(replayed.map((e) => e.status), ['verifying', 'in_process']);
    assert.ok(replayed[0].sequence > lastSeen && replayed[1].sequence > replayed[0].sequence);
    // Then live, continuing the same sequence.
    await move(app.id, 'completed');
    const live = eventData(await resumed.next(), 'ApplicationStatusEvent');
    assert.equal(live.status, 'completed');
    const publicStatuses = [];
    for (let i = 0; i < 3; i++) publicStatuses.push(eventData(await publicResumed.next(), 'PublicStatusEvent').status);
    assert.deepEqual(publicStatuses, ['verifying', 'in_process', 'completed']);
    // Nothing after the end, and nothing twice.
    await new Promise((resolve) => setTimeout(resolve, 100));
    await assert.rejects(resumed.next(50));
    await resumed.close();
    await publicResumed.close();
  });

  it('answers HEAD on a stream with its headers only, and the connection serves the next request', async () => {
    const { id, trackingCode } = await submit();
    const connection = await RawConnection.open(t.gateway.origin);
    try {
      for (const [path, token] of [[`/tracking/${trackingCode}/events`, ''], [`/applications/${id}/events`, siti]] as const) {
        const auth = token ? [`Authorization: Bearer ${token}`] : [];
        connection.send(rawRequest(t.gateway.origin, `HEAD /api/v1${path} HTTP/1.1`, auth));
        const head = await connection.response(2_000, { head: true });
        assert.equal(head.status, 200);
        assert.equal(head.headers.get('content-type'), 'text/event-stream; charset=utf-8');
        connection.send(rawRequest(t.gateway.origin, 'GET /api/v1/health HTTP/1.1'));
        assert.equal((await connection.response(2_000)).status, 200);
      }
    } finally {
      connection.close();
    }
  });

  it('lets go of a stream when its client disconnects', async () => {
    const { bus } = t.gateway.context;
    const settle = async (count: number) => {
      for (let i = 0; i < 100 && bus.subscriberCount !== count; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    };
    // Streams of the tests before are being let go of right now.
    await settle(0);
    const before = bus.subscriberCount;
    assert.equal(before, 0);
    const stream = await readEventStream(t.api.urlOf('streamTrackingEvents', { trackingCode: 'DKC-7KQ4-M2XP' }));
    await stream.next();
    assert.equal(bus.subscriberCount, before + 1);
    await stream.close();
    await settle(0);
    assert.equal(bus.subscriberCount, 0);
    assert.equal(t.gateway.context.openStreams.size, 0);
  });

  it('closes open streams when the gateway closes', async () => {
    const other = await startTestGateway({ heartbeatMs: 1000 });
    const stream = await readEventStream(other.api.urlOf('streamTrackingEvents', { trackingCode: 'DKC-7KQ4-M2XP' }));
    assert.equal(eventData(await stream.next(), 'PublicStatusEvent').status, 'verifying');
    assert.equal(other.gateway.context.bus.subscriberCount, 1);
    await other.close();
    await stream.close();
    assert.equal(other.gateway.context.bus.subscriberCount, 0);
  });
});
