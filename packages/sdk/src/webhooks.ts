// @padu/sdk/webhooks: for an OPD's receiving system (Node), verifying what Padu delivers. A separate entry point,
// so that the browser bundle of `@padu/sdk` never carries it. Verification is the `standardwebhooks` package's:
// the HMAC-SHA256 signature over `<webhook-id>.<webhook-timestamp>.<body>`, compared in constant time, and a
// timestamp within five minutes of the receiver's clock (older deliveries could be replays).
import { Webhook, WebhookVerificationError as StandardWebhookError } from 'standardwebhooks';
import { PaduError, type PaduErrorInit } from './errors.ts';
import type { WebhookEvent, WebhookEventType } from './types.ts';

export type {
  WebhookApplicationCancelledEvent,
  WebhookApplicationResubmittedEvent,
  WebhookApplicationStatusChangedEvent,
  WebhookApplicationSubmittedEvent,
  WebhookEvent,
  WebhookEventType,
  WebhookServicePublishedEvent,
} from './types.ts';

/**
 * Why a delivery was refused: `headers` (a `webhook-*` header is missing or repeated), `timestamp` (unreadable, or
 * more than five minutes from now), `signature` (made with no secret given: tampered with, or not from Padu),
 * `payload` (signed, but not an event of the contract).
 */
export type WebhookRefusal = 'headers' | 'timestamp' | 'signature' | 'payload';

/** A delivery that must not be trusted. Answer it with a 4xx and do nothing with it. */
export class WebhookVerificationError extends PaduError {
  static override kind = 'WebhookVerificationError';
  declare readonly reason: WebhookRefusal;

  constructor(message: string, reason: WebhookRefusal, init: PaduErrorInit = {}) {
    super(message, init);
    Object.assign(this, { reason });
  }
}

/** The headers as Node's `IncomingMessage#headers`, a Fetch `Headers`, or a plain object. */
export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;

const HEADERS = ['webhook-id', 'webhook-timestamp', 'webhook-signature'] as const;
const EVENT_TYPES: ReadonlySet<string> = new Set<WebhookEventType>([
  'application.submitted',
  'application.resubmitted',
  'application.status_changed',
  'application.cancelled',
  'service.published',
]);

function webhookHeaders(headers: WebhookHeaders): Record<(typeof HEADERS)[number], string> {
  const read = (name: string): string | undefined => {
    if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
    const record = headers as Record<string, string | string[] | undefined>;
    const key = Object.keys(record).find((k) => k.toLowerCase() === name);
    const value = key === undefined ? undefined : record[key];
    if (Array.isArray(value)) throw new WebhookVerificationError(`The ${name} header came more than once`, 'headers');
    return value;
  };
  const found = Object.fromEntries(HEADERS.map((name) => [name, read(name)]));
  const missing = HEADERS.filter((name) => !found[name]);
  if (missing.length > 0) throw new WebhookVerificationError(`Missing ${missing.join(', ')}`, 'headers');
  return found as Record<(typeof HEADERS)[number], string>;
}

function isEvent(value: unknown, id: string): value is WebhookEvent {
  const event = value as Partial<WebhookEvent> | null;
  return (
    typeof event === 'object' &&
    event !== null &&
    event.id === id &&
    typeof event.type === 'string' &&
    EVENT_TYPES.has(event.type) &&
    typeof event.timestamp === 'string' &&
    typeof event.data === 'object' &&
    event.data !== null
  );
}

/**
 * Verifies one delivery and returns its event, typed by `event.type`; throws a `WebhookVerificationError`
 * otherwise. `body` is the request's body exactly as it arrived (the raw bytes or their text, never JSON parsed and
 * written again); `secret` the endpoint's `whsec_…` secret, or several (a receiving system switching to a rotated
 * secret may accept both for a while). De-duplicate by `event.id` (the `webhook-id`): delivery is at least once.
 *
 * ```ts
 * const event = verifyWebhook(rawBody, request.headers, process.env.PADU_WEBHOOK_SECRET);
 * if (event.type === 'application.submitted') queue(event.data.applicationId);
 * ```
 */
export function verifyWebhook(body: string | Uint8Array, headers: WebhookHeaders, secret: string | readonly string[]): WebhookEvent {
  if (typeof body !== 'string' && !(body instanceof Uint8Array)) {
    throw new TypeError('verifyWebhook needs the raw body (a string or bytes), not a parsed object');
  }
  const found = webhookHeaders(headers);
  const text = typeof body === 'string' ? body : new TextDecoder().decode(body);
  const secrets = typeof secret === 'string' ? [secret] : secret;
  if (secrets.length === 0) throw new TypeError('verifyWebhook needs the endpoint’s secret');
  const verifiers = secrets.map((one) => {
    try {
      return new Webhook(one);
    } catch (error) {
      throw new TypeError('The secret is not a Standard Webhooks secret (whsec_…)', { cause: error });
    }
  });
  let refusal: StandardWebhookError | undefined;
  for (const verifier of verifiers) {
    try {
      verifier.verify(text, found, { jsonParse: false });
      refusal = undefined;
      break;
    } catch (error) {
      if (!(error instanceof StandardWebhookError)) throw error;
      refusal = error;
      // A timestamp out of range fails alike with every secret.
      if (!/signature found/i.test(error.message)) break;
    }
  }
  if (refusal) {
    const reason: WebhookRefusal = /signature found/i.test(refusal.message) ? 'signature' : 'timestamp';
    throw new WebhookVerificationError(refusal.message, reason, { cause: refusal });
  }
  let event: unknown;
  try {
    event = JSON.parse(text);
  } catch {
    event = undefined;
  }
  if (!isEvent(event, found['webhook-id'])) throw new WebhookVerificationError('The delivery is signed but is not a Padu event', 'payload');
  return event;
}
