// Applications: submission (idempotent), revision, status changes through the shared state machine, and the
// views the applicant and the owning OPD's officers get. Every multi-row write is one transaction; each status
// change writes its webhook event in it (the outbox), and the live streams and the webhook dispatcher hear about
// a change only after it is committed. The lists' orders and queries are in application-queries.ts.
import { createHash, randomUUID } from 'node:crypto';
import {
  checkTransition,
  fileAnswers,
  jakartaDate,
  maskAnswers,
  maskedPrefillSources,
  maskNik,
  normalizeAnswers,
  prefillAnswers,
  pruneHidden,
  reviseAnswers,
  statusLabels,
  validateAnswers,
  type Schemas,
} from '@padu/contract';
// Every locale's messages, registered up front (validateAnswers formats them too).
import { formatMessage } from '@padu/contract/messages';
import type { Selectable } from 'kysely';
import type { Db } from '../db/database.ts';
import { isUniqueViolation, nowIso } from '../db/database.ts';
import { keysetCursor, keysetKeyOf, type KeysetOrder } from '../db/keyset.ts';
import { NO_DUE_DATE, type ApplicationTable, type StatusChangeTable } from '../db/schema.ts';
import { pageOf } from '../http/cursor.ts';
import { notFound, problem, validationProblem } from '../http/problems.ts';
import { isOfficer, type Principal } from '../auth/principal.ts';
import type { EventBus, StatusChanged } from '../sse/event-bus.ts';
import type { Catalogue, Service } from './catalogue.ts';
import {
  agencyQueueOrder,
  agencyQueueQuery,
  applicantsQuery,
  attachmentsQuery,
  historiesQuery,
  listOrderColumns,
  myApplicationsOrder,
  myApplicationsQuery,
} from './application-queries.ts';
import { dueDate } from './due.ts';
import { recordAudit } from './audit.ts';
import { newTrackingCode } from './tracking-code.ts';
import { toUpload, type UploadRow, type UploadStore } from './uploads.ts';
import { findUserById } from './users.ts';
import type { WebhookOutbox } from '../webhooks/outbox.ts';

export type Application = Schemas['Application'];
export type ApplicationStatus = Schemas['ApplicationStatus'];
type Answers = Schemas['Answers'];
type ActorRole = Schemas['ActorRole'];

export type ApplicationRow = Selectable<ApplicationTable>;
export type StatusChangeRow = Selectable<StatusChangeTable>;

export interface Actor {
  role: ActorRole;
  agencyId: string | null;
  userId: string | null;
}

/** The body of submitApplication, as the contract validated it. */
export interface Submission {
  serviceId: string;
  answers: Answers;
}

/** Stable JSON (keys sorted), so the same body always hashes the same whatever the key order on the wire. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The identity of each stored item of each group answer (`Application.itemIds`), which a revision names in
 * `items` so that what it leaves untouched in an item (a masked NIK) stays as stored. Opaque, and new with every
 * status change (the application's last sequence is in it): a revision made from a read older than the last
 * change names none of them and is refused, instead of keeping one item's answers in another.
 */
export function storedItemIds(row: Pick<ApplicationRow, 'id' | 'last_sequence'>, answers: Answers): Record<string, string[]> {
  const ids: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(answers)) {
    // Only a group's answer is a list of objects (a checkbox list holds strings).
    if (!Array.isArray(value) || value.length === 0 || !value.every((item) => typeof item === 'object' && item !== null && !Array.isArray(item))) continue;
    ids[name] = value.map((_, index) =>
      createHash('sha256').update(`${row.id}\n${row.last_sequence}\n${name}\n${index}`).digest('base64url').slice(0, 16),
    );
  }
  return ids;
}

export function toStatusChanged(row: StatusChangeRow, trackingCode: string): StatusChanged {
  return {
    applicationId: row.application_id,
    trackingCode,
    sequence: row.sequence,
    status: row.status as ApplicationStatus,
    at: row.at,
    actor: { role: row.actor_role, agencyId: row.actor_agency_id },
    note: row.note,
  };
}

