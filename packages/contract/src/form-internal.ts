// Small helpers the form modules share (form.ts, form-state.ts, form-definition.ts); not part of the public API.
import type { components } from './generated/openapi.ts';
import { normalizePhone } from './contact.ts';
import { normalizeDigits } from './identity.ts';

type FormField = components['schemas']['FormField'];
type FieldType = components['schemas']['FieldType'];

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Text fit for a message or param: control characters become spaces, and it is cut at `max` code points. */
export function clean(text: unknown, max: number): string {
  const chars = [...String(text).replace(/[\x00-\x1f\x7f]+/g, ' ')];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
}

/** A `LocalizedText` in `locale`, falling back to Indonesian (which is always there). */
export function localized(text: unknown, locale: string): string | undefined {
  if (!isObject(text)) return undefined;
  const value = text[locale] ?? text.id;
  return typeof value === 'string' ? value : undefined;
}

/** The pattern compiled as the contract says (Unicode, whole answer), or undefined if it is not a valid regexp. */
export function compilePattern(pattern: unknown): RegExp | undefined {
  if (typeof pattern !== 'string') return undefined;
  try {
    // Compiled alone first, so an unbalanced `)` cannot break out of the anchoring group below.
    new RegExp(pattern, 'u');
    return new RegExp(`^(?:${pattern})$`, 'u');
  } catch {
    return undefined;
  }
}

export const hasOptions = (field: Pick<FormField, 'options'>): boolean => Array.isArray(field.options) && field.options.length > 0;
export const optionValues = (field: Pick<FormField, 'options'>): Set<unknown> =>
  new Set(Array.isArray(field.options) ? field.options.map((o: unknown) => (isObject(o) ? o.value : undefined)) : []);

/** The readable fields of a list (objects with a string name), skipping malformed entries. */
export const readableFields = (fields: unknown): FormField[] =>
  Array.isArray(fields) ? fields.filter((field): field is FormField => isObject(field) && typeof field.name === 'string') : [];

/** The fields of a definition's steps in order (optionally only of some steps), skipping malformed entries. */
export function fieldsOf(definition: unknown, stepIds?: readonly string[]): FormField[] {
  const steps = isObject(definition) && Array.isArray(definition.steps) ? definition.steps : [];
  return steps.flatMap((step: unknown) =>
    isObject(step) && (!stepIds || stepIds.includes(step.id as string)) ? readableFields(step.fields) : [],
  );
}

/** The fields of a group field (empty for any other field). */
export const groupFields = (field: FormField): FormField[] => (field.type === 'group' ? readableFields(field.fields) : []);

/** The fields of a definition by name, first one wins (a duplicate is a definition problem), group members included. */
export function fieldsByName(definition: unknown): Map<string, FormField> {
  const byName = new Map<string, FormField>();
  for (const field of fieldsOf(definition)) {
    if (!byName.has(field.name)) byName.set(field.name, field);
    for (const member of groupFields(field)) if (!byName.has(member.name)) byName.set(member.name, member);
  }
  return byName;
}

const NUMERIC = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * An answer as it should be stored, and as an element keeps it while the citizen types: text trimmed, NIK and
 * No. KK as digits only, phone numbers as E.164 when valid, numbers parsed from numeric strings. Anything it
 * cannot improve (and answers to fields of unknown types) comes back unchanged, for the validator to judge.
 */
export function normalizeValue<T>(field: Pick<FormField, 'type'>, value: T): T | string | number {
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
  group: true,
  content: true,
};

/** The field types this version understands. */
export const fieldTypes = Object.keys(KNOWN_TYPES) as FieldType[];

/** Whether `type` is a field type this version understands (others are reported, not guessed at). */
export function isKnownFieldType(type: unknown): type is FieldType {
  return typeof type === 'string' && Object.hasOwn(KNOWN_TYPES, type);
}
