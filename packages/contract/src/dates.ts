/**
 * Calendar-date helpers shared by the identity, calendar and form rules.
 *
 * Dates are plain `YYYY-MM-DD` strings: they are what forms, NIKs and holiday lists contain, and they compare
 * correctly as strings. Indonesia's public services run on WIB (UTC+7, no daylight saving), so "today" is
 * computed with a fixed offset instead of `Intl` time zones, which keeps this identical in Node and browsers.
 */

import type { Locale } from './messages.ts';

const DAY_MS = 86_400_000;
/** WIB is UTC+7 all year round. */
export const WIB_OFFSET_MS = 7 * 3_600_000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `y`-`m`-`d` exists in the Gregorian calendar (arithmetic, so years below 100 work too). */
export function isRealDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || m < 1 || m > 12 || d < 1) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const days = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return d <= days;
}

/** Whether `value` is a `YYYY-MM-DD` string naming a real date. */
export function isIsoDate(value: unknown): value is string {
  const m = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** The calendar date in Jakarta (WIB) at an instant (default: now), as `YYYY-MM-DD`. */
export function jakartaDate(at: number | string | Date = Date.now()): string {
  const ms = typeof at === 'number' ? at : typeof at === 'string' ? Date.parse(at) : at.getTime();
  return new Date(ms + WIB_OFFSET_MS).toISOString().slice(0, 10);
}

/** Milliseconds since the epoch of midnight UTC of a `YYYY-MM-DD` date (RangeError when not a real date). */
export function utcMidnight(date: string): number {
  if (!isIsoDate(date)) throw new RangeError(`Not a YYYY-MM-DD date: ${String(date).slice(0, 40)}`);
  return Date.parse(`${date}T00:00:00Z`);
}

/** `date` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  return new Date(utcMidnight(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return new Date(utcMidnight(date)).getUTCDay();
}

const MONTHS: Record<Locale, string[]> = {
  id: 'Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember'.split(' '),
  en: 'January February March April May June July August September October November December'.split(' '),
};

/** A date as people write it: "17 Agustus 2026" (id) or "17 August 2026" (en). Other strings come back as is. */
export function formatDate(date: string, locale: Locale = 'id'): string {
  const m = ISO_DATE.exec(date);
  if (!m || !isIsoDate(date)) return date;
  return `${Number(m[3])} ${(MONTHS[locale] ?? MONTHS.id)[Number(m[2]) - 1]} ${m[1]}`;
}
