/**
 * The message catalogue: one text per error code and locale, so that the gateway and the elements show the
 * same words for the same problem. Bahasa Indonesia is the default (Perpres 63/2019) and always loaded; English
 * comes second, in its own module, loaded on demand in browsers (`loadMessages`) and up front in Node
 * (`@padu/contract/messages`). The register is formal and plain ("Anda", short sentences).
 */

import { formatDate, isIsoDate } from './dates.ts';
import { id } from './messages/id.ts';
import { formatNumber } from './numbers.ts';

export { formatNumber } from './numbers.ts';

/** The languages the catalogue speaks. */
export type Locale = 'id' | 'en';

/** Every stable error code of the contract. Clients may switch on these; they never change meaning. */
export const errorCodes = [
  // answers
  'required',
  'type',
  'too_short',
  'too_long',
  'pattern',
  'too_small',
  'too_large',
  'not_integer',
  'date.invalid',
  'date.too_early',
  'date.too_late',
  'option.invalid',
  'email.invalid',
  'tel.invalid',
  'nik.format',
  'nik.province',
  'nik.month',
  'nik.day',
  'nik.date',
  'nik.serial',
  'kk.format',
  'kk.province',
  'kk.date',
  'kk.serial',
  'file.invalid',
  'file.not_found',
  'file.type',
  'file.too_large',
  'unknown_field',
  'group.too_few',
  'group.too_many',
  'content.answered',
  // revisions
  'keep.answered',
  'keep.item_new',
  'keep.items_count',
  'keep.item_unknown',
  'keep.item_repeated',
  // form definitions
  'definition.invalid',
  'definition.unknown_type',
  'definition.duplicate_name',
  'definition.options_missing',
  'definition.bad_pattern',
  'definition.condition_invalid',
  'definition.condition_field',
  'definition.condition_type',
  'definition.group_fields',
  'definition.group_nested',
  'definition.group_items',
  'definition.link_https',
  'definition.mime_type',
  'definition.prefill',
  'definition.unsafe_pattern',
  'definition.too_many_patterns',
  // request bodies
  'too_deep',
  // status changes
  'transition.not_allowed',
  'transition.forbidden_role',
  'transition.note_required',
  // working-day calendar
  'calendar.year_missing',
] as const;

/** One of {@link errorCodes}. */
export type ErrorCode = (typeof errorCodes)[number];

/** Values for a message's `{placeholders}`. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** The texts of one locale: one per error code (a full record, so a missing text fails the type check). */
export type MessageCatalogue = Readonly<Record<ErrorCode, string>>;

/**
 * The catalogues `formatMessage` speaks: Indonesian always; another locale once registered. Each locale is its own
 * module (`messages/id.ts`, `messages/en.ts`), so a browser bundle carries only Bahasa Indonesia and fetches English
 * when a page asks for it (`loadMessages`). Node code that answers in both (the gateway) imports
 * `@padu/contract/messages`, which registers every locale up front.
 */
const catalogues: { [L in Locale]?: MessageCatalogue } = { id };

/** Makes `formatMessage` speak `locale` with `catalogue` (what `loadMessages` and `@padu/contract/messages` do). */
export function registerMessages(locale: Locale, catalogue: MessageCatalogue): void {
  catalogues[locale] = catalogue;
}

/** Whether `formatMessage` speaks `locale` yet (Indonesian: always). */
export function hasMessages(locale: Locale): boolean {
  return catalogues[locale] !== undefined;
}

/**
 * Loads and registers the catalogue of `locale` (in a browser bundle, English is a chunk of its own); resolves
 * once `formatMessage` speaks it. Until then it answers in Indonesian.
 */
export async function loadMessages(locale: Locale): Promise<void> {
  if (!hasMessages(locale)) registerMessages('en', (await import('./messages/en.ts')).en);
}

/** Whether `code` is one of the contract's error codes (a newer gateway may send codes this version lacks). */
export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(id, code);
}

/**
 * The text for `code` in `locale`, with `{name}` placeholders filled from `params`. Numbers and `YYYY-MM-DD`
 * dates are written the local way; pass years and codes as strings to keep them verbatim. Unknown placeholders
 * stay as they are; an unknown code comes back as the code itself rather than throwing. A locale whose catalogue
 * is not registered (not loaded yet, or unknown) is answered in Indonesian, numbers and dates included.
 */
export function formatMessage(code: ErrorCode, params: MessageParams = {}, locale: Locale = 'id'): string {
  const catalogue = (Object.hasOwn(catalogues, locale) && catalogues[locale]) || id;
  if (catalogue === id) locale = 'id';
  const template = Object.hasOwn(catalogue, code) ? catalogue[code] : String(code);
  return template.replace(/\{([a-zA-Z]+)\}/g, (whole, key: string) => {
    if (!Object.hasOwn(params, key)) return whole;
    const value = params[key];
    if (typeof value === 'number') return formatNumber(value, locale);
    return isIsoDate(value) ? formatDate(value, locale) : String(value);
  });
}
