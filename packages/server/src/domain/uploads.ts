// Uploaded documents: streamed to disk under a random name while hashed, typed by their content (magic bytes,
// never the name or the declared type), owned by the uploader, and deleted after a while unless an
// application uses them.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { open, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { fileTypeFromBuffer } from 'file-type';
import type { Schemas } from '@padu/contract';
import type { Selectable } from 'kysely';
import type { Db } from '../db/database.ts';
import { nowIso } from '../db/database.ts';
import type { UploadTable } from '../db/schema.ts';
import { problem, validationProblem } from '../http/problems.ts';

export type Upload = Schemas['Upload'];
export type UploadRow = Selectable<UploadTable>;
type UploadMimeType = Schemas['UploadMimeType'];

export const ACCEPTED_TYPES: readonly UploadMimeType[] = ['application/pdf', 'image/jpeg', 'image/png'];
/** file-type needs at most this many leading bytes to recognise these formats. */
const SNIFF_BYTES = 4100;
/** A PDF's last `%%EOF` marker lies within this many bytes of its end (readers tolerate a few trailing bytes). */
const PDF_TAIL_BYTES = 1024;
/** A PDF header with its version, `%PDF-1.0` to `%PDF-2.0` (ISO 32000). */
const PDF_HEADER = /^%PDF-[12]\.[0-9]/;

/**
 * file-type calls anything that starts with the 4 bytes `%PDF` a PDF. A document worth keeping needs more: the
 * header with its version, and the `%%EOF` marker at its end, which a file cut short in transfer lacks.
 */
function isCompletePdf(head: Buffer, tail: Buffer): boolean {
  return PDF_HEADER.test(head.subarray(0, 8).toString('latin1')) && tail.includes('%%EOF', 0, 'latin1');
}
const TEMP_PREFIX = '.incoming-';

export function toUpload(row: UploadRow): Upload {
  return {
    id: row.id,
    fileName: row.file_name,
    mimeType: row.mime_type as UploadMimeType,
    bytes: row.bytes,
    sha256: row.sha256,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  };
}

