// Turns Ajv's schema errors into the contract's FieldErrors: a JSON pointer, a stable code from the
// @padu/contract catalogue and an Indonesian message from the same catalogue the elements use.
import type { ErrorObject } from 'ajv';
import { escapePointer, type ErrorCode } from '@padu/contract';
// Every locale's messages, registered up front: the gateway formats them synchronously.
import { formatMessage } from '@padu/contract/messages';
import { PROBLEM_LIMITS, printable, type FieldError, type FieldErrorList } from '../http/problems.ts';

/** Indonesian names of the request fields the contract defines, for messages ("Kata sandi wajib diisi."). */
const LABELS: Record<string, string> = {
  nik: 'NIK',
  name: 'Nama',
  email: 'Email',
  phone: 'Nomor telepon',
  password: 'Kata sandi',
  identifier: 'NIK atau email',
  refreshToken: 'Token pembaruan',
  serviceId: 'Layanan',
  answers: 'Jawaban',
  note: 'Catatan',
  reason: 'Alasan',
  to: 'Status tujuan',
  file: 'Berkas',
  q: 'Kata pencarian',
  cursor: 'Penanda halaman',
  limit: 'Jumlah per halaman',
  status: 'Status',
  category: 'Kategori',
  agencyId: 'OPD',
};

/** How many characters of a name a client chose (a property, a multipart part) a message shows. */
export const NAME_CHARS = 60;

function labelOf(segment: string): string {
  return Object.hasOwn(LABELS, segment) ? LABELS[segment]! : `"${printable(segment, NAME_CHARS)}"`;
}

/** The stable code and message parameters for one Ajv error. */
function classify(error: ErrorObject): { code: ErrorCode; params: Record<string, string | number> } {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { code: 'required', params: {} };
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return { code: 'unknown_field', params: {} };
    case 'minLength':
    case 'minItems':
    case 'minProperties':
      return { code: 'too_short', params: { min: Number(p.limit) } };
    case 'maxLength':
    case 'maxItems':
    case 'maxProperties':
      return { code: 'too_long', params: { max: Number(p.limit) } };
    case 'minimum':
    case 'exclusiveMinimum':
      return { code: 'too_small', params: { min: Number(p.limit) } };
    case 'maximum':
    case 'exclusiveMaximum':
      return { code: 'too_large', params: { max: Number(p.limit) } };
    case 'pattern':
    case 'propertyNames':
      return { code: 'pattern', params: {} };
    case 'enum':
    case 'const':
      return { code: 'option.invalid', params: {} };
    case 'format':
      if (p.format === 'email') return { code: 'email.invalid', params: {} };
      if (p.format === 'date' || p.format === 'date-time') return { code: 'date.invalid', params: {} };
      if (p.format === 'int32' || p.format === 'int64') return { code: 'too_large', params: {} };
      return { code: 'pattern', params: {} };
    default:
      // type, oneOf, anyOf, multipleOf, ...: the value has the wrong shape.
      return { code: 'type', params: {} };
  }
}

/** The pointer an Ajv error is about: the property itself for required/unknown-property errors. */
function pointerOf(error: ErrorObject): string {
  const p = error.params as Record<string, unknown>;
  if (error.keyword === 'required') return `${error.instancePath}/${escapePointer(String(p.missingProperty))}`;
  if (error.keyword === 'additionalProperties') return `${error.instancePath}/${escapePointer(String(p.additionalProperty))}`;
  if (error.keyword === 'unevaluatedProperties') return `${error.instancePath}/${escapePointer(String(p.unevaluatedProperty))}`;
  return error.instancePath;
}

function lastSegment(pointer: string): string {
  const segment = pointer.slice(pointer.lastIndexOf('/') + 1);
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Whether a proper ancestor of `pointer` is one of `combinators` (walking up its segments, not across the set). */
function underCombinator(pointer: string, combinators: ReadonlySet<string>): boolean {
  for (let cut = pointer.lastIndexOf('/'); cut > 0; cut = pointer.lastIndexOf('/', cut - 1)) {
    if (combinators.has(pointer.slice(0, cut))) return true;
  }
  return pointer !== '' && combinators.has('');
}

/**
 * One FieldError per pointer. Where `oneOf`/`anyOf` failed, Ajv also lists every branch's complaint; the
 * combinator's own error ("wrong shape") is the one that means something to a person. Only the first `limit`
 * are formatted (a hostile body can hold a hundred thousand errors); `total` counts them all.
 */
export function fieldErrorsFromAjv(
  errors: readonly ErrorObject[] | null | undefined,
  basePointer = '',
  limit: number = PROBLEM_LIMITS.errors,
): FieldErrorList {
  const byPointer = new Map<string, ErrorObject>();
  const combinators = new Set<string>();
  for (const error of errors ?? []) {
    const pointer = pointerOf(error);
    const combinator = error.keyword === 'oneOf' || error.keyword === 'anyOf';
    if (combinator) combinators.add(pointer);
    const known = byPointer.get(pointer);
    if (!known || (combinator && known.keyword !== 'required')) byPointer.set(pointer, error);
  }
  const result: FieldError[] = [];
  let total = 0;
  for (const [pointer, error] of byPointer) {
    // A branch error below a failed oneOf is noise too (e.g. /answers/x/0 when /answers/x had the wrong shape).
    if (combinators.size > 0 && underCombinator(pointer, combinators)) continue;
    total++;
    if (result.length === limit) continue;
    const { code, params } = classify(error);
    const name = lastSegment(pointer);
    const messageParams =
      code === 'unknown_field' ? { field: printable(name, NAME_CHARS), ...params } : { label: pointer ? labelOf(name) : 'Isi permintaan', ...params };
    result.push({ pointer: basePointer + pointer, code, message: formatMessage(code, messageParams, 'id'), params: messageParams });
  }
  return { errors: result, total };
}

/** Errors about a parameter (path, query or header): not in the body, so the pointer is "" and params say which. */
export function parameterErrorsFromAjv(
  errors: readonly ErrorObject[] | null | undefined,
  location: 'path' | 'query' | 'header',
  names: Record<string, string>,
): FieldErrorList {
  const list = fieldErrorsFromAjv(errors);
  return {
    total: list.total,
    errors: list.errors.map((fieldError) => {
      const key = lastSegment(fieldError.pointer);
      const parameter = names[key] ?? key;
      const code = fieldError.code as ErrorCode;
      const params = { ...(fieldError.params ?? {}), label: `Parameter ${parameter}`, parameter, in: location };
      return { pointer: '', code, message: formatMessage(code, params, 'id'), params };
    }),
  };
}