function transitionProblem(code: 'transition.not_allowed' | 'transition.forbidden_role' | 'transition.note_required', from: ApplicationStatus, to: ApplicationStatus, pointer: string) {
  const params = { from: statusLabels.id[from], to: statusLabels.id[to] };
  const message = formatMessage(code, params, 'id');
  // A missing note is a fault in the request (422, pointing at the field); an edge the state machine refuses
  // conflicts with the application's current state (409), whoever asks.
  if (code === 'transition.note_required') return validationProblem([{ pointer, code, message, params }], message);
  return problem('conflict', { code, title: 'Perubahan status tidak diizinkan', detail: message });
}

/** Who is looking: the applicant, or an officer of the owning OPD (who also sees the applicant summary). */
export type Viewer = 'applicant' | 'officer';

export class ApplicationService {
  readonly #db: Db;
  readonly #catalogue: Catalogue;
  readonly #uploads: UploadStore;
  readonly #bus: EventBus;
  readonly #outbox: WebhookOutbox;

  constructor(db: Db, catalogue: Catalogue, uploads: UploadStore, bus: EventBus, outbox: WebhookOutbox) {
    this.#db = db;
    this.#catalogue = catalogue;
    this.#uploads = uploads;
    this.#bus = bus;
    this.#outbox = outbox;
  }

