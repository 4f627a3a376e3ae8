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
import { maskNik, validateKk, validateNik } from './identity.ts';
import { isIsoDate, jakartaDate } from './dates.ts';
import { formState, GROUP_MAX_ITEMS, type FieldState, type PrefillSource } from './form-state.ts';
import { clean, compilePattern, fieldsByName, fieldsOf, groupFields, hasOptions, isKnownFieldType, isObject, localized, normalizeValue, optionValues } from './form-internal.ts';

export { fieldTypes, isKnownFieldType } from './form-internal.ts';
export { validateFormDefinition, type ValidateDefinitionOptions } from './form-definition.ts';

type Schemas = components['schemas'];
type FormDefinition = Schemas['FormDefinition'];
type FormField = Schemas['FormField'];
type FieldType = Schemas['FieldType'];
type Answers = Schemas['Answers'];
type AnswerValue = Schemas['AnswerValue'];
type FieldError = Schemas['FieldError'];

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
   * The answers a revision keeps (`keep` of `resubmitApplication`, see {@link reviseAnswers}): a field's name, or
   * `<group>/<index>/<field>` for a field of a group item. Left unanswered, they stand for the stored answer, which
   * the gateway judges.
   */
  keep?: readonly string[];
  /**
   * Prefill sources the gateway fills at submit for this account (`maskedPrefillSources` the account has, e.g.
   * `['nik']` when `getMe` shows a `nikMasked`): a field with such a (not locked) `prefill` left unanswered is
   * fine here, as the gateway fills it before judging it.
   */
  prefilledOnSubmit?: readonly PrefillSource[];
}

/** Options of {@link validateField}: those of {@link validateAnswers}, and whether the field is required now. */
export interface ValidateFieldOptions extends ValidateAnswersOptions {
  /**
   * Whether the field is required for the current answers (`formState(...).fields.get(name).required`, which
   * accounts for `requiredWhen`); default: its `required`.
   */
  required?: boolean;
}

type Problem = readonly [ErrorCode, MessageParams?];

const UUID = /^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/i;

/**
 * An answer as it should be stored, and as an element keeps it while the citizen types: text trimmed, NIK and
 * No. KK as digits only, phone numbers as E.164 when valid, numbers parsed from numeric strings. Anything it
 * cannot improve (and answers to fields of unknown types) comes back unchanged, for the validator to judge.
 */
export function normalizeAnswer(field: Pick<FormField, 'type'>, value: AnswerValue | undefined): AnswerValue | undefined {
  return normalizeValue(field, value);
}

/** Each item of a group answer with its fields' answers normalised (other values unchanged). */
function normalizeItems(field: FormField, value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  const members = new Map(groupFields(field).map((member) => [member.name, member]));
  return value.map((item: unknown) =>
    isObject(item)
      ? Object.fromEntries(Object.entries(item).map(([name, answer]) => {
          const member = members.get(name);
          return [name, member ? normalizeValue(member, answer) : answer];
        }))
      : item,
  );
}

/**
 * Every answer normalised with {@link normalizeAnswer}, the answers in group items too; answers to names not in
 * the definition are kept as is.
 */
