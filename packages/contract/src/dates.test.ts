import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, formatDate, isIsoDate, isRealDate, jakartaDate, weekday } from './dates.ts';

describe('dates', () => {
  it('knows real dates, leap years included', () => {
    assert.equal(isRealDate(2024, 2, 29), true);
    assert.equal(isRealDate(2000, 2, 29), true);
    assert.equal(isRealDate(1900, 2, 29), false);
    assert.equal(isRealDate(2026, 2, 29), false);
    assert.equal(isRealDate(2026, 4, 31), false);
    assert.equal(isRealDate(2026, 13, 1), false);
    assert.equal(isRealDate(2026, 0, 1), false);
    assert.equal(isRealDate(2026, 1, 0), false);
    assert.equal(isIsoDate('2026-12-31'), true);
    assert.equal(isIsoDate('2026-2-3'), false);
    assert.equal(isIsoDate(20261231), false);
  });
  it('computes the date in Jakarta (UTC+7)', () => {
    assert.equal(jakartaDate('2026-03-12T16:59:59Z'), '2026-03-12');
    assert.equal(jakartaDate('2026-03-12T17:00:00Z'), '2026-03-13');
    assert.equal(jakartaDate(Date.parse('2026-12-31T17:00:00Z')), '2027-01-01');
    assert.equal(jakartaDate(new Date('2026-01-01T00:00:00Z')), '2026-01-01');
    assert.match(jakartaDate(), /^\d{4}-\d{2}-\d{2}$/);
  });
  it('does day arithmetic on date strings', () => {
    assert.equal(addDays('2026-02-28', 1), '2026-03-01');
    assert.equal(addDays('2026-12-31', 1), '2027-01-01');
    assert.equal(addDays('2026-03-01', -1), '2026-02-28');
    assert.equal(weekday('2026-03-12'), 4);
    assert.equal(weekday('2026-03-15'), 0);
    assert.throws(() => addDays('2026-02-30', 1), RangeError);
  });
  it('writes dates the local way', () => {
    assert.equal(formatDate('2026-08-17'), '17 Agustus 2026');
    assert.equal(formatDate('2026-08-17', 'en'), '17 August 2026');
    assert.equal(formatDate('2026-01-05', 'id'), '5 Januari 2026');
    assert.equal(formatDate('not a date'), 'not a date');
  });
});
