// Seeds on every start, idempotently: the OPDs (upserted), the services of packages/server/seed/services/*.yaml
// (a new version whenever a file changed), and unless disabled the demo accounts and applications (created once).
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { Schemas } from '@padu/contract';
import type { Db } from '../database.ts';
import { nowIso } from '../database.ts';
import { foldText } from '../../domain/catalogue.ts';
import type { ApplicationService } from '../../domain/applications.ts';
import type { AuthoringService } from '../../domain/authoring.ts';
import type { UploadStore } from '../../domain/uploads.ts';
import { hashPassword } from '../../auth/passwords.ts';
import { insertUser } from '../../domain/users.ts';
import { agencies } from './agencies.ts';
import { loadServiceFiles, SeedFileError, type SeedService } from './service-files.ts';
import { DEMO_PASSWORD, demoAccounts, demoApplications, demoFileBytes, SITI_ID, type DemoAccount } from './demo.ts';

export interface SeedReport {
  /** Services that got a new version on this start. */
  publishedVersions: string[];
  demoAccounts: { email: string; role: DemoAccount['role']; name: string; nik: string | null; verified: boolean }[];
  demoPassword: string | null;
  trackingCodes: { trackingCode: string; serviceId: string; status: string }[];
}

export interface SeedDeps {
  db: Db;
  uploads: UploadStore;
  applications: ApplicationService;
  authoring: AuthoringService;
  seedDemo: boolean;
}

function fingerprint(service: SeedService): string {
  return createHash('sha256').update(JSON.stringify(service)).digest('hex');
}

async function seedAgencies(db: Db): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const agency of agencies) {
      const changes = {
        code: agency.code,
        name: JSON.stringify(agency.name),
        short_name: agency.shortName,
        kind: agency.kind,
        parent_id: agency.parentId,
        website: agency.website ?? null,
        phone: agency.phone ?? null,
        email: agency.email ?? null,
        address: agency.address ?? null,
        sort_key: foldText(agency.name.id),
      };
      await trx
        .insertInto('agencies')
        .values({ id: agency.id, ...changes })
        .onConflict((oc) => oc.column('id').doUpdateSet(changes))
        .execute();
    }
  });
}

/**
 * Publishes each seed file whose content changed as the service's next version, through the authoring API's own
 * publishing (the same checks, proven-safe patterns included, and the same writing). A file that fails a check
 * stops the start with its problems.
 */
async function seedServices(db: Db, authoring: AuthoringService, services: readonly SeedService[]): Promise<string[]> {
  const published: string[] = [];
  for (const service of services) {
    const print = fingerprint(service);
    const current = await db
      .selectFrom('services')
      .innerJoin('service_versions', (join) =>
        join.onRef('service_versions.service_id', '=', 'services.id').onRef('service_versions.version', '=', 'services.current_version'),
      )
      .select(['services.current_version', 'service_versions.fingerprint', 'service_versions.published_by'])
      .where('services.id', '=', service.id)
      .executeTakeFirst();
    if (current?.fingerprint === print) continue;
    // Once an admin has published a version through the API, the service is theirs: the seed never overwrites it.
    if (current?.published_by) continue;
    const version = (current?.current_version ?? 0) + 1;
    const file = `seed/services/${service.id}.yaml`;
    const problems = await authoring.publishSeed(service, version, print, `Dimuat dari ${file}`);
    if (problems.length > 0) throw new SeedFileError(file, problems.map((p) => ({ pointer: p.pointer, message: `${p.code}: ${p.message}` })));
    published.push(`${service.id}@${version}`);
  }
  return published;
}

async function seedDemoAccounts(db: Db): Promise<void> {
  const existing = new Set(
    (await db.selectFrom('users').select('email').where('email', 'in', demoAccounts.map((a) => a.email)).execute()).map((r) => r.email),
  );
  const missing = demoAccounts.filter((account) => !existing.has(account.email));
  const hashes = await Promise.all(missing.map(() => hashPassword(DEMO_PASSWORD)));
  await db.transaction().execute(async (trx) => {
    for (const [i, account] of missing.entries()) {
      await insertUser(trx, { ...account, passwordHash: hashes[i]! }, account.id);
    }
  });
}

async function seedDemoApplications(deps: SeedDeps, services: readonly SeedService[]): Promise<void> {
  const { db, uploads, applications } = deps;
  const now = Date.now();
  for (const demo of demoApplications()) {
    if (await db.selectFrom('applications').select('id').where('id', '=', demo.id).executeTakeFirst()) continue;
    const uploadIds = new Map<string, string>();
    for (const document of demo.documents) {
      const received = await uploads.receive(Readable.from([demoFileBytes(document.kind)]));
      const upload = await uploads.keep(received, SITI_ID, document.fileName);
      uploadIds.set(document.key, upload.id);
    }
    const answers: Schemas['Answers'] = {};
    for (const [name, value] of Object.entries(demo.answers)) {
      answers[name] = value && typeof value === 'object' && 'upload' in value ? uploadIds.get(value.upload)! : (value as Schemas['AnswerValue']);
    }
    const start = now - demo.daysAgo * 86_400_000;
    const agencyId = services.find((s) => s.id === demo.serviceId)!.agencyId;
    const citizen = { role: 'citizen' as const, agencyId: null, userId: SITI_ID };
    const officer = { role: 'officer' as const, agencyId, userId: demoAccounts.find((a) => a.role === 'officer' && a.agencyId === agencyId)?.id ?? null };
    await applications.seedApplication({
      id: demo.id,
      trackingCode: demo.trackingCode,
      applicantId: SITI_ID,
      serviceId: demo.serviceId,
      answers,
      uploadIds: [...uploadIds.values()],
      steps: [
        { status: 'submitted', at: nowIso(start), actor: citizen },
        ...demo.steps.map((step, i) => ({
          status: step.status,
          // Spread over the time since submission, the last one an hour ago.
          at: nowIso(start + ((i + 1) * (now - 3_600_000 - start)) / demo.steps.length),
          actor: step.by === 'officer' ? officer : citizen,
          ...(step.note ? { note: step.note } : {}),
        })),
      ],
    });
  }
}

export async function seed(deps: SeedDeps): Promise<SeedReport> {
  await seedAgencies(deps.db);
  // The files are read on every start: a service edited there gets a new version (see `fingerprint`).
  const services = loadServiceFiles();
  const publishedVersions = await seedServices(deps.db, deps.authoring, services);
  if (!deps.seedDemo) return { publishedVersions, demoAccounts: [], demoPassword: null, trackingCodes: [] };
  await seedDemoAccounts(deps.db);
  await seedDemoApplications(deps, services);
  const trackingCodes = await deps.db
    .selectFrom('applications')
    .select(['tracking_code', 'service_id', 'status'])
    .where('id', 'in', demoApplications().map((a) => a.id))
    .orderBy('submitted_at', 'desc')
    .execute();
  return {
    publishedVersions,
    demoAccounts: demoAccounts.map(({ email, role, name, nik, verified }) => ({ email, role, name, nik, verified })),
    demoPassword: DEMO_PASSWORD,
    trackingCodes: trackingCodes.map((r) => ({ trackingCode: r.tracking_code, serviceId: r.service_id, status: r.status })),
  };
}
