// Services authored by OPD admins (their own OPD) and the city's admin (every OPD): one open draft per service,
// saved under an ETag so that two admins cannot overwrite each other; immutable published versions with a
// change note; retirement; diffs; and the audit log of all of it. Another OPD's service is 404, as another
// OPD's applications are; citizens and officers get 403.
import { createHash, randomBytes } from 'node:crypto';
import type { ValidateFunction } from 'ajv';
import type { Schemas } from '@padu/contract';
import { formatMessage } from '@padu/contract/messages';
import type { Db } from '../db/database.ts';
import { isUniqueViolation, nowIso } from '../db/database.ts';
import { keysetCursor, keysetKeyOf, keysetPage, type KeysetOrder } from '../db/keyset.ts';
import { pageOf } from '../http/cursor.ts';
import { notFound, problem, validationProblem, PROBLEM_LIMITS, type FieldError } from '../http/problems.ts';
import { authorsFor, isAuthor, type Principal } from '../auth/principal.ts';
import { catalogueColumns, servicesOrder, type Catalogue, type Service } from './catalogue.ts';
import { checkDraft, MAX_DRAFT_DEPTH, serviceOfDraft, tooDeep, type DraftContent } from './service-checks.ts';
import { diffJson } from './json-diff.ts';
import { recordAudit } from './audit.ts';
import type { WebhookOutbox } from '../webhooks/outbox.ts';

export type AuthoredService = Schemas['AuthoredService'];
export type ServiceDraft = Schemas['ServiceDraft'];
export type AuditEntry = Schemas['AuditEntry'];
type AuthorRole = 'opd_admin' | 'admin';
type AuditAction = 'service.created' | 'draft.opened' | 'draft.saved' | 'service.published' | 'service.retired';
export type Author = Principal & { role: AuthorRole };

/** The most changes one diff lists (the contract's bound). */
const DIFF_LIMIT = 500;
/** The parts of a `Service` a draft holds (everything but its id, OPD and version). */
const DRAFT_PARTS = ['category', 'name', 'summary', 'requiresVerifiedAccount', 'standard', 'dataProtection', 'form'] as const;

/** The audit log, newest first: all of it (the primary key), or one OPD's (index audit_entries_agency). */
export const auditOrder: KeysetOrder = { keys: [{ column: 'id', type: 'number' }], direction: 'desc' };
/** A service's versions, newest first (the primary key). */
const versionsOrder: KeysetOrder = { keys: [{ column: 'version', type: 'number' }], direction: 'desc' };

export function auditQuery(db: Db, agencyId: string | null, after: readonly unknown[] | null, limit: number) {
  let query = db.selectFrom('audit_entries').selectAll();
  if (agencyId) query = query.where('agency_id', '=', agencyId);
  return keysetPage(query, auditOrder, after, limit);
}

/** The services an admin authors, in the catalogue's order, with their current version and open draft. */
export function authoredServicesQuery(db: Db, agencyId: string | null, after: readonly unknown[] | null, limit: number) {
  let query = db
    .selectFrom('services')
    .leftJoin('service_versions', (join) =>
      join.onRef('service_versions.service_id', '=', 'services.id').onRef('service_versions.version', '=', 'services.current_version'),
    )
    .leftJoin('service_drafts', 'service_drafts.service_id', 'services.id')
    .select([
      'services.id',
      'services.agency_id',
      'services.category',
      'services.current_version',
      'services.retired_at',
      'services.sort_key',
      'service_versions.document',
      'service_drafts.content as draft_content',
    ]);
  if (agencyId) query = query.where('services.agency_id', '=', agencyId);
  return keysetPage(query, servicesOrder, after, limit);
}

interface AuthoredRow {
  id: string;
  agency_id: string;
  category: string;
  current_version: number;
  retired_at: string | null;
  document: string | null;
  draft_content: string | null;
}

