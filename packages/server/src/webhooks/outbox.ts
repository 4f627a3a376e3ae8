// The outbox of webhook events. A change that an OPD's systems hear about (an application submitted, revised,
// moved on or cancelled; a service version published) writes its event as one delivery per active endpoint of the
// OPD that receives that type, in the transaction of the change itself: the change and its events commit together
// or not at all, so a crash can lose neither. The dispatcher (dispatcher.ts) sends them afterwards.
// Events carry ids and links, never personal data (no answers, names, NIK or officers' notes).
import { randomBytes, randomUUID } from 'node:crypto';
import type { Schemas } from '@padu/contract';
import type { Db } from '../db/database.ts';
import { nowIso } from '../db/database.ts';
import type { WebhookDeliveryTable } from '../db/schema.ts';

export type WebhookEventType = Schemas['WebhookEventType'];
export type WebhookEvent = Schemas['WebhookEvent'];
type ApplicationData = Schemas['WebhookApplicationData'];
type ServiceData = Schemas['WebhookServiceData'];

/** What an event's data holds before its links, which come from the gateway's public URL when it is sent. */
export type StoredApplicationData = Omit<ApplicationData, 'links'>;
export type StoredServiceData = Omit<ServiceData, 'links'>;

export type NewEvent =
  | { type: Exclude<WebhookEventType, 'service.published'>; agencyId: string; occurredAt: string; data: StoredApplicationData }
  | { type: 'service.published'; agencyId: string; occurredAt: string; data: StoredServiceData };

/** `msg_` and 16 random bytes: the `webhook-id` of every delivery of the event. */
export const newEventId = () => `msg_${randomBytes(16).toString('base64url')}`;

/** The payload of an event as it is signed and sent: `{ id, type, timestamp, data }` with the data's links. */
export function renderEvent(row: Pick<WebhookDeliveryTable, 'event_id' | 'event_type' | 'occurred_at' | 'data'>, apiBase: string): WebhookEvent {
  const stored = JSON.parse(row.data) as StoredApplicationData | StoredServiceData;
  const links =
    'applicationId' in stored
      ? {
          application: `${apiBase}/applications/${encodeURIComponent(stored.applicationId)}`,
          tracking: `${apiBase}/tracking/${encodeURIComponent(stored.trackingCode)}`,
        }
      : { service: `${apiBase}/services/${encodeURIComponent(stored.serviceId)}` };
  return { id: row.event_id, type: row.event_type, timestamp: row.occurred_at, data: { ...stored, links } } as WebhookEvent;
}

export class WebhookOutbox {
  readonly #retryWindowMs: number;
  #listener: () => void = () => {};

  constructor({ retryWindowMs }: { retryWindowMs: number }) {
    this.#retryWindowMs = retryWindowMs;
  }

  /** Who to tell when deliveries were committed (the dispatcher). */
  onCommitted(listener: () => void): void {
    this.#listener = listener;
  }

  /**
   * Writes the event's deliveries in `trx`, the transaction of the change: one statement, whatever the number of
   * endpoints. Nothing is written when no active endpoint of the OPD receives this type. Returns whether anything
   * was queued.
   */
  async record(trx: Db, event: NewEvent): Promise<boolean> {
    const endpoints = await trx
      .selectFrom('webhook_endpoints')
      .select(['id', 'event_types'])
      .where('agency_id', '=', event.agencyId)
      .where('status', '=', 'active')
      .execute();
    const receivers = endpoints.filter((endpoint) => (JSON.parse(endpoint.event_types) as string[]).includes(event.type));
    if (receivers.length === 0) return false;
    const eventId = newEventId();
    const data = JSON.stringify(event.data);
    const now = Date.now();
    await trx
      .insertInto('webhook_deliveries')
      .values(
        receivers.map((endpoint) => ({
          id: randomUUID(),
          endpoint_id: endpoint.id,
          event_id: eventId,
          event_type: event.type,
          occurred_at: event.occurredAt,
          data,
          status: 'pending' as const,
          attempts: 0,
          created_at: nowIso(now),
          next_attempt_at: nowIso(now),
          retry_until: nowIso(now + this.#retryWindowMs),
          last_attempt_at: null,
          last_response_status: null,
          last_error: null,
          delivered_at: null,
        })),
      )
      .execute();
    return true;
  }

  /** After the transaction that recorded events has committed: they go out now rather than at the next poll. */
  committed(): void {
    this.#listener();
  }
}
