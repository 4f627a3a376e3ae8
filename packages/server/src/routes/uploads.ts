// Documents: createUpload (multipart, streamed to disk) and getUploadContent (download as attachment).
import type { Multipart } from '@fastify/multipart';
import type { Handlers } from '../contract/handlers.ts';
import type { GatewayContext } from '../context.ts';
import { escapePointer } from '@padu/contract';
import { notFound, printable, problem, problemFromError, validationProblem, type FieldError } from '../http/problems.ts';
import { contentDisposition } from '../domain/uploads.ts';
import { NAME_CHARS } from '../contract/validation-errors.ts';

type UploadHandlers = Pick<Handlers, 'createUpload' | 'getUploadContent'>;

/** Multipart framing around one file: boundaries and part headers. Bodies above limit + this are refused early. */
const MULTIPART_OVERHEAD = 64 * 1024;

async function drain(part: Multipart): Promise<void> {
  if (part.type === 'file') for await (const _chunk of part.file) void _chunk;
}

/**
 * Errors while reading multipart: limits map to their problems, failures of our own disk stay 500s, and
 * anything else is a body the client framed wrongly (no boundary, cut short): 400.
 */
function multipartError(error: unknown): unknown {
  const known = problemFromError(error);
  if (known) return known;
  if ((error as { syscall?: unknown } | null)?.syscall) return error;
  return problem('bad-request', { detail: 'Isi multipart tidak dapat dibaca. Kirim satu berkas pada bagian "file".' });
}

function tooLarge(limit: number) {
  return problem('payload-too-large', { detail: `Ukuran berkas paling besar ${Math.round((limit / 1048576) * 10) / 10} MB.` });
}

export function uploadHandlers({ uploads, config }: GatewayContext): UploadHandlers {
  const limit = config.limits.uploadBytes;

  return {
    async createUpload({ request, principal }) {
      // Obviously too big: say so before reading it all.
      if (Number(request.headers['content-length'] ?? 0) > limit + MULTIPART_OVERHEAD) throw tooLarge(limit);

      let received: Awaited<ReturnType<typeof uploads.receive>> | undefined;
      let clientName: string | undefined;
      let truncated = false;
      const unknownParts: string[] = [];
      try {
        // The contract's UploadRequest: exactly one part, `file`. Other parts are read to the end (so the
        // client gets our answer, not a reset connection) and reported.
        // throwFileSizeLimit: false lets us read on past the limit and answer 413 ourselves (it is missing from
        // the plugin's typings for parts(), hence the spread).
        const partsOptions = { limits: { fileSize: limit, files: 3, fields: 5, parts: 8 }, ...{ throwFileSizeLimit: false } };
        for await (const part of request.parts(partsOptions)) {
          if (part.type === 'file' && part.fieldname === 'file' && !received) {
            received = await uploads.receive(part.file);
            truncated = part.file.truncated;
            clientName = part.filename;
          } else {
            unknownParts.push(part.fieldname);
            await drain(part);
          }
        }
      } catch (error) {
        if (received) await uploads.discard(received);
        throw multipartError(error);
      }
      if (received && truncated) {
        await uploads.discard(received);
        throw tooLarge(limit);
      }
      const errors: FieldError[] = unknownParts.map((name) => ({
        pointer: `/${escapePointer(name)}`,
        code: 'unknown_field',
        message: `Bagian "${printable(name, NAME_CHARS)}" tidak dikenal. Kirim satu berkas pada bagian "file".`,
      }));
      if (!received) errors.push({ pointer: '/file', code: 'required', message: 'Berkas wajib diunggah.' });
      if (errors.length > 0) {
        if (received) await uploads.discard(received);
        throw validationProblem(errors);
      }
      const upload = await uploads.keep(received!, principal.userId, clientName);
      return { status: 201, body: upload };
    },

    async getUploadContent({ params, principal }) {
      const row = await uploads.downloadable(params.uploadId, principal);
      if (!row) throw notFound();
      return {
        status: 200,
        headers: { 'content-disposition': contentDisposition(row.file_name), 'content-length': String(row.bytes) },
        file: { path: uploads.pathOf(row), contentType: row.mime_type },
      };
    },
  };
}
