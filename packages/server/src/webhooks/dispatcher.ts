// Sends the outbox's deliveries (outbox.ts) to the OPDs' endpoints, per Standard Webhooks: `webhook-id` (the
// event's id, the same on every attempt), `webhook-timestamp` and `webhook-signature` (HMAC-SHA256 with the
// endpoint's `whsec_` secret, by the `standardwebhooks` package; during a rotation one signature with each
// secret). At least once: a delivery is done only when a 2xx has come back; until then it stays pending in the
// database, and a gateway killed in the middle of an attempt tries it again after its restart (the attempt's
// lease, below, runs out). Failures are tried again after an exponential backoff with jitter, for 24 hours, then
// the delivery is failed.
//
// No endpoint can hold up another or the API: attempts run off the request path, at most
// `concurrencyPerEndpoint` to one endpoint and `concurrency` in all, each bounded by `timeoutMs`, and endpoints
// take turns for the free places.
import type { FastifyBaseLogger } from 'fastify';
import { Webhook } from 'standardwebhooks';
import type { WebhookConfig } from '../config.ts';
import type { Db } from '../db/database.ts';
import { nowIso } from '../db/database.ts';
import type { WebhookDeliveryTable } from '../db/schema.ts';
import type { AddressPolicy } from './address-policy.ts';
import { renderEvent } from './outbox.ts';
import type { SecretBox } from './secrets.ts';
import { sendWebhook, type AttemptResult } from './sender.ts';

export interface DispatcherDeps {
  db: Db;
  secrets: SecretBox;
  policy: AddressPolicy;
  config: WebhookConfig;
}

interface EndpointRow {
  id: string;
  url: string;
  secret: string;
  previous_secret: string | null;
  previous_secret_expires_at: string | null;
}

/** A delivery taken for an attempt; `attempts` counts it already. */
type DueRow = Pick<WebhookDeliveryTable, 'id' | 'event_id' | 'event_type' | 'occurred_at' | 'data' | 'retry_until' | 'attempts' | 'created_at'>;

/**
 * Takes up to `limit` of an endpoint's pending deliveries that are due at `now`, oldest first, for one attempt
 * each: counts the attempt and moves each one's next attempt to `lease`, past the attempt's longest duration. If
 * this process dies meanwhile, they are due again when the lease runs out. One statement (index
 * webhook_deliveries_endpoint_status: the endpoint's pending ones, in order, those still waiting for their retry
 * passed over); the conditions are repeated on the rows it updates, so that of two gateways taking at once, each
 * delivery goes to one (PostgreSQL checks them again on a row another transaction changed).
 */
export function claimDueDeliveries(db: Db, endpointId: string, now: string, lease: string, limit: number) {
  return db
    .updateTable('webhook_deliveries')
    .set((eb) => ({ attempts: eb('attempts', '+', 1), next_attempt_at: lease, last_attempt_at: now }))
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('webhook_deliveries')
        .select('id')
        .where('endpoint_id', '=', endpointId)
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<=', now)
        .orderBy('created_at')
        .orderBy('id')
        .limit(limit),
    )
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', now)
    .returning(['id', 'event_id', 'event_type', 'occurred_at', 'data', 'retry_until', 'attempts', 'created_at']);
}

