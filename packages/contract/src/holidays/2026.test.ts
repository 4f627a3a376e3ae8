import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { holidays2026 } from './2026.ts';
import { holidayYears } from './index.ts';
import { isIsoDate, weekday } from '../dates.ts';

const dates = (kind: string) => holidays2026.days.filter((d) => d.kind === kind).map((d) => d.date.slice(5));

describe('2026 holidays', () => {
  it('are the published libur nasional', () => {
    assert.deepEqual(dates('libur_nasional'), [
      '01-01', '01-16', '02-17', '03-19', '03-21', '03-22', '04-03', '04-05', '05-01',
      '05-14', '05-27', '05-31', '06-01', '06-16', '08-17', '08-25', '12-25',
    ]);
  });
  it('are the published cuti bersama, all on weekdays', () => {
    assert.deepEqual(dates('cuti_bersama'), ['02-16', '03-18', '03-20', '03-23', '03-24', '05-15', '05-28', '12-24']);
    for (const d of holidays2026.days.filter((h) => h.kind === 'cuti_bersama')) {
      const dow = weekday(d.date);
      assert.ok(dow >= 1 && dow <= 5, d.date);
    }
  });
  it('are well-formed data: real 2026 dates, sorted, unique, named in both languages', () => {
    assert.equal(holidays2026.year, 2026);
    assert.match(holidays2026.source, /SKB/);
    const all = holidays2026.days.map((d) => d.date);
    assert.deepEqual([...all].sort(), all);
    assert.equal(new Set(all).size, all.length);
    for (const d of holidays2026.days) {
      assert.ok(isIsoDate(d.date) && d.date.startsWith('2026-'), d.date);
      assert.ok(d.name.id.length > 0 && (d.name.en ?? '').length > 0, d.date);
    }
  });
  it('are listed among the known years', () => {
    assert.deepEqual(holidayYears.map((y) => y.year), [2026]);
  });
});
