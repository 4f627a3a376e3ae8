// The database tables as Kysely sees them. Column types are the portable subset of SQLite and PostgreSQL:
// - timestamps are RFC 3339 UTC strings from `Date.toISOString()` (fixed width, so they sort as text);
// - JSON documents (localised texts, form definitions, answers) are text;
// - booleans are integers 0/1 (SQLite has no boolean type).
import type { Generated } from 'kysely';

/** `applications.queue_due_at` of an application without a due date: later than any real one, never null. */
export const NO_DUE_DATE = '9999-12-31T23:59:59.999Z';

export interface AgencyTable {
  id: string;
  code: string;
  /** JSON LocalizedText. */
  name: string;
  short_name: string;
  kind: string;
  parent_id: string | null;
  website: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  /** Lower-cased Indonesian name: the list order, identical in every database's collation. */
  sort_key: string;
}

export interface ServiceTable {
  id: string;
  agency_id: string;
  category: string;
  current_version: number;
  sort_key: string;
  /** Lower-cased names and summaries in both languages, for `q`. */
  search_text: string;
  /** When it left the catalogue (no new applications); null while published or never published. */
  retired_at: string | null;
}

/** Every published version of a service, so an application always resolves the form it was made with. */
export interface ServiceVersionTable {
  service_id: string;
  version: number;
  /** JSON of the whole contract `Service` object of that version. */
  document: string;
  /** SHA-256 of the document without its version, to notice when the seed changed it. */
  fingerprint: string;
  created_at: string;
  /** Null for versions published from the seed data. */
  change_note: string | null;
  published_by: string | null;
  published_by_role: 'opd_admin' | 'admin' | null;
}

/** The one open draft of a service: the `ServiceDraftContent` an admin saved, under a random ETag. */
export interface ServiceDraftTable {
  service_id: string;
  based_on_version: number | null;
  /** JSON ServiceDraftContent. */
  content: string;
  /** The strong ETag (quoted), new on every save. */
  etag: string;
  updated_at: string;
  updated_by: string;
  updated_by_role: 'opd_admin' | 'admin';
}

/**
 * Who created, saved, published or retired which service, or verified an applicant's identity on what evidence:
 * a user id and role, never personal data.
 */
export interface AuditEntryTable {
  id: Generated<number>;
  at: string;
  actor_user_id: string;
  actor_role: 'officer' | 'opd_admin' | 'admin';
  agency_id: string;
  action:
    | 'service.created'
    | 'draft.opened'
    | 'draft.saved'
    | 'service.published'
    | 'service.retired'
    | 'applicant.verified'
    | 'officer.invited'
    | 'officer.disabled'
    | 'officer.enabled'
    | 'invitation.accepted'
    | 'webhook.created'
    | 'webhook.updated'
    | 'webhook.disabled'
    | 'webhook.enabled'
    | 'webhook.secret_rotated'
    | 'webhook.delivery_resent';
  /** Null for actions on accounts. */
  service_id: string | null;
  version: number | null;
  note: string | null;
  application_id: string | null;
  evidence: 'ktp_el' | 'kartu_keluarga' | 'dukcapil_data' | null;
  /** The account invited, disabled or enabled, or that accepted its invitation. */
  subject_user_id: string | null;
  /** The webhook endpoint acted on (since migration 0007). */
  webhook_endpoint_id: string | null;
}

export interface UserTable {
  id: string;
  role: 'citizen' | 'officer' | 'opd_admin' | 'admin';
  name: string;
  nik: string | null;
  /** Lower-cased. */
  email: string | null;
  phone: string | null;
  verified: number;
  agency_id: string | null;
  /** Empty while an invited account has not set its password. */
  password_hash: string;
  created_at: string;
  /** `invited` (staff who have not accepted their invitation yet) and `disabled` accounts cannot log in. */
  status: 'active' | 'invited' | 'disabled';
  /** When the account last started a session (since migration 0006). */
  last_sign_in_at: string | null;
}

