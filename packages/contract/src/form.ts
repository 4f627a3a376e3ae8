/**
 * Form definitions and answers: the one validator the gateway and the elements share, so a citizen sees the
 * same error (code, pointer and words) in the browser as the server would send.
 *
 * Definitions are data from each OPD and answers come from the network, so nothing here trusts the shapes the
 * types promise: unexpected values give errors, never exceptions. Messages are plain text (labels are never
 * interpreted as markup) with control characters removed and a bounded length, as `FieldError` requires.
 */

import type { components } from './generated/openapi.ts';
import { formatMessage, type ErrorCode, type Locale, type MessageParams } from './messages.ts';
import { isEmail, normalizePhone } from './contact.ts';
import { maskNik, normalizeDigits, validateKk, validateNik } from './identity.ts';
import { isIsoDate, jakartaDate } from './dates.ts';

type Schemas = components['schemas'];
type FormDefinition = Schemas['FormDefinition'];
type FormField = Schemas['FormField'];
type FieldType = Schemas['FieldType'];
type Answers = Schemas['Answers'];
type AnswerValue = Schemas['AnswerValue'];
type FieldError = Schemas['FieldError'];

// A full record, so the type checker tells us when the contract gains a field type.
const KNOWN_TYPES: Record<FieldType, true> = {
  text: true,
  textarea: true,
  number: true,
  date: true,
  select: true,
  radio: true,
  checkbox: true,
  email: true,
  tel: true,
  nik: true,
  kk: true,
  file: true,
};

/** The field types this version understands. */
export const fieldTypes = Object.keys(KNOWN_TYPES) as FieldType[];

/** Whether `type` is a field type this version understands (others are reported, not guessed at). */
export function isKnownFieldType(type: unknown): type is FieldType {
  return typeof type === 'string' && Object.hasOwn(KNOWN_TYPES, type);
}

/** Escapes one JSON pointer segment (RFC 6901): `~` → `~0`, `/` → `~1`. */
export function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** What the upload lookup returns for an upload id. */
export type UploadInfo = Pick<Schemas['Upload'], 'mimeType' | 'bytes'>;

/** Options of {@link validateAnswers} and {@link validateField}. */
export interface ValidateAnswersOptions {
  /** The language of the messages (default `id`). */
  locale?: Locale;
  /** Where the answers sit in the request (default `/answers`). */
  basePointer?: string;
  /** `YYYY-MM-DD` for `today` bounds and NIK/KK centuries (default: today in WIB). */
  today?: string;
  /** Validate only the fields of these step ids (one page at a time). */
  steps?: readonly string[];
  /** The server's upload lookup. Without it, file answers are only checked to be upload ids. */
  upload?: (id: string) => UploadInfo | undefined;
  /**
   * Fields whose stored answers a revision keeps (`keep` of `resubmitApplication`, see {@link reviseAnswers}):
   * left unanswered, they stand for that answer, which the gateway judges.
   */
  keep?: readonly string[];
}

/** Options of {@link validateFormDefinition}. */
export interface ValidateDefinitionOptions {
  locale?: Locale;
  /** Where the definition sits (default `""`, the whole body). */
  basePointer?: string;
}

type Problem = readonly [ErrorCode, MessageParams?];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const UUID = /^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/i;
const NUMERIC = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** Text fit for a message or param: control characters become spaces, and it is cut at `max` code points. */
function clean(text: unknown, max: number): string {
  const chars = [...String(text).replace(/[\x00-\x1f\x7f]+/g, ' ')];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
}

/** A `LocalizedText` in `locale`, falling back to Indonesian (which is always there). */
function localized(text: unknown, locale: Locale): string | undefined {
  if (!isObject(text)) return undefined;
  const value = text[locale] ?? text.id;
  return typeof value === 'string' ? value : undefined;
}

/** The pattern compiled as the contract says (Unicode, whole answer), or undefined if it is not a valid regexp. */
function compilePattern(pattern: unknown): RegExp | undefined {
  if (typeof pattern !== 'string') return undefined;
  try {
    // Compiled alone first, so an unbalanced `)` cannot break out of the anchoring group below.
    new RegExp(pattern, 'u');
    return new RegExp(`^(?:${pattern})$`, 'u');
  } catch {
    return undefined;
  }
}

const hasOptions = (field: FormField): boolean => Array.isArray(field.options) && field.options.length > 0;
const optionValues = (field: FormField): Set<unknown> =>
  new Set(Array.isArray(field.options) ? field.options.map((o: unknown) => (isObject(o) ? o.value : undefined)) : []);

