/**
 * Working days and due dates (jangka waktu penyelesaian).
 *
 * Working days are Monday to Friday minus libur nasional and cuti bersama, which the SKB 3 Menteri sets each
 * year: they are data (`./holidays/`), passed in. A year without data is never guessed: the calendar throws
 * {@link CalendarYearMissingError} and `computeDue` answers `reason: 'calendar_missing'`.
 * All dates are calendar dates in WIB (UTC+7); instants are ISO strings in UTC.
 */

import type { components } from './generated/openapi.ts';
import type { Locale } from './messages.ts';
import { addDays, jakartaDate, utcMidnight, weekday, WIB_OFFSET_MS } from './dates.ts';
import { isFinal } from './status.ts';
import { terbilang } from './terbilang.ts';

type Schemas = components['schemas'];
type TimeFrame = Schemas['TimeFrame'];
type DueDate = Schemas['DueDate'];

/** A libur nasional (public holiday) or a cuti bersama (collective leave day for civil servants). */
export type HolidayKind = 'libur_nasional' | 'cuti_bersama';

/** One day off. */
export interface Holiday {
  /** `YYYY-MM-DD`. */
  date: string;
  kind: HolidayKind;
  name: Schemas['LocalizedText'];
}

/** The days off of one year, with the decree they come from. */
export interface HolidayYear {
  year: number;
  source: string;
  days: readonly Holiday[];
}

/** Thrown when a computation needs a year whose holidays are not known. Check `code`, not `instanceof`. */
export class CalendarYearMissingError extends Error {
  readonly code = 'calendar.year_missing';
  readonly year: number;
  constructor(year: number) {
    super(`The holiday calendar of ${year} is not available`);
    this.name = 'CalendarYearMissingError';
    this.year = year;
  }
}

/** Working-day arithmetic over the known holiday years. */
export interface WorkingCalendar {
  /** The years it has data for. */
  readonly years: readonly number[];
  hasYear(year: number): boolean;
  /** Whether `date` (`YYYY-MM-DD`) is a working day. Throws {@link CalendarYearMissingError} for an unknown year. */
  isWorkingDay(date: string): boolean;
  /** The holiday on `date`, if any. Throws {@link CalendarYearMissingError} for an unknown year. */
  holiday(date: string): Holiday | undefined;
  /**
   * The `n`-th working day after `date` (`date` itself never counts; `n` = 0 gives `date` back). Throws
   * {@link CalendarYearMissingError} as soon as it steps into an unknown year.
   */
  addWorkingDays(date: string, n: number): string;
}

/** A calendar over the given holiday years (usually `holidayYears` from `./holidays/index.ts`). */
export function createWorkingCalendar(years: readonly HolidayYear[]): WorkingCalendar {
  const known = new Set(years.map((y) => y.year));
  const days = new Map<string, Holiday>();
  for (const y of years) for (const d of y.days) days.set(d.date, d);

  const holiday = (date: string): Holiday | undefined => {
    utcMidnight(date); // RangeError for a malformed date before anything else
    const year = Number(date.slice(0, 4));
    if (!known.has(year)) throw new CalendarYearMissingError(year);
    return days.get(date);
  };
  const isWorkingDay = (date: string): boolean => {
    const off = holiday(date);
    const dow = weekday(date);
    return !off && dow !== 0 && dow !== 6;
  };

  return {
    years: [...known].sort((a, b) => a - b),
    hasYear: (year) => known.has(year),
    holiday,
    isWorkingDay,
    addWorkingDays(date, n) {
      if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`addWorkingDays: ${n}`);
      let day = date;
      utcMidnight(day);
      for (let left = n; left > 0; ) {
        day = addDays(day, 1);
        if (isWorkingDay(day)) left--;
      }
      return day;
    },
  };
}

/** What {@link computeDue} needs. */
export interface DueInput {
  timeFrame: TimeFrame;
  /** The status changes, oldest first (an application's `history`). */
  history: ReadonlyArray<{ status: Schemas['ApplicationStatus']; at: string }>;
  calendar: WorkingCalendar;
  /** The moment to evaluate at (default now); changes recorded after it are ignored. */
  now?: string | number | Date;
}

const UNIT_MS: Partial<Record<Schemas['TimeUnit'], number>> = { minutes: 60_000, hours: 3_600_000, days: 86_400_000 };
/** Offices close at 16:00 WIB, so a working-day deadline falls then. */
const OFFICE_CLOSE_MS = 16 * 3_600_000 - WIB_OFFSET_MS;

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