/** A one-time link to set an invited account's password: only the SHA-256 of its token is stored. */
export interface StaffInvitationTable {
  token_hash: string;
  user_id: string;
  created_by: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface RefreshTokenTable {
  /** SHA-256 of the token; the token itself is never stored. */
  token_hash: string;
  /** Every token rotated from the same login shares a family. */
  family_id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  revoked_at: string | null;
}

export interface AccessTokenTable {
  token_hash: string;
  family_id: string;
  user_id: string;
  expires_at: string;
}

export interface UploadTable {
  id: string;
  owner_id: string;
  file_name: string;
  mime_type: string;
  bytes: number;
  sha256: string;
  /** A random file name under <data>/uploads/, never derived from the client's name. */
  storage_name: string;
  created_at: string;
  /** `null` once an application uses it. */
  expires_at: string | null;
}

export interface ApplicationTable {
  id: string;
  tracking_code: string;
  service_id: string;
  service_version: number;
  agency_id: string;
  applicant_id: string;
  status: string;
  /** JSON Answers, normalised, unmasked. */
  answers: string;
  submitted_at: string;
  updated_at: string;
  /**
   * 1 while the applicant must act (`needs_revision`): their list shows those first. Stored, with the status,
   * so that an index serves the order (see migration 0002).
   */
  needs_action: number;
  /**
   * The officer queue's order: the due date as of the latest change (fixed-width RFC 3339), or
   * {@link NO_DUE_DATE} when there is none (paused or final), so those come last. Responses compute the due
   * date afresh.
   */
  queue_due_at: string;
  /** The sequence of the latest status change: a cheap version number for ETags and caches. */
  last_sequence: number;
}

export interface StatusChangeTable {
  /** Global and increasing: the `id` of the live event. */
  sequence: Generated<number>;
  application_id: string;
  status: string;
  at: string;
  actor_role: 'citizen' | 'officer' | 'system';
  actor_agency_id: string | null;
  /** Kept for the audit trail; never put in any response. */
  actor_user_id: string | null;
  note: string | null;
}

export interface ApplicationUploadTable {
  application_id: string;
  upload_id: string;
}

export interface IdempotencyKeyTable {
  user_id: string;
  idempotency_key: string;
  /** SHA-256 of the canonical JSON of the request body. */
  request_hash: string;
  application_id: string;
  created_at: string;
}

/**
 * A session family: one login and every token rotated from it (Padu's refresh tokens), or one single sign-on
 * grant of an OIDC client. Only a coarse device label is kept, never the User-Agent itself.
 */
export interface SessionFamilyTable {
  id: string;
  user_id: string;
  /** `site`: a browser on an OPD site or the gateway; `api`: a client without an Origin; `sso`: an OIDC client. */
  kind: 'site' | 'api' | 'sso';
  /** The origin it started on, `API`, or the OIDC client's name. */
  site: string;
  /** e.g. `Chrome (Android)`; null when the User-Agent says nothing useful. */
  device: string | null;
  created_at: string;
  last_used_at: string;
  expires_at: string;
  revoked_at: string | null;
  /** For an `sso` family: the Padu family the citizen was signed in with when the client got its grant. */
  parent_id: string | null;
  oidc_grant_id: string | null;
}

/** oidc-provider's models (sessions, interactions, grants, codes, tokens), keyed by a SHA-256 of their id. */
export interface OidcModelTable {
  model: string;
  id_hash: string;
  /** JSON, without the id itself. */
  payload: string;
  grant_id: string | null;
  uid: string | null;
  expires_at: string | null;
  consumed_at: string | null;
}

/** Keys the gateway made for itself at first start (JSON): OIDC signing keys, cookie signing keys. */
export interface GatewayKeyTable {
  name: string;
  value: string;
  created_at: string;
}

/** An account at an upstream identity provider (e.g. INApas), linked to a Padu account. */
export interface UserIdentityTable {
  issuer: string;
  subject: string;
  user_id: string;
  created_at: string;
}

/**
 * An endpoint of an OPD's own system that receives webhooks. Its signing secrets are stored encrypted
 * (webhooks/secrets.ts): signing needs them, so they cannot be hashed.
 */
export interface WebhookEndpointTable {
  id: string;
  agency_id: string;
  url: string;
  description: string | null;
  /** JSON array of event types. */
  event_types: string;
  status: 'active' | 'disabled';
  /** The current `whsec_` secret, AES-256-GCM encrypted with the gateway's webhook key. */
  secret: string;
  /** The secret before the last rotation, encrypted likewise, while it still signs (until previous_secret_expires_at). */
  previous_secret: string | null;
  previous_secret_expires_at: string | null;
  created_at: string;
  updated_at: string;
  created_by: string;
}

/**
 * The outbox: one event for one endpoint, written in the transaction of the change that caused it, kept from then
 * until a 2xx answer, or failed after its retry window. An event that several endpoints receive is a row for each,
 * with the same `event_id`.
 */
export interface WebhookDeliveryTable {
  id: string;
  endpoint_id: string;
  /** `msg_…`, the `webhook-id` of every attempt. */
  event_id: string;
  event_type: 'application.submitted' | 'application.resubmitted' | 'application.status_changed' | 'application.cancelled' | 'service.published';
  /** When the change happened (the payload's `timestamp`). */
  occurred_at: string;
  /** JSON of the payload's `data`, without its `links` (added from the gateway's public URL when it is sent). */
  data: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  created_at: string;
  /**
   * While pending: when it may be tried next. An attempt that starts moves it past the attempt's longest
   * duration (a lease), so that a gateway killed mid-attempt tries it again after a restart.
   */
  next_attempt_at: string | null;
  /** Tries stop after this (24 h after it was queued or re-sent); it is then failed. */
  retry_until: string;
  last_attempt_at: string | null;
  last_response_status: number | null;
  last_error: 'http_status' | 'redirect' | 'timeout' | 'connection' | 'tls' | 'unresolvable' | 'address_refused' | 'endpoint_disabled' | null;
  delivered_at: string | null;
}

export interface Database {
  agencies: AgencyTable;
  services: ServiceTable;
  service_versions: ServiceVersionTable;
  users: UserTable;
  refresh_tokens: RefreshTokenTable;
  access_tokens: AccessTokenTable;
  uploads: UploadTable;
  applications: ApplicationTable;
  status_changes: StatusChangeTable;
  application_uploads: ApplicationUploadTable;
  idempotency_keys: IdempotencyKeyTable;
  session_families: SessionFamilyTable;
  oidc_models: OidcModelTable;
  gateway_keys: GatewayKeyTable;
  user_identities: UserIdentityTable;
  service_drafts: ServiceDraftTable;
  audit_entries: AuditEntryTable;
  staff_invitations: StaffInvitationTable;
  webhook_endpoints: WebhookEndpointTable;
  webhook_deliveries: WebhookDeliveryTable;
}