/** The delay before the next attempt after `attempts` failed ones: exponential, with equal jitter. */
export function retryDelay(attempts: number, { retryBaseMs, retryMaxDelayMs }: Pick<WebhookConfig, 'retryBaseMs' | 'retryMaxDelayMs'>, random = Math.random): number {
  const ceiling = Math.min(retryMaxDelayMs, retryBaseMs * 2 ** Math.min(Math.max(attempts - 1, 0), 30));
  // Half of it for certain, the other half at random: spread out, and never much sooner than planned.
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** The `webhook-*` headers of one attempt: signed now, with each secret given (the new one first). */
export function signatureHeaders(eventId: string, body: string, secrets: readonly string[], at = new Date()): Record<string, string> {
  return {
    'webhook-id': eventId,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': secrets.map((secret) => new Webhook(secret).sign(eventId, at, body)).join(' '),
  };
}

export class WebhookDispatcher {
  readonly #db: Db;
  readonly #secrets: SecretBox;
  readonly #policy: AddressPolicy;
  readonly #config: WebhookConfig;
  /** The gateway's logger, from start on. */
  #log: FastifyBaseLogger | null = null;
  /** The API's public base URL, for the events' links; null until the gateway listens. */
  #apiBase: string | null = null;
  #poller: NodeJS.Timeout | undefined;
  /** The one timer for the next due retry sooner than the next poll. */
  #nextWake: { at: number; timer: NodeJS.Timeout } | null = null;
  #pumping = false;
  #pumpAgain = false;
  #pumped: Promise<void> = Promise.resolve();
  #closed = false;
  readonly #abort = new AbortController();
  /** Attempts in flight, per endpoint. */
  readonly #inFlight = new Map<string, number>();
  readonly #attempts = new Set<Promise<void>>();
  /** Where the next pump starts in the list of endpoints, so that they take turns. */
  #turn = 0;
  /**
   * The active endpoints, read again after a change through this gateway and at every poll (another gateway's
   * changes): a commit that queued a delivery for an endpoint already busy then costs no query at all.
   */
  #endpoints: { rows: EndpointRow[]; readAt: number } | null = null;

  constructor({ db, secrets, policy, config }: DispatcherDeps) {
    this.#db = db;
    this.#secrets = secrets;
    this.#policy = policy;
    this.#config = config;
  }

  get apiBase(): string | null {
    return this.#apiBase;
  }

  /** Starts sending (once the gateway knows its public URL): what is due now, and then every poll. */
  start(apiBase: string, log: FastifyBaseLogger): void {
    this.#apiBase = apiBase;
    this.#log = log;
    this.#poller = setInterval(() => this.wake(), this.#config.pollIntervalMs);
    this.#poller.unref();
    this.wake();
  }

  /** An endpoint was registered, changed, disabled, enabled or given a new secret: read them again. */
  endpointsChanged(): void {
    this.#endpoints = null;
    this.wake();
  }

  /** Looks for due deliveries now (after a commit that queued some, or a retry's time). */
  wake(): void {
    if (this.#closed || this.#apiBase === null) return;
    if (this.#pumping) {
      this.#pumpAgain = true;
      return;
    }
    this.#pumping = true;
    this.#pumped = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.#pump())
      .catch((error: unknown) => this.#log?.error({ err: error }, 'webhook dispatch failed'))
      .finally(() => {
        this.#pumping = false;
        if (this.#pumpAgain) {
          this.#pumpAgain = false;
          this.wake();
        }
      });
  }

  /** Stops: no new attempts; those in flight are abandoned and due again at once for the next start. */
  async close(): Promise<void> {
    this.#closed = true;
    clearInterval(this.#poller);
    if (this.#nextWake) clearTimeout(this.#nextWake.timer);
    this.#abort.abort();
    await this.#pumped;
    await Promise.allSettled([...this.#attempts]);
  }

  #wakeAt(at: number): void {
    if (this.#closed) return;
    if (this.#nextWake && this.#nextWake.at <= at) return;
    if (this.#nextWake) clearTimeout(this.#nextWake.timer);
    const timer = setTimeout(() => {
      this.#nextWake = null;
      this.wake();
    }, Math.max(0, at - Date.now()));
    timer.unref();
    this.#nextWake = { at, timer };
  }

  async #activeEndpoints(): Promise<EndpointRow[]> {
    const now = Date.now();
    if (!this.#endpoints || now - this.#endpoints.readAt >= this.#config.pollIntervalMs) {
      const rows = await this.#db
        .selectFrom('webhook_endpoints')
        .select(['id', 'url', 'secret', 'previous_secret', 'previous_secret_expires_at'])
        .where('status', '=', 'active')
        .orderBy('id')
        .execute();
      this.#endpoints = { rows, readAt: now };
    }
    return this.#endpoints.rows;
  }

  async #pump(): Promise<void> {
    const { concurrency, concurrencyPerEndpoint } = this.#config;
    const endpoints = await this.#activeEndpoints();
    if (endpoints.length === 0) return;
    const start = this.#turn++ % endpoints.length;
    for (let i = 0; i < endpoints.length && !this.#closed; i++) {
      const endpoint = endpoints[(start + i) % endpoints.length]!;
      const room = Math.min(concurrencyPerEndpoint - (this.#inFlight.get(endpoint.id) ?? 0), concurrency - this.#attempts.size);
      if (this.#attempts.size >= concurrency) break;
      if (room <= 0) continue;
      const now = Date.now();
      const lease = nowIso(now + 2 * this.#config.timeoutMs + 1_000);
      const due: DueRow[] = await claimDueDeliveries(this.#db, endpoint.id, nowIso(now), lease, room).execute();
      due.sort((a, b) => (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : 0));
      for (const delivery of due) {
        this.#inFlight.set(endpoint.id, (this.#inFlight.get(endpoint.id) ?? 0) + 1);
        const attempt = this.#attempt(endpoint, delivery).finally(() => {
          this.#attempts.delete(attempt);
          const left = (this.#inFlight.get(endpoint.id) ?? 1) - 1;
          if (left > 0) this.#inFlight.set(endpoint.id, left);
          else this.#inFlight.delete(endpoint.id);
          this.wake();
        });
        this.#attempts.add(attempt);
      }
    }
  }

  async #attempt(endpoint: EndpointRow, delivery: DueRow): Promise<void> {
    const result = await this.#send(endpoint, delivery).catch((error: unknown): AttemptResult => {
      this.#log?.error({ err: error, endpointId: endpoint.id, deliveryId: delivery.id }, 'webhook attempt failed to run');
      return { status: null, error: 'connection' };
    });
    if (this.#closed) {
      // Interrupted by a shutdown, not failed: due again as soon as a gateway runs.
      await this.#db
        .updateTable('webhook_deliveries')
        .set({ next_attempt_at: nowIso() })
        .where('id', '=', delivery.id)
        .where('status', '=', 'pending')
        .execute();
      return;
    }
    const now = Date.now();
    const { attempts } = delivery;
    if (result.error === null) {
      // Delivered, whatever happened to the row meanwhile (an endpoint disabled during the attempt).
      await this.#db
        .updateTable('webhook_deliveries')
        .set({ status: 'delivered', delivered_at: nowIso(now), next_attempt_at: null, last_response_status: result.status, last_error: null })
        .where('id', '=', delivery.id)
        .execute();
      return;
    }
    const next = now + retryDelay(attempts, this.#config);
    const failed = next > Date.parse(delivery.retry_until);
    await this.#db
      .updateTable('webhook_deliveries')
      .set({
        status: failed ? 'failed' : 'pending',
        next_attempt_at: failed ? null : nowIso(next),
        last_response_status: result.status,
        last_error: result.error,
      })
      .where('id', '=', delivery.id)
      .where('status', '=', 'pending')
      .execute();
    // The endpoint id and the outcome only: a URL may carry the receiver's own tokens in its query.
    this.#log?.warn(
      { endpointId: endpoint.id, deliveryId: delivery.id, attempts, error: result.error, status: result.status, failed },
      failed ? 'webhook delivery failed for good' : 'webhook delivery will be tried again',
    );
    if (!failed) this.#wakeAt(next);
  }

  async #send(endpoint: EndpointRow, delivery: DueRow): Promise<AttemptResult> {
    const url = new URL(endpoint.url);
    const target = await this.#policy.target(url);
    if (typeof target === 'string') return { status: null, error: target === 'unresolvable' ? 'unresolvable' : 'address_refused' };
    const body = JSON.stringify(renderEvent(delivery, this.#apiBase!));
    const secrets = [this.#secrets.open(endpoint.secret, endpoint.id)];
    if (endpoint.previous_secret && endpoint.previous_secret_expires_at && Date.parse(endpoint.previous_secret_expires_at) > Date.now()) {
      secrets.push(this.#secrets.open(endpoint.previous_secret, endpoint.id));
    }
    return sendWebhook({
      url,
      target,
      body,
      headers: signatureHeaders(delivery.event_id, body, secrets),
      deadline: Date.now() + this.#config.timeoutMs,
      allows: (address) => this.#policy.allows(address),
      ca: this.#config.ca,
      signal: this.#abort.signal,
    });
  }
}
