/**
 * Strings and formats. Every element speaks through these helpers, so a host page can override any text per
 * element (`strings`) and the `lang` attribute switches everything at once.
 *
 * Status labels and validation messages come from `@padu/contract`; they are overridable too, under the keys
 * `status.<id>` and the contract's error codes.
 */
import { formatNumber, idRequired, statusLabels } from '@padu/contract';
import type { ApplicationStatus, ErrorCode, Locale, MessageCatalogue, MessageParams } from '@padu/contract';
import { lazyModule } from '../base/lazy.ts';
import { id } from './id.ts';
import type { StringKey } from './id.ts';

export type { Locale, StringKey };

/** Per-element text overrides: any catalogue key, `status.<id>`, or a contract error code. */
export type Strings = Partial<Record<StringKey | `status.${ApplicationStatus}` | ErrorCode, string>>;

/**
 * The string catalogues at hand. Bahasa Indonesia ships with the elements; English (`en.ts`: the elements'
 * strings and the contract's messages) is a chunk of its own, fetched the first time an element resolves to `en`
 * (`loadLocale`), so pages in Indonesian never download it.
 */
const indonesian: Partial<Record<StringKey, string>> = { ...id };
const catalogues: { [L in Locale]?: Partial<Record<StringKey, string>> } = { id: indonesian };
const english = lazyModule(() =>
  import('./en.ts').then((module) => {
    englishMessages = module.messages;
    englishMessagesWanted?.(module.messages);
    catalogues.en = module.en;
  }),
);
/** The contract's messages in English, once `loadLocale` has fetched them; and who waits for them. */
let englishMessages: MessageCatalogue | undefined;
let englishMessagesWanted: ((catalogue: MessageCatalogue) => void) | undefined;

/**
 * Adds Indonesian strings: each element's come with its code (`id-<element>.ts`), so a page downloads only the
 * strings of the elements it shows. (English has every string in one chunk, fetched on demand.)
 */
export function addStrings(strings: Partial<Record<StringKey, string>>): void {
  Object.assign(indonesian, strings);
}

/** Whether the strings of `locale` are here: Indonesian always, English once `loadLocale` has fetched them. */
export function hasLocale(locale: Locale): boolean {
  return catalogues[locale] !== undefined;
}

/**
 * Fetches the strings of `locale` (once for the whole page), with the contract's messages in that language;
 * resolves when `translate` and `errorMessage` speak it. A failed fetch is tried again next time.
 */
export function loadLocale(locale: Locale): Promise<void> {
  return hasLocale(locale) ? Promise.resolve() : english.load();
}

/** The catalogue for a `lang` value: English for `en` and `en-*`, Indonesian for everything else. */
export function toLocale(lang: string | null | undefined): Locale {
  return /^en\b/i.test(lang ?? '') ? 'en' : 'id';
}

/** Fills `{name}` placeholders; unknown ones stay visible rather than disappearing silently. */
export function fill(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A catalogue string in `locale` (Indonesian while that locale's strings are not loaded), with `overrides`. */
export function translate(locale: Locale, key: StringKey, params?: MessageParams, overrides?: Strings): string {
  return fill(overrides?.[key] ?? (catalogues[locale] ?? indonesian)[key] ?? key, params);
}

export function statusLabel(locale: Locale, status: ApplicationStatus, overrides?: Strings): string {
  return overrides?.[`status.${status}`] ?? statusLabels[locale][status] ?? status;
}

/** Formats a contract error code's message: `i18n/messages.ts` provides it as it loads. */
type ErrorMessages = (locale: Locale, code: ErrorCode, params: MessageParams, overrides?: Strings) => string;
let errorMessages: ErrorMessages | undefined;
const errorMessagesModule = lazyModule(() => import('./messages.ts'));

/**
 * Called once by `i18n/messages.ts` as it loads: its formatter of the contract's messages, and a function that
 * registers the English ones, called at once if they are here, else when `loadLocale` fetches them.
 * @internal
 */
export function provideErrorMessages(format: ErrorMessages, registerEnglish: (catalogue: MessageCatalogue) => void): void {
  errorMessages = format;
  englishMessagesWanted = registerEnglish;
  if (englishMessages) registerEnglish(englishMessages);
}

/**
 * The contract's message for `code` in `locale`, or `undefined` while the catalogue is not here: a chunk of its
 * own in npm bundles, and out of the CDN bundle's core (nearly every element has fields, but a field shows a
 * message only once someone submits or leaves it filled in), fetched by `loadErrorMessages`. `required`, the one
 * message of a form nobody has filled in yet, is always at hand, so an untouched page fetches nothing.
 */
export function errorMessage(locale: Locale, code: ErrorCode, params: MessageParams, overrides?: Strings): string | undefined {
  if (errorMessages) return errorMessages(locale, code, params, overrides);
  const own = overrides?.[code];
  if (own) return fill(own, params);
  if (code === 'required') return fill((locale === 'en' && englishMessages?.required) || idRequired, params);
  return undefined;
}

/** Fetches the contract's messages (once for the page; a failed fetch is tried again next time). */
export function loadErrorMessages(): Promise<unknown> {
  return errorMessages ? Promise.resolve() : errorMessagesModule.load();
}

// Dates are shown in WIB (the city's time), whatever the device's zone; `en-ID` keeps 24-hour WIB times and
// day-month order in English.
const intlTags: Record<Locale, string[]> = { id: ['id-ID'], en: ['en-ID', 'en-GB'] };
const timeZone = 'Asia/Jakarta';
const dateStyles = {
  /** Rabu, 2 Desember 2026 */
  day: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone },
  /** 2 Des 2026 */
  short: { day: 'numeric', month: 'short', year: 'numeric', timeZone },
  /** 2 Des 2026, 16.00 WIB */
  time: { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short', timeZone },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** How `formatInstant` writes an instant. */
export type InstantStyle = keyof typeof dateStyles;

/**
 * An RFC 3339 instant as a date (and time) in WIB, in one of three styles. (A calendar date, `YYYY-MM-DD`, is the
 * contract's `formatDate`.)
 */
export function formatInstant(at: string, locale: Locale, style: InstantStyle = 'short'): string {
  const when = new Date(at);
  if (Number.isNaN(when.getTime())) return at;
  const key = `${locale}${style}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(intlTags[locale], dateStyles[style])));
  return format.format(when);
}

// Counts and amounts are written the Indonesian way in both languages (`en-ID` groups with dots too), by the
// contract's `formatNumber`: the same text as Intl's, without initialising Intl's number formats on a page's first
// render.

/** Rupiah without decimals: "Rp 50.000". */
export function formatRupiah(amount: number): string {
  return `Rp\u00a0${formatNumber(Math.round(amount))}`;
}
