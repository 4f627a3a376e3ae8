// A city's year of applications, written in bulk into the gateway's tables by the gateway's own rules, for the
// growth benchmark and the tests of large lists. (Submitting 200,000 applications through the API would take
// ten minutes and more on a small machine, and every one would be dated today.) Each application gets:
// - a service by a city's demand, and an applicant from a large pool in which some apply far more often;
// - a submission time over the past year and a history that walks the shared state machine (checkTransition
//   guards every edge): officers take minutes to days per step, citizens resubmit after a revision or cancel;
// - answers made for its form and accepted by the form validator, and one upload row per document field;
// - the list-order columns and last sequence exactly as the gateway's status changes write them
//   (listOrderColumns, in domain/applications.ts).
// Upload rows have no file on disk (lists never read files). No idempotency keys are written: the gateway keeps
// them for a day only.
/// <reference path="../src/db/better-sqlite3.d.ts" />
import Database from 'better-sqlite3';
import { createHash, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { checkTransition, normalizeAnswers, pruneHidden, validateAnswers, type Schemas } from '@padu/contract';
import type { Db } from '../src/db/database.ts';
import { nowIso } from '../src/db/database.ts';
import type { Catalogue, Service } from '../src/domain/catalogue.ts';
import { listOrderColumns } from '../src/domain/application-queries.ts';
import type { ApplicationRow, StatusChangeRow } from '../src/domain/applications.ts';
import type { UploadRow } from '../src/domain/uploads.ts';
import { newTrackingCode } from '../src/domain/tracking-code.ts';
import { insertUser } from '../src/domain/users.ts';
import { demoAccounts } from '../src/db/seed/demo.ts';

type Status = Schemas['ApplicationStatus'];
type Answers = Schemas['Answers'];
type FormField = Schemas['FormField'];
type By = 'citizen' | 'officer';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** mulberry32: a small seeded generator, so that every run writes the same city. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function pick<T>(random: () => number, weighted: readonly (readonly [T, number])[]): T {
  const total = weighted.reduce((sum, [, weight]) => sum + weight, 0);
  let left = random() * total;
  for (const [value, weight] of weighted) {
    left -= weight;
    if (left < 0) return value;
  }
  return weighted.at(-1)![0];
}

/** An exponentially distributed delay with this mean. */
const delay = (random: () => number, mean: number) => -mean * Math.log(1 - random());

/** Applications per service in a year, relative (a Kediri-sized city); services not listed count 2. */
const DEMAND: Record<string, number> = {
  'kartu-keluarga': 22,
  'surat-domisili': 20,
  'akta-kelahiran': 14,
  sktm: 14,
  'pindah-keluar': 8,
  'izin-praktik-nakes': 6,
  'akta-kematian': 5,
  pbg: 4,
};

/** How files move on: from each status, the next one, who moves it and how often. */
const NEXT: Partial<Record<Status, readonly (readonly [readonly [Status, By], number])[]>> = {
  submitted: [[['verifying', 'officer'], 92], [['rejected', 'officer'], 3], [['cancelled', 'citizen'], 4], [['cancelled', 'officer'], 1]],
  verifying: [[['in_process', 'officer'], 80], [['needs_revision', 'officer'], 14], [['rejected', 'officer'], 4], [['cancelled', 'citizen'], 2]],
  needs_revision: [[['submitted', 'citizen'], 80], [['cancelled', 'citizen'], 12], [['cancelled', 'officer'], 8]],
  in_process: [
    [['awaiting_signature', 'officer'], 50],
    [['completed', 'officer'], 28],
    [['ready_for_pickup', 'officer'], 14],
    [['needs_revision', 'officer'], 4],
    [['rejected', 'officer'], 4],
  ],
  awaiting_signature: [[['completed', 'officer'], 74], [['ready_for_pickup', 'officer'], 22], [['in_process', 'officer'], 4]],
  ready_for_pickup: [[['completed', 'officer'], 100]],
};

const NOTES: Partial<Record<Status, readonly string[]>> = {
  needs_revision: ['Foto dokumen buram. Mohon unggah ulang dengan foto yang jelas.', 'Surat pengantar RT/RW belum ditandatangani.'],
  rejected: ['Persyaratan tidak lengkap setelah batas waktu perbaikan.', 'Data tidak sesuai dengan data kependudukan.'],
  cancelled: ['Dibatalkan atas permintaan pemohon.', 'Pemohon tidak melengkapi berkas dalam 30 hari.'],
  completed: ['Dokumen sudah terbit dan dapat diunduh.'],
};

// The walk only takes edges the gateway would accept, with a note where one is required.
for (const [from, edges] of Object.entries(NEXT)) {
  for (const [[to, by]] of edges!) {
    const check = checkTransition(from as Status, to, by, NOTES[to]?.[0]);
    if (!check.ok) throw new Error(`city data: ${from} → ${to} by ${by}: ${check.code}`);
  }
}

const timeFrameMs = ({ value, unit }: Schemas['TimeFrame']) =>
  value * { minutes: MINUTE, hours: HOUR, days: DAY, working_days: 1.4 * DAY }[unit];

interface Step {
  status: Status;
  at: number;
  by: By;
  note: string | null;
}

/** A history from submission until `now`: where the application stands today. */
function walk(random: () => number, service: Service, submittedAt: number, now: number): Step[] {
  const steps: Step[] = [{ status: 'submitted', at: submittedAt, by: 'citizen', note: null }];
  // An officer step takes about a quarter of the service's time frame (2 minutes to 3 days).
  const officerMean = Math.min(3 * DAY, Math.max(2 * MINUTE, timeFrameMs(service.standard.timeFrame) / 4));
  for (;;) {
    const from = steps.at(-1)!;
    const edges = NEXT[from.status];
    if (!edges) return steps;
    const [to, by] = pick(random, edges);
    const mean = from.status === 'ready_for_pickup' ? 3 * DAY : by === 'citizen' ? 2 * DAY : officerMean;
    const at = Math.round(from.at + delay(random, mean)) + 1;
    if (at > now) return steps;
    const notes = NOTES[to];
    const needsNote = !checkTransition(from.status, to, by).ok;
    const note = notes && (needsNote || random() < 0.3) ? notes[Math.floor(random() * notes.length)]! : null;
    steps.push({ status: to, at, by, note });
  }
}

/** Placeholder ids of a form's documents, replaced by each application's own uploads. */
const placeholderId = (index: number) => `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;

function exampleValue(field: FormField, today: number, documentIndex: number): Schemas['AnswerValue'] {
  const label = field.label.id ?? field.name;
  const fit = (text: string) => text.padEnd(field.minLength ?? 0, '.').slice(0, field.maxLength ?? 200);
  const day = (ms: number) => nowIso(ms).slice(0, 10);
  switch (field.type) {
    case 'text': {
      if (!field.pattern) return fit(label);
      const pattern = new RegExp(`^(?:${field.pattern})$`, 'u');
      const match = ['08:42', 'STR-BD-2021-0417', '3571', 'A1'].find((candidate) => pattern.test(candidate));
      if (!match) throw new Error(`city data: no example for the pattern of ${field.name}`);
      return match;
    }
    case 'textarea':
      return fit('Jl. Dhoho No. 12, RT 002 RW 005, Kelurahan Bandar Lor, Kota Kediri');
    case 'number': {
      const value = Math.max(field.min ?? 1, 1);
      return field.integer ? Math.ceil(value) : value;
    }
    case 'date':
      return field.minDate === 'today' ? day(today + 14 * DAY) : typeof field.minDate === 'string' ? field.minDate : day(today - 30 * DAY);
    case 'select':
    case 'radio':
      return field.options![0]!.value;
    case 'checkbox':
      return field.options?.length ? [field.options[0]!.value] : true;
    case 'email':
      return 'warga@contoh.id';
    case 'tel':
      return '081234567890';
    case 'nik':
      return '3571014512900003';
    case 'kk':
      return '3571010101200002';
    case 'file':
      return placeholderId(documentIndex);
    case 'group': {
      // One item, its questions answered like the form's own (groups hold no documents in the seeded services).
      const members = (field.fields ?? []).filter((member) => member.type !== 'content' && member.type !== 'file');
      return [Object.fromEntries(members.map((member) => [member.name, exampleValue(member, today, documentIndex)]))] as Schemas['AnswerValue'];
    }
  }
  throw new Error(`city data: no example for field type ${String(field.type)}`);
}

interface FormExample {
  answers: Answers;
  /** The document fields, with the MIME type their upload rows get. */
  documents: { name: string; mimeType: Schemas['UploadMimeType'] }[];
}

/** Answers to every field of a service's form, checked by the validator the gateway uses. */
function exampleAnswers(service: Service, today: number): FormExample {
  const fields = service.form.steps.flatMap((step) => step.fields);
  const documents: FormExample['documents'] = [];
  const answers: Answers = {};
  for (const field of fields) {
    if (field.type === 'content') continue; // guidance, not a question
    answers[field.name] = exampleValue(field, today, documents.length);
    if (field.type === 'file') documents.push({ name: field.name, mimeType: field.accept?.[0] ?? 'application/pdf' });
  }
  const day = nowIso(today + 7 * HOUR).slice(0, 10);
  // Stored as the gateway stores them: the answers of fields the other answers hide are dropped.
  const normalized = pruneHidden(service.form, normalizeAnswers(service.form, answers), { today: day });
  const errors = validateAnswers(service.form, normalized, {
    today: day,
    upload: (id) => {
      const document = documents[Number(id.slice(-12))];
      return document ? { mimeType: document.mimeType, bytes: 180_000 } : undefined;
    },
  });
  if (errors.length > 0) throw new Error(`city data: example answers for ${service.id}: ${JSON.stringify(errors)}`);
  return { answers: normalized, documents: documents.filter((document) => Object.hasOwn(normalized, document.name)) };
}

const BULK_TABLES = ['applications', 'status_changes', 'uploads', 'application_uploads'] as const;

/**
 * Writes rows straight through better-sqlite3, one prepared insert per table, the way bulk loads are done:
 * large transactions in a large page cache, and the secondary indexes dropped first and built again at the end
 * from their own definitions (building an index once from all its rows costs far less than 200,000 random
 * insertions into it). The rows are the schema's own row types, and the schema after is the same as before.
 */
function bulkWriter(file: string) {
  const sqlite = new Database(file, { timeout: 5000 });
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('cache_size = -1048576');
  const indexes = sqlite
    .prepare(
      `select name, sql from sqlite_master where type = 'index' and sql is not null and tbl_name in (${BULK_TABLES.map(() => '?').join(', ')})`,
    )
    .all(...BULK_TABLES) as { name: string; sql: string }[];
  for (const index of indexes) sqlite.exec(`drop index ${index.name}`);
  const statements = new Map<string, ReturnType<Database['prepare']>>();
  return {
    sqlite,
    insert(table: (typeof BULK_TABLES)[number], rows: readonly object[]) {
      if (rows.length === 0) return;
      let statement = statements.get(table);
      if (!statement) {
        const columns = Object.keys(rows[0]!);
        statement = sqlite.prepare(`insert into ${table} (${columns.join(', ')}) values (${columns.map((c) => `@${c}`).join(', ')})`);
        statements.set(table, statement);
      }
      for (const row of rows) statement.run(row);
    },
    close() {
      for (const index of indexes) sqlite.exec(index.sql);
      sqlite.close();
    },
  };
}

/**
 * Verified citizens who all share one password hash (so that one scrypt run serves them all), with valid,
 * distinct NIKs. Returns their ids.
 */
export async function addCitizens(db: Db, count: number, passwordHash: string, email?: (index: number) => string): Promise<string[]> {
  const { known } = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('known')).executeTakeFirstOrThrow();
  const names = ['Sri Wahyuni', 'Agus Setiawan', 'Dewi Lestari', 'Bambang Hermanto', 'Nur Aini', 'Eko Prasetyo', 'Rina Marlina', 'Joko Susilo'];
  const ids: string[] = [];
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < count; i++) {
      const n = Number(known) + i;
      // PP KK CC DD MM YY NNNN: Kota Kediri, kecamatan 01, a distinct birth date and serial for every n.
      const nik = `357101${String(1 + (n % 28) + (n % 2 ? 40 : 0)).padStart(2, '0')}${String(1 + (Math.floor(n / 28) % 12)).padStart(2, '0')}${String(50 + (Math.floor(n / 336) % 50))}${String(1 + Math.floor(n / 16_800)).padStart(4, '0')}`;
      const user = await insertUser(trx, {
        role: 'citizen',
        name: names[n % names.length]!,
        nik,
        email: email?.(i) ?? null,
        phone: null,
        verified: true,
        agencyId: null,
        passwordHash,
      });
      ids.push(user.id);
    }
  });
  return ids;
}

export interface CityApplications {
  count: number;
  /** Who applies. Application i goes to applicants[floor(n · u^skew)]: the first ones apply most often. */
  applicants: readonly string[];
  skew?: number;
  /** Applications are submitted during the `days` (default 365) before this moment. */
  now: number;
  days?: number;
  random: () => number;
}

/** What was written, for the benchmark to print. */
export interface CityReport {
  applications: number;
  statusChanges: number;
  byStatus: Partial<Record<Status, number>>;
  byAgency: Record<string, number>;
}

/** Adds applications to the gateway database in `dataDir` (its catalogue read through `catalogue`). */
export async function addApplications(
  dataDir: string,
  catalogue: Catalogue,
  { count, applicants, skew = 1, now, days = 365, random }: CityApplications,
): Promise<CityReport> {
  const services: { service: Service; agencyCode: string; example: FormExample; officerId: string | null }[] = [];
  for (const { id } of (await catalogue.listServices({}, 100, undefined)).data) {
    const service = (await catalogue.service(id))!;
    const agency = (await catalogue.agency(service.agencyId))!;
    const officerId = demoAccounts.find((account) => account.role === 'officer' && account.agencyId === agency.id)?.id ?? null;
    services.push({ service, agencyCode: agency.code, example: exampleAnswers(service, now), officerId });
  }
  const byDemand = services.map((entry) => [entry, DEMAND[entry.service.id] ?? 2] as const);
  const writer = bulkWriter(join(dataDir, 'padu.sqlite'));
  const { last } = writer.sqlite.prepare('select max(sequence) as last from status_changes').get() as { last: number | null };
  let sequence = last ?? 0;
  const codes = new Set<string>();
  const report: CityReport = { applications: 0, statusChanges: 0, byStatus: {}, byAgency: {} };

  try {
    const BATCH = 20_000;
    for (let start = 0; start < count; start += BATCH) {
      const applications: ApplicationRow[] = [];
      const changes: StatusChangeRow[] = [];
      const uploads: UploadRow[] = [];
      const links: { application_id: string; upload_id: string }[] = [];
      for (let i = start; i < Math.min(count, start + BATCH); i++) {
        const { service, agencyCode, example, officerId } = pick(random, byDemand);
        const applicantId = applicants[Math.floor(applicants.length * random() ** skew)]!;
        const submittedAt = Math.round(now - random() * days * DAY);
        const steps = walk(random, service, submittedAt, now);
        const id = randomUUID();
        let trackingCode = newTrackingCode(agencyCode);
        while (codes.has(trackingCode)) trackingCode = newTrackingCode(agencyCode);
        codes.add(trackingCode);

        const answers: Answers = { ...example.answers };
        for (const document of example.documents) {
          const upload: UploadRow = {
            id: randomUUID(),
            owner_id: applicantId,
            file_name: `${document.name}.${document.mimeType === 'application/pdf' ? 'pdf' : 'jpg'}`,
            mime_type: document.mimeType,
            bytes: 40_000 + Math.floor(random() * 800_000),
            sha256: createHash('sha256').update(`${id}/${document.name}`).digest('hex'),
            storage_name: randomUUID(),
            created_at: nowIso(submittedAt - 10 * MINUTE),
            expires_at: null,
          };
          uploads.push(upload);
          links.push({ application_id: id, upload_id: upload.id });
          answers[document.name] = upload.id;
        }
        for (const step of steps) {
          changes.push({
            sequence: ++sequence,
            application_id: id,
            status: step.status,
            at: nowIso(step.at),
            actor_role: step.by,
            actor_agency_id: step.by === 'officer' ? service.agencyId : null,
            actor_user_id: step.by === 'officer' ? officerId : applicantId,
            note: step.note,
          });
        }
        const latest = steps.at(-1)!;
        const history = steps.map((step) => ({ status: step.status, at: nowIso(step.at) }));
        applications.push({
          id,
          tracking_code: trackingCode,
          service_id: service.id,
          service_version: service.version,
          agency_id: service.agencyId,
          applicant_id: applicantId,
          status: latest.status,
          answers: JSON.stringify(answers),
          submitted_at: nowIso(submittedAt),
          updated_at: nowIso(latest.at),
          last_sequence: sequence,
          ...listOrderColumns(service, latest.status, history, nowIso(latest.at)),
        });
        report.byStatus[latest.status] = (report.byStatus[latest.status] ?? 0) + 1;
        report.byAgency[service.agencyId] = (report.byAgency[service.agencyId] ?? 0) + 1;
      }
      // Parents first, in one transaction per batch.
      writer.sqlite.transaction(() => {
        writer.insert('uploads', uploads);
        writer.insert('applications', applications);
        writer.insert('status_changes', changes);
        writer.insert('application_uploads', links);
      })();
      report.applications += applications.length;
      report.statusChanges += changes.length;
    }
  } finally {
    writer.close();
  }
  return report;
}
