/**
 * Indonesian identity numbers (NIK, No. KK) and the masks that hide them and names. Phone numbers and email
 * addresses are in contact.ts.
 *
 * These are checks of form, not of existence: only Dukcapil can say whether a NIK is real. They catch typos
 * early, with a code that tells the citizen which part is wrong.
 */

import type { ErrorCode } from './messages.ts';
import { isRealDate, jakartaDate } from './dates.ts';

/** The `nik.*` error codes. */
export type NikCode = Extract<ErrorCode, `nik.${string}`>;
/** The `kk.*` error codes. */
export type KkCode = Extract<ErrorCode, `kk.${string}`>;

/** A valid NIK and what it says. */
export interface NikInfo {
  ok: true;
  /** The 16 digits. */
  value: string;
  /** Province, regency/city and district where the NIK was first issued (never where the person lives now). */
  regionCode: string;
  provinceCode: string;
  /** `YYYY-MM-DD`. */
  birthDate: string;
  sex: 'female' | 'male';
}

/** A valid No. KK and what it says. */
export interface KkInfo {
  ok: true;
  value: string;
  regionCode: string;
  provinceCode: string;
  /** The date the family card was recorded, `YYYY-MM-DD`. */
  recordedDate: string;
}

/** Why a number was refused. */
export interface Invalid<C extends ErrorCode> {
  ok: false;
  code: C;
}

/** Options for the date checks inside NIK and KK. */
export interface IdentityOptions {
  /** `YYYY-MM-DD`, default today in WIB; decides the century of two-digit years. */
  today?: string;
}

/**
 * Removes the spaces, dashes and dots people type or paste into long numbers (`3571 0145 1290 0003`,
 * `3571-01-...`). Anything else (letters, say) is kept so that the check after it can refuse it.
 */
export function normalizeDigits(input: string): string {
  return String(input).replace(/[\s.\-\u2010-\u2015\u2212]/g, '');
}

// The province codes in use (Aceh 11 … Papua Barat Daya 96), including the new Papua provinces.
const PROVINCE = /^(?:1[1-9]|21|3[1-6]|5[1-3]|6[1-5]|7[1-6]|8[12]|9[1-6])$/;

/**
 * The full date of a DDMMYY part. Two-digit years are 20YY unless that would be after `today`, then 19YY: a
 * NIK issued today cannot carry a future birth date. `undefined` when the date does not exist in that year.
 */
function fullDate(day: number, month: number, yy: number, today: string): string | undefined {
  const md = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  let year = 2000 + yy;
  if (`${year}-${md}` > today) year -= 100;
  return isRealDate(year, month, day) ? `${year}-${md}` : undefined;
}

/**
 * Checks a NIK (`PP KK CC DDMMYY NNNN`): 16 digits, a real province code, month 01–12, day 01–31 or 41–71
 * (women's day has 40 added), a real date and a serial from 0001. Any region is fine: the NIK keeps the code
 * of where it was first issued, so a Kediri resident's NIK need not start with 3571.
 */
export function validateNik(input: string, options: IdentityOptions = {}): NikInfo | Invalid<NikCode> {
  const value = normalizeDigits(input);
  if (!/^\d{16}$/.test(value)) return { ok: false, code: 'nik.format' };
  if (!PROVINCE.test(value.slice(0, 2))) return { ok: false, code: 'nik.province' };
  const dd = Number(value.slice(6, 8));
  const mm = Number(value.slice(8, 10));
  if (mm < 1 || mm > 12) return { ok: false, code: 'nik.month' };
  if (!((dd >= 1 && dd <= 31) || (dd >= 41 && dd <= 71))) return { ok: false, code: 'nik.day' };
  const female = dd > 40;
  const birthDate = fullDate(female ? dd - 40 : dd, mm, Number(value.slice(10, 12)), options.today ?? jakartaDate());
  if (!birthDate) return { ok: false, code: 'nik.date' };
  if (value.endsWith('0000')) return { ok: false, code: 'nik.serial' };
  return {
    ok: true,
    value,
    regionCode: value.slice(0, 6),
    provinceCode: value.slice(0, 2),
    birthDate,
    sex: female ? 'female' : 'male',
  };
}

/**
 * Checks a No. KK: 16 digits, a real province code, a real DDMMYY recording date (no +40 rule here) and a
 * serial other than 0000.
 */
export function validateKk(input: string, options: IdentityOptions = {}): KkInfo | Invalid<KkCode> {
  const value = normalizeDigits(input);
  if (!/^\d{16}$/.test(value)) return { ok: false, code: 'kk.format' };
  if (!PROVINCE.test(value.slice(0, 2))) return { ok: false, code: 'kk.province' };
  const recordedDate = fullDate(
    Number(value.slice(6, 8)),
    Number(value.slice(8, 10)),
    Number(value.slice(10, 12)),
    options.today ?? jakartaDate(),
  );
  if (!recordedDate) return { ok: false, code: 'kk.date' };
  if (value.endsWith('0000')) return { ok: false, code: 'kk.serial' };
  return { ok: true, value, regionCode: value.slice(0, 6), provinceCode: value.slice(0, 2), recordedDate };
}

/**
 * Hides a NIK's middle eight digits for display and logs: `3571********0003`. Input that is not 16 digits is
 * masked the same way around its first and last four characters, or entirely when it is too short to keep any.
 */
export function maskNik(nik: string): string {
  const v = normalizeDigits(nik);
  return v.length > 8 ? v.slice(0, 4) + '*'.repeat(v.length - 8) + v.slice(-4) : '*'.repeat(v.length);
}

/** Keeps the first letter of each word of a name: `Siti Rahmawati` → `S*** R*********`. */
export function maskName(name: string): string {
  return String(name)
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      // Destructuring walks code points, so a name with characters outside the BMP keeps its length.
      const [first = '', ...rest] = word;
      return first + '*'.repeat(rest.length);
    })
    .join(' ');
}