/** The fields of a definition in order (optionally only of some steps), skipping malformed entries. */
function fieldsOf(definition: unknown, stepIds?: readonly string[]): FormField[] {
  const fields: FormField[] = [];
  const steps = isObject(definition) && Array.isArray(definition.steps) ? definition.steps : [];
  for (const step of steps) {
    if (!isObject(step) || !Array.isArray(step.fields)) continue;
    if (stepIds && !stepIds.includes(step.id as string)) continue;
    for (const field of step.fields) if (isObject(field) && typeof field.name === 'string') fields.push(field as FormField);
  }
  return fields;
}

/**
 * Checks a form definition itself: unknown field types (`definition.unknown_type`), duplicate field names or
 * step ids (`definition.duplicate_name`), select/radio without options (`definition.options_missing`), invalid
 * `pattern`s (`definition.bad_pattern`) and entries too broken to read (`definition.invalid`). Pointers name the
 * step or field (e.g. `/steps/0/fields/2`). Never throws.
 */
export function validateFormDefinition(definition: FormDefinition, options: ValidateDefinitionOptions = {}): FieldError[] {
  const locale = options.locale ?? 'id';
  const base = options.basePointer ?? '';
  const problems: FieldError[] = [];
  const report = (pointer: string, code: ErrorCode, params: MessageParams): void => {
    problems.push({ pointer, code, message: formatMessage(code, params, locale), params });
  };

  const def: unknown = definition;
  if (!isObject(def) || !Array.isArray(def.steps)) {
    report(base, 'definition.invalid', { field: '/steps' });
    return problems;
  }
  const stepIds = new Set<unknown>();
  const names = new Set<unknown>();
  for (let i = 0; i < def.steps.length; i++) {
    const step: unknown = def.steps[i];
    const stepPointer = `${base}/steps/${i}`;
    if (!isObject(step) || !Array.isArray(step.fields)) {
      report(stepPointer, 'definition.invalid', { field: `/steps/${i}` });
      continue;
    }
    if (stepIds.has(step.id)) report(stepPointer, 'definition.duplicate_name', { field: clean(step.id, 100) });
    stepIds.add(step.id);

    for (let j = 0; j < step.fields.length; j++) {
      const field: unknown = step.fields[j];
      const pointer = `${stepPointer}/fields/${j}`;
      if (!isObject(field) || typeof field.name !== 'string') {
        report(pointer, 'definition.invalid', { field: `/steps/${i}/fields/${j}` });
        continue;
      }
      const name = clean(field.name, 100);
      if (names.has(field.name)) report(pointer, 'definition.duplicate_name', { field: name });
      names.add(field.name);
      if (!isKnownFieldType(field.type)) {
        report(pointer, 'definition.unknown_type', { field: name, type: clean(field.type, 40) });
      } else if ((field.type === 'select' || field.type === 'radio') && !hasOptions(field as FormField)) {
        report(pointer, 'definition.options_missing', { field: name });
      }
      if (field.pattern !== undefined && !compilePattern(field.pattern)) {
        report(pointer, 'definition.bad_pattern', { field: name });
      }
    }
  }
  return problems;
}

/**
 * An answer as it should be stored, and as an element keeps it while the citizen types: text trimmed, NIK and
 * No. KK as digits only, phone numbers as E.164 when valid, numbers parsed from numeric strings. Anything it
 * cannot improve (and answers to fields of unknown types) comes back unchanged, for the validator to judge.
 */
export function normalizeAnswer(field: Pick<FormField, 'type'>, value: AnswerValue | undefined): AnswerValue | undefined {
  if (typeof value !== 'string' || !isKnownFieldType(field.type)) return value;
  const text = value.trim();
  switch (field.type) {
    case 'nik':
    case 'kk':
      return normalizeDigits(text);
    case 'tel': {
      const phone = normalizePhone(text);
      return phone.ok ? phone.value : text;
    }
    case 'number':
      return NUMERIC.test(text) ? Number(text) : text;
    default:
      return text;
  }
}

/** Every answer normalised with {@link normalizeAnswer}; answers to names not in the definition are kept as is. */
export function normalizeAnswers(definition: FormDefinition, answers: Answers): Answers {
  const fields = new Map<string, FormField>();
  for (const field of fieldsOf(definition)) if (!fields.has(field.name)) fields.set(field.name, field);
  // fromEntries defines own properties, so a hostile `__proto__` key stays a plain key.
  return Object.fromEntries(
    Object.entries(isObject(answers) ? answers : {}).map(([name, value]) => {
      const field = fields.get(name);
      return [name, field ? normalizeAnswer(field, value as AnswerValue) : value];
    }),
  ) as Answers;
}

