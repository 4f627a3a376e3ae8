// Public tracking by code: no personal data at all. This is the hottest read (citizens and OPD pages poll it),
// so the serialised representation and its ETag are cached per application and reused while the
// application's last status-change sequence is unchanged: one indexed lookup per request when nothing moved.
// The check is against the database, so the cache is also correct with several gateways on one database.
import { normalizeTrackingCode } from '@padu/contract';
import type { Schemas } from '@padu/contract';
import { etagOf } from '../http/etag.ts';
import type { Db } from '../db/database.ts';
import { prepared } from '../db/prepared.ts';
import { toJson, type Json } from '../contract/handlers.ts';
import type { Catalogue } from './catalogue.ts';
import { dueDate } from './due.ts';

export type PublicTracking = Schemas['PublicTracking'];
type ApplicationStatus = Schemas['ApplicationStatus'];

export interface TrackingRepresentation {
  applicationId: string;
  trackingCode: string;
  sequence: number;
  etag: string;
  json: Json<PublicTracking>;
}

export class TrackingService {
  readonly #db: Db;
  readonly #catalogue: Catalogue;
  readonly #cache = new Map<string, TrackingRepresentation>();
  readonly #maxEntries: number;
  readonly #findByCode;

  constructor(db: Db, catalogue: Catalogue, maxEntries = 10_000) {
    this.#db = db;
    this.#catalogue = catalogue;
    this.#maxEntries = maxEntries;
    this.#findByCode = prepared(
      db,
      db.selectFrom('applications').select(['id', 'tracking_code', 'last_sequence']).where('tracking_code', '=', '?').compile(),
    );
  }

  /** The application behind a code (any letter case), without its personal data. */
  async find(code: string): Promise<{ id: string; tracking_code: string; last_sequence: number } | undefined> {
    return (await this.#findByCode(normalizeTrackingCode(code)))[0];
  }

  async representation(code: string): Promise<TrackingRepresentation | undefined> {
    const head = await this.find(code);
    if (!head) return undefined;
    const cached = this.#cache.get(head.tracking_code);
    if (cached && cached.sequence === head.last_sequence) return cached;

    const row = await this.#db
      .selectFrom('applications')
      .select(['id', 'tracking_code', 'service_id', 'service_version', 'agency_id', 'status', 'submitted_at', 'updated_at', 'last_sequence'])
      .where('id', '=', head.id)
      .executeTakeFirstOrThrow();
    const changes = await this.#db
      .selectFrom('status_changes')
      .select(['sequence', 'status', 'at', 'actor_role'])
      .where('application_id', '=', row.id)
      .orderBy('sequence')
      .execute();
    const service = await this.#catalogue.serviceVersion(row.service_id, row.service_version);
    const agency = await this.#catalogue.agency(row.agency_id);
    if (!service || !agency) throw new Error(`Tracking ${row.tracking_code}: service or agency missing`);
    const history = changes.map((c) => ({
      sequence: c.sequence,
      status: c.status as ApplicationStatus,
      at: c.at,
      actorRole: c.actor_role,
    }));
    const body: PublicTracking = {
      trackingCode: row.tracking_code,
      serviceId: row.service_id,
      serviceName: service.name,
      agencyId: row.agency_id,
      agencyName: agency.name,
      status: row.status as ApplicationStatus,
      history,
      submittedAt: row.submitted_at,
      updatedAt: row.updated_at,
      due: dueDate(service.standard.timeFrame, history),
    };
    const json = toJson(body);
    const representation: TrackingRepresentation = {
      applicationId: row.id,
      trackingCode: row.tracking_code,
      sequence: row.last_sequence,
      etag: etagOf(json),
      json,
    };
    if (this.#cache.size >= this.#maxEntries) this.#cache.clear();
    this.#cache.set(row.tracking_code, representation);
    return representation;
  }
}
