// Live status against a real gateway: an officer's transition reaches a watching citizen (and the public
// tracker) over SSE, over ETag polling, after the stream fails, and after it dies midway (resumed with
// Last-Event-ID); waitFor, events() and the failures that end a watch.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createPadu, NotFoundError, TimeoutError, type Padu } from '@padu/sdk';
import { startFaultProxy, type FaultProxy } from './support/fault-proxy.ts';
import { demo, loggedIn, recordingFetch, startTestGateway, submitDomisili, type TestGateway } from './support/gateway.ts';

let gateway: TestGateway;
let proxy: FaultProxy;
let siti: Padu;
let officer: Padu;

before(async () => {
  gateway = await startTestGateway();
  proxy = await startFaultProxy(gateway.url);
  siti = await loggedIn(gateway.url, demo.siti.identifier);
  officer = await loggedIn(gateway.url, demo.officer('kelurahan-bandar-lor'));
});
after(async () => {
  await proxy.close();
  await gateway.close();
});

/** Runs `act` once the watch has delivered `count` events, and collects `count + more` events. */
async function collect<E extends { status: string }>(watch: AsyncIterable<E>, count: number, more: number, act: () => Promise<unknown>) {
  const events: E[] = [];
  for await (const event of watch) {
    events.push(event);
    if (events.length === count) await act();
    if (events.length === count + more) break;
  }
  return events;
}

describe('watch over SSE', () => {
  it('tracking.watch: the history, then an officer’s transition, live; leaving the loop closes it', async () => {
    const application = await submitDomisili(siti);
    const watch = createPadu({ baseUrl: gateway.url }).tracking.watch(application.trackingCode);
    const events = await collect(watch, 1, 2, async () => {
      await officer.officer.transition(application.id, { to: 'verifying' });
      await officer.officer.transition(application.id, { to: 'in_process' });
    });
    assert.deepEqual(events.map((e) => e.status), ['submitted', 'verifying', 'in_process']);
    assert.deepEqual(Object.keys(events[1]!).sort(), ['actorRole', 'at', 'sequence', 'status', 'trackingCode']);
    assert.equal(events[1]!.actorRole, 'officer');
    assert.deepEqual((await watch.next()).done, true, 'closed');
  });

  it('applications.watch: the applicant sees the officer’s note, with the access token on the stream', async () => {
    const application = await submitDomisili(siti);
    const watch = siti.applications.watch(application.id);
    const events = await collect(watch, 1, 2, async () => {
      await officer.officer.transition(application.id, { to: 'verifying' });
      await officer.officer.transition(application.id, { to: 'needs_revision', note: 'Foto surat pengantar buram.' });
    });
    assert.deepEqual(events.map((e) => e.status), ['submitted', 'verifying', 'needs_revision']);
    assert.equal(events[2]!.note, 'Foto surat pengantar buram.');
    assert.equal(events[2]!.applicationId, application.id);
    assert.deepEqual(events[2]!.actor, { role: 'officer', agencyId: 'kelurahan-bandar-lor' });
  });

  it('events(id, { lastEventId }): only the changes after that event', async () => {
    const application = await submitDomisili(siti);
    const verifying = await officer.officer.transition(application.id, { to: 'verifying' });
    const first = verifying.history[0]!.sequence;
    const stream = siti.applications.events(application.id, { lastEventId: first });
    const events = await collect(stream, 1, 1, () => officer.officer.transition(application.id, { to: 'in_process' }));
    assert.deepEqual(events.map((e) => e.status), ['verifying', 'in_process']);
    const tracked = createPadu({ baseUrl: gateway.url }).tracking.events(application.trackingCode);
    assert.equal((await tracked.next()).value?.status, 'submitted');
    tracked.close();
  });

  it('reconnects after the stream dies midway, resuming after the last event it had', async () => {
    const application = await submitDomisili(siti);
    proxy.inject('GET', /\/events$/, { cutAfterMs: 300 });
    const padu = createPadu({ baseUrl: proxy.url });
    const watch = padu.tracking.watch(application.trackingCode);
    const events = await collect(watch, 1, 1, async () => {
      await new Promise((resolve) => setTimeout(resolve, 600)); // the first stream is cut meanwhile
      await officer.officer.transition(application.id, { to: 'verifying' });
    });
    assert.deepEqual(events.map((e) => e.status), ['submitted', 'verifying']);
    const streams = proxy.seen.filter((r) => r.path.endsWith(`${application.trackingCode}/events`));
    assert.ok(streams.length >= 2, 'reconnected');
    assert.equal(streams[0]!.headers['last-event-id'], '0', 'the first asks for the whole history');
    assert.equal(streams[1]!.headers['last-event-id'], String(events[0]!.sequence), 'the next resumes');
  });
});

