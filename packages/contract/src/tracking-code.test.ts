import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isTrackingCode, normalizeTrackingCode } from './tracking-code.ts';

describe('tracking codes', () => {
  it('normalises what people type: any case, with or without dashes and spaces', () => {
    for (const typed of ['DKC-7KQ4-M2XP', 'dkc-7kq4-m2xp', ' dkc7kq4m2xp ', 'DKC 7KQ4 M2XP', 'dkc-7kq4m2xp']) {
      assert.equal(normalizeTrackingCode(typed), 'DKC-7KQ4-M2XP', typed);
    }
  });

  it('leaves what is not a code recognisable as such: trimmed and upper-case, and not a tracking code', () => {
    assert.equal(normalizeTrackingCode(' dkc-7kq4 '), 'DKC-7KQ4');
    assert.equal(isTrackingCode(normalizeTrackingCode(' dkc-7kq4 ')), false);
    assert.equal(isTrackingCode(normalizeTrackingCode('DKC-7KQ4-M2XP')), true);
    assert.equal(isTrackingCode('dkc-7kq4-m2xp'), false, 'a code is checked once normalised');
  });
});
