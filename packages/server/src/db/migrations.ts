// Versioned schema migrations, kept in code and applied by Kysely's Migrator on every start.
// Add a new entry for every change; never edit one that has shipped.
//
// Portability: everything here is Kysely's schema builder, which PostgreSQL also speaks, except
// - `integer primary key autoincrement` for status_changes.sequence (PostgreSQL: `bigint generated always as
//   identity`); a PostgreSQL dialect would swap that one column definition;
// - booleans as integer 0/1 and JSON as text, which work unchanged but would be `boolean`/`jsonb` there.
import type { Kysely } from 'kysely';
import { Migrator, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely/migration';
import { NO_DUE_DATE } from './schema.ts';

const migrations: Record<string, Migration> = {
  '0001_initial': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('agencies')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('code', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('short_name', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('parent_id', 'text', (c) => c.references('agencies.id'))
        .addColumn('website', 'text')
        .addColumn('phone', 'text')
        .addColumn('email', 'text')
        .addColumn('address', 'text')
        .addColumn('sort_key', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('agencies_order').on('agencies').columns(['sort_key', 'id']).execute();

      await db.schema
        .createTable('services')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('current_version', 'integer', (c) => c.notNull())
        .addColumn('sort_key', 'text', (c) => c.notNull())
        .addColumn('search_text', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('services_order').on('services').columns(['sort_key', 'id']).execute();

      await db.schema
        .createTable('service_versions')
        .addColumn('service_id', 'text', (c) => c.notNull().references('services.id'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('document', 'text', (c) => c.notNull())
        .addColumn('fingerprint', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('service_versions_pk', ['service_id', 'version'])
        .execute();

      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('nik', 'text', (c) => c.unique())
        .addColumn('email', 'text', (c) => c.unique())
        .addColumn('phone', 'text')
        .addColumn('verified', 'integer', (c) => c.notNull())
        .addColumn('agency_id', 'text', (c) => c.references('agencies.id'))
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('refresh_tokens')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('family_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('used_at', 'text')
        .addColumn('revoked_at', 'text')
        .execute();
      await db.schema.createIndex('refresh_tokens_family').on('refresh_tokens').column('family_id').execute();

      await db.schema
        .createTable('access_tokens')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('family_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('access_tokens_family').on('access_tokens').column('family_id').execute();

      await db.schema
        .createTable('uploads')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('file_name', 'text', (c) => c.notNull())
        .addColumn('mime_type', 'text', (c) => c.notNull())
        .addColumn('bytes', 'integer', (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('storage_name', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text')
        .execute();
      await db.schema.createIndex('uploads_expiry').on('uploads').column('expires_at').execute();

      await db.schema
        .createTable('applications')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('tracking_code', 'text', (c) => c.notNull().unique())
        .addColumn('service_id', 'text', (c) => c.notNull())
        .addColumn('service_version', 'integer', (c) => c.notNull())
        .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
        .addColumn('applicant_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('answers', 'text', (c) => c.notNull())
        .addColumn('submitted_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('due_at', 'text')
        .addColumn('last_sequence', 'integer', (c) => c.notNull())
        .addForeignKeyConstraint(
          'applications_service_version_fk',
          ['service_id', 'service_version'],
          'service_versions',
          ['service_id', 'version'],
        )
        .execute();
      await db.schema
        .createIndex('applications_applicant')
        .on('applications')
        .columns(['applicant_id', 'submitted_at'])
        .execute();
      await db.schema.createIndex('applications_queue').on('applications').columns(['agency_id', 'due_at']).execute();

      await db.schema
        .createTable('status_changes')
        .addColumn('sequence', 'integer', (c) => c.primaryKey().autoIncrement())
        .addColumn('application_id', 'text', (c) => c.notNull().references('applications.id'))
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor_role', 'text', (c) => c.notNull())
        .addColumn('actor_agency_id', 'text')
        .addColumn('actor_user_id', 'text')
        .addColumn('note', 'text')
        .execute();
      await db.schema
        .createIndex('status_changes_application')
        .on('status_changes')
        .columns(['application_id', 'sequence'])
        .execute();

      await db.schema
        .createTable('application_uploads')
        .addColumn('application_id', 'text', (c) => c.notNull().references('applications.id'))
        .addColumn('upload_id', 'text', (c) => c.notNull().references('uploads.id'))
        .addPrimaryKeyConstraint('application_uploads_pk', ['application_id', 'upload_id'])
        .execute();
      await db.schema.createIndex('application_uploads_upload').on('application_uploads').column('upload_id').execute();

      // The primary key is what makes concurrent submissions with one key create one application.
      await db.schema
        .createTable('idempotency_keys')
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('idempotency_key', 'text', (c) => c.notNull())
        .addColumn('request_hash', 'text', (c) => c.notNull())
        .addColumn('application_id', 'text', (c) => c.notNull().references('applications.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('idempotency_keys_pk', ['user_id', 'idempotency_key'])
        .execute();
    },
  },
};

/**
 * Runs a migration's steps in one transaction, so that a crash never leaves half of it applied. PostgreSQL's
 * migrator already runs each migration in a transaction (transactional DDL); Kysely does not on SQLite, where
 * DDL is transactional all the same.
 */
async function atomically(db: Kysely<any>, steps: (trx: Kysely<any>) => Promise<void>): Promise<void> {
  if (db.isTransaction) return steps(db);
  await db.transaction().execute(steps);
}

/** The index columns behind every list of applications (their filter, then their order; see keyset.ts). */
const applicationListIndexes: Record<string, string[]> = {
  // A citizen's applications: those needing their action first, then newest first.
  applications_mine: ['applicant_id', 'needs_action', 'submitted_at', 'id'],
  applications_mine_status: ['applicant_id', 'status', 'needs_action', 'submitted_at', 'id'],
  // An OPD's queue: oldest due first, those without a due date last.
  applications_queue: ['agency_id', 'queue_due_at', 'submitted_at', 'id'],
  applications_queue_status: ['agency_id', 'status', 'queue_due_at', 'submitted_at', 'id'],
};

migrations['0002_list_order'] = {
  // Lists ordered by expressions (`case when status = …`, `coalesce(due_at, '')`) sort the whole filtered set
  // on every request. Stored columns, written in the same transaction as the status, let one index serve the
  // filter, the order and the cursor of each list, in SQLite and PostgreSQL alike (expression indexes would
  // need the same expression text in both, and the two disagree on where nulls sort).
  async up(db: Kysely<any>) {
    await atomically(db, async (trx) => {
      await trx.schema
        .alterTable('applications')
        .addColumn('needs_action', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await trx.schema
        .alterTable('applications')
        .addColumn('queue_due_at', 'text', (c) => c.notNull().defaultTo(NO_DUE_DATE))
        .execute();
      // Backfill. Paused and final applications have no due date and keep the default.
      await trx.updateTable('applications').set({ needs_action: 1 }).where('status', '=', 'needs_revision').execute();
      const dated: { id: string; due_at: string }[] = await trx
        .selectFrom('applications')
        .select(['id', 'due_at'])
        .where('due_at', 'is not', null)
        .execute();
      for (const row of dated) {
        // Fixed width (computed due dates may lack milliseconds), so that the text order is the time order.
        const queueDueAt = new Date(row.due_at).toISOString();
        await trx.updateTable('applications').set({ queue_due_at: queueDueAt }).where('id', '=', row.id).execute();
      }
      await trx.schema.dropIndex('applications_queue').execute();
      await trx.schema.dropIndex('applications_applicant').execute();
      await trx.schema.alterTable('applications').dropColumn('due_at').execute();
      for (const [name, columns] of Object.entries(applicationListIndexes)) {
        await trx.schema.createIndex(name).on('applications').columns(columns).execute();
      }
      // The catalogue filtered by OPD or by category, in its order.
      await trx.schema.createIndex('services_agency_order').on('services').columns(['agency_id', 'sort_key', 'id']).execute();
      await trx.schema.createIndex('services_category_order').on('services').columns(['category', 'sort_key', 'id']).execute();
    });
  },
};

// Every login is a session family (its rotating refresh tokens); a row per family says where it started and
// on what, so that a citizen sees and ends their sessions. Families that existed before get a row each.
migrations['0003_session_families'] = {
  async up(db: Kysely<any>) {
    // One transaction: a crash never leaves half of it applied.
    await atomically(db, async (db) => {
      await db.schema
        .createTable('session_families')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('site', 'text', (c) => c.notNull())
        .addColumn('device', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_used_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('revoked_at', 'text')
        .addColumn('parent_id', 'text')
        .addColumn('oidc_grant_id', 'text', (c) => c.unique())
        .execute();
      await db.schema
        .createIndex('session_families_user')
        .on('session_families')
        .columns(['user_id', 'last_used_at', 'id'])
        .execute();
      await db.schema.createIndex('session_families_parent').on('session_families').column('parent_id').execute();
      await db
        .insertInto('session_families')
        .columns(['id', 'user_id', 'kind', 'site', 'device', 'created_at', 'last_used_at', 'expires_at'])
        .expression(
          db
            .selectFrom('refresh_tokens')
            .select((eb) => [
              'family_id',
              eb.fn.min('user_id').as('user_id'),
              eb.val('api').as('kind'),
              eb.val('API').as('site'),
              eb.val(null).as('device'),
              eb.fn.min('created_at').as('created_at'),
              eb.fn.max('created_at').as('last_used_at'),
              eb.fn.max('expires_at').as('expires_at'),
            ])
            .where('revoked_at', 'is', null)
            .groupBy('family_id'),
        )
        .execute();
    });
  },
};

// The OpenID Connect provider's state (oidc-provider's models, keyed by a hash of their id), its signing and
// cookie keys, and the accounts of upstream identity providers linked to Padu accounts.
migrations['0004_openid_connect'] = {
  async up(db: Kysely<any>) {
    // One transaction: a crash never leaves half of it applied.
    await atomically(db, async (db) => {
      await db.schema
        .createTable('oidc_models')
        .addColumn('model', 'text', (c) => c.notNull())
        .addColumn('id_hash', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('grant_id', 'text')
        .addColumn('uid', 'text')
        .addColumn('expires_at', 'text')
        .addColumn('consumed_at', 'text')
        .addPrimaryKeyConstraint('oidc_models_pk', ['model', 'id_hash'])
        .execute();
      await db.schema.createIndex('oidc_models_grant').on('oidc_models').column('grant_id').execute();
      await db.schema.createIndex('oidc_models_uid').on('oidc_models').columns(['model', 'uid']).execute();
      await db.schema.createIndex('oidc_models_expiry').on('oidc_models').column('expires_at').execute();

      await db.schema
        .createTable('gateway_keys')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('user_identities')
        .addColumn('issuer', 'text', (c) => c.notNull())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('user_identities_pk', ['issuer', 'subject'])
        .execute();
      await db.schema.createIndex('user_identities_user').on('user_identities').column('user_id').execute();
    });
  },
};

// Services authored through the API: a draft per service (saved under an ETag), who published each version
// and why, retirement, and the audit log of authoring and identity verification (who as a user id and role,
// never personal data).
migrations['0005_service_authoring'] = {
  async up(db: Kysely<any>) {
    await atomically(db, async (db) => {
      await db.schema.alterTable('services').addColumn('retired_at', 'text').execute();
      await db.schema.alterTable('service_versions').addColumn('change_note', 'text').execute();
      await db.schema.alterTable('service_versions').addColumn('published_by', 'text').execute();
      await db.schema.alterTable('service_versions').addColumn('published_by_role', 'text').execute();

      await db.schema
        .createTable('service_drafts')
        .addColumn('service_id', 'text', (c) => c.primaryKey().references('services.id'))
        .addColumn('based_on_version', 'integer')
        .addColumn('content', 'text', (c) => c.notNull())
        .addColumn('etag', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('updated_by_role', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('audit_entries')
        .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor_user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('actor_role', 'text', (c) => c.notNull())
        .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('service_id', 'text', (c) => c.notNull())
        .addColumn('version', 'integer')
        .addColumn('note', 'text')
        .addColumn('application_id', 'text', (c) => c.references('applications.id'))
        .addColumn('evidence', 'text')
        .execute();
      // An OPD's log, newest first (the whole log is the primary key's order).
      await db.schema.createIndex('audit_entries_agency').on('audit_entries').columns(['agency_id', 'id']).execute();
    });
  },
};

// OPD admins manage their staff: an account has a status (invited until it accepts its one-time link, active,
// disabled) and the time of its last sign-in; invitations keep only a hash of their token. The audit log also
// records actions on accounts, which have no service: SQLite cannot drop a NOT NULL, so audit_entries is
// rebuilt with `service_id` nullable and a `subject_user_id` (the account acted on).
migrations['0006_officer_management'] = {
  async up(db: Kysely<any>) {
    await atomically(db, async (db) => {
      await db.schema.alterTable('users').addColumn('status', 'text', (c) => c.notNull().defaultTo('active')).execute();
      await db.schema.alterTable('users').addColumn('last_sign_in_at', 'text').execute();
      // An OPD's staff in name order (citizens and the city's admins have no agency_id).
      await db.schema.createIndex('users_agency_order').on('users').columns(['agency_id', 'name', 'id']).execute();

      await db.schema
        .createTable('staff_invitations')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('used_at', 'text')
        .execute();
      await db.schema.createIndex('staff_invitations_user').on('staff_invitations').column('user_id').execute();

      await db.schema
        .createTable('audit_entries_next')
        .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor_user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('actor_role', 'text', (c) => c.notNull())
        .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('service_id', 'text')
        .addColumn('version', 'integer')
        .addColumn('note', 'text')
        .addColumn('application_id', 'text', (c) => c.references('applications.id'))
        .addColumn('evidence', 'text')
        .addColumn('subject_user_id', 'text', (c) => c.references('users.id'))
        .execute();
      const columns = ['id', 'at', 'actor_user_id', 'actor_role', 'agency_id', 'action', 'service_id', 'version', 'note', 'application_id', 'evidence'];
      await db
        .insertInto('audit_entries_next')
        .columns(columns)
        .expression(db.selectFrom('audit_entries').select(columns))
        .execute();
      await db.schema.dropTable('audit_entries').execute();
      await db.schema.alterTable('audit_entries_next').renameTo('audit_entries').execute();
      await db.schema.createIndex('audit_entries_agency').on('audit_entries').columns(['agency_id', 'id']).execute();
    });
  },
};

// Webhooks to the OPDs' own systems: their endpoints (secrets encrypted, see webhooks/secrets.ts), and the outbox:
// one delivery per event and endpoint, with the event itself, written in the transaction of the change that caused
// it and tried until a 2xx or for 24 hours. The audit log names the endpoint an admin acted on. Deliveries have as few
// indexes as their lists need, since every status change writes them: the table's, its key's, and two.
migrations['0007_webhooks'] = {
  async up(db: Kysely<any>) {
    await atomically(db, async (db) => {
      await db.schema
        .createTable('webhook_endpoints')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('description', 'text')
        .addColumn('event_types', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('secret', 'text', (c) => c.notNull())
        .addColumn('previous_secret', 'text')
        .addColumn('previous_secret_expires_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
        .execute();
      // An OPD's endpoints newest first (and every OPD's, OPD by OPD); also the lookup of every status change.
      await db.schema.createIndex('webhook_endpoints_agency').on('webhook_endpoints').columns(['agency_id', 'created_at', 'id']).execute();

      await db.schema
        .createTable('webhook_deliveries')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('endpoint_id', 'text', (c) => c.notNull().references('webhook_endpoints.id'))
        .addColumn('event_id', 'text', (c) => c.notNull())
        .addColumn('event_type', 'text', (c) => c.notNull())
        .addColumn('occurred_at', 'text', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('next_attempt_at', 'text')
        .addColumn('retry_until', 'text', (c) => c.notNull())
        .addColumn('last_attempt_at', 'text')
        .addColumn('last_response_status', 'integer')
        .addColumn('last_error', 'text')
        .addColumn('delivered_at', 'text')
        .execute();
      // An endpoint's deliveries newest first; and with a status, which also gives the dispatcher an endpoint's
      // pending ones, oldest first.
      await db.schema.createIndex('webhook_deliveries_endpoint').on('webhook_deliveries').columns(['endpoint_id', 'created_at', 'id']).execute();
      await db.schema
        .createIndex('webhook_deliveries_endpoint_status')
        .on('webhook_deliveries')
        .columns(['endpoint_id', 'status', 'created_at', 'id'])
        .execute();

      await db.schema.alterTable('audit_entries').addColumn('webhook_endpoint_id', 'text', (c) => c.references('webhook_endpoints.id')).execute();
    });
  },
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Brings the schema up to date; throws (refusing to start) when a migration fails. */
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  return migrated(await new Migrator({ db, provider }).migrateToLatest());
}

/** Brings the schema to a given migration (tests of a migration start from the one before). */
export async function migrateTo(db: Kysely<any>, name: string): Promise<string[]> {
  return migrated(await new Migrator({ db, provider }).migrateTo(name));
}

function migrated({ error, results }: MigrationResultSet): string[] {
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
