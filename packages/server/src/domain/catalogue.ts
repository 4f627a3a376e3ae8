// The OPDs and their services. Service versions are immutable once written, so parsed documents are cached by
// (id, version); an application made with version 1 keeps resolving version 1 after the service changes.
import type { Schemas } from '@padu/contract';
import { sql, type Selectable } from 'kysely';
import type { Db } from '../db/database.ts';
import type { AgencyTable } from '../db/schema.ts';
import { pageOf } from '../http/cursor.ts';
import { keysetCursor, keysetKeyOf, keysetPage, type KeysetOrder } from '../db/keyset.ts';

export type Agency = Schemas['Agency'];
export type Service = Schemas['Service'];
export type ServiceSummary = Schemas['ServiceSummary'];
export type ServiceCategory = Schemas['ServiceCategory'];

type AgencyRow = Selectable<AgencyTable>;

export function toAgency(row: AgencyRow): Agency {
  const agency: Agency = {
    id: row.id,
    code: row.code,
    name: JSON.parse(row.name) as Agency['name'],
    shortName: row.short_name,
    kind: row.kind as Agency['kind'],
    parentId: row.parent_id,
  };
  if (row.website) agency.website = row.website;
  if (row.phone) agency.phone = row.phone;
  if (row.email) agency.email = row.email;
  if (row.address) agency.address = row.address;
  return agency;
}

export function toServiceSummary(service: Service): ServiceSummary {
  const { id, agencyId, category, name, summary, version, requiresVerifiedAccount, standard } = service;
  return { id, agencyId, category, name, summary, version, requiresVerifiedAccount, standard };
}

/** Lower-cased text for ordering and search, the same in every database. */
export function foldText(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase('id');
}

/** A service's columns in the catalogue, from its current version: its OPD, category, and order and search text. */
export function catalogueColumns(service: Pick<Service, 'agencyId' | 'category' | 'name' | 'summary'>) {
  return {
    agency_id: service.agencyId,
    category: service.category,
    sort_key: foldText(service.name.id),
    search_text: foldText([service.name.id, service.name.en, service.summary.id, service.summary.en].filter(Boolean).join(' \n ')),
  };
}

/** `%` and `_` in a LIKE pattern taken from user input match literally (with `escape '\'`). */
function likeContains(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The OPDs by name (index agencies_order). */
export const agenciesOrder: KeysetOrder = {
  keys: [
    { column: 'sort_key', type: 'string' },
    { column: 'id', type: 'string' },
  ],
  direction: 'asc',
};

/** Services by name (index services_order, or services_agency_order / services_category_order when filtered). */
export const servicesOrder: KeysetOrder = {
  keys: [
    { column: 'services.sort_key', type: 'string' },
    { column: 'services.id', type: 'string' },
  ],
  direction: 'asc',
};

export interface ServiceFilter {
  q?: string;
  agencyId?: string;
  category?: string;
}

export function agenciesQuery(db: Db, after: readonly unknown[] | null, limit: number) {
  return keysetPage(db.selectFrom('agencies').selectAll(), agenciesOrder, after, limit);
}

/**
 * Services with their current version. `q` cannot use an index (a word anywhere in a text); it filters rows
 * read in the list's order, over a catalogue of a city's services (hundreds), never over applications.
 */
export function servicesQuery(db: Db, filter: ServiceFilter, after: readonly unknown[] | null, limit: number) {
  let query = db
    .selectFrom('services')
    .innerJoin('service_versions', (join) =>
      join
        .onRef('service_versions.service_id', '=', 'services.id')
        .onRef('service_versions.version', '=', 'services.current_version'),
    )
    .select(['services.id', 'services.sort_key', 'service_versions.version', 'service_versions.document'])
    // Retired services leave the catalogue (a filter on the rows read in order: few are ever retired).
    .where('services.retired_at', 'is', null);
  if (filter.agencyId) query = query.where('services.agency_id', '=', filter.agencyId);
  if (filter.category) query = query.where('services.category', '=', filter.category);
  // Every word must appear in a name or summary, in either language (both sides folded to lower case here).
  for (const word of foldText(filter.q ?? '').split(/\s+/).filter(Boolean).slice(0, 10)) {
    query = query.where(sql<boolean>`${sql.ref('services.search_text')} like ${likeContains(word)} escape '\\'`);
  }
  return keysetPage(query, servicesOrder, after, limit);
}

export class Catalogue {
  readonly #db: Db;
  readonly #versions = new Map<string, Service>();
  readonly #agencies = new Map<string, Agency>();

  constructor(db: Db) {
    this.#db = db;
  }

  async listAgencies(limit: number, cursor: string | undefined) {
    const rows = await agenciesQuery(this.#db, keysetCursor(agenciesOrder, cursor), limit).execute();
    return pageOf(rows, limit, (row) => keysetKeyOf(agenciesOrder, row), toAgency);
  }

  /** One agency (cached: agencies only change when the gateway seeds them at start). */
  async agency(id: string): Promise<Agency | undefined> {
    const cached = this.#agencies.get(id);
    if (cached) return cached;
    const row = await this.#db.selectFrom('agencies').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return undefined;
    const agency = toAgency(row);
    this.#agencies.set(id, agency);
    return agency;
  }

  async listServices(filter: ServiceFilter, limit: number, cursor: string | undefined) {
    const rows = await servicesQuery(this.#db, filter, keysetCursor(servicesOrder, cursor), limit).execute();
    return pageOf(
      rows,
      limit,
      (row) => keysetKeyOf(servicesOrder, row),
      (row) => toServiceSummary(this.#parse(row.id, row.version, row.document)),
    );
  }

  /** The current version of a service, unless it is retired or was never published. */
  async service(id: string): Promise<Service | undefined> {
    const row = await this.#db
      .selectFrom('services')
      .innerJoin('service_versions', (join) =>
        join
          .onRef('service_versions.service_id', '=', 'services.id')
          .onRef('service_versions.version', '=', 'services.current_version'),
      )
      .select(['services.id', 'service_versions.version', 'service_versions.document'])
      .where('services.id', '=', id)
      .where('services.retired_at', 'is', null)
      .executeTakeFirst();
    return row ? this.#parse(row.id, row.version, row.document) : undefined;
  }

  /** Whether a service was published and then retired (new applications refused, old ones continue). */
  async isRetired(id: string): Promise<boolean> {
    const row = await this.#db.selectFrom('services').select('retired_at').where('id', '=', id).executeTakeFirst();
    return Boolean(row?.retired_at);
  }

  /** A given version of a service (the one an application was made with). */
  async serviceVersion(id: string, version: number): Promise<Service | undefined> {
    const cached = this.#versions.get(`${id}@${version}`);
    if (cached) return cached;
    const row = await this.#db
      .selectFrom('service_versions')
      .select('document')
      .where('service_id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return row ? this.#parse(id, version, row.document) : undefined;
  }

  #parse(id: string, version: number, document: string): Service {
    const key = `${id}@${version}`;
    let service = this.#versions.get(key);
    if (!service) {
      service = JSON.parse(document) as Service;
      this.#versions.set(key, service);
    }
    return service;
  }
}