function isEmpty(field: FormField, value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    (Array.isArray(value) && value.length === 0) ||
    // An unticked single checkbox is "no answer" for `required`.
    (value === false && field.type === 'checkbox' && !hasOptions(field))
  );
}

/** The first rule a (normalised) answer breaks, if any. */
function check(field: FormField, value: unknown, options: ValidateAnswersOptions): Problem | undefined {
  if (isEmpty(field, value)) return field.required ? ['required'] : undefined;

  if (field.type === 'number') {
    if (typeof value !== 'number' || !Number.isFinite(value)) return ['type'];
    if (field.integer && !Number.isInteger(value)) return ['not_integer'];
    if (typeof field.min === 'number' && value < field.min) return ['too_small', { min: field.min }];
    if (typeof field.max === 'number' && value > field.max) return ['too_large', { max: field.max }];
    return undefined;
  }
  if (field.type === 'checkbox') {
    if (!hasOptions(field)) return typeof value === 'boolean' ? undefined : ['type'];
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return ['type'];
    const allowed = optionValues(field);
    return value.every((v) => allowed.has(v)) ? undefined : ['option.invalid'];
  }
  if (typeof value !== 'string') return ['type'];

  switch (field.type) {
    case 'text':
    case 'textarea': {
      const length = [...value].length; // code points, as people count characters
      if (typeof field.minLength === 'number' && length < field.minLength) return ['too_short', { min: field.minLength }];
      if (typeof field.maxLength === 'number' && length > field.maxLength) return ['too_long', { max: field.maxLength }];
      // A broken pattern is the definition's fault (reported there); it does not block the citizen.
      const pattern = field.pattern === undefined ? undefined : compilePattern(field.pattern);
      return pattern && !pattern.test(value) ? ['pattern'] : undefined;
    }
    case 'date': {
      if (!isIsoDate(value)) return ['date.invalid'];
      const today = options.today ?? jakartaDate();
      const bound = (b: unknown) => (b === 'today' ? today : isIsoDate(b) ? b : undefined);
      const min = bound(field.minDate);
      const max = bound(field.maxDate);
      if (min !== undefined && value < min) return ['date.too_early', { min }];
      if (max !== undefined && value > max) return ['date.too_late', { max }];
      return undefined;
    }
    case 'select':
    case 'radio':
      return optionValues(field).has(value) ? undefined : ['option.invalid'];
    case 'email':
      return isEmail(value) ? undefined : ['email.invalid'];
    case 'tel':
      return normalizePhone(value).ok ? undefined : ['tel.invalid'];
    case 'nik': {
      const nik = validateNik(value, options.today ? { today: options.today } : {});
      return nik.ok ? undefined : [nik.code];
    }
    case 'kk': {
      const kk = validateKk(value, options.today ? { today: options.today } : {});
      return kk.ok ? undefined : [kk.code];
    }
    case 'file': {
      if (!UUID.test(value)) return ['file.invalid'];
      if (!options.upload) return undefined;
      const upload = options.upload(value);
      if (!upload) return ['file.not_found'];
      if (Array.isArray(field.accept) && !field.accept.includes(upload.mimeType)) {
        // "PDF, JPEG, PNG" reads better than MIME types.
        return ['file.type', { accept: field.accept.map((t) => t.slice(t.indexOf('/') + 1).toUpperCase()).join(', ') }];
      }
      if (typeof field.maxBytes === 'number' && upload.bytes > field.maxBytes) {
        return ['file.too_large', { maxMb: Math.max(0.01, Math.round(field.maxBytes / 10485.76) / 100) }];
      }
      return undefined;
    }
  }
  return undefined;
}

/**
 * Validates one answer (normalised first, as {@link normalizeAnswer} does) against its field, e.g. when the
 * citizen leaves the input. `null` when it is fine, or when the field's type is unknown.
 */
