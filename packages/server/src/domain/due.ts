// Due dates over the national holiday calendar, shared by every view of an application.
import { computeDue, createWorkingCalendar, holidayYears, type Schemas } from '@padu/contract';

const calendar = createWorkingCalendar(holidayYears);

export function dueDate(
  timeFrame: Schemas['TimeFrame'],
  history: ReadonlyArray<{ status: Schemas['ApplicationStatus']; at: string }>,
  now?: number,
): Schemas['DueDate'] {
  return computeDue({ timeFrame, history, calendar, ...(now !== undefined ? { now } : {}) });
}
