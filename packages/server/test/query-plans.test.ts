// Every list is one index range whatever the table size: SQLite's EXPLAIN QUERY PLAN for the very queries the
// gateway runs (compiled from the same builders), each list with and without its filters, on a first page and
// on a page after a cursor. No list reads the applications table through (`SCAN applications`), none sorts
// (`USE TEMP B-TREE FOR ORDER BY`), and the cursor bound is part of the index search, so that a deep page
// costs what the first one costs. Checked on the seed data, then again after a year of applications and
// ANALYZE, whose statistics could lead the planner elsewhere.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CompiledQuery, sql } from 'kysely';
import { startTestGateway, type TestGateway } from './helpers/harness.ts';
import {
  agencyQueueQuery,
  applicantsQuery,
  attachmentsQuery,
  historiesQuery,
  myApplicationsQuery,
} from '../src/domain/application-queries.ts';
import { agenciesQuery, servicesQuery } from '../src/domain/catalogue.ts';
import { auditQuery, authoredServicesQuery } from '../src/domain/authoring.ts';
import { officersQuery } from '../src/domain/officers.ts';
import { deliveriesQuery, endpointsQuery } from '../src/webhooks/endpoints.ts';
import { claimDueDeliveries } from '../src/webhooks/dispatcher.ts';
import { SITI_ID } from '../src/db/seed/demo.ts';
import { addApplications, addCitizens, seededRandom } from '../bench/city-data.ts';

interface Compilable {
  compile(): CompiledQuery;
}

interface Case {
  name: string;
  query: Compilable;
  /** The one index search the plan must be, on the table it lists. */
  search: RegExp;
}

const page = (status: 'verifying' | undefined, after: unknown[] | null) => ({ status, after, limit: 20 });