export function normalizeAnswers(definition: FormDefinition, answers: Answers): Answers {
  const fields = new Map<string, FormField>();
  for (const field of fieldsOf(definition)) if (!fields.has(field.name)) fields.set(field.name, field);
  // fromEntries defines own properties, so a hostile `__proto__` key stays a plain key.
  return Object.fromEntries(
    Object.entries(isObject(answers) ? answers : {}).map(([name, value]) => {
      const field = fields.get(name);
      if (!field) return [name, value];
      return [name, field.type === 'group' ? normalizeItems(field, value) : normalizeValue(field, value)];
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
function check(field: FormField, value: unknown, required: boolean, options: ValidateAnswersOptions): Problem | undefined {
  if (field.type === 'content') return isEmpty(field, value) ? undefined : ['content.answered'];
  if (isEmpty(field, value)) return required ? ['required'] : undefined;

  if (field.type === 'group') {
    if (!Array.isArray(value) || !value.every(isObject)) return ['type'];
    const min = Math.max(typeof field.minItems === 'number' ? field.minItems : 0, required ? 1 : 0);
    const max = typeof field.maxItems === 'number' ? field.maxItems : GROUP_MAX_ITEMS;
    if (value.length < min) return ['group.too_few', { min }];
    if (value.length > max) return ['group.too_many', { max }];
    return undefined;
  }

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

/** Whether an empty answer to `field` stands for a value the gateway supplies (a kept or prefilled one). */
function suppliedLater(field: FormField, options: ValidateAnswersOptions): boolean {
  if (options.keep?.includes(field.name)) return true;
  return field.prefillLocked !== true && typeof field.prefill === 'string' && (options.prefilledOnSubmit?.includes(field.prefill) ?? false);
}

function fieldError(field: FormField, pointer: string, problem: Problem, locale: Locale): FieldError {
  const [code, extra] = problem;
  const params = { label: clean(localized(field.label, locale) ?? field.name, 120), ...extra };
  const custom = code === 'pattern' ? localized(field.patternMessage, locale) : undefined;
  return { pointer, code, message: custom === undefined ? formatMessage(code, params, locale) : clean(custom, 500), params };
}

function unknownField(name: string, pointer: string, locale: Locale): FieldError {
  const params = { field: clean(name, 100) };
  return { pointer, code: 'unknown_field', message: formatMessage('unknown_field', params, locale), params };
}

/**
 * Validates one answer (normalised first, as {@link normalizeAnswer} does) against its field, e.g. when the
 * citizen leaves the input. `null` when it is fine, or when the field's type is unknown. For a group it judges
 * the list (its type and number of items), not the items' answers ({@link validateAnswers} does); for a content
 * block, any answer is `content.answered`. Pass `required` from {@link formState} for a `requiredWhen`.
 */
export function validateField(
  field: FormField,
  value: AnswerValue | undefined,
  options: ValidateFieldOptions = {},
): FieldError | null {
  if (!isKnownFieldType(field.type)) return null;
  const answer = normalizeAnswer(field, value);
  if (isEmpty(field, answer) && suppliedLater(field, options)) return null;
  const problem = check(field, answer, options.required ?? field.required === true, options);
  if (!problem) return null;
  return fieldError(field, `${options.basePointer ?? '/answers'}/${escapePointer(field.name)}`, problem, options.locale ?? 'id');
}

/** The errors of the items of a group answer: each visible field of each item, and names the group lacks. */
function itemErrors(state: FieldState, value: unknown, pointer: string, options: ValidateAnswersOptions): FieldError[] {
  if (!state.group || !Array.isArray(value)) return [];
  const locale = options.locale ?? 'id';
  const names = new Set(groupFields(state.field).map((member) => member.name));
  const errors: FieldError[] = [];
  const itemOptions: ValidateFieldOptions = { ...options, prefilledOnSubmit: [] };
  value.forEach((item: unknown, i) => {
    if (!isObject(item)) return; // the group's own `type` error says so
    const basePointer = `${pointer}/${i}`;
    // What this item keeps (`<group>/<index>/<field>`), by its fields' names.
    const prefix = `${state.name}/${i}/`;
    const keep = (options.keep ?? []).flatMap((name) => (name.startsWith(prefix) ? [name.slice(prefix.length)] : []));
    const seen = new Set<string>();
    for (const member of state.group!.items[i] ?? []) {
      if (seen.has(member.name) || !member.visible) continue;
      seen.add(member.name);
      const answer = Object.hasOwn(item, member.name) ? item[member.name] : undefined;
      const error = validateField(member.field, answer as AnswerValue | undefined, { ...itemOptions, keep, basePointer, required: member.required });
      if (error) errors.push(error);
    }
    for (const name of Object.keys(item)) {
      if (!names.has(name)) errors.push(unknownField(name, `${basePointer}/${escapePointer(name)}`, locale));
    }
  });
  return errors;
}

/**
 * Validates answers against a form definition. Returns one `FieldError` per field in trouble (empty when all is
 * well), in the order of the form (a group's own error, then its items' errors, pointing at
 * `/answers/<group>/<index>/<field>`), then `unknown_field` for names the definition does not have.
 * Only visible fields are judged (see {@link formState}): a hidden field is neither required nor checked, and its
 * answer is ignored ({@link pruneHidden} drops it). `requiredWhen` makes a field required. Empty optional fields
 * are fine; fields of unknown types are skipped (`validateFormDefinition` reports them). Never throws.
 */
export function validateAnswers(
  definition: FormDefinition,
  answers: Answers,
  options: ValidateAnswersOptions = {},
): FieldError[] {
  const given: Record<string, unknown> = isObject(answers) ? answers : {};
  const locale = options.locale ?? 'id';
  const base = options.basePointer ?? '/answers';
  const state = formState(definition, given, options.today ? { today: options.today } : {});
  const errors: FieldError[] = [];
  for (const step of state.steps) {
    if (options.steps && !options.steps.includes(step.id)) continue;
    for (const field of step.fields) {
      // A duplicate name is a definition problem; the first of a name is judged.
      if (state.fields.get(field.name) !== field || !field.visible) continue;
      // Own properties only: an answer named `constructor` must not find Object.prototype's.
      const value = Object.hasOwn(given, field.name) ? given[field.name] : undefined;
      const error = validateField(field.field, value as AnswerValue | undefined, { ...options, required: field.required });
      if (error) errors.push(error);
      if (!error || error.code !== 'type') errors.push(...itemErrors(field, normalizeItems(field.field, value), `${base}/${escapePointer(field.name)}`, options));
    }
  }
  for (const name of Object.keys(given)) {
    if (!state.fields.has(name)) errors.push(unknownField(name, `${base}/${escapePointer(name)}`, locale));
  }
  return errors;
}

/** The upload ids answered to the file fields of `answers`, group items included (the first of each id). */
export function fileAnswers(definition: FormDefinition, answers: Answers): string[] {
  const given: Record<string, unknown> = isObject(answers) ? answers : {};
  const ids = new Set<string>();
  const add = (field: FormField, value: unknown) => {
    if (field.type === 'file' && typeof value === 'string' && value !== '') ids.add(value);
  };
  for (const field of fieldsByName(definition).values()) {
    if (Object.hasOwn(given, field.name)) add(field, given[field.name]);
    const items = field.type === 'group' && Object.hasOwn(given, field.name) ? given[field.name] : undefined;
    if (!Array.isArray(items)) continue;
    for (const member of groupFields(field)) {
      for (const item of items) if (isObject(item) && Object.hasOwn(item, member.name)) add(member, item[member.name]);
    }
  }
  return [...ids];
}

// ---------------------------------------------------------------- revisions

/**
 * The field types whose answers every response shows masked ({@link maskAnswers}): a client can never send them
 * back, so a revision names them in `keep` instead of asking the citizen to type them again.
 */
export const maskedFieldTypes: readonly FieldType[] = ['nik', 'kk'];

/** Whether responses show this field's answers masked (NIK, No. KK). */
export const isMaskedField = (field: Pick<FormField, 'type'>): boolean => (maskedFieldTypes as readonly string[]).includes(field.type);

/** The answers of `fields` in `answers` with those of masked fields masked (a copy; `answers` is unchanged). */
function maskIn(fields: readonly FormField[], answers: Record<string, unknown>): Record<string, unknown> {
  const masked: Record<string, unknown> = { ...answers };
  for (const field of fields) {
    const value = Object.hasOwn(masked, field.name) ? masked[field.name] : undefined;
    if (isMaskedField(field) && typeof value === 'string' && value) masked[field.name] = maskNik(value);
    if (field.type === 'group' && Array.isArray(value)) {
      const members = groupFields(field);
      masked[field.name] = value.map((item: unknown) => (isObject(item) ? maskIn(members, item) : item));
    }
  }
  return masked;
}

/**
 * `answers` with every answer of a {@link isMaskedField masked field} masked, as every response shows them, in
 * group items too.
 */
export function maskAnswers(definition: FormDefinition, answers: Answers): Answers {
  return maskIn(fieldsOf(definition), answers) as Answers;
}

/**
 * The answers of a revision (`resubmitApplication`): the answers given, plus the stored answers `keep` names, so
 * what the citizen left untouched stays as it was, masked NIK and No. KK included. A field's name keeps its stored
 * answer whole; `<group>/<index>/<field>` keeps that field of item `<index>` of the given group answer as it is in
 * the stored item that item revises, named in `items` by its identity in `stored.itemIds`. A kept field always
 * comes from its own item's stored item, and a stored item is revised by one item at most, so nothing can be
 * copied from another item (or, as only `stored` is read, from another application).
 *
 * Refused, each with its pointer: in `keep`, a name the definition lacks (`unknown_field`), one also answered
 * (`keep.answered`), a field of an item that revises no stored item (`keep.item_new`); in `items`, a group the
 * definition lacks (`unknown_field`), a list that is not one entry per item given (`keep.items_count`), an identity
 * that is not a stored item's (`keep.item_unknown`) or is named twice (`keep.item_repeated`). A kept field without
 * a stored answer stays unanswered, for {@link validateAnswers} to judge.
 */
export function reviseAnswers(
  definition: FormDefinition,
  stored: Pick<Schemas['Application'], 'answers' | 'itemIds'>,
  revision: Pick<Schemas['ResubmitApplicationRequest'], 'answers' | 'keep' | 'items'>,
  options: Pick<ValidateAnswersOptions, 'locale'> = {},
): { answers: Answers; errors: FieldError[] } {
  const fields = new Map<string, FormField>();
  for (const field of fieldsOf(definition)) if (!fields.has(field.name)) fields.set(field.name, field);
  const storedAnswers: Record<string, unknown> = isObject(stored.answers) ? stored.answers : {};
  const answers: Record<string, unknown> = { ...(isObject(revision.answers) ? revision.answers : {}) };
  const errors: FieldError[] = [];
  const locale = options.locale ?? 'id';
  const refuse = (pointer: string, code: ErrorCode, params: MessageParams) =>
    errors.push({ pointer, code, message: formatMessage(code, params, locale), params });
  const label = (field: FormField) => clean(localized(field.label, locale) ?? field.name, 120);
  const item = (group: FormField) => clean(localized(group.itemLabel, locale) ?? localized(group.label, locale) ?? group.name, 120);

  // The stored item each given item revises (null: a new one; undefined: refused above), by group.
  const sources = new Map<string, (Record<string, unknown> | null | undefined)[] | undefined>();
  for (const [name, ids] of Object.entries(isObject(revision.items) ? revision.items : {})) {
    const group = fields.get(name);
    const pointer = `/items/${escapePointer(name)}`;
    sources.set(name, undefined);
    if (group?.type !== 'group') {
      refuse(pointer, 'unknown_field', { field: clean(name, 100) });
      continue;
    }
    const given = answers[name];
    const count = Array.isArray(given) ? given.length : 0;
    if (!Array.isArray(ids) || ids.length !== count) {
      refuse(pointer, 'keep.items_count', { label: label(group), count });
      continue;
    }
    const storedItems = Array.isArray(storedAnswers[name]) ? (storedAnswers[name] as unknown[]) : [];
    const known = stored.itemIds && Object.hasOwn(stored.itemIds, name) ? stored.itemIds[name]! : [];
    const named = new Set<unknown>();
    sources.set(
      name,
      ids.map((id: unknown, i) => {
        if (id === null) return null;
        const at = typeof id === 'string' ? known.indexOf(id) : -1;
        const source = at < 0 ? undefined : storedItems[at];
        const code = !isObject(source) ? 'keep.item_unknown' : named.has(id) ? 'keep.item_repeated' : null;
        named.add(id);
        if (!code) return source as Record<string, unknown>;
        refuse(`${pointer}/${i}`, code, { item: item(group), number: i + 1 });
        return undefined;
      }),
    );
  }

  const keep: unknown[] = Array.isArray(revision.keep) ? revision.keep : [];
  keep.forEach((kept, index) => {
    const pointer = `/keep/${index}`;
    const [name = '', at, member, ...rest] = typeof kept === 'string' ? kept.split('/') : [];
    const field = fields.get(name);
    if (at === undefined) {
      // A field kept whole.
      const code = !field ? 'unknown_field' : Object.hasOwn(answers, name) ? 'keep.answered' : null;
      if (code) refuse(pointer, code, field ? { label: label(field) } : { field: clean(kept, 100) });
      else if (Object.hasOwn(storedAnswers, name)) answers[name] = storedAnswers[name];
      return;
    }
    // One field of one item.
    const inner = field && member !== undefined && !rest.length && /^\d+$/.test(at) ? groupFields(field).find((f) => f.name === member) : undefined;
    if (!field || !inner) return void refuse(pointer, 'unknown_field', { field: clean(kept, 100) });
    const number = Number(at);
    const items = Array.isArray(answers[name]) ? (answers[name] as unknown[]) : [];
    const target = items[number];
    const source = sources.has(name) ? sources.get(name)?.[number] : null;
    if (source === undefined && isObject(target)) return; // its item's entry in `items` was refused: that says why
    if (!isObject(target) || !source) return void refuse(pointer, 'keep.item_new', { label: label(inner), item: item(field), number: number + 1 });
    if (Object.hasOwn(target, member!)) return void refuse(pointer, 'keep.answered', { label: label(inner) });
    if (!Object.hasOwn(source, member!)) return;
    // A copy: the answers given are left as they were.
    answers[name] = items.map((other, i) => (i === number ? { ...target, [member!]: source[member!] } : other));
  });
  return { answers: answers as Answers, errors };
}