/** What tells one published content from another (versions are compared without their number). */
function fingerprintOf(service: Service): string {
  const { version: _, ...unversioned } = service;
  return createHash('sha256').update(JSON.stringify(unversioned)).digest('hex');
}

/**
 * Writes a checked service as its version and makes it the current one (back in the catalogue if it was retired):
 * the one way a version is published, by an author or from the seed files (`author` null). Its `service.published`
 * webhook event goes into the outbox in the same transaction.
 */
async function writeVersion(
  trx: Db,
  outbox: WebhookOutbox,
  service: Service,
  { note, author, fingerprint }: { note: string; author: Author | null; fingerprint: string },
) {
  const at = nowIso();
  // The version row first: the service row's current_version points at it.
  await trx
    .insertInto('service_versions')
    .values({
      service_id: service.id,
      version: service.version,
      document: JSON.stringify(service),
      fingerprint,
      created_at: at,
      change_note: note,
      published_by: author?.userId ?? null,
      published_by_role: author?.role ?? null,
    })
    .execute();
  await trx
    .updateTable('services')
    .set({ ...catalogueColumns(service), current_version: service.version, retired_at: null })
    .where('id', '=', service.id)
    .execute();
  await outbox.record(trx, {
    type: 'service.published',
    agencyId: service.agencyId,
    occurredAt: at,
    data: { serviceId: service.id, version: service.version, agencyId: service.agencyId },
  });
}

/**
 * The OPD whose services, log or staff an author asked for: their own, or for the city's admin, any (or all:
 * null). An OPD admin naming another OPD gets 403 with `detail`.
 */
export function authorScope(author: Author, agencyId: string | undefined, detail: string): string | null {
  if (author.role === 'admin') return agencyId ?? null;
  if (agencyId !== undefined && agencyId !== author.agencyId) throw problem('forbidden', { detail });
  return author.agencyId;
}

const newEtag = () => `"${randomBytes(16).toString('base64url')}"`;

/** Whether an If-Match header names this ETag (strong comparison, RFC 9110 §13.1.1). */
function ifMatchHits(ifMatch: string, etag: string): boolean {
  return ifMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag;
  });
}

function staleDraft() {
  return problem('precondition-failed', {
    code: 'draft.stale',
    title: 'Draf sudah diubah orang lain',
    detail: 'Draf ini sudah disimpan oleh admin lain sejak Anda membukanya. Muat ulang draf, lalu terapkan perubahan Anda lagi.',
  });
}

function ifMatchRequired() {
  return problem('precondition-required', {
    title: 'Versi draf wajib disertakan',
    detail: 'Sertakan header If-Match berisi ETag draf yang terakhir Anda baca.',
  });
}

function noDraft() {
  return problem('not-found', { detail: 'Layanan ini tidak memiliki draf yang terbuka. Buka draf terlebih dahulu.' });
}

export class AuthoringService {
  readonly #db: Db;
  readonly #catalogue: Catalogue;
  readonly #validateService: ValidateFunction;
  readonly #validateName: ValidateFunction;
  readonly #outbox: WebhookOutbox;

  /** `validateService` and `validateName`: the contract's `Service` and `LocalizedText` schemas. */
  constructor(db: Db, catalogue: Catalogue, validateService: ValidateFunction, validateName: ValidateFunction, outbox: WebhookOutbox) {
    this.#db = db;
    this.#catalogue = catalogue;
    this.#validateService = validateService;
    this.#validateName = validateName;
    this.#outbox = outbox;
  }

  /** Citizens and officers may not author: 403. */
  author(principal: Principal): Author {
    if (!isAuthor(principal)) {
      throw problem('forbidden', { detail: 'Hanya admin OPD dan admin SPBE kota yang dapat menyusun layanan.' });
    }
    return principal as Author;
  }

