/**
 * The message catalogue: one text per error code and locale, so that the gateway and the elements show the
 * same words for the same problem. Bahasa Indonesia is the default (Perpres 63/2019); English comes second.
 * The register is formal and plain ("Anda", short sentences).
 */

import { formatDate, isIsoDate } from './dates.ts';

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
  // form definitions
  'definition.invalid',
  'definition.unknown_type',
  'definition.duplicate_name',
  'definition.options_missing',
  'definition.bad_pattern',
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

/**
 * The texts. `{label}` is the field's label in the same locale; dates (`YYYY-MM-DD`) and numbers in params are
 * written the local way by {@link formatMessage}. Typed as a full record so a missing text fails the type check.
 */
export const messages: Readonly<Record<Locale, Readonly<Record<ErrorCode, string>>>> = {
  id: {
    required: '{label} wajib diisi.',
    type: 'Isian {label} tidak valid.',
    too_short: '{label} paling sedikit {min} karakter.',
    too_long: '{label} paling banyak {max} karakter.',
    pattern: 'Format {label} tidak sesuai.',
    too_small: '{label} paling kecil {min}.',
    too_large: '{label} paling besar {max}.',
    not_integer: '{label} harus bilangan bulat.',
    'date.invalid': '{label} bukan tanggal yang valid.',
    'date.too_early': '{label} tidak boleh sebelum {min}.',
    'date.too_late': '{label} tidak boleh setelah {max}.',
    'option.invalid': 'Pilihan untuk {label} tidak tersedia. Pilih salah satu pilihan yang ada.',
    'email.invalid': '{label} bukan alamat email yang valid, contoh: nama@contoh.id.',
    'tel.invalid': '{label} bukan nomor telepon Indonesia yang valid, contoh: 0812 3456 7890.',
    'nik.format': '{label} harus terdiri atas 16 angka.',
    'nik.province': 'Kode provinsi pada {label} tidak dikenal.',
    'nik.month': 'Bulan lahir pada {label} tidak valid.',
    'nik.day': 'Tanggal lahir pada {label} tidak valid.',
    'nik.date': 'Tanggal lahir pada {label} tidak ada dalam kalender.',
    'nik.serial': 'Nomor urut pada {label} tidak valid.',
    'kk.format': '{label} harus terdiri atas 16 angka.',
    'kk.province': 'Kode provinsi pada {label} tidak dikenal.',
    'kk.date': 'Tanggal pencatatan pada {label} tidak valid.',
    'kk.serial': 'Nomor urut pada {label} tidak valid.',
    'file.invalid': 'Dokumen {label} tidak valid. Unggah ulang dokumen Anda.',
    'file.not_found': 'Dokumen {label} tidak ditemukan. Unggah ulang dokumen Anda.',
    'file.type': 'Dokumen {label} harus berformat {accept}.',
    'file.too_large': 'Ukuran dokumen {label} paling besar {maxMb} MB.',
    unknown_field: 'Isian {field} tidak ada dalam formulir ini.',
    'definition.invalid': 'Definisi formulir tidak lengkap pada {field}.',
    'definition.unknown_type': 'Jenis isian "{type}" pada {field} tidak dikenal.',
    'definition.duplicate_name': 'Nama {field} dipakai lebih dari satu kali.',
    'definition.options_missing': 'Isian {field} belum memiliki pilihan.',
    'definition.bad_pattern': 'Pola (pattern) pada isian {field} tidak valid.',
    'transition.not_allowed': 'Permohonan berstatus {from} tidak dapat diubah menjadi {to}.',
    'transition.forbidden_role': 'Anda tidak berwenang mengubah status permohonan dari {from} menjadi {to}.',
    'transition.note_required': 'Catatan atau alasan wajib diisi untuk status {to}.',
    'calendar.year_missing': 'Kalender hari libur tahun {year} belum tersedia.',
  },
  en: {
    required: '{label} is required.',
    type: '{label} is not valid.',
    too_short: '{label} must be at least {min} characters.',
    too_long: '{label} must be {max} characters or fewer.',
    pattern: '{label} is not in the right format.',
    too_small: '{label} must be {min} or more.',
    too_large: '{label} must be {max} or less.',
    not_integer: '{label} must be a whole number.',
    'date.invalid': '{label} must be a real date.',
    'date.too_early': '{label} must be on or after {min}.',
    'date.too_late': '{label} must be on or before {max}.',
    'option.invalid': 'Choose one of the options for {label}.',
    'email.invalid': '{label} must be an email address, like name@example.id.',
    'tel.invalid': '{label} must be an Indonesian phone number, like 0812 3456 7890.',
    'nik.format': '{label} must be 16 digits.',
    'nik.province': 'The province code in {label} is not known.',
    'nik.month': 'The month of birth in {label} is not valid.',
    'nik.day': 'The day of birth in {label} is not valid.',
    'nik.date': 'The date of birth in {label} does not exist.',
    'nik.serial': 'The serial number in {label} is not valid.',
    'kk.format': '{label} must be 16 digits.',
    'kk.province': 'The province code in {label} is not known.',
    'kk.date': 'The recording date in {label} is not valid.',
    'kk.serial': 'The serial number in {label} is not valid.',
    'file.invalid': 'The document for {label} is not valid. Upload it again.',
    'file.not_found': 'The document for {label} was not found. Upload it again.',
    'file.type': 'The document for {label} must be {accept}.',
    'file.too_large': 'The document for {label} must be {maxMb} MB or smaller.',
    unknown_field: '{field} is not a field of this form.',
    'definition.invalid': 'The form definition is incomplete at {field}.',
    'definition.unknown_type': 'The field type "{type}" of {field} is not known.',
    'definition.duplicate_name': 'The name {field} is used more than once.',
    'definition.options_missing': 'The field {field} has no options.',
    'definition.bad_pattern': 'The pattern of the field {field} is not a valid regular expression.',
    'transition.not_allowed': 'An application that is {from} cannot be changed to {to}.',
    'transition.forbidden_role': 'You may not change an application from {from} to {to}.',
    'transition.note_required': 'A note or reason is required for {to}.',
    'calendar.year_missing': 'The holiday calendar for {year} is not available yet.',
  },
};

/** Numbers the local way: 1.000.000,5 (id) or 1,000,000.5 (en). Done by hand to be identical everywhere. */
export function formatNumber(value: number, locale: Locale = 'id'): string {
  if (!Number.isFinite(value)) return String(value);
  const [int = '', frac] = Math.abs(value).toString().split('.');
  const [group, decimal] = locale === 'en' ? [',', '.'] : ['.', ','];
  const grouped = /e/.test(int) ? int : int.replace(/\B(?=(\d{3})+$)/g, group);
  return (value < 0 ? '-' : '') + grouped + (frac ? decimal + frac : '');
}

/**
 * The text for `code` in `locale`, with `{name}` placeholders filled from `params`. Numbers and `YYYY-MM-DD`
 * dates are written the local way; pass years and codes as strings to keep them verbatim. Unknown placeholders
 * stay as they are; an unknown code comes back as the code itself rather than throwing.
 */
export function formatMessage(code: ErrorCode, params: MessageParams = {}, locale: Locale = 'id'): string {
  const catalogue = messages[locale] ?? messages.id;
  const template = Object.hasOwn(catalogue, code) ? catalogue[code] : String(code);
  return template.replace(/\{([a-zA-Z]+)\}/g, (whole, key: string) => {
    if (!Object.hasOwn(params, key)) return whole;
    const value = params[key];
    if (typeof value === 'number') return formatNumber(value, locale);
    return isIsoDate(value) ? formatDate(value, locale) : String(value);
  });
}