export function validateField(
  field: FormField,
  value: AnswerValue | undefined,
  options: ValidateAnswersOptions = {},
): FieldError | null {
  if (!isKnownFieldType(field.type)) return null;
  const locale = options.locale ?? 'id';
  const answer = normalizeAnswer(field, value);
  if (isEmpty(field, answer) && options.keep?.includes(field.name)) return null;
  const problem = check(field, answer, options);
  if (!problem) return null;
  const [code, extra] = problem;
  const params = { label: clean(localized(field.label, locale) ?? field.name, 120), ...extra };
  const custom = code === 'pattern' ? localized(field.patternMessage, locale) : undefined;
  return {
    pointer: `${options.basePointer ?? '/answers'}/${escapePointer(field.name)}`,
    code,
    message: custom === undefined ? formatMessage(code, params, locale) : clean(custom, 500),
    params,
  };
}

/**
 * Validates answers against a form definition. Returns one `FieldError` per field in trouble (empty when all is
 * well), in the order of the form, then `unknown_field` for names the definition does not have. Empty optional
 * fields are fine; fields of unknown types are skipped (`validateFormDefinition` reports them).
 */
export function validateAnswers(
  definition: FormDefinition,
  answers: Answers,
  options: ValidateAnswersOptions = {},
): FieldError[] {
  const given: Record<string, unknown> = isObject(answers) ? answers : {};
  const known = new Set(fieldsOf(definition).map((f) => f.name));
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const field of fieldsOf(definition, options.steps)) {
    if (seen.has(field.name)) continue; // a duplicate name is a definition problem; judge by the first
    seen.add(field.name);
    // Own properties only: an answer named `constructor` must not find Object.prototype's.
    const value = Object.hasOwn(given, field.name) ? given[field.name] : undefined;
    const error = validateField(field, value as AnswerValue | undefined, options);
    if (error) errors.push(error);
  }
  const locale = options.locale ?? 'id';
  for (const name of Object.keys(given)) {
    if (known.has(name)) continue;
    const params = { field: clean(name, 100) };
    errors.push({
      pointer: `${options.basePointer ?? '/answers'}/${escapePointer(name)}`,
      code: 'unknown_field',
      message: formatMessage('unknown_field', params, locale),
      params,
    });
  }
  return errors;
}

// ---------------------------------------------------------------- revisions

/**
 * The field types whose answers every response shows masked ({@link maskAnswers}): a client can never send them
 * back, so a revision names them in `keep` instead of asking the citizen to type them again.
 */
export const maskedFieldTypes: readonly FieldType[] = ['nik', 'kk'];

/** Whether responses show this field's answers masked (NIK, No. KK). */
export const isMaskedField = (field: Pick<FormField, 'type'>): boolean => (maskedFieldTypes as readonly string[]).includes(field.type);

/** `answers` with every answer of a {@link isMaskedField masked field} masked, as every response shows them. */
export function maskAnswers(definition: FormDefinition, answers: Answers): Answers {
  const masked: Record<string, unknown> = { ...answers };
  for (const field of fieldsOf(definition)) {
    const value = Object.hasOwn(masked, field.name) ? masked[field.name] : undefined;
    if (isMaskedField(field) && typeof value === 'string' && value) masked[field.name] = maskNik(value);
  }
  return masked as Answers;
}

/**
 * The answers of a revision (`resubmitApplication`): the answers given, plus the stored answer of each field named
 * in `keep`, so what the citizen left untouched stays as it was, masked NIK and No. KK included. A kept name the
 * definition lacks is `unknown_field`, one also answered is `keep.answered` (pointers `/keep/<index>`); a kept
 * field without a stored answer stays unanswered, for {@link validateAnswers} to judge.
 */
export function reviseAnswers(
  definition: FormDefinition,
  stored: Answers,
  given: Answers,
  keep: readonly string[],
  options: Pick<ValidateAnswersOptions, 'locale'> = {},
): { answers: Answers; errors: FieldError[] } {
  const fields = new Map<string, FormField>();
  for (const field of fieldsOf(definition)) if (!fields.has(field.name)) fields.set(field.name, field);
  const answers: Record<string, unknown> = { ...given };
  const errors: FieldError[] = [];
  const locale = options.locale ?? 'id';
  keep.forEach((name, index) => {
    const field = fields.get(name);
    const params: MessageParams = field ? { label: clean(localized(field.label, locale) ?? field.name, 120) } : { field: clean(name, 100) };
    const code = !field ? 'unknown_field' : Object.hasOwn(answers, name) ? 'keep.answered' : null;
    if (code) errors.push({ pointer: `/keep/${index}`, code, message: formatMessage(code, params, locale), params });
    else if (Object.hasOwn(stored, name)) answers[name] = stored[name];
  });
  return { answers: answers as Answers, errors };
}
