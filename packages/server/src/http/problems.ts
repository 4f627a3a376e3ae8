// RFC 9457 problem details: the one shape of every 4xx/5xx answer. Handlers throw a ProblemError; the error
// handler turns it (or any other error) into application/problem+json.
import type { components } from '@padu/contract';

export type Problem = components['schemas']['Problem'];
export type FieldError = components['schemas']['FieldError'];

export const PROBLEM_BASE = 'https://padu.kedirikota.go.id/problems/';
export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/** Each kind of problem: its status, its title in Bahasa Indonesia and its default code. */
const kinds = {
  'bad-request': { status: 400, title: 'Permintaan tidak dapat dibaca', code: 'bad_request' },
  unauthorized: { status: 401, title: 'Anda perlu masuk', code: 'unauthorized' },
  'invalid-credentials': { status: 401, title: 'NIK/email atau kata sandi salah', code: 'invalid_credentials' },
  forbidden: { status: 403, title: 'Anda tidak berwenang', code: 'forbidden' },
  'not-found': { status: 404, title: 'Tidak ditemukan', code: 'not_found' },
  'method-not-allowed': { status: 405, title: 'Metode tidak diizinkan', code: 'method_not_allowed' },
  conflict: { status: 409, title: 'Permintaan bertentangan dengan keadaan saat ini', code: 'conflict' },
  'payload-too-large': { status: 413, title: 'Berkas terlalu besar', code: 'payload_too_large' },
  'unsupported-media-type': { status: 415, title: 'Jenis berkas tidak didukung', code: 'unsupported_media_type' },
  validation: { status: 422, title: 'Ada isian yang perlu diperbaiki', code: 'validation' },
  'too-many-requests': { status: 429, title: 'Terlalu banyak permintaan', code: 'rate_limited' },
  internal: { status: 500, title: 'Terjadi kesalahan pada server', code: 'internal' },
  unavailable: { status: 503, title: 'Layanan sedang tidak tersedia', code: 'unavailable' },
} as const;

export type ProblemKind = keyof typeof kinds;

export interface ProblemInit {
  detail?: string;
  code?: string;
  title?: string;
  errors?: FieldError[];
  retryAfter?: number;
  /** Extra response headers (Allow, WWW-Authenticate, Retry-After is added from retryAfter). */
  headers?: Record<string, string>;
}

export class ProblemError extends Error {
  readonly kind: ProblemKind;
  readonly status: number;
  readonly init: ProblemInit;
  constructor(kind: ProblemKind, init: ProblemInit = {}) {
    super(init.detail ?? kinds[kind].title);
    this.name = 'ProblemError';
    this.kind = kind;
    this.status = kinds[kind].status;
    this.init = init;
  }

  /** The body, for the request with this id. */
  toProblem(requestId: string): Problem {
    const { title, code } = kinds[this.kind];
    const problem: Problem = {
      type: PROBLEM_BASE + this.kind,
      title: this.init.title ?? title,
      status: this.status,
      code: this.init.code ?? code,
      requestId,
    };
    if (this.init.detail) problem.detail = this.init.detail;
    if (this.init.retryAfter !== undefined) problem.retryAfter = this.init.retryAfter;
    if (this.init.errors) problem.errors = this.init.errors;
    return problem;
  }

  headers(): Record<string, string> {
    const headers = { ...this.init.headers };
    if (this.init.retryAfter !== undefined) headers['retry-after'] = String(this.init.retryAfter);
    return headers;
  }
}

/** Builds (does not throw) a problem, so call sites read `throw problem('not-found')`. */
export function problem(kind: ProblemKind, init?: ProblemInit): ProblemError {
  return new ProblemError(kind, init);
}

/** The 404 everyone gets for something that does not exist or that they may not see (no existence leak). */
export function notFound(): ProblemError {
  return problem('not-found', { detail: 'Data yang Anda cari tidak ada atau tidak dapat Anda akses.' });
}

/** 422 with field errors. */
export function validationProblem(errors: FieldError[], detail?: string): ProblemError {
  return problem('validation', { errors, detail: detail ?? 'Periksa kembali isian yang ditandai.' });
}

export function tooManyRequests(retryAfter: number, detail?: string): ProblemError {
  return problem('too-many-requests', {
    retryAfter,
    detail: detail ?? `Coba lagi dalam ${retryAfter} detik.`,
  });
}

/** Maps errors thrown by Fastify and its plugins (body parsing, multipart limits) to problems. */
export function problemFromError(error: unknown): ProblemError | null {
  if (error instanceof ProblemError) return error;
  const { code, statusCode } = (error ?? {}) as { code?: string; statusCode?: number };
  switch (code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return problem('payload-too-large', { title: 'Isi permintaan terlalu besar', detail: 'Isi permintaan melebihi batas ukuran.' });
    case 'FST_REQ_FILE_TOO_LARGE':
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return problem('payload-too-large', { detail: 'Isi permintaan atau berkas melebihi batas ukuran.' });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return problem('unsupported-media-type', { detail: 'Jenis isi permintaan (Content-Type) tidak didukung.' });
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return problem('bad-request', { detail: 'Isi permintaan kosong.' });
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return problem('bad-request', { detail: 'Isi permintaan bukan JSON yang sah.' });
  }
  if (error instanceof SyntaxError && statusCode === 400) {
    return problem('bad-request', { detail: 'Isi permintaan bukan JSON yang sah.' });
  }
  if (statusCode === 413) return problem('payload-too-large');
  if (statusCode === 415) return problem('unsupported-media-type');
  if (statusCode && statusCode >= 400 && statusCode < 500) {
    return problem('bad-request', { detail: 'Permintaan tidak dapat dibaca.' });
  }
  return null;
}