function listCases(t: TestGateway): Case[] {
  const { db } = t.gateway.context;
  const mine = (status: 'verifying' | undefined, after: unknown[] | null) => myApplicationsQuery(db, SITI_ID, page(status, after));
  const queue = (status: 'verifying' | undefined, after: unknown[] | null) => agencyQueueQuery(db, 'disdukcapil', page(status, after));
  const mineAfter = [1, '2026-01-01T00:00:00.000Z', 'ffffffff-ffff-4fff-bfff-ffffffffffff'];
  const queueAfter = ['2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', '00000000-0000-4000-8000-000000000000'];
  return [
    { name: 'my applications', query: mine(undefined, null), search: /^SEARCH applications USING INDEX applications_mine \(applicant_id=\?\)$/ },
    {
      name: 'my applications, after a cursor',
      query: mine(undefined, mineAfter),
      search: /^SEARCH applications USING INDEX applications_mine \(applicant_id=\? AND \(needs_action,submitted_at,id\)<\(\?,\?,\?\)\)$/,
    },
    {
      name: 'my applications by status',
      query: mine('verifying', null),
      search: /^SEARCH applications USING INDEX applications_mine_status \(applicant_id=\? AND status=\?\)$/,
    },
    {
      name: 'my applications by status, after a cursor',
      query: mine('verifying', mineAfter),
      search: /^SEARCH applications USING INDEX applications_mine_status \(applicant_id=\? AND status=\? AND \(needs_action,submitted_at,id\)<\(\?,\?,\?\)\)$/,
    },
    { name: 'officer queue', query: queue(undefined, null), search: /^SEARCH applications USING INDEX applications_queue \(agency_id=\?\)$/ },
    {
      name: 'officer queue, after a cursor',
      query: queue(undefined, queueAfter),
      search: /^SEARCH applications USING INDEX applications_queue \(agency_id=\? AND \(queue_due_at,submitted_at,id\)>\(\?,\?,\?\)\)$/,
    },
    {
      name: 'officer queue by status',
      query: queue('verifying', null),
      search: /^SEARCH applications USING INDEX applications_queue_status \(agency_id=\? AND status=\?\)$/,
    },
    {
      name: 'officer queue by status, after a cursor',
      query: queue('verifying', queueAfter),
      search: /^SEARCH applications USING INDEX applications_queue_status \(agency_id=\? AND status=\? AND \(queue_due_at,submitted_at,id\)>\(\?,\?,\?\)\)$/,
    },
    // The catalogue: small tables, but the same rules (an unfiltered first page reads the order index from its start).
    { name: 'agencies', query: agenciesQuery(db, null, 20), search: /^SCAN agencies USING INDEX agencies_order$/ },
    {
      name: 'agencies, after a cursor',
      query: agenciesQuery(db, ['kecamatan', 'x'], 20),
      search: /^SEARCH agencies USING INDEX agencies_order \(\(sort_key,id\)>\(\?,\?\)\)$/,
    },
    { name: 'services', query: servicesQuery(db, {}, null, 20), search: /^SCAN services USING INDEX services_order$/ },
    {
      name: 'services, after a cursor',
      query: servicesQuery(db, {}, ['kartu', 'x'], 20),
      search: /^SEARCH services USING INDEX services_order \(\(sort_key,id\)>\(\?,\?\)\)$/,
    },
    {
      name: 'services of an OPD, after a cursor',
      query: servicesQuery(db, { agencyId: 'disdukcapil' }, ['kartu', 'x'], 20),
      search: /^SEARCH services USING INDEX services_agency_order \(agency_id=\? AND \(sort_key,id\)>\(\?,\?\)\)$/,
    },
    {
      name: 'services of a category',
      query: servicesQuery(db, { category: 'kependudukan' }, null, 20),
      search: /^SEARCH services USING INDEX services_category_order \(category=\?\)$/,
    },
    {
      name: 'services of an OPD and a category, with words',
      query: servicesQuery(db, { agencyId: 'disdukcapil', category: 'kependudukan', q: 'akta lahir' }, null, 20),
      search: /^SEARCH services USING INDEX services_(agency|category)_order \((agency_id|category)=\?\)$/,
    },
    {
      name: 'services with words, after a cursor',
      query: servicesQuery(db, { q: 'surat' }, ['kartu', 'x'], 20),
      search: /^SEARCH services USING INDEX services_order \(\(sort_key,id\)>\(\?,\?\)\)$/,
    },
    // Authoring: an OPD's services (drafts and retired ones too), and the audit log, whole or of one OPD.
    {
      name: 'authored services of an OPD, after a cursor',
      query: authoredServicesQuery(db, 'disdukcapil', ['kartu', 'x'], 20),
      search: /^SEARCH services USING INDEX services_agency_order \(agency_id=\? AND \(sort_key,id\)>\(\?,\?\)\)$/,
    },
    // The whole log is read backwards along its primary key: a scan that stops after the page, never a sort.
    { name: 'audit log', query: auditQuery(db, null, null, 20), search: /^SCAN audit_entries$/ },
    { name: 'audit log, after a cursor', query: auditQuery(db, null, [1000], 20), search: /^SEARCH audit_entries USING INTEGER PRIMARY KEY \(rowid<\?\)$/ },
    { name: 'audit log of an OPD', query: auditQuery(db, 'disdukcapil', null, 20), search: /^SEARCH audit_entries USING (COVERING )?INDEX audit_entries_agency \(agency_id=\?\)$/ },
    {
      name: 'audit log of an OPD, after a cursor',
      query: auditQuery(db, 'disdukcapil', [1000], 20),
      search: /^SEARCH audit_entries USING (COVERING )?INDEX audit_entries_agency \(agency_id=\? AND id<\?\)$/,
    },
    // An OPD's staff by name, and every OPD's for the city's admin (users grows with citizens, who have no OPD).
    { name: 'officers of an OPD', query: officersQuery(db, 'dinsos', null, 20), search: /^SEARCH users USING INDEX users_agency_order \(agency_id=\?\)$/ },
    {
      name: 'officers of an OPD, after a cursor',
      query: officersQuery(db, 'dinsos', ['Petugas', 'x'], 20),
      search: /^SEARCH users USING INDEX users_agency_order \(agency_id=\? AND \(name,id\)>\(\?,\?\)\)$/,
    },
    { name: 'officers of every OPD', query: officersQuery(db, null, null, 20), search: /^SEARCH users USING INDEX users_agency_order \(agency_id>\?\)$/ },
    {
      name: 'officers of every OPD, after a cursor',
      query: officersQuery(db, null, ['dinsos', 'Petugas', 'x'], 20),
      search: /^SEARCH users USING INDEX users_agency_order \(\(agency_id,name,id\)>\(\?,\?,\?\)\)$/,
    },
    // Webhook endpoints, newest first, and an endpoint's deliveries (which grow with every event), each with its event.
    { name: 'webhook endpoints of an OPD', query: endpointsQuery(db, 'dinsos', null, 20), search: /^SEARCH webhook_endpoints USING INDEX webhook_endpoints_agency \(agency_id=\?\)$/ },
    {
      name: 'webhook endpoints of an OPD, after a cursor',
      query: endpointsQuery(db, 'dinsos', ['2026-01-01T00:00:00.000Z', 'x'], 20),
      search: /^SEARCH webhook_endpoints USING INDEX webhook_endpoints_agency \(agency_id=\? AND \(created_at,id\)<\(\?,\?\)\)$/,
    },
    {
      name: 'webhook endpoints of every OPD, after a cursor',
      query: endpointsQuery(db, null, ['dinsos', '2026-01-01T00:00:00.000Z', 'x'], 20),
      search: /^SEARCH webhook_endpoints USING INDEX webhook_endpoints_agency \(\(agency_id,created_at,id\)<\(\?,\?,\?\)\)$/,
    },
    { name: 'webhook deliveries', query: deliveriesQuery(db, ENDPOINT_ID, undefined, null, 20), search: /^SEARCH webhook_deliveries USING INDEX webhook_deliveries_endpoint \(endpoint_id=\?\)$/ },
    {
      name: 'webhook deliveries, after a cursor',
      query: deliveriesQuery(db, ENDPOINT_ID, undefined, ['2026-01-01T00:00:00.000Z', 'x'], 20),
      search: /^SEARCH webhook_deliveries USING INDEX webhook_deliveries_endpoint \(endpoint_id=\? AND \(created_at,id\)<\(\?,\?\)\)$/,
    },
    {
      name: 'webhook deliveries by status, after a cursor',
      query: deliveriesQuery(db, ENDPOINT_ID, 'failed', ['2026-01-01T00:00:00.000Z', 'x'], 20),
      search: /^SEARCH webhook_deliveries USING INDEX webhook_deliveries_endpoint_status \(endpoint_id=\? AND status=\? AND \(created_at,id\)<\(\?,\?\)\)$/,
    },
    {
      name: 'webhook deliveries due, taken for an attempt',
      query: claimDueDeliveries(db, ENDPOINT_ID, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:21.000Z', 2),
      search: /^SEARCH webhook_deliveries USING INDEX webhook_deliveries_endpoint_status \(endpoint_id=\? AND status=\?\)$/,
    },
  ];
}

/** What a page's presentation loads for its (up to 100) applications: one indexed lookup per id. */
function pageDetailCases(t: TestGateway): Case[] {
  const { db } = t.gateway.context;
  const ids = ['0d7c5e1a-9b2f-4c3d-8e4f-5a6b7c8d9e01', '1e8d6f2b-0c3a-4d4e-9f50-6b7c8d9e0f12'];
  return [
    {
      name: 'histories of a page',
      query: historiesQuery(db, ids),
      search: /^SEARCH status_changes USING INDEX status_changes_application \(application_id=\?\)$/,
    },
    {
      name: 'attachments of a page',
      query: attachmentsQuery(db, ids),
      search: /^SEARCH application_uploads USING COVERING INDEX \S+ \(application_id=\?\)$/,
    },
    { name: 'applicants of a page', query: applicantsQuery(db, [SITI_ID]), search: /^SEARCH users USING INDEX \S+ \(id=\?\)$/ },
  ];
}

async function planOf(t: TestGateway, query: Compilable): Promise<string[]> {
  const compiled = query.compile();
  const explained = CompiledQuery.raw(`explain query plan ${compiled.sql}`, [...compiled.parameters]);
  const { rows } = await t.gateway.context.db.executeQuery<{ detail: string }>(explained);
  return rows.map((row) => row.detail);
}

const GROWING_TABLES = ['applications', 'status_changes', 'application_uploads', 'uploads', 'users', 'webhook_deliveries'];
/** The webhook endpoint whose deliveries the plans are checked on (given deliveries in the year's data). */
const ENDPOINT_ID = '5e0c4f3a-1b2d-4c6e-8f0a-9b8c7d6e5f4a';

async function checkPlans(t: TestGateway, cases: Case[], { sortsAllowed }: { sortsAllowed: boolean }) {
  for (const { name, query, search } of cases) {
    const plan = await planOf(t, query);
    const where = `${name}:\n  ${query.compile().sql}\n  ${plan.join('\n  ')}`;
    assert.ok(plan.some((line) => search.test(line)), `${where}\nexpected ${search}`);
    for (const table of GROWING_TABLES) {
      assert.ok(!plan.some((line) => line.startsWith(`SCAN ${table}`)), `${where}\nscans ${table}`);
    }
    if (!sortsAllowed) assert.ok(!plan.some((line) => line.includes('TEMP B-TREE')), `${where}\nsorts`);
  }
}

describe('query plans', () => {
  let t: TestGateway;
  before(async () => {
    t = await startTestGateway();
  });
  after(() => t.close());

  const checkAll = async () => {
    await checkPlans(t, listCases(t), { sortsAllowed: false });
    // Attachments are put in upload order: a sort of the page's few files, never of a table.
    await checkPlans(t, pageDetailCases(t), { sortsAllowed: true });
  };

  it('serves every list from one index range, on the seed data', checkAll);

  it('still does after a year of applications and ANALYZE', { timeout: 60_000 }, async () => {
    const { db, catalogue } = t.gateway.context;
    const random = seededRandom(7);
    const citizens = await addCitizens(db, 300, 'scrypt$1$1$1$unused$unused');
    // Skewed: a few citizens and the biggest OPD hold most rows, as the statistics will show.
    await addApplications(t.dataDir, catalogue, { count: 3_000, applicants: citizens, skew: 3, now: Date.now(), random });
    await addApplications(t.dataDir, catalogue, { count: 300, applicants: [SITI_ID], now: Date.now(), random });
    // A year of webhook deliveries to two endpoints of one OPD, most delivered, a few failed or pending.
    const at = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
    const admin = await db.selectFrom('users').select('id').where('role', '=', 'opd_admin').executeTakeFirstOrThrow();
    for (const id of [ENDPOINT_ID, '6f1d5a4b-2c3e-4d7f-9a1b-0c9d8e7f6a5b']) {
      await db
        .insertInto('webhook_endpoints')
        .values({ id, agency_id: 'dinsos', url: 'https://192.0.2.10/hooks', description: null, event_types: '["application.submitted"]', status: 'disabled', secret: 'v1.x', previous_secret: null, previous_secret_expires_at: null, created_at: at(0), updated_at: at(0), created_by: admin.id })
        .execute();
    }
    for (let i = 0; i < 2_000; i++) {
      const event = `msg_${String(i).padStart(22, '0')}`;
      await db
        .insertInto('webhook_deliveries')
        .values({ id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, endpoint_id: i % 10 ? ENDPOINT_ID : '6f1d5a4b-2c3e-4d7f-9a1b-0c9d8e7f6a5b', event_id: event, event_type: 'application.submitted', occurred_at: at(i), data: '{}', status: i % 50 ? 'delivered' : i % 100 ? 'failed' : 'pending', attempts: 1, created_at: at(i), next_attempt_at: i % 100 ? null : at(i), retry_until: at(i + 1440), last_attempt_at: at(i), last_response_status: 204, last_error: null, delivered_at: at(i) })
        .execute();
    }
    await sql`analyze`.execute(db);
    const stats = await sql<{ tbl: string }>`select tbl from sqlite_stat1 where tbl = 'applications'`.execute(db);
    assert.ok(stats.rows.length > 0, 'ANALYZE wrote statistics for applications');
    await checkAll();
  });
});
