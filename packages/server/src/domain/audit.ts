// The audit log of authoring, identity verification, staff management and webhook endpoints: who (a user id and
// a role, never personal data) did what to which service, application, account or endpoint of which OPD, and when.
import type { Schemas } from '@padu/contract';
import type { Db } from '../db/database.ts';
import { nowIso } from '../db/database.ts';
import type { AuditEntryTable } from '../db/schema.ts';

/** One entry of the audit log, written in the caller's transaction. */
export function recordAudit(
  db: Db,
  actor: { userId: string; role: AuditEntryTable['actor_role'] },
  entry: {
    agencyId: string;
    action: AuditEntryTable['action'];
    serviceId?: string;
    version?: number | null;
    note?: string | null;
    applicationId?: string;
    evidence?: Schemas['IdentityEvidence'];
    /** The account acted on (officer actions). */
    subjectUserId?: string;
    /** The webhook endpoint acted on. */
    webhookEndpointId?: string;
  },
) {
  return db
    .insertInto('audit_entries')
    .values({
      at: nowIso(),
      actor_user_id: actor.userId,
      actor_role: actor.role,
      agency_id: entry.agencyId,
      action: entry.action,
      service_id: entry.serviceId ?? null,
      version: entry.version ?? null,
      note: entry.note ?? null,
      application_id: entry.applicationId ?? null,
      evidence: entry.evidence ?? null,
      subject_user_id: entry.subjectUserId ?? null,
      webhook_endpoint_id: entry.webhookEndpointId ?? null,
    })
    .execute();
}
