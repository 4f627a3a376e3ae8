// Webhooks to the OPDs' own systems, for real: endpoints registered through the API, events written with the
// changes that cause them, delivered over HTTP to receivers on loopback, verified with the `standardwebhooks`
// package as a receiving system would. Signatures (tampering, old timestamps, wrong secrets, rotation), retries
// with backoff, a dead endpoint beside a live one, redirects, answer sizes, re-sending, disabling, secrets at
// rest and in logs, the audit log, hostile input, and where deliveries may not go (server-side request forgery:
// plain http, loopback, private and link-local addresses, redirects, DNS rebinding), over TLS as well.
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { generate } from 'selfsigned';
import { Webhook, WebhookVerificationError } from 'standardwebhooks';
import { createContractAjv, componentValidator } from '../src/contract/ajv.ts';
import { loadContract } from '../src/contract/document.ts';
import { readFile } from 'node:fs/promises';
import { isPublicAddress } from '../src/webhooks/address-policy.ts';
import { retryDelay } from '../src/webhooks/dispatcher.ts';
import { SecretBox } from '../src/webhooks/secrets.ts';
import { scrubLogLine } from '../src/http/logging.ts';
import { ADMIN, BUDI, SITI, SITI_NIK, officerOf, opdAdminOf, startTestGateway, type TestGateway } from './helpers/harness.ts';
import { domisiliAnswers, pdfBytes } from './helpers/fixtures.ts';
import { startReceiver, type Answer, type Receiver, type ReceivedRequest } from './helpers/webhook-receiver.ts';

/** surat-domisili's OPD, whose admin registers the endpoints, and another one. */
const OPD = 'kelurahan-bandar-lor';
const OTHER_OPD = 'disdukcapil';
const ajv = createContractAjv(loadContract().document);
const validEvent = componentValidator(ajv, 'WebhookEvent');

type Endpoint = { id: string; url: string; status: string; eventTypes: string[]; previousSecretExpiresAt: string | null };
type Delivery = { id: string; eventId: string; eventType: string; status: string; attempts: number; lastError: string | null; lastResponseStatus: number | null; nextAttemptAt: string | null; event: { id: string; type: string; data: Record<string, unknown> } };

const headersOf = (request: ReceivedRequest) => request.headers as Record<string, string>;
const eventOf = (request: ReceivedRequest) => JSON.parse(request.body) as { id: string; type: string; timestamp: string; data: Record<string, any> };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `read` until `done` holds of its value (or fails after `timeoutMs`). */
async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > end) throw new Error(`not reached within ${timeoutMs} ms: ${JSON.stringify(value).slice(0, 1000)}`);
    await sleep(25);
  }
}

/** What every describe below needs: a gateway, an OPD admin's token, and endpoints and receivers cleaned up after each test. */
function webhookFixture(options: Parameters<typeof startTestGateway>[0]) {
  const state = {
    t: undefined as unknown as TestGateway,
    admin: '',
    receivers: [] as Receiver[],
    endpoints: [] as string[],
  };
  before(async () => {
    state.t = await startTestGateway(options);
    state.admin = await state.t.api.token(opdAdminOf(OPD));
  });
  afterEach(async () => {
    // Each test's endpoints stop receiving, so that the next test's events go to its own only.
    for (const id of state.endpoints.splice(0)) {
      await state.t.api.call('disableWebhookEndpoint', { token: state.admin, params: { endpointId: id } });
    }
    await Promise.all(state.receivers.splice(0).map((receiver) => receiver.close()));
  });
  after(() => state.t.close());

  const helpers = {
    state,
    async receiver(answer?: (index: number, request: ReceivedRequest) => Answer, options: Parameters<typeof startReceiver>[0] = {}) {
      const receiver = await startReceiver({ ...options, ...(answer ? { answer } : {}) });
      state.receivers.push(receiver);
      return receiver;
    },
    async register(url: string, eventTypes: string[] = ['application.submitted'], token = state.admin) {
      const res = await state.t.api.call('createWebhookEndpoint', { token, json: { url, eventTypes, description: 'Sistem uji' } });
      assert.equal(res.status, 201, res.text);
      state.endpoints.push(res.body.endpoint.id);
      return res.body as { endpoint: Endpoint; secret: string };
    },
    async submit(overrides: Record<string, unknown> = {}) {
      const siti = await state.t.api.token(SITI);
      const upload = await state.t.api.upload(siti, pdfBytes(), 'pengantar.pdf');
      const res = await state.t.api.submit(siti, { serviceId: 'surat-domisili', answers: domisiliAnswers(upload.body.id, overrides) });
      assert.equal(res.status, 201, res.text);
      return res.body as { id: string; trackingCode: string };
    },
    async transition(applicationId: string, to: string, note?: string) {
      const officer = await state.t.api.token(officerOf(OPD));
      const res = await state.t.api.call('transitionApplication', { token: officer, params: { applicationId }, json: note ? { to, note } : { to } });
      assert.equal(res.status, 200, res.text);
    },
    async deliveries(endpointId: string, query: Record<string, string | number> = {}) {
      const res = await state.t.api.call('listWebhookDeliveries', { token: state.admin, params: { endpointId }, query: { limit: 100, ...query } });
      assert.equal(res.status, 200, res.text);
      return res.body.data as Delivery[];
    },
  };
  return helpers;
}

