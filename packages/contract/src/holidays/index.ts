/**
 * The holiday years Padu knows. Add a module per year as soon as its SKB is published; until then, due dates
 * that reach into that year say `calendar_missing` instead of guessing.
 */

import type { HolidayYear } from '../calendar.ts';
import { holidays2026 } from './2026.ts';

export { holidays2026 };

/** Every published holiday year, oldest first. Pass it to `createWorkingCalendar`. */
export const holidayYears: readonly HolidayYear[] = [holidays2026];