describe('watch over polling', () => {
  it('transport "poll": revalidates with If-None-Match (304s while nothing changes) and sees the transition', async () => {
    const application = await submitDomisili(siti);
    const { fetch, requests } = recordingFetch();
    const statuses: number[] = [];
    const padu = createPadu({
      baseUrl: gateway.url,
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        statuses.push(response.status);
        return response;
      },
    });
    const watch = padu.tracking.watch(application.trackingCode, { transport: 'poll', pollInterval: 50, maxPollInterval: 100 });
    assert.equal((await watch.next()).value?.status, 'submitted');
    const next = watch.next(); // the watch works while its consumer waits
    await new Promise((resolve) => setTimeout(resolve, 300));
    await officer.officer.transition(application.id, { to: 'verifying' });
    assert.equal((await next).value?.status, 'verifying');
    watch.close();
    assert.ok(requests.every((r) => !r.url.endsWith('/events')), 'no streaming');
    assert.ok(statuses.includes(304), `some 304s: ${statuses}`);
    assert.ok(requests.slice(1).some((r) => r.headers.get('if-none-match')?.startsWith('"')), 'sent the ETag');
  });

  it('falls back to polling when streaming keeps failing', async () => {
    const application = await submitDomisili(siti);
    proxy.inject('GET', /\/events$/, { respond: { status: 503, body: { type: 'about:blank', title: 'No streams', status: 503 } } }, 1_000);
    const watch = (await loggedIn(proxy.url, demo.siti.identifier)).applications.watch(application.id, {
      pollInterval: 50,
      maxPollInterval: 200,
    });
    const events = await collect(watch, 1, 1, () => officer.officer.transition(application.id, { to: 'verifying' }));
    assert.deepEqual(events.map((e) => e.status), ['submitted', 'verifying']);
    const mine = proxy.seen.filter((r) => r.path.includes(application.id));
    assert.equal(mine.filter((r) => r.path.endsWith('/events')).length, 3, 'three tries at streaming');
    assert.ok(mine.some((r) => !r.path.endsWith('/events')), 'then polling');
  });
});

describe('waitFor and the end of a watch', () => {
  it('waitFor resolves when the status is reached (or was, in the history), and closes the watch', async () => {
    const application = await submitDomisili(siti);
    const anonymous = createPadu({ baseUrl: gateway.url });
    const waiting = anonymous.tracking.watch(application.trackingCode).waitFor(['in_process', 'rejected'], { timeout: 5_000 });
    await officer.officer.transition(application.id, { to: 'verifying' });
    await officer.officer.transition(application.id, { to: 'in_process' });
    assert.equal((await waiting).status, 'in_process');
    const already = await anonymous.tracking.watch(application.trackingCode).waitFor('verifying');
    assert.equal(already.status, 'verifying');
  });

  it('waitFor rejects with TimeoutError on timeout, and with the reason on abort', async () => {
    const application = await submitDomisili(siti);
    const anonymous = createPadu({ baseUrl: gateway.url });
    const timedOut = await anonymous.tracking.watch(application.trackingCode).waitFor('completed', { timeout: 300 }).catch((e: unknown) => e);
    assert.ok(timedOut instanceof TimeoutError, String(timedOut));
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('closed the tab')), 200);
    const aborted = await anonymous.tracking.watch(application.trackingCode).waitFor('completed', { signal: controller.signal }).catch((e: unknown) => e);
    assert.equal((aborted as Error).message, 'closed the tab');
  });

  it('close() and the signal option end a watch; a 4xx (unknown code, not yours) ends it with that error', async () => {
    const application = await submitDomisili(siti);
    const anonymous = createPadu({ baseUrl: gateway.url });
    const watch = anonymous.tracking.watch(application.trackingCode);
    assert.equal((await watch.next()).value?.status, 'submitted');
    setTimeout(() => watch.close(), 100);
    assert.equal((await watch.next()).done, true);

    const controller = new AbortController();
    const signalled = anonymous.tracking.watch(application.trackingCode, { signal: controller.signal });
    await signalled.next();
    controller.abort();
    assert.equal((await signalled.next()).done, true);

    await assert.rejects(anonymous.tracking.watch('KBL-ZZZZ-ZZZZ').next(), NotFoundError);
    const budi = await loggedIn(gateway.url, demo.budi.identifier);
    await assert.rejects(budi.applications.watch(application.id).next(), NotFoundError);
  });
});
