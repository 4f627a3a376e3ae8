import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { computeDue, createWorkingCalendar, formatTimeFrame, type DueInput } from './calendar.ts';
import { holidayYears } from './holidays/index.ts';

const calendar = createWorkingCalendar(holidayYears);

/** The error `fn` throws (plain try/catch, so it runs the same under the browser shim). */
function caught(fn: () => unknown): { code?: unknown; year?: unknown; name?: unknown } {
  try {
    fn();
  } catch (error) {
    return error as { code?: unknown; year?: unknown; name?: unknown };
  }
  assert.ok(false, 'expected an exception');
  return {};
}

describe('createWorkingCalendar', () => {
  it('knows its years', () => {
    assert.equal(calendar.hasYear(2026), true);
    assert.equal(calendar.hasYear(2027), false);
    assert.deepEqual([...calendar.years], [2026]);
  });
  it('treats weekends, libur nasional and cuti bersama as days off', () => {
    assert.equal(calendar.isWorkingDay('2026-03-13'), true); // Friday
    assert.equal(calendar.isWorkingDay('2026-03-14'), false); // Saturday
    assert.equal(calendar.isWorkingDay('2026-03-15'), false); // Sunday
    assert.equal(calendar.isWorkingDay('2026-03-18'), false); // cuti bersama
    assert.equal(calendar.isWorkingDay('2026-03-19'), false); // Nyepi
    assert.equal(calendar.isWorkingDay('2026-03-25'), true);
    assert.equal(calendar.isWorkingDay('2026-08-17'), false); // Monday, Independence Day
    assert.equal(calendar.holiday('2026-03-19')?.name.id, 'Hari Suci Nyepi (Tahun Baru Saka 1948)');
    assert.equal(calendar.holiday('2026-03-23')?.kind, 'cuti_bersama');
    assert.equal(calendar.holiday('2026-03-25'), undefined);
  });
  it('adds working days after a date, skipping cuti bersama and weekends', () => {
    assert.equal(calendar.addWorkingDays('2026-03-12', 0), '2026-03-12');
    assert.equal(calendar.addWorkingDays('2026-03-12', 1), '2026-03-13');
    assert.equal(calendar.addWorkingDays('2026-03-12', 2), '2026-03-16');
    assert.equal(calendar.addWorkingDays('2026-03-12', 5), '2026-03-26');
    assert.equal(calendar.addWorkingDays('2026-03-17', 1), '2026-03-25'); // 18-24 March are all off
    assert.equal(calendar.addWorkingDays('2026-03-21', 1), '2026-03-25'); // from a holiday
    assert.equal(calendar.addWorkingDays('2026-12-23', 1), '2026-12-28');
  });
  it('refuses to guess a year it has no data for', () => {
    const error = caught(() => calendar.addWorkingDays('2026-12-30', 2));
    assert.equal(error.code, 'calendar.year_missing');
    assert.equal(error.year, 2027);
    assert.equal(calendar.addWorkingDays('2026-12-30', 1), '2026-12-31');
    assert.equal(caught(() => calendar.isWorkingDay('2027-01-04')).year, 2027);
    assert.equal(caught(() => calendar.isWorkingDay('2025-12-31')).code, 'calendar.year_missing');
    assert.equal(caught(() => createWorkingCalendar([]).isWorkingDay('2026-03-02')).year, 2026);
  });
  it('refuses malformed input', () => {
    assert.equal(caught(() => calendar.isWorkingDay('2026-02-30')).name, 'RangeError');
    assert.equal(caught(() => calendar.isWorkingDay('12/03/2026')).name, 'RangeError');
    assert.equal(caught(() => calendar.addWorkingDays('2026-03-12', -1)).name, 'RangeError');
    assert.equal(caught(() => calendar.addWorkingDays('2026-03-12', 1.5)).name, 'RangeError');
  });
});

type History = DueInput['history'];
const due = (timeFrame: DueInput['timeFrame'], history: History, now = '2026-12-31T00:00:00Z') =>
  computeDue({ timeFrame, history, calendar, now });
const workingDays = (value: number) => ({ value, unit: 'working_days' as const });

