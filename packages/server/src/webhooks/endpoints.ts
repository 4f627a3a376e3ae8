// The webhook endpoints an OPD's admins register for their OPD's own systems (the city's admin for any OPD):
// register, list, change, disable and enable them, rotate their signing secret, list their deliveries and re-send
// one. Another OPD's endpoint is 404, as another OPD's services are; citizens and officers get 403. Secrets are
// shown once, when made, and are in no list, log or audit entry. Every change is in the audit log, by endpoint id.
import { randomUUID } from 'node:crypto';
import type { Schemas } from '@padu/contract';
import { formatMessage } from '@padu/contract/messages';
import type { Selectable } from 'kysely';
import type { WebhookConfig } from '../config.ts';
import type { Db } from '../db/database.ts';
import { nowIso } from '../db/database.ts';
import { keysetCursor, keysetKeyOf, keysetPage, type KeysetOrder } from '../db/keyset.ts';
import type { WebhookDeliveryTable, WebhookEndpointTable } from '../db/schema.ts';
import { pageOf } from '../http/cursor.ts';
import { notFound, problem, validationProblem } from '../http/problems.ts';
import { authorsFor, isAuthor, type Principal } from '../auth/principal.ts';
import { authorScope, type Author } from '../domain/authoring.ts';
import { recordAudit } from '../domain/audit.ts';
import type { Catalogue } from '../domain/catalogue.ts';
import type { AddressPolicy, UrlRefusal } from './address-policy.ts';
import type { WebhookDispatcher } from './dispatcher.ts';
import { renderEvent } from './outbox.ts';
import { newWebhookSecret, type SecretBox } from './secrets.ts';

export type WebhookEndpoint = Schemas['WebhookEndpoint'];
export type WebhookDelivery = Schemas['WebhookDelivery'];
type EndpointRow = Selectable<WebhookEndpointTable>;
type AuditAction = 'webhook.created' | 'webhook.updated' | 'webhook.disabled' | 'webhook.enabled' | 'webhook.secret_rotated' | 'webhook.delivery_resent';

/** Why a URL is refused, for the person registering it. */
const URL_REFUSALS: Record<UrlRefusal, string> = {
  https_required: 'Alamat webhook harus memakai https.',
  credentials: 'Alamat webhook tidak boleh memuat nama pengguna atau kata sandi; tanda tangan setiap kiriman sudah membuktikan pengirimnya.',
  fragment: 'Alamat webhook tidak boleh memuat fragmen (bagian setelah #).',
  unresolvable: 'Nama host alamat webhook tidak ditemukan.',
  address_refused:
    'Alamat webhook mengarah ke alamat jaringan internal (loopback, privat, link-local atau khusus). Gunakan alamat publik sistem OPD Anda.',
};

/**
 * Endpoints newest first (index webhook_endpoints_agency, agency_id first): one OPD's is a range of it, and the
 * city's admin's list of every OPD reads it whole, OPD by OPD.
 */
export function endpointsOrder(agencyId: string | null): KeysetOrder {
  const newest = [
    { column: 'created_at', type: 'string' },
    { column: 'id', type: 'string' },
  ] as const;
  return { keys: agencyId ? newest : [{ column: 'agency_id', type: 'string' }, ...newest], direction: 'desc' };
}

export function endpointsQuery(db: Db, agencyId: string | null, after: readonly unknown[] | null, limit: number) {
  let query = db.selectFrom('webhook_endpoints').selectAll();
  if (agencyId) query = query.where('agency_id', '=', agencyId);
  return keysetPage(query, endpointsOrder(agencyId), after, limit);
}

/** An endpoint's deliveries, newest first (index webhook_deliveries_endpoint, or _endpoint_status with a status). */
export const deliveriesOrder: KeysetOrder = {
  keys: [
    { column: 'created_at', type: 'string' },
    { column: 'id', type: 'string' },
  ],
  direction: 'desc',
};

export function deliveriesQuery(
  db: Db,
  endpointId: string,
  status: WebhookDeliveryTable['status'] | undefined,
  after: readonly unknown[] | null,
  limit: number,
) {
  let query = db.selectFrom('webhook_deliveries').selectAll().where('endpoint_id', '=', endpointId);
  if (status) query = query.where('status', '=', status);
  return keysetPage(query, deliveriesOrder, after, limit);
}

type DeliveryRow = Selectable<WebhookDeliveryTable>;

