// The condition builder's model (draft-model.ts), without a browser: what each part of a condition is at its depth,
// how a part turns into another kind keeping what fits, and how a comparison follows a new field or operator. Every
// condition it makes passes the contract's own checker.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkCondition } from '@padu/contract';
import { blankComparison, conditionKindOf, convertCondition, earlierFields, recompare, retarget } from '../src/service-editor/draft-model.ts';
import type { Content, EarlierField, FormField } from '../src/service-editor/draft-model.ts';

const keperluan: FormField = {
  name: 'keperluan',
  type: 'select',
  label: { id: 'Keperluan' },
  options: [
    { value: 'sekolah', label: { id: 'Sekolah' } },
    { value: 'lainnya', label: { id: 'Lainnya' } },
  ],
};
const usia: FormField = { name: 'usia', type: 'number', label: { id: 'Usia' } };
const tanggal: FormField = { name: 'tanggal', type: 'date', label: { id: 'Tanggal' } };
const setuju: FormField = { name: 'setuju', type: 'checkbox', label: { id: 'Setuju' } };
const anggota: FormField = { name: 'anggota', type: 'group', label: { id: 'Anggota' }, fields: [{ name: 'nama', type: 'text', label: { id: 'Nama' } }] };
const earlier = (field: FormField): EarlierField => ({ name: field.name, field });
const candidates = [keperluan, usia, tanggal, setuju].map(earlier);
const blank = () => blankComparison(candidates);
const valid = (condition: unknown) => assert.deepEqual(checkCondition(condition).problems, [], JSON.stringify(condition));

describe('the condition builder’s model', () => {
  it('knows each part by its depth: combinators above the third level, anything else unknown', () => {
    const comparison = { field: 'usia', lessThan: 17 };
    assert.equal(conditionKindOf(comparison, 3), 'comparison');
    assert.equal(conditionKindOf({ all: [comparison] }, 2), 'all');
    assert.equal(conditionKindOf({ any: [comparison] }, 3), 'unknown');
    assert.equal(conditionKindOf({ not: comparison }, 3), 'unknown');
    assert.equal(conditionKindOf({ field: 'usia', lessThan: 1, greaterThan: 0 }, 1), 'unknown');
    assert.equal(conditionKindOf({ field: 'usia', matches: 'x' }, 1), 'unknown');
    assert.equal(conditionKindOf({ all: 'x' }, 1), 'unknown');
    assert.equal(conditionKindOf('usia < 17', 1), 'unknown');
  });

  it('turns a part into another kind keeping what fits under the depth limit', () => {
    const a = { field: 'keperluan', equals: 'lainnya' };
    const b = { field: 'usia', lessThan: 17 };
    assert.deepEqual(convertCondition({ all: [a, b] }, 'any', 1, blank), { any: [a, b] });
    assert.deepEqual(convertCondition(a, 'all', 1, blank), { all: [a] });
    assert.deepEqual(convertCondition(a, 'not', 2, blank), { not: a });
    assert.deepEqual(convertCondition({ all: [a, b] }, 'not', 1, blank), { not: { all: [a, b] } });
    // Three levels already: a `not` around it would be a fourth, so it keeps the first comparison.
    assert.deepEqual(convertCondition({ all: [{ any: [b, a] }] }, 'not', 1, blank), { not: b });
    assert.deepEqual(convertCondition({ any: [a, b] }, 'comparison', 1, blank), a);
    assert.deepEqual(convertCondition(undefined, 'any', 1, blank), { any: [{ field: 'keperluan', equals: 'sekolah' }] });
    // What the builder cannot show gives up its first comparison, or starts blank.
    assert.deepEqual(convertCondition({ not: { not: { not: b } } }, 'comparison', 3, blank), b);
    assert.deepEqual(convertCondition('usia < 17', 'all', 1, blank), { all: [{ field: 'keperluan', equals: 'sekolah' }] });
    for (const kind of ['comparison', 'all', 'any', 'not'] as const) {
      for (const from of [undefined, a, { all: [a, b] }, { not: { any: [a] } }, { all: [{ any: [b, a] }] }]) valid(convertCondition(from, kind, 1, blank));
    }
  });

  it('keeps the value compared with when the operator or field changes and it still fits, else starts from a default', () => {
    const comparison = { field: 'keperluan', equals: 'lainnya' };
    assert.deepEqual(recompare(comparison, earlier(keperluan), 'oneOf'), { field: 'keperluan', oneOf: ['lainnya'] });
    assert.deepEqual(recompare({ field: 'keperluan', oneOf: ['lainnya', 'sekolah'] }, earlier(keperluan), 'notEquals'), { field: 'keperluan', notEquals: 'lainnya' });
    assert.deepEqual(recompare(comparison, earlier(keperluan), 'isEmpty'), { field: 'keperluan', isEmpty: true });
    assert.deepEqual(recompare({ field: 'keperluan', isEmpty: true }, earlier(keperluan), 'equals'), { field: 'keperluan', equals: 'sekolah' });
    assert.deepEqual(retarget(comparison, earlier(usia)), { field: 'usia', equals: 0 });
    assert.deepEqual(retarget({ field: 'usia', lessThan: 17 }, earlier(keperluan)), { field: 'keperluan', equals: 'sekolah' });
    assert.deepEqual(retarget({ field: 'keperluan', notEmpty: true }, earlier(anggota)), { field: 'anggota', notEmpty: true });
    assert.deepEqual(retarget(comparison, earlier(setuju)), { field: 'setuju', equals: true });
    const date = recompare({ field: 'tanggal', equals: '2026-01-31' }, earlier(tanggal), 'before');
    assert.deepEqual(date, { field: 'tanggal', before: '2026-01-31' });
    assert.match(String(recompare({ field: 'tanggal', before: 'today' }, earlier(tanggal), 'equals').equals), /^\d{4}-\d{2}-\d{2}$/);
    for (const field of candidates) for (const made of [blankComparison([field]), retarget(comparison, field)]) valid(made);
  });

  it('offers the fields before a step, a field or a group’s field, groups included (empty or not)', () => {
    const content = {
      form: {
        steps: [
          { id: 'satu', title: { id: 'Satu' }, fields: [keperluan, anggota, usia] },
          { id: 'dua', title: { id: 'Dua' }, fields: [tanggal] },
        ],
      },
    } as unknown as Content;
    const names = (pointer: string) => earlierFields(content, pointer).map((found) => found.name);
    assert.deepEqual(names('/form/steps/0'), []);
    assert.deepEqual(names('/form/steps/0/fields/2'), ['keperluan', 'anggota']);
    assert.deepEqual(names('/form/steps/0/fields/1/fields/0'), ['keperluan']);
    assert.deepEqual(names('/form/steps/1'), ['keperluan', 'anggota', 'usia']);
    assert.deepEqual(names('/form/steps/1/fields/0'), ['keperluan', 'anggota', 'usia']);
  });
});