describe('webhooks: delivery', () => {
  const fixture = webhookFixture({
    webhooks: { allowPrivate: true, retryBaseMs: 40, retryMaxDelayMs: 400, retryWindowMs: 4_000, timeoutMs: 1_000, pollIntervalMs: 50, rotationGraceMs: 2_500 },
  });
  const { state, receiver, register, submit, transition, deliveries } = fixture;

  it('delivers each event its endpoint chose, signed per Standard Webhooks, as ids and links without personal data', async () => {
    const hooks = await receiver();
    const { endpoint, secret } = await register(hooks.url, ['application.submitted', 'application.status_changed', 'application.resubmitted', 'application.cancelled', 'service.published']);
    assert.match(secret, /^whsec_[A-Za-z0-9+/]{43}=$/);
    assert.equal(endpoint.status, 'active');

    const submitted = await submit({ keperluan: 'Rahasia pribadi: pinjaman bank' });
    await transition(submitted.id, 'verifying');
    await transition(submitted.id, 'needs_revision', 'Lampirkan surat pengantar yang terbaca. Catatan pribadi petugas.');
    const siti = await state.t.api.token(SITI);
    const upload = await state.t.api.upload(siti, pdfBytes(), 'pengantar.pdf');
    const resubmitted = await state.t.api.call('resubmitApplication', { token: siti, params: { applicationId: submitted.id }, json: { answers: domisiliAnswers(upload.body.id) } });
    assert.equal(resubmitted.status, 200, resubmitted.text);
    const cancelled = await state.t.api.call('cancelApplication', { token: siti, params: { applicationId: submitted.id }, json: {} });
    assert.equal(cancelled.status, 200, cancelled.text);
    // A new version of the OPD's service.
    const opened = await state.t.api.call('createServiceDraft', { token: state.admin, params: { serviceId: 'surat-domisili' }, json: { fromVersion: 1 } });
    assert.equal(opened.status, 201, opened.text);
    const published = await state.t.api.call('publishServiceDraft', {
      token: state.admin,
      params: { serviceId: 'surat-domisili' },
      json: { changeNote: 'Terbit ulang untuk uji webhook.' },
      headers: { 'if-match': opened.body.etag },
    });
    assert.equal(published.status, 201, published.text);

    const received = await hooks.waitFor(6);
    const events = received.map((request) => new Webhook(secret).verify(request.body, headersOf(request)) as ReturnType<typeof eventOf>);
    // Deliveries run side by side (two at a time per endpoint); the sequence orders the application's events.
    const application = events.filter((e) => e.type.startsWith('application.')).sort((a, b) => a.data.sequence - b.data.sequence);
    assert.deepEqual(
      application.map((e) => [e.type, e.data.previousStatus, e.data.status, e.data.actorRole]),
      [
        ['application.submitted', null, 'submitted', 'citizen'],
        ['application.status_changed', 'submitted', 'verifying', 'officer'],
        ['application.status_changed', 'verifying', 'needs_revision', 'officer'],
        ['application.resubmitted', 'needs_revision', 'submitted', 'citizen'],
        ['application.cancelled', 'submitted', 'cancelled', 'citizen'],
      ],
    );
    const [service] = events.filter((e) => e.type === 'service.published');
    assert.deepEqual(service!.data, { serviceId: 'surat-domisili', version: 2, agencyId: OPD, links: { service: `${state.t.gateway.url}/services/surat-domisili` } });
    for (const [i, request] of received.entries()) {
      const event = events[i]!;
      assert.ok(validEvent(event), JSON.stringify(validEvent.errors));
      assert.equal(request.method, 'POST');
      assert.equal(request.headers['content-type'], 'application/json');
      assert.equal(request.headers['webhook-id'], event.id);
      assert.match(String(request.headers['webhook-timestamp']), /^\d{10}$/);
      assert.ok(Math.abs(Number(request.headers['webhook-timestamp']) - Date.now() / 1000) < 30);
      assert.match(String(request.headers['webhook-signature']), /^v1,[A-Za-z0-9+/]+=*$/, 'one signature outside a rotation');
      for (const personal of [SITI_NIK, 'Siti', 'siti@demo.padu.id', 'Jl. Dhoho', 'Rahasia pribadi', 'Catatan pribadi', '0812']) {
        assert.ok(!request.body.includes(personal), `no “${personal}” in ${request.body}`);
      }
    }
    const first = application[0]!;
    assert.deepEqual(first.data.links, {
      application: `${state.t.gateway.url}/applications/${submitted.id}`,
      tracking: `${state.t.gateway.url}/tracking/${submitted.trackingCode}`,
    });
    assert.deepEqual([first.data.applicationId, first.data.trackingCode, first.data.agencyId, first.data.serviceId, first.data.serviceVersion], [
      submitted.id,
      submitted.trackingCode,
      OPD,
      'surat-domisili',
      1,
    ]);
    // The links work with the OPD's credentials: the officer reads the application they name.
    const officer = await state.t.api.token(officerOf(OPD));
    const linked = await fetch(first.data.links.application, { headers: { authorization: `Bearer ${officer}` } });
    assert.equal(linked.status, 200);

    const listed = await deliveries(endpoint.id);
    assert.equal(listed.length, 6);
    assert.ok(listed.every((d) => d.status === 'delivered' && d.attempts === 1 && d.lastError === null && d.lastResponseStatus === 204));
    assert.deepEqual(new Set(listed.map((d) => d.eventId)), new Set(events.map((e) => e.id)));
  });

  it('sends only the event types an endpoint chose, and only its own OPD’s', async () => {
    const statusOnly = await receiver();
    const other = await receiver();
    const { endpoint } = await register(statusOnly.url, ['application.status_changed']);
    const otherAdmin = await state.t.api.token(opdAdminOf(OTHER_OPD));
    const foreign = await register(other.url, ['application.submitted', 'application.status_changed'], otherAdmin);
    const submitted = await submit();
    await transition(submitted.id, 'verifying');
    const [only] = await statusOnly.waitFor(1);
    assert.equal(eventOf(only!).type, 'application.status_changed');
    await sleep(300);
    assert.equal(statusOnly.received.length, 1);
    assert.equal(other.received.length, 0, 'another OPD’s endpoint hears nothing of this OPD');
    assert.equal((await deliveries(endpoint.id)).length, 1);
    await state.t.api.call('disableWebhookEndpoint', { token: otherAdmin, params: { endpointId: foreign.endpoint.id } });
    state.endpoints.splice(state.endpoints.indexOf(foreign.endpoint.id), 1);
  });

  it('is refused by a receiver when the body was tampered with, the timestamp is old, or the secret is another', async () => {
    const hooks = await receiver();
    const { secret } = await register(hooks.url);
    const other = await register((await receiver()).url);
    await submit();
    const [request] = await hooks.waitFor(1);
    const headers = headersOf(request!);
    const webhook = new Webhook(secret);
    assert.equal(eventOf(request!).type, 'application.submitted');
    assert.deepEqual(webhook.verify(request!.body, headers), JSON.parse(request!.body));

    const tampered = request!.body.replace('"status":"submitted"', '"status":"completed"');
    assert.notEqual(tampered, request!.body);
    assert.throws(() => webhook.verify(tampered, headers), WebhookVerificationError);
    assert.throws(() => webhook.verify(`${request!.body} `, headers), WebhookVerificationError);
    assert.throws(() => new Webhook(other.secret).verify(request!.body, headers), WebhookVerificationError);
    // Replayed ten minutes later, signed correctly for that old time: refused as too old.
    const old = new Date(Date.now() - 10 * 60_000);
    const replay = { ...headers, 'webhook-timestamp': String(Math.floor(old.getTime() / 1000)), 'webhook-signature': webhook.sign(headers['webhook-id']!, old, request!.body) };
    assert.throws(() => webhook.verify(request!.body, replay), /too old/);
    // The same delivery, moved to another timestamp without a new signature: refused.
    assert.throws(() => webhook.verify(request!.body, { ...headers, 'webhook-timestamp': String(Number(headers['webhook-timestamp']) - 1) }), WebhookVerificationError);
    assert.throws(() => webhook.verify(request!.body, { ...headers, 'webhook-id': 'msg_lain' }), WebhookVerificationError);
  });

  it('signs with both secrets during a rotation, and with the new one alone after its grace', async () => {
    const hooks = await receiver();
    const { endpoint, secret: oldSecret } = await register(hooks.url);
    const rotated = await state.t.api.call('rotateWebhookSecret', { token: state.admin, params: { endpointId: endpoint.id } });
    assert.equal(rotated.status, 200, rotated.text);
    const newSecret: string = rotated.body.secret;
    assert.notEqual(newSecret, oldSecret);
    const graceEnds = Date.parse(rotated.body.endpoint.previousSecretExpiresAt);
    assert.ok(graceEnds > Date.now() && graceEnds <= Date.now() + 2_500);

    await submit();
    const [during] = await hooks.waitFor(1);
    const signatures = String(during!.headers['webhook-signature']).split(' ');
    assert.equal(signatures.length, 2, 'two signatures during the grace');
    // A receiver with either secret accepts it: the one not yet switched, and the one already switched.
    assert.deepEqual(new Webhook(oldSecret).verify(during!.body, headersOf(during!)), JSON.parse(during!.body));
    assert.deepEqual(new Webhook(newSecret).verify(during!.body, headersOf(during!)), JSON.parse(during!.body));
    // Each signature is one secret's: the new one first.
    const only = (signature: string) => ({ ...headersOf(during!), 'webhook-signature': signature });
    assert.doesNotThrow(() => new Webhook(newSecret).verify(during!.body, only(signatures[0]!)));
    assert.doesNotThrow(() => new Webhook(oldSecret).verify(during!.body, only(signatures[1]!)));

    await sleep(Math.max(0, graceEnds - Date.now()) + 50);
    assert.equal((await state.t.api.call('getWebhookEndpoint', { token: state.admin, params: { endpointId: endpoint.id } })).body.previousSecretExpiresAt, null);
    await submit();
    const [afterGrace] = (await hooks.waitFor(2)).slice(1);
    assert.equal(String(afterGrace!.headers['webhook-signature']).split(' ').length, 1);
    assert.doesNotThrow(() => new Webhook(newSecret).verify(afterGrace!.body, headersOf(afterGrace!)));
    assert.throws(() => new Webhook(oldSecret).verify(afterGrace!.body, headersOf(afterGrace!)), WebhookVerificationError);
  });

  it('tries a receiver answering 500 three times again, with growing delays, and delivers on the fourth try', async () => {
    const hooks = await receiver((index) => (index < 3 ? 500 : 200));
    const { endpoint, secret } = await register(hooks.url);
    await submit();
    const tries = await hooks.waitFor(4);
    // One event, one id: a receiver de-duplicates by it.
    assert.equal(new Set(tries.map((r) => r.headers['webhook-id'])).size, 1);
    for (const request of tries) new Webhook(secret).verify(request.body, headersOf(request));
    // Exponential backoff with jitter (40 ms base): each wait at least half its ceiling of 40, 80, 160 ms.
    const gaps = tries.slice(1).map((request, i) => request.at - tries[i]!.at);
    for (const [i, gap] of gaps.entries()) assert.ok(gap >= (40 * 2 ** i) / 2 - 5, `wait ${i + 1} was ${gap.toFixed(0)} ms: ${gaps.map(Math.round)}`);
    const [delivery] = await until(() => deliveries(endpoint.id), ([d]) => d?.status === 'delivered');
    assert.deepEqual([delivery!.attempts, delivery!.lastResponseStatus, delivery!.lastError, delivery!.nextAttemptAt], [4, 200, null, null]);
    await sleep(300);
    assert.equal(hooks.received.length, 4, 'nothing more once delivered');
  });

  it('computes retry delays that double up to their cap, never below half of them', () => {
    const config = { retryBaseMs: 5_000, retryMaxDelayMs: 3_600_000 };
    assert.deepEqual([1, 2, 3, 4].map((n) => retryDelay(n, config, () => 1)), [5_000, 10_000, 20_000, 40_000]);
    assert.deepEqual([1, 2, 3, 4].map((n) => retryDelay(n, config, () => 0)), [2_500, 5_000, 10_000, 20_000]);
    assert.equal(retryDelay(40, config, () => 1), 3_600_000);
    assert.equal(retryDelay(10_000, config, () => 0.5), 2_700_000);
  });

  it('fails a delivery after its retry window, and records why', async () => {
    const hooks = await receiver(() => 503);
    const { endpoint } = await register(hooks.url);
    await submit();
    const [delivery] = await until(() => deliveries(endpoint.id), ([d]) => d?.status === 'failed', 15_000);
    assert.ok(delivery!.attempts > 3, `${delivery!.attempts} attempts`);
    assert.deepEqual([delivery!.lastResponseStatus, delivery!.lastError, delivery!.nextAttemptAt], [503, 'http_status', null]);
    const failed = await deliveries(endpoint.id, { status: 'failed' });
    assert.deepEqual(failed.map((d) => d.id), [delivery!.id]);
    assert.deepEqual(await deliveries(endpoint.id, { status: 'pending' }), []);
  });

  it('never lets a dead endpoint delay a live one or the API: at most two attempts at it at once, each cut at the timeout', async () => {
    const dead = await receiver(() => 'hang');
    const live = await receiver();
    const deadEndpoint = await register(dead.url);
    await register(live.url);
    const started = performance.now();
    const submitted: { id: string }[] = [];
    const latencies: number[] = [];
    for (let i = 0; i < 6; i++) {
      const before = performance.now();
      submitted.push(await submit());
      latencies.push(performance.now() - before);
    }
    const arrived = await live.waitFor(6, 5_000);
    const allLive = Math.max(...arrived.map((r) => r.at)) - (performance.timeOrigin + started);
    assert.ok(allLive < 3_000, `the live endpoint had every event ${allLive.toFixed(0)} ms after the first submission`);
    // Were a delivery on the request path, every submission would wait for the dead endpoint's 1 s timeout.
    const median = [...latencies].sort((a, b) => a - b)[latencies.length / 2]!;
    assert.ok(median < 600, `submissions took ${latencies.map(Math.round)} ms`);
    assert.deepEqual(new Set(arrived.map((r) => eventOf(r).data.applicationId)), new Set(submitted.map((s) => s.id)));
    // The dead one gets at most two at a time: a third attempt starts only when one of the first two is cut at
    // the 1 s timeout.
    const timedOut = await until(() => deliveries(deadEndpoint.endpoint.id), (list) => list.some((d) => d.lastError === 'timeout'));
    assert.ok(timedOut.every((d) => d.status === 'pending'));
    const firstAt = dead.received[0]!.at;
    const early = dead.received.filter((request) => request.at - firstAt < 900);
    assert.ok(early.length <= 2, `${early.length} attempts at the dead endpoint within its first timeout`);
    assert.ok(dead.received.length >= 3, 'the dead endpoint is tried again after its attempts time out');
  });

  it('follows no redirect: a 3xx is a failed attempt, and the place it points to hears nothing', async () => {
    const elsewhere = await receiver();
    const redirecting = await receiver(() => ({ status: 307, headers: { location: elsewhere.url } }));
    const { endpoint } = await register(redirecting.url);
    await submit();
    await redirecting.waitFor(2);
    const [delivery] = await until(() => deliveries(endpoint.id), ([d]) => (d?.attempts ?? 0) >= 2 && d?.lastError !== null);
    assert.deepEqual([delivery!.status, delivery!.lastResponseStatus, delivery!.lastError], ['pending', 307, 'redirect']);
    assert.equal(elsewhere.received.length, 0);
  });

  it('takes a 2xx with an endless body as delivered, and closes the connection after a little of it', async () => {
    let closedAfter = -1;
    const { createServer } = await import('node:http');
    const server = createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        response.writeHead(200, { 'content-type': 'text/plain' });
        let written = 0;
        const pump = () => {
          while (!response.destroyed && written < 50_000_000 && response.write(Buffer.alloc(16_384, 'x'))) written += 16_384;
        };
        response.on('drain', pump);
        response.on('close', () => (closedAfter = written));
        pump();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as { port: number };
      const { endpoint } = await register(`http://127.0.0.1:${port}/hooks`);
      await submit();
      const [delivery] = await until(() => deliveries(endpoint.id), ([d]) => d?.status === 'delivered');
      assert.deepEqual([delivery!.lastResponseStatus, delivery!.attempts], [200, 1]);
      await until(async () => closedAfter, (n) => n >= 0, 3_000);
      assert.ok(closedAfter < 10_000_000, `the gateway let ${closedAfter} bytes be written`);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('re-sends a delivered or failed delivery with the same webhook-id; not a pending one, nor one of a disabled endpoint', async () => {
    let failing = true;
    const hooks = await receiver(() => (failing ? 500 : 200));
    const { endpoint, secret } = await register(hooks.url);
    await submit();
    const [failed] = await until(() => deliveries(endpoint.id), ([d]) => d?.status === 'failed', 15_000);
    failing = false;
    const resent = await state.t.api.call('resendWebhookDelivery', { token: state.admin, params: { endpointId: endpoint.id, deliveryId: failed!.id } });
    assert.equal(resent.status, 202, resent.text);
    assert.equal(resent.body.id, failed!.id);
    const [delivered] = await until(() => deliveries(endpoint.id), ([d]) => d?.status === 'delivered');
    const last = hooks.received.at(-1)!;
    assert.equal(last.headers['webhook-id'], failed!.eventId);
    new Webhook(secret).verify(last.body, headersOf(last));
    assert.ok(delivered!.attempts > failed!.attempts);

    // Pending (tried again and again while the receiver fails): refused.
    failing = true;
    const again = await state.t.api.call('resendWebhookDelivery', { token: state.admin, params: { endpointId: endpoint.id, deliveryId: delivered!.id } });
    assert.equal(again.status, 202);
    const pending = await state.t.api.call('resendWebhookDelivery', { token: state.admin, params: { endpointId: endpoint.id, deliveryId: delivered!.id } });
    assert.equal(pending.status, 409, pending.text);
    assert.equal(pending.body.code, 'webhook.delivery_pending');

    const disabled = await state.t.api.call('disableWebhookEndpoint', { token: state.admin, params: { endpointId: endpoint.id } });
    assert.equal(disabled.status, 200);
    state.endpoints.splice(state.endpoints.indexOf(endpoint.id), 1);
    const refused = await state.t.api.call('resendWebhookDelivery', { token: state.admin, params: { endpointId: endpoint.id, deliveryId: delivered!.id } });
    assert.equal(refused.status, 409);
    assert.equal(refused.body.code, 'webhook.disabled');
    const unknown = await state.t.api.call('resendWebhookDelivery', { token: state.admin, params: { endpointId: endpoint.id, deliveryId: endpoint.id } });
    assert.equal(unknown.status, 404);
  });

  it('stops queueing for a disabled endpoint and fails what was waiting; enabled again, it receives new events', async () => {
    const hooks = await receiver(() => 'hang');
    const { endpoint } = await register(hooks.url);
    await submit();
    await submit();
    await submit();
    await hooks.waitFor(2);
    const disabled = await state.t.api.call('disableWebhookEndpoint', { token: state.admin, params: { endpointId: endpoint.id } });
    assert.equal(disabled.status, 200, disabled.text);
    assert.equal(disabled.body.status, 'disabled');
    state.endpoints.splice(state.endpoints.indexOf(endpoint.id), 1);
    const twice = await state.t.api.call('disableWebhookEndpoint', { token: state.admin, params: { endpointId: endpoint.id } });
    assert.deepEqual([twice.status, twice.body.code], [409, 'webhook.disabled']);
    const waiting = await deliveries(endpoint.id);
    assert.equal(waiting.length, 3);
    // Two were in flight and the third waited its turn: none of them will be tried again.
    assert.ok(waiting.every((d) => d.status === 'failed' && d.lastError === 'endpoint_disabled' && d.nextAttemptAt === null), JSON.stringify(waiting));
    await sleep(1_200);
    assert.ok((await deliveries(endpoint.id)).every((d) => d.status === 'failed'), 'the cut attempts leave them failed');
    await submit();
    assert.equal((await deliveries(endpoint.id)).length, 3, 'nothing queued while disabled');

    const live = await state.t.api.call('enableWebhookEndpoint', { token: state.admin, params: { endpointId: endpoint.id } });
    assert.equal(live.status, 200, live.text);
    state.endpoints.push(endpoint.id);
    const enabledTwice = await state.t.api.call('enableWebhookEndpoint', { token: state.admin, params: { endpointId: endpoint.id } });
    assert.deepEqual([enabledTwice.status, enabledTwice.body.code], [409, 'webhook.not_disabled']);
    await submit();
    assert.equal((await deliveries(endpoint.id)).length, 4);
  });

  it('changes an endpoint’s URL, event types and description; a URL it may not use is refused', async () => {
    const first = await receiver();
    const second = await receiver();
    const { endpoint } = await register(first.url);
    const changed = await state.t.api.call('updateWebhookEndpoint', {
      token: state.admin,
      params: { endpointId: endpoint.id },
      json: { url: second.url, eventTypes: ['application.submitted', 'application.cancelled'], description: null },
    });
    assert.equal(changed.status, 200, changed.text);
    assert.deepEqual([changed.body.url, changed.body.eventTypes, changed.body.description], [second.url, ['application.submitted', 'application.cancelled'], null]);
    await submit();
    await second.waitFor(1);
    assert.equal(first.received.length, 0);
    for (const json of [{}, { url: 'ftp://127.0.0.1/hooks' }, { eventTypes: [] }, { eventTypes: ['application.submitted', 'application.submitted'] }, { eventTypes: ['application.deleted'] }, { description: 'a\u0000b' }, { secret: 'whsec_x' }, { url: `https://x.padu.test/${'a'.repeat(2_000)}` }]) {
      const res = await state.t.api.call('updateWebhookEndpoint', { token: state.admin, params: { endpointId: endpoint.id }, json });
      assert.equal(res.status, 422, `${JSON.stringify(json).slice(0, 80)}: ${res.text}`);
    }
    const bad = await state.t.api.call('updateWebhookEndpoint', { token: state.admin, params: { endpointId: 'bukan-uuid' }, json: { description: 'x' } });
    assert.equal(bad.status, 400);
  });

  it('keeps secrets out of lists, logs and the database in the clear; the key lives beside the database, readable by the gateway only', async () => {
    const hooks = await receiver();
    const { endpoint, secret } = await register(hooks.url);
    const rotated = await state.t.api.call('rotateWebhookSecret', { token: state.admin, params: { endpointId: endpoint.id } });
    await submit();
    await hooks.waitFor(1);
    const reads = [
      await state.t.api.call('listWebhookEndpoints', { token: state.admin, query: { limit: 100 } }),
      await state.t.api.call('getWebhookEndpoint', { token: state.admin, params: { endpointId: endpoint.id } }),
      await state.t.api.call('listWebhookDeliveries', { token: state.admin, params: { endpointId: endpoint.id } }),
      await state.t.api.call('listAuditEntries', { token: state.admin, query: { limit: 100 } }),
    ];
    for (const read of reads) {
      assert.equal(read.status, 200);
      assert.ok(!read.text.includes('whsec_'), read.text.slice(0, 300));
    }
    // Should one ever reach a log line, the scrub every line passes through hides it.
    assert.equal(scrubLogLine(`{"msg":"x","secret":"${secret}"}`), '{"msg":"x","secret":"whsec_[disembunyikan]"}');
    const logs = state.t.logs.join('');
    for (const value of [secret, rotated.body.secret, secret.slice(6), rotated.body.secret.slice(6)]) assert.ok(!logs.includes(value), 'no secret in the logs');
    const row = await state.t.gateway.context.db.selectFrom('webhook_endpoints').selectAll().where('id', '=', endpoint.id).executeTakeFirstOrThrow();
    for (const sealed of [row.secret, row.previous_secret!]) {
      assert.match(sealed, /^v1\./);
      assert.ok(!sealed.includes(secret.slice(6)) && !sealed.includes(rotated.body.secret.slice(6)));
    }
    const keyFile = join(state.t.dataDir, 'webhook-secrets.key');
    assert.equal((await stat(keyFile)).mode & 0o777, 0o600);
    // With the key they open, for this endpoint only: a sealed secret copied onto another endpoint does not.
    const box = new SecretBox(Buffer.from(await readFile(keyFile, 'utf8'), 'base64'));
    assert.equal(box.open(row.secret, endpoint.id), rotated.body.secret);
    assert.equal(box.open(row.previous_secret!, endpoint.id), secret);
    assert.throws(() => box.open(row.secret, '00000000-0000-4000-8000-000000000000'));
  });

  it('audits every change to an endpoint, by endpoint id', async () => {
    const hooks = await receiver(() => 500);
    const { endpoint } = await register(hooks.url);
    const params = { endpointId: endpoint.id };
    await state.t.api.call('updateWebhookEndpoint', { token: state.admin, params, json: { description: 'Diubah' } });
    await state.t.api.call('rotateWebhookSecret', { token: state.admin, params });
    await submit();
    const [failed] = await until(() => deliveries(endpoint.id), ([d]) => d?.status === 'failed', 15_000);
    await state.t.api.call('resendWebhookDelivery', { token: state.admin, params: { ...params, deliveryId: failed!.id } });
    await state.t.api.call('disableWebhookEndpoint', { token: state.admin, params });
    await state.t.api.call('enableWebhookEndpoint', { token: state.admin, params });
    const log = await state.t.api.call('listAuditEntries', { token: state.admin, query: { limit: 100 } });
    const mine = log.body.data.filter((e: { webhookEndpointId: string | null }) => e.webhookEndpointId === endpoint.id);
    assert.deepEqual(mine.map((e: { action: string }) => e.action).reverse(), [
      'webhook.created',
      'webhook.updated',
      'webhook.secret_rotated',
      'webhook.delivery_resent',
      'webhook.disabled',
      'webhook.enabled',
    ]);
    assert.ok(mine.every((e: { agencyId: string; actor: { role: string } }) => e.agencyId === OPD && e.actor.role === 'opd_admin'));
  });

  it("keeps each OPD admin to their own OPD's endpoints; the city's admin reaches every OPD's; citizens and officers none", async () => {
    const hooks = await receiver();
    const { endpoint } = await register(hooks.url);
    const params = { endpointId: endpoint.id };
    const otherAdmin = await state.t.api.token(opdAdminOf(OTHER_OPD));
    const calls = {
      getWebhookEndpoint: { params },
      updateWebhookEndpoint: { params, json: { description: 'Diambil alih' } },
      disableWebhookEndpoint: { params },
      enableWebhookEndpoint: { params },
      rotateWebhookSecret: { params },
      listWebhookDeliveries: { params },
      resendWebhookDelivery: { params: { ...params, deliveryId: '6d5c4b3a-2f1e-4d0c-9b8a-7f6e5d4c3b2a' } },
    } as const;
    for (const [id, call] of Object.entries(calls)) {
      const res = await state.t.api.call(id as keyof typeof calls, { token: otherAdmin, ...call });
      assert.equal(res.status, 404, `${id}: ${res.text}`);
    }
    const list = await state.t.api.call('listWebhookEndpoints', { token: otherAdmin, query: { limit: 100 } });
    assert.ok(list.body.data.every((e: Endpoint & { agencyId: string }) => e.agencyId === OTHER_OPD));
    assert.equal((await state.t.api.call('listWebhookEndpoints', { token: otherAdmin, query: { agencyId: OPD } })).status, 403);
    const intrude = await state.t.api.call('createWebhookEndpoint', { token: otherAdmin, json: { agencyId: OPD, url: hooks.url, eventTypes: ['application.submitted'] } });
    assert.equal(intrude.status, 403);
    assert.equal((await state.t.api.call('getWebhookEndpoint', { token: state.admin, params })).body.description, 'Sistem uji');

    const city = await state.t.api.token(ADMIN);
    assert.equal((await state.t.api.call('getWebhookEndpoint', { token: city, params })).status, 200);
    const everyOpd = await state.t.api.call('listWebhookEndpoints', { token: city, query: { limit: 100 } });
    assert.ok(everyOpd.body.data.some((e: Endpoint) => e.id === endpoint.id));
    const noOpd = await state.t.api.call('createWebhookEndpoint', { token: city, json: { url: hooks.url, eventTypes: ['application.submitted'] } });
    assert.deepEqual([noOpd.status, noOpd.body.errors?.[0]?.pointer], [422, '/agencyId']);
    const unknownOpd = await state.t.api.call('createWebhookEndpoint', { token: city, json: { agencyId: 'dinas-tidak-ada', url: hooks.url, eventTypes: ['application.submitted'] } });
    assert.deepEqual([unknownOpd.status, unknownOpd.body.errors?.[0]?.pointer], [422, '/agencyId']);
    const forOpd = await state.t.api.call('createWebhookEndpoint', { token: city, json: { agencyId: OPD, url: hooks.url, eventTypes: ['service.published'] } });
    assert.equal(forOpd.status, 201, forOpd.text);
    state.endpoints.push(forOpd.body.endpoint.id);

    for (const who of [SITI, BUDI, officerOf(OPD)]) {
      const token = await state.t.api.token(who);
      for (const [id, call] of Object.entries({ ...calls, listWebhookEndpoints: {}, createWebhookEndpoint: { json: { url: hooks.url, eventTypes: ['application.submitted'] } } })) {
        const res = await state.t.api.call(id as keyof typeof calls, { token, ...call });
        assert.equal(res.status, 403, `${who} ${id}: ${res.text}`);
      }
    }
  });

  it('lets an OPD have at most ten active endpoints', async () => {
    const hooks = await receiver();
    const existing = (await state.t.api.call('listWebhookEndpoints', { token: state.admin, query: { limit: 100 } })).body.data.filter((e: Endpoint) => e.status === 'active').length;
    for (let i = existing; i < 10; i++) await register(hooks.url);
    const eleventh = await state.t.api.call('createWebhookEndpoint', { token: state.admin, json: { url: hooks.url, eventTypes: ['application.submitted'] } });
    assert.deepEqual([eleventh.status, eleventh.body.code], [409, 'webhook.too_many']);
  });

  it('lists endpoints newest first, page by page', async () => {
    const hooks = await receiver();
    const made = [];
    for (let i = 0; i < 5; i++) made.push((await register(hooks.url)).endpoint.id);
    const walked: string[] = [];
    let cursor: string | undefined;
    do {
      const res = await state.t.api.call('listWebhookEndpoints', { token: state.admin, query: { limit: 2, ...(cursor ? { cursor } : {}) } });
      assert.equal(res.status, 200, res.text);
      walked.push(...res.body.data.map((e: Endpoint) => e.id));
      cursor = res.body.nextCursor ?? undefined;
    } while (cursor);
    // Newest first; endpoints made within one millisecond come in the order of their ids.
    assert.deepEqual(new Set(walked.slice(0, 5)), new Set(made));
    assert.equal(new Set(walked).size, walked.length, 'no endpoint twice');
    const all = (await state.t.api.call('listWebhookEndpoints', { token: state.admin, query: { limit: 100 } })).body.data as (Endpoint & { createdAt: string })[];
    assert.deepEqual(walked, all.map((e) => e.id));
    for (let i = 1; i < all.length; i++) assert.ok(all[i - 1]!.createdAt >= all[i]!.createdAt);
    const garbage = await state.t.api.call('listWebhookEndpoints', { token: state.admin, query: { cursor: 'bukan-kursor' } });
    assert.equal(garbage.status, 422);
  });
});

/** A resolver standing in for DNS: names to addresses, or a function of how many times a name was asked. */
function fakeResolver(names: Record<string, string[] | ((asked: number) => string[])>) {
  const asked = new Map<string, number>();
  const resolve = async (hostname: string) => {
    const count = (asked.get(hostname) ?? 0) + 1;
    asked.set(hostname, count);
    const entry = names[hostname];
    const addresses = typeof entry === 'function' ? entry(count) : entry;
    if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  return { resolve, asked };
}

describe('webhooks: where deliveries may not go', () => {
  // A public address for the resolver to answer with. Nothing ever connects to it: registering only resolves, and
  // the one endpoint that resolves to it at registration resolves elsewhere before any delivery.
  const PUBLIC = '93.184.215.14';
  const dns = fakeResolver({
    'hooks.padu.test': [PUBLIC],
    'localhost.padu.test': ['127.0.0.1'],
    'lan.padu.test': ['192.168.1.20'],
    'mixed.padu.test': [PUBLIC, '10.0.0.5'],
    'metadata.padu.test': ['169.254.169.254'],
    'v6.padu.test': ['fd00::1'],
    // Public when the URL is registered, loopback when a delivery is about to be made: DNS rebinding.
    'rebind.padu.test': (asked) => (asked === 1 ? [PUBLIC] : ['127.0.0.1']),
  });
  const fixture = webhookFixture({ webhooks: { allowPrivate: false, resolve: dns.resolve, retryBaseMs: 40, timeoutMs: 1_000, pollIntervalMs: 50 } });
  const { state, receiver, register, submit, deliveries } = fixture;

  const refusal = async (url: string) => {
    const res = await state.t.api.call('createWebhookEndpoint', { token: state.admin, json: { url, eventTypes: ['application.submitted'] } });
    if (res.status === 201) state.endpoints.push(res.body.endpoint.id);
    return { status: res.status, code: res.body.errors?.[0]?.code as string | undefined, reason: res.body.errors?.[0]?.params?.reason as string | undefined, pointer: res.body.errors?.[0]?.pointer };
  };

  it('refuses plain http, credentials and fragments', async () => {
    assert.deepEqual(await refusal('http://hooks.padu.test/hooks'), { status: 422, code: 'webhook.url_refused', reason: 'https_required', pointer: '/url' });
    assert.equal((await refusal('https://user:sandi@hooks.padu.test/hooks')).reason, 'credentials');
    assert.equal((await refusal('https://hooks.padu.test/hooks#bagian')).reason, 'fragment');
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'gopher://hooks.padu.test/', 'https://', 'hooks.padu.test/hooks']) {
      assert.equal((await refusal(url)).status, 422, url);
    }
  });

  it('refuses loopback, private, link-local and other non-public addresses, however they are written', async () => {
    for (const url of [
      'https://127.0.0.1/hooks',
      'https://127.1.2.3/hooks',
      'https://2130706433/hooks',
      'https://0x7f.0.0.1/hooks',
      'https://0177.0.0.1/hooks',
      'https://[::1]/hooks',
      'https://[::ffff:127.0.0.1]/hooks',
      'https://[::ffff:7f00:1]/hooks',
      'https://[64:ff9b::7f00:1]/hooks',
      'https://[2002:7f00:1::]/hooks',
      'https://0.0.0.0/hooks',
      'https://10.1.2.3/hooks',
      'https://172.16.0.1/hooks',
      'https://172.31.255.254/hooks',
      'https://192.168.0.10/hooks',
      'https://100.64.0.1/hooks',
      'https://169.254.169.254/latest/meta-data/',
      'https://[fe80::1]/hooks',
      'https://[fd00::1]/hooks',
      'https://224.0.0.1/hooks',
      'https://255.255.255.255/hooks',
      'https://192.0.2.1/hooks',
      'https://198.18.0.1/hooks',
      'https://localhost.padu.test/hooks',
      'https://lan.padu.test/hooks',
      'https://metadata.padu.test/hooks',
      'https://v6.padu.test/hooks',
      // One public and one private address: the private one could be chosen, so both are refused.
      'https://mixed.padu.test/hooks',
    ]) {
      assert.deepEqual(await refusal(url), { status: 422, code: 'webhook.url_refused', reason: 'address_refused', pointer: '/url' }, url);
    }
    assert.equal((await refusal('https://tidak-ada.padu.test/hooks')).reason, 'unresolvable');
    assert.equal((await refusal(`https://${PUBLIC}/hooks`)).status, 201);
    assert.equal((await refusal('https://hooks.padu.test/hooks')).status, 201);
  });

  it('tells public addresses from the rest', () => {
    for (const address of ['93.184.215.14', '8.8.8.8', '1.1.1.1', '2606:4700:4700::1111', '2001:4860:4860::8888', '::ffff:8.8.8.8']) {
      assert.ok(isPublicAddress(address), address);
    }
    for (const address of ['127.0.0.1', '10.0.0.1', '::1', '::', 'fe80::1%eth0', '2001:db8::1', '2001::1', '2001:10::1', '100::1', '::ffff:10.0.0.1', 'bukan-alamat', '']) {
      assert.ok(!isPublicAddress(address), address);
    }
  });

  it('checks again before each delivery: a name that turns private (DNS rebinding) is not connected to', async () => {
    const internal = await receiver();
    const { endpoint } = await register(`https://rebind.padu.test:${internal.port}/hooks`);
    await submit();
    const [delivery] = await until(() => deliveries(endpoint.id), ([d]) => (d?.attempts ?? 0) >= 2);
    assert.deepEqual([delivery!.status, delivery!.lastError, delivery!.lastResponseStatus], ['pending', 'address_refused', null]);
    assert.equal(internal.received.length, 0, 'nothing reached the internal address');
    assert.ok(dns.asked.get('rebind.padu.test')! >= 3, 'resolved at registration and again for each attempt');
  });

  it('refuses a new URL that is not public when an endpoint is changed', async () => {
    const { endpoint } = await register('https://hooks.padu.test/hooks', ['service.published']);
    const res = await state.t.api.call('updateWebhookEndpoint', { token: state.admin, params: { endpointId: endpoint.id }, json: { url: 'https://127.0.0.1/hooks' } });
    assert.deepEqual([res.status, res.body.errors?.[0]?.params?.reason], [422, 'address_refused']);
    assert.equal((await state.t.api.call('getWebhookEndpoint', { token: state.admin, params: { endpointId: endpoint.id } })).body.url, 'https://hooks.padu.test/hooks');
  });
});

/** A self-signed certificate for `name`, made for the test (no key is kept in the repository). */
async function certificate(name: string) {
  const pems = await generate([{ name: 'commonName', value: name }], {
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 2, value: name }] }],
  });
  return { key: pems.private, cert: pems.cert };
}

