// Webhooks through the SDK, against a real gateway: an OPD admin manages endpoints with `padu.webhooks`, and a
// receiving system on loopback verifies what arrives with `verifyWebhook` of `@padu/sdk/webhooks`: the typed event
// back, or a `WebhookVerificationError` that says why (tampered, too old, another secret, missing headers, not an
// event). Signatures are made by the gateway with `standardwebhooks`; the tests forge theirs with it too.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Webhook } from 'standardwebhooks';
import { ConflictError, NotFoundError, PaduError, ValidationError, type Padu } from '@padu/sdk';
import { verifyWebhook, WebhookVerificationError, type WebhookEvent } from '@padu/sdk/webhooks';
import { startReceiver, type Receiver, type ReceivedRequest } from '../../server/test/helpers/webhook-receiver.ts';
import { demo, loggedIn, startTestGateway, submitDomisili, type TestGateway } from './support/gateway.ts';

const OPD = 'kelurahan-bandar-lor';

let gateway: TestGateway;
let admin: Padu;
let siti: Padu;
let receiver: Receiver;
before(async () => {
  // The receiver is on loopback, over http: allowed for tests only.
  gateway = await startTestGateway({ webhooks: { allowPrivate: true, retryBaseMs: 20, pollIntervalMs: 50, rotationGraceMs: 60_000 } });
  admin = await loggedIn(gateway.url, demo.opdAdmin(OPD));
  siti = await loggedIn(gateway.url, demo.siti.identifier);
  receiver = await startReceiver();
});
after(async () => {
  await receiver.close();
  await gateway.close();
});

/** Submits an application and returns the request its event arrived in. */
async function nextDelivery(): Promise<ReceivedRequest> {
  const count = receiver.received.length;
  await submitDomisili(siti);
  return (await receiver.waitFor(count + 1))[count]!;
}

describe('padu.webhooks', () => {
  it('registers, lists, reads, changes, rotates, disables and enables an endpoint; lists and re-sends its deliveries', async () => {
    const { endpoint, secret } = await admin.webhooks.create({ url: receiver.url, eventTypes: ['application.submitted'], description: 'Sistem kelurahan' });
    assert.match(secret, /^whsec_/);
    assert.equal(endpoint.agencyId, OPD);
    const listed = [];
    for await (const one of admin.webhooks.list()) listed.push(one.id);
    assert.ok(listed.includes(endpoint.id));
    assert.equal((await admin.webhooks.get(endpoint.id)).description, 'Sistem kelurahan');
    assert.equal((await admin.webhooks.update(endpoint.id, { description: null })).description, null);

    const request = await nextDelivery();
    assert.equal(verifyWebhook(request.body, request.headers, secret).type, 'application.submitted');
    const deliveries = [];
    for await (const delivery of admin.webhooks.deliveries(endpoint.id, { status: 'delivered' })) deliveries.push(delivery);
    assert.equal(deliveries.length, 1);
    assert.equal(deliveries[0]!.eventId, request.headers['webhook-id']);
    const resent = await admin.webhooks.resend(endpoint.id, deliveries[0]!.id);
    assert.equal(resent.status, 'pending');
    const again = (await receiver.waitFor(receiver.received.length + 1)).at(-1)!;
    assert.equal(again.headers['webhook-id'], request.headers['webhook-id']);

    const rotated = await admin.webhooks.rotateSecret(endpoint.id);
    assert.notEqual(rotated.secret, secret);
    assert.ok(rotated.endpoint.previousSecretExpiresAt);
    const disabled = await admin.webhooks.disable(endpoint.id);
    assert.equal(disabled.status, 'disabled');
    await assert.rejects(admin.webhooks.disable(endpoint.id), (error) => error instanceof ConflictError && error.problem?.code === 'webhook.disabled');
    assert.equal((await admin.webhooks.enable(endpoint.id)).status, 'active');
    await admin.webhooks.disable(endpoint.id);
  });

  it('rejects with the contract’s errors: a URL that is not https on a public address, another OPD’s endpoint, a citizen', async () => {
    const refused = await admin.webhooks.create({ url: 'ftp://127.0.0.1/hooks', eventTypes: ['application.submitted'] }).catch((e: unknown) => e);
    assert.ok(refused instanceof ValidationError);
    assert.ok(refused.fieldErrors['/url']);
    const { endpoint } = await admin.webhooks.create({ url: receiver.url, eventTypes: ['service.published'] });
    const other = await loggedIn(gateway.url, demo.opdAdmin('dinsos'));
    await assert.rejects(other.webhooks.get(endpoint.id), NotFoundError);
    const citizen = await siti.webhooks.list().firstPage().catch((e: unknown) => e);
    assert.ok(citizen instanceof PaduError && citizen.status === 403);
    await admin.webhooks.disable(endpoint.id);
  });
});