/** The client's file name made safe to show and to put in Content-Disposition: no path, no control characters. */
export function cleanFileName(name: string | undefined): string {
  const base = (name ?? '').split(/[/\\]/).pop() ?? '';
  const cleaned = [...base.replace(/[\x00-\x1f\x7f"<>]/g, '').trim()].slice(0, 150).join('');
  return cleaned && cleaned !== '.' && cleaned !== '..' ? cleaned : 'dokumen';
}

/** `attachment` with an ASCII fallback name and the exact UTF-8 name (RFC 6266 / 8187). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/[\\"]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const full = `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
  return full.length <= 300 ? full : `attachment; filename="${ascii.slice(0, 200)}"`;
}

interface ReceivedFile {
  tempPath: string;
  bytes: number;
  sha256: string;
  head: Buffer;
  /** The last bytes, where a PDF ends with `%%EOF`. */
  tail: Buffer;
}

export class UploadStore {
  readonly #db: Db;
  readonly dir: string;
  readonly #ttlMs: number;

  constructor(db: Db, dataDir: string, ttlSeconds: number) {
    this.#db = db;
    this.dir = join(dataDir, 'uploads');
    this.#ttlMs = ttlSeconds * 1000;
  }

  pathOf(row: Pick<UploadRow, 'storage_name'>): string {
    return join(this.dir, row.storage_name);
  }

  /** Writes a file stream to a temporary file, hashing it and keeping its first and last bytes to check its type. */
  async receive(stream: Readable): Promise<ReceivedFile> {
    const tempPath = join(this.dir, TEMP_PREFIX + randomBytes(16).toString('hex'));
    const handle = await open(tempPath, 'wx', 0o600);
    const hash = createHash('sha256');
    const headChunks: Buffer[] = [];
    let headBytes = 0;
    let tail = Buffer.alloc(0);
    let bytes = 0;
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        hash.update(chunk);
        bytes += chunk.length;
        if (headBytes < SNIFF_BYTES) {
          headChunks.push(chunk.subarray(0, SNIFF_BYTES - headBytes));
          headBytes += Math.min(chunk.length, SNIFF_BYTES - headBytes);
        }
        tail = Buffer.concat([tail, chunk.subarray(-PDF_TAIL_BYTES)]).subarray(-PDF_TAIL_BYTES);
        await handle.write(chunk);
      }
      // On disk before we acknowledge it.
      await handle.sync();
    } catch (error) {
      await handle.close();
      await rm(tempPath, { force: true });
      throw error;
    }
    await handle.close();
    return { tempPath, bytes, sha256: hash.digest('hex'), head: Buffer.concat(headChunks), tail };
  }

  /** Discards a received file that will not be kept. */
  async discard(file: ReceivedFile): Promise<void> {
    await rm(file.tempPath, { force: true });
  }

  /** Checks a received file by content and stores it for its owner. */
  async keep(file: ReceivedFile, ownerId: string, clientName: string | undefined): Promise<Upload> {
    if (file.bytes === 0) {
      await this.discard(file);
      throw validationProblem([
        { pointer: '/file', code: 'file.invalid', message: 'Berkas kosong. Pilih berkas yang berisi dokumen Anda.' },
      ]);
    }
    const detected = await fileTypeFromBuffer(file.head);
    const mimeType = ACCEPTED_TYPES.find((type) => type === detected?.mime);
    if (!mimeType) {
      await this.discard(file);
      throw problem('unsupported-media-type', { detail: 'Unggah berkas PDF, JPEG atau PNG.' });
    }
    if (mimeType === 'application/pdf' && !isCompletePdf(file.head, file.tail)) {
      await this.discard(file);
      throw validationProblem([
        { pointer: '/file', code: 'file.invalid', message: 'Berkas PDF tidak utuh atau rusak. Unggah ulang berkas PDF yang lengkap.' },
      ]);
    }
    const now = Date.now();
    const row: UploadRow = {
      id: randomUUID(),
      owner_id: ownerId,
      file_name: cleanFileName(clientName),
      mime_type: mimeType,
      bytes: file.bytes,
      sha256: file.sha256,
      storage_name: randomBytes(16).toString('hex'),
      created_at: nowIso(now),
      expires_at: nowIso(now + this.#ttlMs),
    };
    await rename(file.tempPath, this.pathOf(row));
    await this.#syncDir();
    try {
      await this.#db.insertInto('uploads').values(row).execute();
    } catch (error) {
      await rm(this.pathOf(row), { force: true });
      throw error;
    }
    return toUpload(row);
  }

  /** Makes the rename durable (the directory entry), so an acknowledged upload survives a crash. */
  async #syncDir(): Promise<void> {
    const dir = await open(this.dir, 'r');
    try {
      await dir.sync();
    } catch {
      // Some file systems cannot fsync a directory; the data itself is already synced.
    } finally {
      await dir.close();
    }
  }

  /** The owner's uploads among `ids` that have not expired: what answers may reference. */
  async ownedBy(ownerId: string, ids: readonly string[]): Promise<Map<string, UploadRow>> {
    if (ids.length === 0) return new Map();
    const now = nowIso();
    const rows = await this.#db
      .selectFrom('uploads')
      .selectAll()
      .where('owner_id', '=', ownerId)
      .where('id', 'in', [...new Set(ids)])
      .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
      .execute();
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** An upload the caller may download: their own, or one an application of their OPD uses. */
  async downloadable(id: string, caller: { userId: string; agencyId: string | null }): Promise<UploadRow | undefined> {
    const now = nowIso();
    return this.#db
      .selectFrom('uploads')
      .selectAll()
      .where('id', '=', id)
      .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
      .where((eb) =>
        eb.or([
          eb('owner_id', '=', caller.userId),
          ...(caller.agencyId
            ? [
                eb.exists(
                  eb
                    .selectFrom('application_uploads')
                    .innerJoin('applications', 'applications.id', 'application_uploads.application_id')
                    .select('application_uploads.upload_id')
                    .whereRef('application_uploads.upload_id', '=', 'uploads.id')
                    .where('applications.agency_id', '=', caller.agencyId),
                ),
              ]
            : []),
        ]),
      )
      .executeTakeFirst();
  }

  /** Deletes expired unused uploads (rows and files) and files left half-written by a crash. */
  async sweep(now = Date.now()): Promise<number> {
    const expired = await this.#db
      .selectFrom('uploads')
      .select(['id', 'storage_name'])
      .where('expires_at', '<=', nowIso(now))
      .where((eb) =>
        eb.not(eb.exists(eb.selectFrom('application_uploads').select('upload_id').whereRef('upload_id', '=', 'uploads.id'))),
      )
      .execute();
    if (expired.length > 0) {
      await this.#db.transaction().execute(async (trx) => {
        await trx.deleteFrom('uploads').where('id', 'in', expired.map((row) => row.id)).execute();
      });
      await Promise.all(expired.map((row) => rm(this.pathOf(row), { force: true })));
    }
    for (const name of await readdir(this.dir).catch(() => [] as string[])) {
      if (!name.startsWith(TEMP_PREFIX)) continue;
      const info = await stat(join(this.dir, name)).catch(() => null);
      if (info && now - info.mtimeMs > 3600_000) await rm(join(this.dir, name), { force: true });
    }
    return expired.length;
  }
}
