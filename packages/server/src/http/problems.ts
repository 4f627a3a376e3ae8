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
  'request-timeout': { status: 408, title: 'Permintaan tidak selesai dikirim', code: 'request_timeout' },
  conflict: { status: 409, title: 'Permintaan bertentangan dengan keadaan saat ini', code: 'conflict' },
  'precondition-failed': { status: 412, title: 'Data sudah diubah orang lain', code: 'precondition_failed' },
  'payload-too-large': { status: 413, title: 'Berkas terlalu besar', code: 'payload_too_large' },
  'unsupported-media-type': { status: 415, title: 'Jenis berkas tidak didukung', code: 'unsupported_media_type' },
  validation: { status: 422, title: 'Ada isian yang perlu diperbaiki', code: 'validation' },
  'precondition-required': { status: 428, title: 'Versi data wajib disertakan', code: 'precondition_required' },
  'too-many-requests': { status: 429, title: 'Terlalu banyak permintaan', code: 'rate_limited' },
  'header-too-large': { status: 431, title: 'Header permintaan terlalu besar', code: 'header_too_large' },
  internal: { status: 500, title: 'Terjadi kesalahan pada server', code: 'internal' },
  unavailable: { status: 503, title: 'Layanan sedang tidak tersedia', code: 'unavailable' },
} as const;

export type ProblemKind = keyof typeof kinds;

/** Field errors of which only the first ones may be listed; `total` counts them all. */
export interface FieldErrorList {
  errors: FieldError[];
  total: number;
}

export interface ProblemInit {
  detail?: string;
  code?: string;
  title?: string;
  errors?: FieldError[];
  /** How many errors there were, when `errors` lists only the first ones. */
  errorCount?: number;
  retryAfter?: number;
  /** Extra response headers (Allow, WWW-Authenticate, Retry-After is added from retryAfter). */
  headers?: Record<string, string>;
}

/**
 * What one problem may echo. The contract bounds a Problem (at most 500 errors, messages of 500 characters,
 * pointers of 300, no control characters); an answer to a hostile body stays far below that, so that a 1 MB
 * body with 40,000 unknown properties gets a few kilobytes back, not megabytes.
 */
export const PROBLEM_LIMITS = Object.freeze({
  errors: 100,
  pointer: 300,
  message: 500,
  detail: 1000,
  params: 10,
  paramText: 200,
  paramNumber: 1e12,
});

// C0 and C1 controls, DEL, the bidirectional overrides that make text read differently from what it is, and
// lone surrogates (half a character).
const UNPRINTABLE =
  /[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const PARAM_NAME = /^[a-zA-Z]{1,40}$/;

/**
 * Text fit to show a person, e.g. a property name a client sent: controls, bidirectional overrides and lone
 * surrogates become U+FFFD, and it is cut to `max` characters (code points, as the contract counts them).
 */
export function printable(text: string, max: number): string {
  const cleaned = text.replace(UNPRINTABLE, '\ufffd');
  if (cleaned.length <= max) return cleaned;
  const chars = [...cleaned];
  return chars.length <= max ? cleaned : `${chars.slice(0, max - 1).join('')}…`;
}

/** A JSON pointer within the contract's length: the deepest ancestor that fits, still true (the error is in it). */
function boundedPointer(pointer: string): string {
  if (pointer.length <= PROBLEM_LIMITS.pointer) return pointer;
  return pointer.slice(0, Math.max(0, pointer.lastIndexOf('/', PROBLEM_LIMITS.pointer)));
}

function boundedParams(params: FieldError['params']): FieldError['params'] {
  if (!params) return undefined;
  const bounded: NonNullable<FieldError['params']> = {};
  let count = 0;
  for (const [name, value] of Object.entries(params)) {
    if (count === PROBLEM_LIMITS.params || !PARAM_NAME.test(name)) continue;
    if (typeof value === 'string') bounded[name] = printable(value, PROBLEM_LIMITS.paramText);
    else if (typeof value === 'number' && Math.abs(value) <= PROBLEM_LIMITS.paramNumber) bounded[name] = value;
    else continue;
    count++;
  }
  return bounded;
}

function boundedFieldError(error: FieldError): FieldError {
  const bounded: FieldError = {
    pointer: boundedPointer(error.pointer),
    code: error.code,
    message: printable(error.message, PROBLEM_LIMITS.message),
  };
  if (error.params) bounded.params = boundedParams(error.params);
  return bounded;
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
    const errors = this.init.errors?.slice(0, PROBLEM_LIMITS.errors).map(boundedFieldError);
    const hidden = (this.init.errorCount ?? this.init.errors?.length ?? 0) - (errors?.length ?? 0);
    // The "and N more" of a capped list, in the detail: errors[] holds only errors about the request.
    const detail = hidden > 0 ? `${this.init.detail ?? ''} ${hidden} kesalahan lain tidak ditampilkan.`.trim() : this.init.detail;
    if (detail) problem.detail = printable(detail, PROBLEM_LIMITS.detail);
    if (this.init.retryAfter !== undefined) problem.retryAfter = this.init.retryAfter;
    if (errors) problem.errors = errors;
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
export function validationProblem(errors: FieldError[] | FieldErrorList, detail?: string): ProblemError {
  const list = Array.isArray(errors) ? { errors, total: errors.length } : errors;
  return problem('validation', { errors: list.errors, errorCount: list.total, detail: detail ?? 'Periksa kembali isian yang ditandai.' });
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