  #scope(author: Author, agencyId: string | undefined): string | null {
    return authorScope(author, agencyId, 'Admin OPD hanya dapat membuka layanan dan catatan OPD-nya sendiri.');
  }

  /** A service the author may touch; another OPD's (or none) is 404. */
  async #owned(author: Author, serviceId: string) {
    const row = await this.#db.selectFrom('services').selectAll().where('id', '=', serviceId).executeTakeFirst();
    if (!row || !authorsFor(author, row.agency_id)) throw notFound();
    return row;
  }

  async #draftRow(serviceId: string) {
    return this.#db.selectFrom('service_drafts').selectAll().where('service_id', '=', serviceId).executeTakeFirst();
  }

  #audit(db: Db, author: Author, agencyId: string, action: AuditAction, serviceId: string, version: number | null = null, note: string | null = null) {
    return recordAudit(db, author, { agencyId, action, serviceId, version, note });
  }

  #toAuthored(row: AuthoredRow): AuthoredService {
    const document = row.document ? (JSON.parse(row.document) as Service) : null;
    const draftName = row.draft_content ? (JSON.parse(row.draft_content) as DraftContent).name : undefined;
    const name = document?.name ?? (this.#validateName(draftName) ? (draftName as Service['name']) : { id: row.id });
    return {
      id: row.id,
      agencyId: row.agency_id,
      category: row.category as AuthoredService['category'],
      name,
      state: row.retired_at ? 'retired' : row.current_version > 0 ? 'published' : 'unpublished',
      currentVersion: row.current_version > 0 ? row.current_version : null,
      hasDraft: row.draft_content !== null,
      retiredAt: row.retired_at,
    };
  }

  async list(principal: Principal, agencyId: string | undefined, limit: number, cursor: string | undefined) {
    const scope = this.#scope(this.author(principal), agencyId);
    const rows = await authoredServicesQuery(this.#db, scope, keysetCursor(servicesOrder, cursor), limit).execute();
    return pageOf(rows, limit, (row) => keysetKeyOf(servicesOrder, row), (row) => this.#toAuthored(row));
  }

  async get(principal: Principal, serviceId: string): Promise<AuthoredService> {
    const author = this.author(principal);
    await this.#owned(author, serviceId);
    const row = await authoredServicesQuery(this.#db, null, null, 1).where('services.id', '=', serviceId).executeTakeFirstOrThrow();
    return this.#toAuthored(row);
  }

  /** A new service in an OPD, with a first draft holding its category and name. */
  async create(principal: Principal, request: Schemas['CreateServiceRequest']): Promise<ServiceDraft> {
    const author = this.author(principal);
    const agencyId = author.role === 'admin' ? request.agencyId : (request.agencyId ?? author.agencyId!);
    if (agencyId === undefined) {
      throw validationProblem([{ pointer: '/agencyId', code: 'required', message: 'OPD pemilik layanan wajib diisi.', params: { label: 'OPD' } }]);
    }
    if (!authorsFor(author, agencyId)) {
      throw problem('forbidden', { detail: 'Admin OPD hanya dapat membuat layanan untuk OPD-nya sendiri.' });
    }
    if (!(await this.#catalogue.agency(agencyId))) {
      throw validationProblem([{ pointer: '/agencyId', code: 'enum', message: 'OPD ini tidak dikenal.', params: { label: 'OPD' } }]);
    }
    const content: DraftContent = { category: request.category, name: request.name };
    const etag = newEtag();
    const at = nowIso();
    const taken = () =>
      problem('conflict', { code: 'service.exists', detail: `Kode layanan "${request.id}" sudah dipakai. Pilih kode lain.` });
    if (await this.#db.selectFrom('services').select('id').where('id', '=', request.id).executeTakeFirst()) throw taken();
    try {
      await this.#db.transaction().execute(async (trx) => {
        await trx
          .insertInto('services')
          .values({
            id: request.id,
            ...catalogueColumns({ agencyId, category: request.category, name: request.name, summary: { id: '' } }),
            current_version: 0,
          })
          .execute();
        await trx
          .insertInto('service_drafts')
          .values({ service_id: request.id, based_on_version: null, content: JSON.stringify(content), etag, updated_at: at, updated_by: author.userId, updated_by_role: author.role })
          .execute();
        await this.#audit(trx, author, agencyId, 'service.created', request.id);
      });
    } catch (error) {
      // Two admins creating the same id at once: the primary key lets one through.
      if (isUniqueViolation(error)) throw taken();
      throw error;
    }
    return this.getDraft(principal, request.id);
  }

  /** Opens the draft of a service: blank (its category and name) or a copy of a published version. */
  async openDraft(principal: Principal, serviceId: string, fromVersion: number | undefined): Promise<ServiceDraft> {
    const author = this.author(principal);
    const row = await this.#owned(author, serviceId);
    let content: DraftContent;
    if (fromVersion !== undefined) {
      const version = fromVersion <= row.current_version ? await this.#catalogue.serviceVersion(serviceId, fromVersion) : undefined;
      if (!version) {
        throw validationProblem([{ pointer: '/fromVersion', code: 'enum', message: `Versi ${fromVersion} belum pernah diterbitkan.`, params: { label: 'Versi' } }]);
      }
      content = Object.fromEntries(DRAFT_PARTS.filter((part) => version[part] !== undefined).map((part) => [part, structuredClone(version[part])]));
    } else {
      const current = row.current_version > 0 ? await this.#catalogue.serviceVersion(serviceId, row.current_version) : undefined;
      content = { category: row.category as Service['category'], ...(current ? { name: current.name } : {}) };
    }
    try {
      await this.#db.transaction().execute(async (trx) => {
        await trx
          .insertInto('service_drafts')
          .values({
            service_id: serviceId,
            based_on_version: fromVersion ?? null,
            content: JSON.stringify(content),
            etag: newEtag(),
            updated_at: nowIso(),
            updated_by: author.userId,
            updated_by_role: author.role,
          })
          .execute();
        await this.#audit(trx, author, row.agency_id, 'draft.opened', serviceId, fromVersion ?? null);
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw problem('conflict', { code: 'draft.exists', detail: 'Layanan ini sudah memiliki draf yang terbuka. Lanjutkan draf tersebut.' });
      }
      throw error;
    }
    return this.getDraft(principal, serviceId);
  }

  async getDraft(principal: Principal, serviceId: string): Promise<ServiceDraft> {
    const row = await this.#owned(this.author(principal), serviceId);
    const draft = await this.#draftRow(serviceId);
    if (!draft) throw noDraft();
    return {
      serviceId,
      agencyId: row.agency_id,
      basedOnVersion: draft.based_on_version,
      etag: draft.etag,
      updatedAt: draft.updated_at,
      updatedBy: { userId: draft.updated_by, role: draft.updated_by_role },
      content: JSON.parse(draft.content) as DraftContent,
    };
  }

  /** Saves the draft if `ifMatch` names its current ETag (one compare-and-set: concurrent saves cannot both win). */
  async saveDraft(principal: Principal, serviceId: string, ifMatch: string | undefined, content: DraftContent): Promise<ServiceDraft> {
    const author = this.author(principal);
    const row = await this.#owned(author, serviceId);
    if (ifMatch === undefined) throw ifMatchRequired();
    const deep = tooDeep(content, MAX_DRAFT_DEPTH);
    if (deep !== null) {
      const params = { max: MAX_DRAFT_DEPTH };
      throw validationProblem([{ pointer: deep, code: 'too_deep', message: formatMessage('too_deep', params), params }]);
    }
    const draft = await this.#draftRow(serviceId);
    if (!draft) throw noDraft();
    if (!ifMatchHits(ifMatch, draft.etag)) throw staleDraft();
    const saved = await this.#db.transaction().execute(async (trx) => {
      const result = await trx
        .updateTable('service_drafts')
        .set({ content: JSON.stringify(content), etag: newEtag(), updated_at: nowIso(), updated_by: author.userId, updated_by_role: author.role })
        .where('service_id', '=', serviceId)
        .where('etag', '=', draft.etag)
        .executeTakeFirst();
      if (result.numUpdatedRows === 0n) return false;
      await this.#audit(trx, author, row.agency_id, 'draft.saved', serviceId);
      return true;
    });
    if (!saved) throw staleDraft();
    return this.getDraft(principal, serviceId);
  }

  async #check(principal: Principal, serviceId: string, options?: { schemaOnly?: boolean }) {
    const row = await this.#owned(this.author(principal), serviceId);
    const draft = await this.#draftRow(serviceId);
    if (!draft) throw noDraft();
    const content = JSON.parse(draft.content) as DraftContent;
    const check = await checkDraft(this.#validateService, content, { id: serviceId, agencyId: row.agency_id, version: row.current_version + 1 }, options);
    return { row, draft, content, check };
  }

  async validate(principal: Principal, serviceId: string): Promise<Schemas['DraftValidation']> {
    const { check } = await this.#check(principal, serviceId);
    return { valid: check.total === 0, errorCount: check.total, errors: check.errors.slice(0, PROBLEM_LIMITS.errors) };
  }

  async preview(principal: Principal, serviceId: string): Promise<Service> {
    const { check } = await this.#check(principal, serviceId, { schemaOnly: true });
    if (check.total > 0) {
      throw validationProblem({ errors: check.errors, total: check.total }, 'Draf belum lengkap untuk ditampilkan sebagai layanan.');
    }
    return check.service as unknown as Service;
  }

  /** Publishes the draft as the next version, if it passes every check and `ifMatch` names it. */
  async publish(principal: Principal, serviceId: string, ifMatch: string | undefined, changeNote: string): Promise<Service> {
    const author = this.author(principal);
    if (ifMatch === undefined) {
      await this.#owned(author, serviceId);
      throw ifMatchRequired();
    }
    const { row, draft, check } = await this.#check(principal, serviceId);
    if (!ifMatchHits(ifMatch, draft.etag)) throw staleDraft();
    if (check.total > 0) {
      throw validationProblem(
        { errors: check.errors, total: check.total },
        'Draf belum dapat diterbitkan. Perbaiki setiap masalah yang ditandai, lalu terbitkan lagi.',
      );
    }
    const service = check.service as unknown as Service;
    const note = changeNote.trim();
    await this.#db.transaction().execute(async (trx) => {
      // The draft checked is the draft published: a save since then (another ETag) stops it.
      const closed = await trx.deleteFrom('service_drafts').where('service_id', '=', serviceId).where('etag', '=', draft.etag).executeTakeFirst();
      if (closed.numDeletedRows === 0n) throw staleDraft();
      const current = await trx.selectFrom('services').select('current_version').where('id', '=', serviceId).executeTakeFirstOrThrow();
      if (current.current_version !== row.current_version) throw staleDraft();
      await writeVersion(trx, this.#outbox, service, { note, author, fingerprint: fingerprintOf(service) });
      await this.#audit(trx, author, row.agency_id, 'service.published', serviceId, service.version, note);
    });
    this.#outbox.committed();
    return service;
  }

  /**
   * Publishes a service of the seed files (packages/server/seed/services) as version `version`, through the same
   * checks as `publish` (the `Service` schema, the form rules, patterns proven safe) and the same writing, without
   * a draft or an author. Returns the problems instead when it fails a check.
   */
  async publishSeed(seed: Omit<Service, 'version'>, version: number, fingerprint: string, note: string): Promise<FieldError[]> {
    const { id, agencyId, ...content } = seed;
    const check = await checkDraft(this.#validateService, content as DraftContent, { id, agencyId, version });
    if (check.total > 0) return check.errors;
    const service = check.service as unknown as Service;
    await this.#db.transaction().execute(async (trx) => {
      if (version === 1) await trx.insertInto('services').values({ id, ...catalogueColumns(service), current_version: 0 }).execute();
      await writeVersion(trx, this.#outbox, service, { note, author: null, fingerprint });
    });
    this.#outbox.committed();
    return [];
  }

  async retire(principal: Principal, serviceId: string, note: string): Promise<AuthoredService> {
    const author = this.author(principal);
    const row = await this.#owned(author, serviceId);
    if (row.current_version === 0) {
      throw problem('conflict', { code: 'service.not_published', detail: 'Layanan ini belum pernah diterbitkan, jadi tidak dapat dihentikan.' });
    }
    const retired = await this.#db.transaction().execute(async (trx) => {
      const result = await trx
        .updateTable('services')
        .set({ retired_at: nowIso() })
        .where('id', '=', serviceId)
        .where('retired_at', 'is', null)
        .executeTakeFirst();
      if (result.numUpdatedRows === 0n) return false;
      await this.#audit(trx, author, row.agency_id, 'service.retired', serviceId, row.current_version, note.trim());
      return true;
    });
    if (!retired) throw problem('conflict', { code: 'service.retired', detail: 'Layanan ini sudah dihentikan.' });
    return this.get(principal, serviceId);
  }

  async versions(principal: Principal, serviceId: string, limit: number, cursor: string | undefined) {
    await this.#owned(this.author(principal), serviceId);
    const query = this.#db
      .selectFrom('service_versions')
      .select(['version', 'created_at', 'change_note', 'published_by', 'published_by_role'])
      .where('service_id', '=', serviceId);
    const rows = await keysetPage(query, versionsOrder, keysetCursor(versionsOrder, cursor), limit).execute();
    return pageOf(
      rows,
      limit,
      (row) => keysetKeyOf(versionsOrder, row),
      (row): Schemas['ServiceVersionInfo'] => ({
        version: row.version,
        publishedAt: row.created_at,
        publishedBy: row.published_by && row.published_by_role ? { userId: row.published_by, role: row.published_by_role } : null,
        changeNote: row.change_note,
      }),
    );
  }

  /** The changes from version `from` to version `to`, or to the open draft. Versions are compared without their number. */
  async diff(principal: Principal, serviceId: string, from: number, to: number | undefined): Promise<Schemas['ServiceDiff']> {
    const row = await this.#owned(this.author(principal), serviceId);
    const missing = () => problem('not-found', { detail: 'Versi atau draf yang dibandingkan tidak ada.' });
    const published = async (version: number) => {
      const service = version <= row.current_version ? await this.#catalogue.serviceVersion(serviceId, version) : undefined;
      if (!service) throw missing();
      return service as unknown as Record<string, unknown>;
    };
    const before = await published(from);
    let after: Record<string, unknown>;
    if (to !== undefined) after = await published(to);
    else {
      const draft = await this.#draftRow(serviceId);
      if (!draft) throw missing();
      after = serviceOfDraft(JSON.parse(draft.content) as DraftContent, { id: serviceId, agencyId: row.agency_id, version: 0 });
    }
    const { version: _from, ...a } = before;
    const { version: _to, ...b } = after;
    const { changes, truncated } = diffJson(a, b, DIFF_LIMIT);
    return { from, to: to ?? null, changes, truncated };
  }

  async audit(principal: Principal, agencyId: string | undefined, limit: number, cursor: string | undefined) {
    const scope = this.#scope(this.author(principal), agencyId);
    const rows = await auditQuery(this.#db, scope, keysetCursor(auditOrder, cursor), limit).execute();
    return pageOf(
      rows,
      limit,
      (row) => keysetKeyOf(auditOrder, row),
      (row): AuditEntry => ({
        id: row.id,
        at: row.at,
        actor: { userId: row.actor_user_id, role: row.actor_role },
        action: row.action,
        agencyId: row.agency_id,
        serviceId: row.service_id,
        version: row.version,
        note: row.note,
        applicationId: row.application_id,
        evidence: row.evidence,
        subjectUserId: row.subject_user_id,
        webhookEndpointId: row.webhook_endpoint_id,
      }),
    );
  }
}
