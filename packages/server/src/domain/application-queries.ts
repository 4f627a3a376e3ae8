// The applications' list orders and read queries. Every list is one index range (see migration 0002 and keyset.ts).
// The queries are built here, and nowhere else, so that the query-plan test checks the very SQL that runs.
import { isFinal, type Schemas } from '@padu/contract';
import type { Selectable } from 'kysely';
import type { Db } from '../db/database.ts';
import { keysetPage, type KeysetOrder } from '../db/keyset.ts';
import { NO_DUE_DATE, type ApplicationTable } from '../db/schema.ts';
import type { Service } from './catalogue.ts';
import { dueDate } from './due.ts';

type ApplicationStatus = Schemas['ApplicationStatus'];
type ApplicationRow = Selectable<ApplicationTable>;

/** A citizen's applications: needing their action first, then newest first. */
export const myApplicationsOrder: KeysetOrder = {
  keys: [
    { column: 'needs_action', type: 'number' },
    { column: 'submitted_at', type: 'string' },
    { column: 'id', type: 'string' },
  ],
  direction: 'desc',
};

/** An OPD's queue: oldest due first, then those without a due date (paused, final), oldest submitted first. */
export const agencyQueueOrder: KeysetOrder = {
  keys: [
    { column: 'queue_due_at', type: 'string' },
    { column: 'submitted_at', type: 'string' },
    { column: 'id', type: 'string' },
  ],
  direction: 'asc',
};

export interface ListPage {
  status: ApplicationStatus | undefined;
  /** The cursor's key; null for the first page. */
  after: readonly unknown[] | null;
  limit: number;
}

export function myApplicationsQuery(db: Db, applicantId: string, { status, after, limit }: ListPage) {
  let query = db.selectFrom('applications').selectAll().where('applicant_id', '=', applicantId);
  if (status) query = query.where('status', '=', status);
  return keysetPage(query, myApplicationsOrder, after, limit);
}

export function agencyQueueQuery(db: Db, agencyId: string, { status, after, limit }: ListPage) {
  let query = db.selectFrom('applications').selectAll().where('agency_id', '=', agencyId);
  if (status) query = query.where('status', '=', status);
  return keysetPage(query, agencyQueueOrder, after, limit);
}

/** The status changes of a page's applications, each application's in order. */
export function historiesQuery(db: Db, applicationIds: readonly string[]) {
  return db
    .selectFrom('status_changes')
    .selectAll()
    .where('application_id', 'in', applicationIds)
    .orderBy('application_id')
    .orderBy('sequence');
}

/** The uploads linked to a page's applications. */
export function attachmentsQuery(db: Db, applicationIds: readonly string[]) {
  return db
    .selectFrom('application_uploads')
    .innerJoin('uploads', 'uploads.id', 'application_uploads.upload_id')
    .selectAll('uploads')
    .select('application_uploads.application_id')
    .where('application_uploads.application_id', 'in', applicationIds)
    .orderBy('uploads.created_at');
}

/** The applicants of a page's applications, for the officer's view. */
export function applicantsQuery(db: Db, userIds: readonly string[]) {
  return db.selectFrom('users').select(['id', 'name', 'nik', 'verified']).where('id', 'in', userIds);
}

/**
 * The columns the lists order by, for an application that has just reached `status` at `at` with `history`
 * (oldest first, `status` last). Written with every status change, in its transaction.
 */
export function listOrderColumns(
  service: Service,
  status: ApplicationStatus,
  history: ReadonlyArray<{ status: ApplicationStatus; at: string }>,
  at: string,
): Pick<ApplicationRow, 'needs_action' | 'queue_due_at'> {
  const { dueAt } = dueDate(service.standard.timeFrame, history, Date.parse(at));
  return {
    needs_action: status === 'needs_revision' ? 1 : 0,
    // Fixed width (computed due dates may lack milliseconds), so that the text order is the time order.
    queue_due_at: dueAt === null || isFinal(status) ? NO_DUE_DATE : new Date(dueAt).toISOString(),
  };
}