describe('webhooks: over TLS', async () => {
  const NAME = 'hooks.padu.test';
  const dns = fakeResolver({ [NAME]: ['127.0.0.1'], 'lain.padu.test': ['127.0.0.1'], 'asing.padu.test': ['127.0.0.1'] });
  const trusted = await certificate(NAME);
  const untrusted = await certificate('asing.padu.test');
  // Loopback receivers need allowPrivate; the https path is the one production takes, with the test's certificate
  // trusted besides the system's.
  const fixture = webhookFixture({
    webhooks: { allowPrivate: true, resolve: dns.resolve, retryBaseMs: 40, timeoutMs: 1_000, pollIntervalMs: 50, ca: [trusted.cert] },
  });
  const { receiver, register, submit, deliveries } = fixture;

  it('connects to the address it checked, and verifies the certificate against the URL’s host name', async () => {
    const hooks = await receiver(undefined, { tls: trusted, host: NAME });
    const { endpoint, secret } = await register(hooks.url);
    const askedBefore = dns.asked.get(NAME)!;
    await submit();
    const [request] = await hooks.waitFor(1);
    // The name exists only in the test's resolver: the connection went to the address it gave, with the name in
    // Host and in TLS's SNI.
    assert.equal(request!.headers.host, `${NAME}:${hooks.port}`);
    new Webhook(secret).verify(request!.body, headersOf(request!));
    const [delivery] = await until(() => deliveries(endpoint.id), ([d]) => d?.status === 'delivered');
    assert.equal(delivery!.attempts, 1);
    assert.equal(dns.asked.get(NAME)! - askedBefore, 1, 'resolved once for the attempt, and never again for its connection');
  });

  it('refuses a certificate for another name, or one it does not trust', async () => {
    const wrongName = await receiver(undefined, { tls: trusted, host: 'lain.padu.test' });
    const selfSigned = await receiver(undefined, { tls: untrusted, host: 'asing.padu.test' });
    const a = await register(wrongName.url);
    const b = await register(selfSigned.url);
    await submit();
    for (const endpoint of [a.endpoint, b.endpoint]) {
      const [delivery] = await until(() => deliveries(endpoint.id), ([d]) => d?.lastError !== null && d?.lastError !== undefined);
      assert.deepEqual([delivery!.status, delivery!.lastError, delivery!.lastResponseStatus], ['pending', 'tls', null]);
    }
    assert.equal(wrongName.received.length + selfSigned.received.length, 0);
  });
});
