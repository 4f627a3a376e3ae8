import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { terbilang } from './terbilang.ts';

describe('terbilang', () => {
  it('writes 0 to 100 and beyond in words', () => {
    const cases: Array<[number, string]> = [
      [0, 'nol'],
      [1, 'satu'],
      [3, 'tiga'],
      [10, 'sepuluh'],
      [11, 'sebelas'],
      [12, 'dua belas'],
      [19, 'sembilan belas'],
      [20, 'dua puluh'],
      [21, 'dua puluh satu'],
      [45, 'empat puluh lima'],
      [99, 'sembilan puluh sembilan'],
      [100, 'seratus'],
      [101, 'seratus satu'],
      [111, 'seratus sebelas'],
      [250, 'dua ratus lima puluh'],
      [365, 'tiga ratus enam puluh lima'],
      [1000, 'seribu'],
      [1001, 'seribu satu'],
      [2026, 'dua ribu dua puluh enam'],
      [10000, 'sepuluh ribu'],
      [150000, 'seratus lima puluh ribu'],
      [1000000, 'satu juta'],
      [2500000, 'dua juta lima ratus ribu'],
      [1000000000, 'satu miliar'],
      [1000000000000, 'satu triliun'],
    ];
    for (const [n, words] of cases) assert.equal(terbilang(n), words, String(n));
  });
  it('has a word for every number from 1 to 100', () => {
    for (let n = 1; n <= 100; n++) assert.match(terbilang(n), /^[a-z]+( [a-z]+)*$/, String(n));
  });
  it('refuses what it cannot say', () => {
    for (const n of [-1, 1.5, Number.NaN, 1e15]) assert.throws(() => terbilang(n), RangeError);
  });
});