  /** After a change has committed: live streams and the OPD's systems (webhooks) hear of it. */
  #committed(change: StatusChangeRow, trackingCode: string): void {
    this.#bus.publish(toStatusChanged(change, trackingCode));
    this.#outbox.committed();
  }

  // ------------------------------------------------------------------ reading

  async row(id: string): Promise<ApplicationRow | undefined> {
    return this.#db.selectFrom('applications').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** The application if `principal` may see it (its applicant, or an officer of its OPD); otherwise 404. */
  async readable(principal: Principal, id: string): Promise<ApplicationRow> {
    const row = await this.row(id);
    if (!row || !this.canRead(principal, row)) throw notFound();
    return row;
  }

  canRead(principal: Principal, row: ApplicationRow): boolean {
    return principal.role === 'officer' ? principal.agencyId === row.agency_id : principal.userId === row.applicant_id;
  }

  async history(applicationIds: readonly string[]): Promise<Map<string, StatusChangeRow[]>> {
    const byApplication = new Map<string, StatusChangeRow[]>(applicationIds.map((id) => [id, []]));
    if (applicationIds.length === 0) return byApplication;
    for (const row of await historiesQuery(this.#db, applicationIds).execute()) byApplication.get(row.application_id)?.push(row);
    return byApplication;
  }

  /** The contract view of applications, loading what they need in a few queries. */
  async present(rows: readonly ApplicationRow[], viewer: Viewer): Promise<Application[]> {
    const ids = rows.map((row) => row.id);
    const histories = await this.history(ids);
    const attachments = new Map<string, UploadRow[]>(ids.map((id) => [id, []]));
    if (ids.length > 0) {
      const linked = await attachmentsQuery(this.#db, ids).execute();
      for (const { application_id, ...upload } of linked) attachments.get(application_id)?.push(upload);
    }
    const applicants = new Map<string, Schemas['ApplicantSummary']>();
    if (viewer === 'officer' && rows.length > 0) {
      const users = await applicantsQuery(this.#db, [...new Set(rows.map((row) => row.applicant_id))]).execute();
      for (const user of users) {
        applicants.set(user.id, { name: user.name, nikMasked: user.nik ? maskNik(user.nik) : null, verified: user.verified === 1 });
      }
    }
    const result: Application[] = [];
    for (const row of rows) {
      const service = await this.#catalogue.serviceVersion(row.service_id, row.service_version);
      if (!service) throw new Error(`Service ${row.service_id} v${row.service_version} is missing`);
      const agency = await this.#catalogue.agency(row.agency_id);
      if (!agency) throw new Error(`Agency ${row.agency_id} is missing`);
      const answers = JSON.parse(row.answers) as Answers;
      const inAnswers = new Set(fileAnswers(service.form, answers));
      const history = histories.get(row.id) ?? [];
      // Only the applicant revises, so only the applicant is shown what a revision names its group items by.
      const itemIds = viewer === 'applicant' ? storedItemIds(row, answers) : {};
      result.push({
        id: row.id,
        trackingCode: row.tracking_code,
        serviceId: row.service_id,
        serviceVersion: row.service_version,
        serviceName: service.name,
        agencyId: row.agency_id,
        agencyName: agency.name,
        status: row.status as ApplicationStatus,
        answers: maskAnswers(service.form, answers),
        ...(Object.keys(itemIds).length > 0 ? { itemIds } : {}),
        // The documents of the current answers; earlier versions stay downloadable for the OPD.
        attachments: (attachments.get(row.id) ?? []).filter((u) => inAnswers.has(u.id)).map(toUpload),
        history: history.map((change) => ({
          sequence: change.sequence,
          status: change.status as ApplicationStatus,
          at: change.at,
          actor: { role: change.actor_role, agencyId: change.actor_agency_id },
          note: change.note,
        })),
        submittedAt: row.submitted_at,
        updatedAt: row.updated_at,
        due: dueDate(service.standard.timeFrame, history.map((c) => ({ status: c.status as ApplicationStatus, at: c.at }))),
        applicant: viewer === 'officer' ? (applicants.get(row.applicant_id) ?? null) : null,
      });
    }
    return result;
  }

  async presentOne(row: ApplicationRow, viewer: Viewer): Promise<Application> {
    const [application] = await this.present([row], viewer);
    return application!;
  }

  viewerOf(principal: Principal): Viewer {
    return principal.role === 'officer' ? 'officer' : 'applicant';
  }

  /** The citizen's own applications: those needing their action first, then newest first. */
  async listMine(principal: Principal, status: ApplicationStatus | undefined, limit: number, cursor: string | undefined) {
    const query = (after: readonly unknown[] | null) => myApplicationsQuery(this.#db, principal.userId, { status, after, limit });
    return this.#page(myApplicationsOrder, query, limit, cursor, 'applicant');
  }

  /** An OPD's queue: oldest due first; paused and finished applications (no due date) last. */
  async listAgency(agencyId: string, status: ApplicationStatus | undefined, limit: number, cursor: string | undefined) {
    const query = (after: readonly unknown[] | null) => agencyQueueQuery(this.#db, agencyId, { status, after, limit });
    return this.#page(agencyQueueOrder, query, limit, cursor, 'officer');
  }

  /** One page of a list: its rows after the cursor, presented, and the next cursor. */
  async #page(
    order: KeysetOrder,
    query: (after: readonly unknown[] | null) => { execute(): Promise<ApplicationRow[]> },
    limit: number,
    cursor: string | undefined,
    viewer: Viewer,
  ) {
    const rows = await query(keysetCursor(order, cursor)).execute();
    const page = pageOf(rows, limit, (row) => keysetKeyOf(order, row), (row) => row);
    return { data: await this.present(page.data, viewer), nextCursor: page.nextCursor };
  }

  // ------------------------------------------------------------------ writing

  /**
   * Normalises answers, fills what the browser could not (the account's NIK for a `prefill: nik` field left
   * empty, and every `prefillLocked` value), drops the answers of hidden fields exactly as the browser does, and
   * validates the rest against a service version, with the caller's own uploads only.
   */
  async #checkedAnswers(service: Service, given: Answers, ownerId: string) {
    const account = await findUserById(this.#db, ownerId);
    const profile = { name: account?.name ?? null, nik: account?.nik ?? null, email: account?.email ?? null, phone: account?.phone ?? null };
    // One `today` for conditions and date bounds alike, even across midnight.
    const today = jakartaDate();
    const prefilled = prefillAnswers(service.form, normalizeAnswers(service.form, given), profile, { sources: maskedPrefillSources });
    const normalized = pruneHidden(service.form, prefilled, { today });
    const uploads = await this.#uploads.ownedBy(ownerId, fileAnswers(service.form, normalized));
    const errors = validateAnswers(service.form, normalized, {
      locale: 'id',
      basePointer: '/answers',
      today,
      upload: (id) => {
        const row = uploads.get(id);
        return row ? { mimeType: row.mime_type as Schemas['UploadMimeType'], bytes: row.bytes } : undefined;
      },
    });
    if (errors.length > 0) throw validationProblem(errors);
    // Valid answers reference only these (the caller's own, unexpired) uploads.
    return { answers: normalized, uploadIds: [...uploads.keys()] };
  }

  async #linkUploads(trx: Db, applicationId: string, uploadIds: readonly string[]): Promise<void> {
    if (uploadIds.length === 0) return;
    const already = new Set(
      (
        await trx
          .selectFrom('application_uploads')
          .select('upload_id')
          .where('application_id', '=', applicationId)
          .execute()
      ).map((row) => row.upload_id),
    );
    const fresh = uploadIds.filter((id) => !already.has(id));
    if (fresh.length > 0) {
      await trx
        .insertInto('application_uploads')
        .values(fresh.map((upload_id) => ({ application_id: applicationId, upload_id })))
        .execute();
    }
    // In use now, so never swept.
    await trx.updateTable('uploads').set({ expires_at: null }).where('id', 'in', [...uploadIds]).execute();
  }

  /**
   * Appends a status change inside a transaction and moves the application row along with it; the OPD's
   * webhook event goes into the outbox in the same transaction (not for the seed's history: `event: false`).
   */
  async #recordChange(
    trx: Db,
    row: ApplicationRow,
    to: ApplicationStatus,
    actor: Actor,
    note: string | null,
    at: string,
    service: Service,
    { extra = {}, event = true }: { extra?: Partial<Pick<ApplicationRow, 'answers'>>; event?: boolean } = {},
  ): Promise<StatusChangeRow> {
    const change = await trx
      .insertInto('status_changes')
      .values({
        application_id: row.id,
        status: to,
        at,
        actor_role: actor.role,
        actor_agency_id: actor.agencyId,
        actor_user_id: actor.userId,
        note,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const history = await trx
      .selectFrom('status_changes')
      .select(['status', 'at'])
      .where('application_id', '=', row.id)
      .orderBy('sequence')
      .execute();
    const order = listOrderColumns(service, to, history as { status: ApplicationStatus; at: string }[], at);
    const updated = await trx
      .updateTable('applications')
      .set({ ...extra, status: to, updated_at: at, last_sequence: change.sequence, ...order })
      .where('id', '=', row.id)
      // Optimistic check: somebody else changed it since we read it (another officer, the citizen).
      .where('last_sequence', '=', row.last_sequence)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) {
      throw problem('conflict', { code: 'application.changed', detail: 'Permohonan baru saja diubah. Muat ulang lalu coba lagi.' });
    }
    if (event) {
      // A new row has no change before this one (its last_sequence is 0 until now).
      const previous = row.last_sequence === 0 ? null : (row.status as ApplicationStatus);
      await this.#outbox.record(trx, {
        type:
          previous === null
            ? 'application.submitted'
            : previous === 'needs_revision' && to === 'submitted'
              ? 'application.resubmitted'
              : to === 'cancelled'
                ? 'application.cancelled'
                : 'application.status_changed',
        agencyId: row.agency_id,
        occurredAt: at,
        data: {
          applicationId: row.id,
          trackingCode: row.tracking_code,
          agencyId: row.agency_id,
          serviceId: row.service_id,
          serviceVersion: row.service_version,
          status: to,
          previousStatus: previous,
          actorRole: actor.role,
          sequence: change.sequence,
        },
      });
    }
    return change;
  }

  /**
   * Submits an application. With the same key and body it returns the application made the first time
   * (`replayed`); with the same key and another body it is refused. Concurrent requests with one key meet at
   * the idempotency table's primary key: one commits, the other rolls back and replays it.
   */
  async submit(principal: Principal, idempotencyKey: string, submission: Submission, at = Date.now()) {
    if (principal.role !== 'citizen') {
      throw problem('forbidden', { detail: 'Petugas tidak dapat mengajukan permohonan.' });
    }
    const requestHash = createHash('sha256').update(canonicalJson(submission)).digest('hex');
    const replay = await this.#replay(principal.userId, idempotencyKey, requestHash);
    if (replay) return replay;

    const service = await this.#catalogue.service(submission.serviceId);
    if (!service) {
      if (await this.#catalogue.isRetired(submission.serviceId)) {
        throw problem('conflict', {
          code: 'service.retired',
          title: 'Layanan tidak lagi menerima permohonan',
          detail: 'Layanan ini sudah dihentikan oleh OPD dan tidak menerima permohonan baru. Permohonan yang sudah diajukan tetap diproses.',
        });
      }
      throw problem('not-found', { detail: 'Layanan tidak ditemukan.' });
    }
    if (service.requiresVerifiedAccount && !principal.verified) {
      throw problem('forbidden', {
        code: 'account.unverified',
        detail: 'Layanan ini hanya untuk akun yang sudah diverifikasi. Datangi kantor OPD untuk verifikasi identitas.',
      });
    }
    const agency = await this.#catalogue.agency(service.agencyId);
    if (!agency) throw new Error(`Agency ${service.agencyId} is missing`);
    const { answers, uploadIds } = await this.#checkedAnswers(service, submission.answers, principal.userId);

    try {
      const { row, change } = await this.#db.transaction().execute(async (trx) => {
        const row = await this.#insertApplication(trx, {
          service,
          agencyCode: agency.code,
          applicantId: principal.userId,
          answers,
          at: nowIso(at),
        });
        const change = await this.#recordChange(trx, row, 'submitted', { role: 'citizen', agencyId: null, userId: principal.userId }, null, row.submitted_at, service);
        await this.#linkUploads(trx, row.id, uploadIds);
        await trx
          .insertInto('idempotency_keys')
          .values({
            user_id: principal.userId,
            idempotency_key: idempotencyKey,
            request_hash: requestHash,
            application_id: row.id,
            created_at: row.submitted_at,
          })
          .execute();
        return { row: { ...row, status: 'submitted', last_sequence: change.sequence }, change };
      });
      this.#committed(change, row.tracking_code);
      return { application: await this.presentOne(row, 'applicant'), replayed: false };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // Lost the race for this key: the winner's application is the answer.
      const replayAfterRace = await this.#replay(principal.userId, idempotencyKey, requestHash);
      if (replayAfterRace) return replayAfterRace;
      throw error;
    }
  }

  async #replay(userId: string, key: string, requestHash: string) {
    const known = await this.#db
      .selectFrom('idempotency_keys')
      .select(['request_hash', 'application_id'])
      .where('user_id', '=', userId)
      .where('idempotency_key', '=', key)
      .executeTakeFirst();
    if (!known) return undefined;
    if (known.request_hash !== requestHash) {
      throw problem('conflict', {
        code: 'idempotency.key_reused',
        detail: 'Idempotency-Key ini sudah dipakai untuk permohonan lain. Buat kunci baru untuk permohonan baru.',
      });
    }
    const row = await this.row(known.application_id);
    if (!row) throw new Error('Idempotency key points to a missing application');
    return { application: await this.presentOne(row, 'applicant'), replayed: true };
  }

  /** Inserts the application row with a fresh tracking code (initial status; #recordChange sets it properly). */
  async #insertApplication(
    trx: Db,
    input: { service: Service; agencyCode: string; applicantId: string; answers: Answers; at: string; id?: string; trackingCode?: string },
  ): Promise<ApplicationRow> {
    let trackingCode = input.trackingCode;
    for (let attempt = 0; !trackingCode && attempt < 10; attempt++) {
      const candidate = newTrackingCode(input.agencyCode);
      const taken = await trx.selectFrom('applications').select('id').where('tracking_code', '=', candidate).executeTakeFirst();
      if (!taken) trackingCode = candidate;
    }
    if (!trackingCode) throw new Error('Could not find a free tracking code');
    const row: ApplicationRow = {
      id: input.id ?? randomUUID(),
      tracking_code: trackingCode,
      service_id: input.service.id,
      service_version: input.service.version,
      agency_id: input.service.agencyId,
      applicant_id: input.applicantId,
      status: 'submitted',
      answers: JSON.stringify(input.answers),
      submitted_at: input.at,
      updated_at: input.at,
      // Set by the status change that follows in the same transaction.
      needs_action: 0,
      queue_due_at: NO_DUE_DATE,
      last_sequence: 0,
    };
    await trx.insertInto('applications').values(row).execute();
    return row;
  }

  /**
   * The applicant revises the answers of a `needs_revision` application; it goes back to `submitted`. The
   * answers named in `keep` keep their stored values (NIK and No. KK, which the applicant only sees masked), a
   * group item's from the stored item it revises (`items`, by `itemIds` as this row shows them): `reviseAnswers`.
   */
  async resubmit(principal: Principal, id: string, revision: Schemas['ResubmitApplicationRequest']) {
    const row = await this.row(id);
    if (!row || row.applicant_id !== principal.userId) throw notFound();
    const from = row.status as ApplicationStatus;
    const check = checkTransition(from, 'submitted', 'citizen');
    if (!check.ok) {
      throw problem('conflict', {
        code: 'application.not_revisable',
        title: 'Permohonan tidak dapat diperbaiki',
        detail: `Permohonan hanya dapat diperbaiki saat berstatus ${statusLabels.id.needs_revision}; saat ini ${statusLabels.id[from]}.`,
      });
    }
    // The version the application was made with, even if the service has changed since.
    const service = await this.#catalogue.serviceVersion(row.service_id, row.service_version);
    if (!service) throw new Error(`Service ${row.service_id} v${row.service_version} is missing`);
    const stored = JSON.parse(row.answers) as Answers;
    const revised = reviseAnswers(service.form, { answers: stored, itemIds: storedItemIds(row, stored) }, revision);
    if (revised.errors.length > 0) throw validationProblem(revised.errors);
    const { answers, uploadIds } = await this.#checkedAnswers(service, revised.answers, principal.userId);
    const at = nowIso();
    const change = await this.#db.transaction().execute(async (trx) => {
      const change = await this.#recordChange(trx, row, 'submitted', { role: 'citizen', agencyId: null, userId: principal.userId }, null, at, service, {
        extra: { answers: JSON.stringify(answers) },
      });
      await this.#linkUploads(trx, row.id, uploadIds);
      return change;
    });
    this.#committed(change, row.tracking_code);
    return this.presentOne((await this.row(id))!, 'applicant');
  }

  /** The applicant cancels (while the state machine lets citizens). */
  async cancel(principal: Principal, id: string, reason: string | undefined) {
    const row = await this.row(id);
    if (!row || row.applicant_id !== principal.userId) throw notFound();
    await this.#transition(row, 'cancelled', { role: 'citizen', agencyId: null, userId: principal.userId }, reason, '/reason');
    return this.presentOne((await this.row(id))!, 'applicant');
  }

  /** An officer of the owning OPD moves the application on. */
  async transitionByOfficer(principal: Principal, id: string, to: ApplicationStatus, note: string | undefined) {
    if (principal.role !== 'officer' || !principal.agencyId) {
      throw problem('forbidden', { detail: 'Hanya petugas OPD yang dapat mengubah status permohonan.' });
    }
    const row = await this.row(id);
    if (!row || row.agency_id !== principal.agencyId) throw notFound();
    await this.#transition(row, to, { role: 'officer', agencyId: principal.agencyId, userId: principal.userId }, note, '/note');
    return this.presentOne((await this.row(id))!, 'officer');
  }

  /**
   * An officer of the owning OPD confirms the applicant's identity, having seen `evidence`. The account becomes
   * verified (for every service) and the OPD's audit log records who, when and on what evidence.
   */
  async verifyApplicant(principal: Principal, id: string, evidence: Schemas['IdentityEvidence']) {
    if (!isOfficer(principal)) {
      throw problem('forbidden', { detail: 'Hanya petugas OPD yang dapat memverifikasi identitas pemohon.' });
    }
    const row = await this.row(id);
    if (!row || row.agency_id !== principal.agencyId) throw notFound();
    await this.#db.transaction().execute(async (trx) => {
      const verified = await trx.updateTable('users').set({ verified: 1 }).where('id', '=', row.applicant_id).where('verified', '=', 0).executeTakeFirst();
      if (verified.numUpdatedRows === 0n) {
        throw problem('conflict', { code: 'applicant.already_verified', detail: 'Identitas pemohon ini sudah terverifikasi.' });
      }
      await recordAudit(trx, principal, {
        agencyId: principal.agencyId,
        action: 'applicant.verified',
        serviceId: row.service_id,
        version: row.service_version,
        applicationId: row.id,
        evidence,
      });
    });
    return this.presentOne((await this.row(id))!, 'officer');
  }

  async #transition(row: ApplicationRow, to: ApplicationStatus, actor: Actor, noteIn: string | undefined, notePointer: string) {
    const from = row.status as ApplicationStatus;
    const note = noteIn?.trim() ? noteIn.trim() : null;
    const check = checkTransition(from, to, actor.role, note);
    if (!check.ok) throw transitionProblem(check.code, from, to, notePointer);
    const service = await this.#catalogue.serviceVersion(row.service_id, row.service_version);
    if (!service) throw new Error(`Service ${row.service_id} v${row.service_version} is missing`);
    const change = await this.#db.transaction().execute((trx) => this.#recordChange(trx, row, to, actor, note, nowIso(), service));
    this.#committed(change, row.tracking_code);
  }

  /** For the seed: an application with a given id, code, time and history (validated like any other). */
  async seedApplication(input: {
    id: string;
    trackingCode: string;
    applicantId: string;
    serviceId: string;
    answers: Answers;
    uploadIds: string[];
    steps: { status: ApplicationStatus; at: string; actor: Actor; note?: string }[];
  }): Promise<void> {
    const service = await this.#catalogue.service(input.serviceId);
    if (!service) throw new Error(`Seed service ${input.serviceId} is missing`);
    const agency = await this.#catalogue.agency(service.agencyId);
    const { answers } = await this.#checkedAnswers(service, input.answers, input.applicantId);
    const [first, ...rest] = input.steps;
    if (!first || first.status !== 'submitted') throw new Error('A seeded application starts as submitted');
    await this.#db.transaction().execute(async (trx) => {
      let row = await this.#insertApplication(trx, {
        service,
        agencyCode: agency!.code,
        applicantId: input.applicantId,
        answers,
        at: first.at,
        id: input.id,
        trackingCode: input.trackingCode,
      });
      let change = await this.#recordChange(trx, row, 'submitted', first.actor, null, first.at, service, { event: false });
      row = { ...row, last_sequence: change.sequence };
      await this.#linkUploads(trx, row.id, input.uploadIds);
      let from: ApplicationStatus = 'submitted';
      for (const step of rest) {
        const check = checkTransition(from, step.status, step.actor.role, step.note);
        if (!check.ok) throw new Error(`Seed transition ${from} → ${step.status}: ${check.code}`);
        change = await this.#recordChange(trx, row, step.status, step.actor, step.note ?? null, step.at, service, { event: false });
        row = { ...row, status: step.status, last_sequence: change.sequence };
        from = step.status;
      }
    });
  }

  /** Status changes of an application for a live stream: those after `after`, or only the latest. */
  async changesFor(row: Pick<ApplicationRow, 'id' | 'tracking_code'>, after: number | null): Promise<StatusChanged[]> {
    let query = this.#db.selectFrom('status_changes').selectAll().where('application_id', '=', row.id);
    query = after === null ? query.orderBy('sequence', 'desc').limit(1) : query.where('sequence', '>', after).orderBy('sequence');
    const rows = await query.execute();
    return rows.map((change) => toStatusChanged(change, row.tracking_code));
  }
}