describe('verifyWebhook', () => {
  let secret: string;
  let endpointId: string;
  let delivery: ReceivedRequest;
  before(async () => {
    const created = await admin.webhooks.create({ url: receiver.url, eventTypes: ['application.submitted', 'application.status_changed'] });
    secret = created.secret;
    endpointId = created.endpoint.id;
    delivery = await nextDelivery();
  });
  after(() => admin.webhooks.disable(endpointId));

  it('returns the typed event of a genuine delivery, from a string or bytes, with Node’s or Fetch’s headers', () => {
    const event: WebhookEvent = verifyWebhook(delivery.body, delivery.headers, secret);
    assert.equal(event.id, delivery.headers['webhook-id']);
    // `type` tells the events apart, and narrows `data`.
    if (event.type !== 'application.submitted') assert.fail(`unexpected ${event.type}`);
    assert.equal(event.data.serviceId, 'surat-domisili');
    assert.equal(event.data.previousStatus, null);
    assert.match(event.data.links.tracking, /\/tracking\/KBL-/);
    assert.deepEqual(verifyWebhook(new TextEncoder().encode(delivery.body), new Headers(delivery.headers as Record<string, string>), secret), event);
    assert.deepEqual(verifyWebhook(Buffer.from(delivery.body), delivery.headers, [`whsec_${Buffer.alloc(32, 1).toString('base64')}`, secret]), event);
  });

  const refusal = (body: string, headers: Record<string, string | string[] | undefined>, key: string | string[] = secret) => {
    try {
      verifyWebhook(body, headers, key);
    } catch (error) {
      assert.ok(error instanceof WebhookVerificationError, String(error));
      assert.ok(error instanceof PaduError);
      return error.reason;
    }
    return assert.fail('verified');
  };

  it('refuses a tampered body, an old timestamp, another secret, missing or repeated headers, and a signed non-event', () => {
    const headers = delivery.headers as Record<string, string>;
    assert.equal(refusal(delivery.body.replace('"submitted"', '"completed"'), headers), 'signature');
    assert.equal(refusal(`${delivery.body}\n`, headers), 'signature');
    assert.equal(refusal(delivery.body, headers, `whsec_${Buffer.alloc(32, 7).toString('base64')}`), 'signature');
    assert.equal(refusal(delivery.body, { ...headers, 'webhook-id': 'msg_AAAAAAAAAAAAAAAAAAAAAA' }), 'signature');
    const webhook = new Webhook(secret);
    const old = new Date(Date.now() - 6 * 60_000);
    const oldHeaders = { ...headers, 'webhook-timestamp': String(Math.floor(old.getTime() / 1000)), 'webhook-signature': webhook.sign(headers['webhook-id']!, old, delivery.body) };
    assert.equal(refusal(delivery.body, oldHeaders), 'timestamp');
    const future = new Date(Date.now() + 6 * 60_000);
    assert.equal(refusal(delivery.body, { ...headers, 'webhook-timestamp': String(Math.floor(future.getTime() / 1000)), 'webhook-signature': webhook.sign(headers['webhook-id']!, future, delivery.body) }), 'timestamp');
    assert.equal(refusal(delivery.body, { ...headers, 'webhook-timestamp': 'kemarin' }), 'timestamp');
    assert.equal(refusal(delivery.body, { ...headers, 'webhook-signature': undefined }), 'headers');
    assert.equal(refusal(delivery.body, { 'webhook-id': headers['webhook-id'] }), 'headers');
    assert.equal(refusal(delivery.body, { ...headers, 'webhook-id': [headers['webhook-id']!, 'msg_lain'] }), 'headers');
    // Signed with the right secret, but not an event: a receiver must not act on it.
    const now = new Date();
    const signed = (body: string, id = 'msg_BBBBBBBBBBBBBBBBBBBBBB') => ({ 'webhook-id': id, 'webhook-timestamp': String(Math.floor(now.getTime() / 1000)), 'webhook-signature': webhook.sign(id, now, body) });
    assert.equal(refusal('not json', signed('not json')), 'payload');
    assert.equal(refusal('{"type":"application.deleted"}', signed('{"type":"application.deleted"}')), 'payload');
    // An event whose id is not the header's: one of them was swapped.
    assert.equal(refusal(delivery.body, signed(delivery.body)), 'payload');
    assert.throws(() => verifyWebhook(delivery.body, headers, 'bukan rahasia!'), TypeError);
    assert.throws(() => verifyWebhook(JSON.parse(delivery.body), headers, secret), TypeError);
  });

  it('accepts a delivery signed during a rotation with the old secret or the new one', async () => {
    const rotated = await admin.webhooks.rotateSecret(endpointId);
    const during = await nextDelivery();
    assert.equal(String(during.headers['webhook-signature']).split(' ').length, 2);
    assert.equal(verifyWebhook(during.body, during.headers, secret).id, during.headers['webhook-id']);
    assert.equal(verifyWebhook(during.body, during.headers, rotated.secret).id, during.headers['webhook-id']);
    secret = rotated.secret;
  });
});