/**
 * When the application should be done (the contract's `DueDate`).
 *
 * - The clock starts at the first `submitted` change. It pauses while `needs_revision` (while paused: `dueAt`
 *   null, `reason: 'paused'`) and stops at a final status or `ready_for_pickup`, which keep the due date as
 *   computed at that point.
 * - `minutes`, `hours`, `days`: wall-clock time from the start, plus the time spent paused.
 * - `working_days`: 16:00 WIB on the n-th working day after the start date (the day of submission does not
 *   count), moved one working day later for every working day after the start date on which the application
 *   was in `needs_revision` at any moment. Simple, and the OPD is never charged for days the file was back
 *   with the citizen.
 * - A working-day computation that reaches a year without holiday data gives `reason: 'calendar_missing'`.
 * - No `submitted` change yet (or a time frame that is not a whole number): `dueAt` null, `reason` null.
 */
export function computeDue({ timeFrame, history, calendar, now }: DueInput): DueDate {
  const nowMs = now === undefined ? Date.now() : now instanceof Date ? now.getTime() : typeof now === 'number' ? now : Date.parse(now);
  const result = (dueAt: string | null, reason: DueDate['reason'] = null): DueDate => ({
    timeFrame,
    dueAt,
    paused: reason === 'paused',
    reason,
  });

  let start: number | undefined;
  let pausedSince: number | undefined;
  const pauses: Array<[number, number]> = [];
  for (const { status, at } of history) {
    const t = Date.parse(at);
    if (Number.isNaN(t)) continue;
    if (t > nowMs) break;
    if (start === undefined) {
      if (status === 'submitted') start = t;
      continue;
    }
    if (status === 'needs_revision') {
      pausedSince ??= t;
      continue;
    }
    if (pausedSince !== undefined) pauses.push([pausedSince, t]);
    pausedSince = undefined;
    if (isFinal(status) || status === 'ready_for_pickup') break;
  }

  if (start === undefined) return result(null);
  if (pausedSince !== undefined) return result(null, 'paused');

  const { value, unit } = timeFrame;
  // The contract keeps value in 1..365; anything else has no meaningful due date (and must not throw).
  if (!Number.isSafeInteger(value) || value < 0) return result(null);
  const unitMs = UNIT_MS[unit];
  if (unitMs !== undefined) {
    const paused = pauses.reduce((sum, [a, b]) => sum + (b - a), 0);
    return result(iso(start + value * unitMs + paused));
  }
  if (unit !== 'working_days') return result(null);

  try {
    const startDay = jakartaDate(start);
    const pausedDays = new Set<string>();
    for (const [a, b] of pauses) {
      const last = jakartaDate(b);
      for (let d = jakartaDate(a); d <= last; d = addDays(d, 1)) {
        if (d > startDay && calendar.isWorkingDay(d)) pausedDays.add(d);
      }
    }
    const dueDay = calendar.addWorkingDays(startDay, value + pausedDays.size);
    return result(iso(utcMidnight(dueDay) + OFFICE_CLOSE_MS));
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === 'calendar.year_missing') return result(null, 'calendar_missing');
    throw error;
  }
}

const UNIT_WORDS: Record<Locale, Record<Schemas['TimeUnit'], readonly [string, string]>> = {
  id: { minutes: ['menit', 'menit'], hours: ['jam', 'jam'], days: ['hari', 'hari'], working_days: ['hari kerja', 'hari kerja'] },
  en: {
    minutes: ['minute', 'minutes'],
    hours: ['hour', 'hours'],
    days: ['day', 'days'],
    working_days: ['working day', 'working days'],
  },
};

/**
 * A time frame as people write it: "3 (tiga) hari kerja" in Indonesian (the number in words, as public
 * documents write it) and "3 working days" in English.
 */
export function formatTimeFrame(timeFrame: TimeFrame, locale: Locale = 'id'): string {
  const { value, unit } = timeFrame;
  const [one, many] = (UNIT_WORDS[locale] ?? UNIT_WORDS.id)[unit] ?? [unit, unit];
  if (locale === 'en') return `${value} ${value === 1 ? one : many}`;
  const words = Number.isSafeInteger(value) && value >= 0 && value < 1e15 ? ` (${terbilang(value)})` : '';
  return `${value}${words} ${many}`;
}