describe('computeDue', () => {
  it('counts minutes from submission (the contract example)', () => {
    assert.deepEqual(due({ value: 10, unit: 'minutes' }, [{ status: 'submitted', at: '2026-11-30T01:00:00Z' }]), {
      timeFrame: { value: 10, unit: 'minutes' },
      dueAt: '2026-11-30T01:10:00Z',
      paused: false,
      reason: null,
    });
  });
  it('counts hours and days as wall-clock time, plus time spent paused', () => {
    const history: History = [
      { status: 'submitted', at: '2026-03-02T01:00:00Z' },
      { status: 'verifying', at: '2026-03-02T01:05:00Z' },
      { status: 'needs_revision', at: '2026-03-02T01:10:00Z' },
      { status: 'submitted', at: '2026-03-02T01:40:00Z' },
    ];
    assert.equal(due({ value: 2, unit: 'hours' }, history).dueAt, '2026-03-02T03:30:00Z');
    assert.equal(due({ value: 7, unit: 'days' }, history).dueAt, '2026-03-09T01:30:00Z');
    assert.equal(due({ value: 60, unit: 'minutes' }, history).dueAt, '2026-03-02T02:30:00Z');
  });
  it('ends working days at 16:00 WIB on the n-th working day after submission', () => {
    // Thursday 12 March 2026, 10:00 WIB; the Nyepi and Idul Fitri days off (18-24 March) are skipped.
    const r = due(workingDays(5), [{ status: 'submitted', at: '2026-03-12T03:00:00Z' }]);
    assert.deepEqual(r, { timeFrame: workingDays(5), dueAt: '2026-03-26T09:00:00Z', paused: false, reason: null });
    assert.equal(due(workingDays(2), [{ status: 'submitted', at: '2026-03-16T02:00:00Z' }]).dueAt, '2026-03-25T09:00:00Z');
    assert.equal(due(workingDays(1), [{ status: 'submitted', at: '2026-03-17T08:59:00Z' }]).dueAt, '2026-03-25T09:00:00Z');
  });
  it('uses the WIB date of submission', () => {
    // 18:00Z on Thursday is 01:00 WIB on Friday 13 March, so Friday is the start day and does not count.
    const r = due(workingDays(1), [{ status: 'submitted', at: '2026-03-12T18:00:00Z' }]);
    assert.equal(r.dueAt, '2026-03-16T09:00:00Z');
    // Submitted on a Saturday: Monday is the first working day.
    assert.equal(due(workingDays(1), [{ status: 'submitted', at: '2026-03-07T03:00:00Z' }]).dueAt, '2026-03-09T09:00:00Z');
  });
  it('pauses while the citizen fixes the file', () => {
    const history: History = [
      { status: 'submitted', at: '2026-03-02T02:00:00Z' }, // Monday
      { status: 'verifying', at: '2026-03-02T03:00:00Z' },
      { status: 'needs_revision', at: '2026-03-03T03:00:00Z' }, // Tuesday
    ];
    assert.deepEqual(due(workingDays(3), history), { timeFrame: workingDays(3), dueAt: null, paused: true, reason: 'paused' });
    assert.deepEqual(due({ value: 1, unit: 'hours' }, history), {
      timeFrame: { value: 1, unit: 'hours' },
      dueAt: null,
      paused: true,
      reason: 'paused',
    });
    // Resubmitted on Thursday: Tuesday, Wednesday and Thursday were paused working days.
    const resumed: History = [...history, { status: 'submitted', at: '2026-03-05T02:00:00Z' }];
    assert.deepEqual(due(workingDays(3), resumed), { timeFrame: workingDays(3), dueAt: '2026-03-10T09:00:00Z', paused: false, reason: null });
    // A pause over a weekend only costs its working days (Fri 6 and Mon 9 March).
    const weekend: History = [
      { status: 'submitted', at: '2026-03-02T02:00:00Z' },
      { status: 'needs_revision', at: '2026-03-06T02:00:00Z' },
      { status: 'submitted', at: '2026-03-09T02:00:00Z' },
    ];
    assert.equal(due(workingDays(3), weekend).dueAt, '2026-03-09T09:00:00Z');
  });
  it('ignores changes after `now`', () => {
    const history: History = [
      { status: 'submitted', at: '2026-03-02T02:00:00Z' },
      { status: 'needs_revision', at: '2026-03-03T03:00:00Z' },
    ];
    assert.equal(due(workingDays(3), history, '2026-03-03T00:00:00Z').dueAt, '2026-03-05T09:00:00Z');
    assert.equal(due(workingDays(3), history, '2026-03-03T03:00:00Z').paused, true);
    assert.equal(computeDue({ timeFrame: workingDays(3), history, calendar, now: Date.parse('2026-03-03T00:00:00Z') }).dueAt, '2026-03-05T09:00:00Z');
    assert.equal(computeDue({ timeFrame: workingDays(3), history, calendar, now: new Date('2026-03-03T00:00:00Z') }).dueAt, '2026-03-05T09:00:00Z');
  });
  it('stops at a final status or ready for pick-up', () => {
    const cancelledWhilePaused: History = [
      { status: 'submitted', at: '2026-03-02T01:00:00Z' },
      { status: 'needs_revision', at: '2026-03-02T02:00:00Z' },
      { status: 'cancelled', at: '2026-03-02T04:00:00Z' },
    ];
    assert.deepEqual(due({ value: 1, unit: 'hours' }, cancelledWhilePaused), {
      timeFrame: { value: 1, unit: 'hours' },
      dueAt: '2026-03-02T04:00:00Z',
      paused: false,
      reason: null,
    });
    const completed: History = [
      { status: 'submitted', at: '2026-03-02T01:00:00Z' },
      { status: 'in_process', at: '2026-03-02T02:00:00Z' },
      { status: 'ready_for_pickup', at: '2026-03-03T02:00:00Z' },
      // Anything after the clock stopped does not move the due date.
      { status: 'needs_revision', at: '2026-03-04T02:00:00Z' },
    ];
    assert.equal(due(workingDays(3), completed).dueAt, '2026-03-05T09:00:00Z');
    assert.equal(due(workingDays(3), completed).paused, false);
    for (const status of ['completed', 'rejected'] as const) {
      const r = due(workingDays(3), [{ status: 'submitted', at: '2026-03-02T01:00:00Z' }, { status, at: '2026-03-02T02:00:00Z' }]);
      assert.equal(r.dueAt, '2026-03-05T09:00:00Z');
    }
  });
  it('says calendar_missing when a working-day due date reaches an unknown year', () => {
    const history: History = [{ status: 'submitted', at: '2026-12-20T03:00:00Z' }];
    assert.deepEqual(due(workingDays(10), history), {
      timeFrame: workingDays(10),
      dueAt: null,
      paused: false,
      reason: 'calendar_missing',
    });
    // Wall-clock units need no holidays.
    assert.equal(due({ value: 30, unit: 'days' }, history).dueAt, '2027-01-19T03:00:00Z');
    // Still inside 2026: 21, 22, 23, 28 December.
    assert.equal(due(workingDays(4), history).dueAt, '2026-12-28T09:00:00Z');
  });
  it('has no due date before submission', () => {
    assert.deepEqual(due(workingDays(3), []), { timeFrame: workingDays(3), dueAt: null, paused: false, reason: null });
    assert.deepEqual(due(workingDays(3), [{ status: 'verifying', at: 'not a date' }]).dueAt, null);
    const submitted: History = [{ status: 'submitted', at: '2026-03-02T01:00:00Z' }];
    assert.equal(due({ value: -1, unit: 'working_days' }, submitted).dueAt, null);
    assert.equal(due({ value: 1.5, unit: 'hours' }, submitted).dueAt, null);
    assert.equal(due({ value: 1, unit: 'weeks' as never }, submitted).dueAt, null);
  });
});