export interface WebhookEndpointsDeps {
  db: Db;
  secrets: SecretBox;
  policy: AddressPolicy;
  catalogue: Catalogue;
  dispatcher: WebhookDispatcher;
  config: WebhookConfig;
}

export class WebhookEndpoints {
  readonly #db: Db;
  readonly #secrets: SecretBox;
  readonly #policy: AddressPolicy;
  readonly #catalogue: Catalogue;
  readonly #dispatcher: WebhookDispatcher;
  readonly #config: WebhookConfig;

  constructor({ db, secrets, policy, catalogue, dispatcher, config }: WebhookEndpointsDeps) {
    this.#db = db;
    this.#secrets = secrets;
    this.#policy = policy;
    this.#catalogue = catalogue;
    this.#dispatcher = dispatcher;
    this.#config = config;
  }

  /** Only OPD admins and the city's admin manage webhooks: 403 for anyone else. */
  #admin(principal: Principal): Author {
    if (!isAuthor(principal)) {
      throw problem('forbidden', { detail: 'Hanya admin OPD dan admin SPBE kota yang dapat mengelola webhook.' });
    }
    return principal as Author;
  }

  /** An endpoint the admin may see; another OPD's (or none) is 404. */
  async #owned(admin: Author, id: string): Promise<EndpointRow> {
    const row = await this.#db.selectFrom('webhook_endpoints').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row || !authorsFor(admin, row.agency_id)) throw notFound();
    return row;
  }

  #audit(db: Db, admin: Author, agencyId: string, action: AuditAction, endpointId: string) {
    return recordAudit(db, admin, { agencyId, action, webhookEndpointId: endpointId });
  }

  #toEndpoint(row: EndpointRow): WebhookEndpoint {
    const previousLive = row.previous_secret_expires_at !== null && row.previous_secret_expires_at > nowIso();
    return {
      id: row.id,
      agencyId: row.agency_id,
      url: row.url,
      eventTypes: JSON.parse(row.event_types) as WebhookEndpoint['eventTypes'],
      description: row.description,
      status: row.status,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      previousSecretExpiresAt: previousLive ? row.previous_secret_expires_at : null,
    };
  }

  #toDelivery(row: DeliveryRow): WebhookDelivery {
    return {
      id: row.id,
      endpointId: row.endpoint_id,
      eventId: row.event_id,
      eventType: row.event_type,
      status: row.status,
      attempts: row.attempts,
      createdAt: row.created_at,
      lastAttemptAt: row.last_attempt_at,
      nextAttemptAt: row.status === 'pending' ? row.next_attempt_at : null,
      deliveredAt: row.delivered_at,
      lastResponseStatus: row.last_response_status,
      lastError: row.last_error,
      event: renderEvent(row, this.#dispatcher.apiBase ?? ''),
    };
  }

  /** The URL as it will be stored (normalised), if the policy lets deliveries go there; else a 422 at `/url`. */
  async #checkedUrl(text: string): Promise<string> {
    let url: URL | null = null;
    try {
      url = new URL(text);
    } catch {
      const params = { label: 'URL' };
      throw validationProblem([{ pointer: '/url', code: 'pattern', message: formatMessage('pattern', params), params }]);
    }
    const target = await this.#policy.target(url);
    if (typeof target === 'string') {
      throw validationProblem([{ pointer: '/url', code: 'webhook.url_refused', message: URL_REFUSALS[target], params: { reason: target } }]);
    }
    return url.href;
  }

  /** 409 when the OPD already has as many active endpoints as allowed. */
  async #checkRoom(db: Db, agencyId: string): Promise<void> {
    const { count } = await db
      .selectFrom('webhook_endpoints')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('agency_id', '=', agencyId)
      .where('status', '=', 'active')
      .executeTakeFirstOrThrow();
    if (Number(count) >= this.#config.maxEndpointsPerAgency) {
      throw problem('conflict', {
        code: 'webhook.too_many',
        detail: `Satu OPD dapat memiliki paling banyak ${this.#config.maxEndpointsPerAgency} webhook aktif. Nonaktifkan yang tidak dipakai lagi.`,
      });
    }
  }

  async list(principal: Principal, agencyId: string | undefined, limit: number, cursor: string | undefined) {
    const scope = authorScope(this.#admin(principal), agencyId, 'Admin OPD hanya dapat melihat webhook OPD-nya sendiri.');
    const order = endpointsOrder(scope);
    const rows = await endpointsQuery(this.#db, scope, keysetCursor(order, cursor), limit).execute();
    return pageOf(rows, limit, (row) => keysetKeyOf(order, row), (row) => this.#toEndpoint(row));
  }

  async get(principal: Principal, id: string): Promise<WebhookEndpoint> {
    return this.#toEndpoint(await this.#owned(this.#admin(principal), id));
  }

  async create(principal: Principal, request: Schemas['CreateWebhookEndpointRequest']): Promise<Schemas['WebhookEndpointSecret']> {
    const admin = this.#admin(principal);
    const agencyId = admin.role === 'admin' ? request.agencyId : (request.agencyId ?? admin.agencyId!);
    if (agencyId === undefined) {
      const params = { label: 'OPD' };
      throw validationProblem([{ pointer: '/agencyId', code: 'required', message: formatMessage('required', params), params }]);
    }
    if (!authorsFor(admin, agencyId)) throw problem('forbidden', { detail: 'Admin OPD hanya dapat mendaftarkan webhook OPD-nya sendiri.' });
    if (!(await this.#catalogue.agency(agencyId))) {
      throw validationProblem([{ pointer: '/agencyId', code: 'enum', message: 'OPD ini tidak dikenal.', params: { label: 'OPD' } }]);
    }
    const url = await this.#checkedUrl(request.url);
    const id = randomUUID();
    const secret = newWebhookSecret();
    const at = nowIso();
    const row: EndpointRow = {
      id,
      agency_id: agencyId,
      url,
      description: request.description?.trim() || null,
      event_types: JSON.stringify(request.eventTypes),
      status: 'active',
      secret: this.#secrets.seal(secret, id),
      previous_secret: null,
      previous_secret_expires_at: null,
      created_at: at,
      updated_at: at,
      created_by: admin.userId,
    };
    await this.#db.transaction().execute(async (trx) => {
      await this.#checkRoom(trx, agencyId);
      await trx.insertInto('webhook_endpoints').values(row).execute();
      await this.#audit(trx, admin, agencyId, 'webhook.created', id);
    });
    this.#dispatcher.endpointsChanged();
    return { endpoint: this.#toEndpoint(row), secret };
  }

  async update(principal: Principal, id: string, request: Schemas['UpdateWebhookEndpointRequest']): Promise<WebhookEndpoint> {
    const admin = this.#admin(principal);
    const row = await this.#owned(admin, id);
    const changes: Partial<EndpointRow> = { updated_at: nowIso() };
    if (request.url !== undefined) changes.url = await this.#checkedUrl(request.url);
    if (request.eventTypes !== undefined) changes.event_types = JSON.stringify(request.eventTypes);
    if (request.description !== undefined) changes.description = request.description?.trim() || null;
    const updated = await this.#db.transaction().execute(async (trx) => {
      const result = await trx.updateTable('webhook_endpoints').set(changes).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
      await this.#audit(trx, admin, row.agency_id, 'webhook.updated', id);
      return result;
    });
    this.#dispatcher.endpointsChanged();
    return this.#toEndpoint(updated);
  }

  /** No more events are queued for it; those waiting are failed (`endpoint_disabled`), to be re-sent by hand. */
  async disable(principal: Principal, id: string): Promise<WebhookEndpoint> {
    const admin = this.#admin(principal);
    const row = await this.#owned(admin, id);
    const updated = await this.#db.transaction().execute(async (trx) => {
      const result = await trx
        .updateTable('webhook_endpoints')
        .set({ status: 'disabled', updated_at: nowIso() })
        .where('id', '=', id)
        .where('status', '=', 'active')
        .returningAll()
        .executeTakeFirst();
      if (!result) throw problem('conflict', { code: 'webhook.disabled', detail: 'Webhook ini sudah dinonaktifkan.' });
      await trx
        .updateTable('webhook_deliveries')
        .set({ status: 'failed', next_attempt_at: null, last_error: 'endpoint_disabled' })
        .where('endpoint_id', '=', id)
        .where('status', '=', 'pending')
        .execute();
      await this.#audit(trx, admin, row.agency_id, 'webhook.disabled', id);
      return result;
    });
    this.#dispatcher.endpointsChanged();
    return this.#toEndpoint(updated);
  }

  async enable(principal: Principal, id: string): Promise<WebhookEndpoint> {
    const admin = this.#admin(principal);
    const row = await this.#owned(admin, id);
    const updated = await this.#db.transaction().execute(async (trx) => {
      if (row.status === 'disabled') await this.#checkRoom(trx, row.agency_id);
      const result = await trx
        .updateTable('webhook_endpoints')
        .set({ status: 'active', updated_at: nowIso() })
        .where('id', '=', id)
        .where('status', '=', 'disabled')
        .returningAll()
        .executeTakeFirst();
      if (!result) throw problem('conflict', { code: 'webhook.not_disabled', detail: 'Webhook ini tidak sedang dinonaktifkan.' });
      await this.#audit(trx, admin, row.agency_id, 'webhook.enabled', id);
      return result;
    });
    this.#dispatcher.endpointsChanged();
    return this.#toEndpoint(updated);
  }

  /**
   * A new secret, shown this once. The current one becomes the previous one and keeps signing (a second
   * signature) for the grace period; one that was still in its grace ends now.
   */
  async rotate(principal: Principal, id: string): Promise<Schemas['WebhookEndpointSecret']> {
    const admin = this.#admin(principal);
    const row = await this.#owned(admin, id);
    const secret = newWebhookSecret();
    const now = Date.now();
    const updated = await this.#db.transaction().execute(async (trx) => {
      // From the row as it is now, so that two rotations at once keep a secret that was really current.
      const current = await trx.selectFrom('webhook_endpoints').select('secret').where('id', '=', id).executeTakeFirstOrThrow();
      const result = await trx
        .updateTable('webhook_endpoints')
        .set({
          secret: this.#secrets.seal(secret, id),
          previous_secret: current.secret,
          previous_secret_expires_at: nowIso(now + this.#config.rotationGraceMs),
          updated_at: nowIso(now),
        })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await this.#audit(trx, admin, row.agency_id, 'webhook.secret_rotated', id);
      return result;
    });
    this.#dispatcher.endpointsChanged();
    return { endpoint: this.#toEndpoint(updated), secret };
  }

  async deliveries(
    principal: Principal,
    id: string,
    status: WebhookDeliveryTable['status'] | undefined,
    limit: number,
    cursor: string | undefined,
  ) {
    const row = await this.#owned(this.#admin(principal), id);
    const rows = await deliveriesQuery(this.#db, row.id, status, keysetCursor(deliveriesOrder, cursor), limit).execute();
    return pageOf(rows, limit, (delivery) => keysetKeyOf(deliveriesOrder, delivery), (delivery) => this.#toDelivery(delivery));
  }

  /** Queues a delivered or failed delivery again now, with the same `webhook-id` and a fresh retry window. */
  async resend(principal: Principal, id: string, deliveryId: string): Promise<WebhookDelivery> {
    const admin = this.#admin(principal);
    const endpoint = await this.#owned(admin, id);
    const now = Date.now();
    await this.#db.transaction().execute(async (trx) => {
      const delivery = await trx
        .selectFrom('webhook_deliveries')
        .select('status')
        .where('id', '=', deliveryId)
        .where('endpoint_id', '=', id)
        .executeTakeFirst();
      if (!delivery) throw notFound();
      const state = await trx.selectFrom('webhook_endpoints').select('status').where('id', '=', id).executeTakeFirstOrThrow();
      if (state.status !== 'active') {
        throw problem('conflict', { code: 'webhook.disabled', detail: 'Webhook ini dinonaktifkan. Aktifkan dulu, lalu kirim ulang.' });
      }
      const queued = await trx
        .updateTable('webhook_deliveries')
        .set({ status: 'pending', next_attempt_at: nowIso(now), retry_until: nowIso(now + this.#config.retryWindowMs), delivered_at: null })
        .where('id', '=', deliveryId)
        .where('status', '!=', 'pending')
        .executeTakeFirst();
      if (queued.numUpdatedRows === 0n) {
        throw problem('conflict', { code: 'webhook.delivery_pending', detail: 'Kiriman ini masih dalam antrean dan sedang dicoba.' });
      }
      await this.#audit(trx, admin, endpoint.agency_id, 'webhook.delivery_resent', id);
    });
    this.#dispatcher.wake();
    const row = await this.#db.selectFrom('webhook_deliveries').selectAll().where('id', '=', deliveryId).executeTakeFirstOrThrow();
    return this.#toDelivery(row);
  }
}