describe('formatTimeFrame', () => {
  it('writes Indonesian the way public documents do', () => {
    assert.equal(formatTimeFrame({ value: 3, unit: 'working_days' }), '3 (tiga) hari kerja');
    assert.equal(formatTimeFrame({ value: 3, unit: 'working_days' }, 'id'), '3 (tiga) hari kerja');
    assert.equal(formatTimeFrame({ value: 10, unit: 'minutes' }), '10 (sepuluh) menit');
    assert.equal(formatTimeFrame({ value: 60, unit: 'minutes' }), '60 (enam puluh) menit');
    assert.equal(formatTimeFrame({ value: 1, unit: 'hours' }), '1 (satu) jam');
    assert.equal(formatTimeFrame({ value: 7, unit: 'days' }), '7 (tujuh) hari');
    assert.equal(formatTimeFrame({ value: 14, unit: 'working_days' }), '14 (empat belas) hari kerja');
    assert.equal(formatTimeFrame({ value: 100, unit: 'days' }), '100 (seratus) hari');
  });
  it('writes English with plurals', () => {
    assert.equal(formatTimeFrame({ value: 3, unit: 'working_days' }, 'en'), '3 working days');
    assert.equal(formatTimeFrame({ value: 1, unit: 'working_days' }, 'en'), '1 working day');
    assert.equal(formatTimeFrame({ value: 10, unit: 'minutes' }, 'en'), '10 minutes');
    assert.equal(formatTimeFrame({ value: 1, unit: 'hours' }, 'en'), '1 hour');
    assert.equal(formatTimeFrame({ value: 7, unit: 'days' }, 'en'), '7 days');
  });
});
