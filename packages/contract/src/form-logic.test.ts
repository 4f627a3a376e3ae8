// Form logic v2: conditions, formState, pruneHidden, groups, content blocks, prefill and the definition checks,
// by example and by property (fast-check, over generated definitions and answers). These run in Node and in
// Chromium, so the gateway and the browser are held to the same answers.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkCondition, comparisonOperators, evaluateCondition, type Condition } from './conditions.ts';
import { operatorsFor } from './field-kinds.ts';
import { formState, maskedPrefillSources, prefillAnswers, pruneHidden, type FieldState, type FormState } from './form-state.ts';
import { fileAnswers, maskAnswers, normalizeAnswers, reviseAnswers, validateAnswers, validateField, validateFormDefinition } from './form.ts';
import { errorCodes } from './messages.ts';
import './messages/all.ts';
import type { components } from './generated/openapi.ts';

type FormDefinition = components['schemas']['FormDefinition'];
type FormField = components['schemas']['FormField'];
type Answers = components['schemas']['Answers'];

const TODAY = '2026-03-10';
const label = (id: string) => ({ id, en: id });
const codes = (errors: { pointer: string; code: string }[]) => errors.map((e) => `${e.pointer} ${e.code}`);

/** A registration form using every new feature. */
const definition: FormDefinition = {
  steps: [
    {
      id: 'umum',
      title: label('Umum'),
      fields: [
        { name: 'panduan', type: 'content', label: label('Panduan'), text: label('Baca dulu.\n\nLalu isi.'), links: [{ label: label('Info'), href: 'https://kedirikota.go.id' }] },
        {
          name: 'keperluan',
          type: 'select',
          label: label('Keperluan'),
          required: true,
          options: [
            { value: 'sekolah', label: label('Sekolah') },
            { value: 'lainnya', label: label('Lainnya') },
          ],
        },
        { name: 'keperluan_lain', type: 'text', label: label('Keperluan lain'), required: true, visibleWhen: { field: 'keperluan', equals: 'lainnya' } },
        { name: 'usia', type: 'number', label: label('Usia'), integer: true, min: 0, max: 130 },
        { name: 'wali', type: 'text', label: label('Nama wali'), requiredWhen: { all: [{ field: 'usia', notEmpty: true }, { field: 'usia', lessThan: 17 }] } },
        { name: 'nik', type: 'nik', label: label('NIK'), required: true, prefill: 'nik' },
      ],
    },
    {
      id: 'keluarga',
      title: label('Keluarga'),
      visibleWhen: { not: { field: 'keperluan', equals: 'sekolah' } },
      fields: [
        {
          name: 'anggota',
          type: 'group',
          label: label('Anggota'),
          itemLabel: label('Anggota'),
          minItems: 1,
          maxItems: 3,
          fields: [
            { name: 'nama', type: 'text', label: label('Nama'), required: true, maxLength: 50 },
            { name: 'lahir', type: 'date', label: label('Tanggal lahir'), required: true },
            { name: 'nik_anggota', type: 'nik', label: label('NIK anggota'), requiredWhen: { field: 'lahir', before: '2009-01-01' } },
          ],
        },
      ],
    },
  ],
};

const visibility = (state: FormState) =>
  Object.fromEntries([...state.fields].map(([name, field]) => [name, `${field.visible ? 'shown' : 'hidden'}${field.required ? ', required' : ''}`]));

describe('evaluateCondition', () => {
  const answers = { a: 'x', n: 5, nt: '7', d: '2026-03-01', list: ['p', 'q'], yes: true, no: false, empty: '' };
  const holds = (condition: unknown) => evaluateCondition(condition as Condition, answers, { today: TODAY });

  it('compares as documented', () => {
    assert.equal(holds({ field: 'a', equals: 'x' }), true);
    assert.equal(holds({ field: 'a', notEquals: 'x' }), false);
    assert.equal(holds({ field: 'missing', notEquals: 'x' }), true, 'unanswered is not x');
    assert.equal(holds({ field: 'missing', equals: 'x' }), false);
    assert.equal(holds({ field: 'nt', equals: 7 }), true, 'a numeric text equals its number');
    assert.equal(holds({ field: 'list', equals: 'q' }), true, 'a list contains');
    assert.equal(holds({ field: 'list', oneOf: ['z', 'p'] }), true);
    assert.equal(holds({ field: 'a', oneOf: ['y', 'z'] }), false);
    assert.equal(holds({ field: 'yes', equals: true }), true);
    assert.equal(holds({ field: 'no', isEmpty: true }), true, 'an unticked box is unanswered');
    assert.equal(holds({ field: 'empty', isEmpty: true }), true);
    assert.equal(holds({ field: 'a', notEmpty: true }), true);
    assert.equal(holds({ field: 'd', before: 'today' }), true);
    assert.equal(holds({ field: 'd', after: '2026-03-01' }), false, 'strictly after');
    assert.equal(holds({ field: 'n', lessThan: 6 }), true);
    assert.equal(holds({ field: 'n', greaterThan: 5 }), false);
    assert.equal(holds({ field: 'a', lessThan: 6 }), false, 'a text is no number');
  });

  it('combines with all, any and not', () => {
    assert.equal(holds({ all: [{ field: 'a', equals: 'x' }, { field: 'n', greaterThan: 1 }] }), true);
    assert.equal(holds({ any: [{ field: 'a', equals: 'y' }, { field: 'n', greaterThan: 9 }] }), false);
    assert.equal(holds({ not: { any: [{ field: 'a', equals: 'y' }] } }), true);
  });

  it('is false for anything malformed or too large, and never throws', () => {
    for (const bad of [
      null, 'a == x', [], {}, { field: 'a' }, { field: 'a', equals: 'x', notEquals: 'y' }, { field: 'a', matches: 'x' },
      { field: 'a', isEmpty: false }, { field: 'd', before: 'yesterday' }, { all: [] }, { not: { field: 'zz', equals: { x: 1 } } },
      { all: Array.from({ length: 11 }, () => ({ field: 'a', equals: 'x' })) },
      { not: { not: { not: { field: 'a', isEmpty: true } } } },
      { all: [{ field: 'a', equals: 'x' }], any: [] },
    ]) {
      assert.equal(holds(bad), false, JSON.stringify(bad));
    }
    // Hostile names find no inherited property.
    assert.equal(holds({ field: 'constructor', notEmpty: true }), false);
  });

  it('walks a condition for its comparisons and problems (what the editor and the definition checks use)', () => {
    const { comparisons, problems } = checkCondition({ any: [{ field: 'a', equals: 'x' }, { field: 'b' }, { not: { field: 'c', lessThan: 'x' } }] });
    assert.deepEqual(comparisons.map((c) => `${c.pointer} ${c.field} ${c.operator}`), ['/any/0 a equals']);
    assert.deepEqual(problems, [{ pointer: '/any/1', reason: 'operator' }, { pointer: '/any/2/not/lessThan', reason: 'operand' }]);
  });
});

describe('formState and pruneHidden', () => {
  it('shows, hides and requires by the answers', () => {
    const state = formState(definition, { keperluan: 'lainnya', usia: '12' }, { today: TODAY });
    assert.deepEqual(visibility(state), {
      panduan: 'shown', keperluan: 'shown, required', keperluan_lain: 'shown, required', usia: 'shown', wali: 'shown, required', nik: 'shown, required', anggota: 'shown, required',
    });
    assert.deepEqual(state.steps.map((s) => [s.id, s.visible]), [['umum', true], ['keluarga', true]]);
    const school = formState(definition, { keperluan: 'sekolah', usia: 30 }, { today: TODAY });
    assert.equal(school.steps[1]!.visible, false);
    assert.deepEqual(visibility(school), {
      panduan: 'shown', keperluan: 'shown, required', keperluan_lain: 'hidden', usia: 'shown', wali: 'shown', nik: 'shown, required', anggota: 'hidden',
    });
  });

  it('gives each group item its own state, its conditions seeing the same item', () => {
    const state = formState(definition, { keperluan: 'lainnya', anggota: [{ nama: 'A', lahir: '2000-01-01' }, { nama: 'B', lahir: '2015-05-05' }, 'junk'] }, { today: TODAY });
    const group = state.fields.get('anggota')!.group!;
    assert.deepEqual([group.minItems, group.maxItems], [1, 3]);
    assert.deepEqual(group.items.map((item) => item.map((f) => `${f.name}${f.required ? '*' : ''}`)), [
      ['nama*', 'lahir*', 'nik_anggota*'],
      ['nama*', 'lahir*', 'nik_anggota'],
      ['nama*', 'lahir*', 'nik_anggota'],
    ]);
  });

  it('drops hidden answers, in group items too, and keeps names the definition lacks (for the validator)', () => {
    const answers = { keperluan: 'sekolah', keperluan_lain: 'x', anggota: [{ nama: 'A' }], asing: 1 } as unknown as Answers;
    assert.deepEqual(pruneHidden(definition, answers, { today: TODAY }), { keperluan: 'sekolah', asing: 1 });
    const hostile = JSON.parse('{"keperluan":"lainnya","__proto__":{"x":1}}') as Answers;
    assert.deepEqual(Object.keys(pruneHidden(definition, hostile)), ['keperluan', '__proto__']);
    assert.equal(Object.getPrototypeOf(pruneHidden(definition, hostile)), Object.prototype);
  });
});

describe('validateAnswers with form logic v2', () => {
  const valid = {
    keperluan: 'lainnya', keperluan_lain: 'Beasiswa', usia: 30, nik: '3571014512900003',
    anggota: [{ nama: 'Ayu', lahir: '2015-05-05' }],
  };
  const check = (answers: Record<string, unknown>, extra = {}) => codes(validateAnswers(definition, answers as Answers, { today: TODAY, ...extra }));

  it('accepts valid answers, and ignores hidden ones', () => {
    assert.deepEqual(check(valid), []);
    assert.deepEqual(check({ keperluan: 'sekolah', keperluan_lain: 'x'.repeat(99999), usia: 30, nik: '3571014512900003', anggota: 'junk' }), []);
  });

  it('requires by requiredWhen, and groups by minItems, maxItems and per item', () => {
    assert.deepEqual(check({ ...valid, usia: 12 }), ['/answers/wali required']);
    assert.deepEqual(check({ ...valid, anggota: [] }), ['/answers/anggota required']);
    assert.deepEqual(check({ ...valid, anggota: Array(4).fill({ nama: 'A', lahir: '2015-05-05' }) }), ['/answers/anggota group.too_many']);
    assert.deepEqual(check({ ...valid, anggota: [{ nama: 'A', lahir: '2000-01-01', nik_anggota: '12', x: 1 }, { lahir: 'kemarin' }] }), [
      '/answers/anggota/0/nik_anggota nik.format',
      '/answers/anggota/0/x unknown_field',
      '/answers/anggota/1/nama required',
      '/answers/anggota/1/lahir date.invalid',
    ]);
    assert.deepEqual(check({ ...valid, anggota: [{ nama: 'A', lahir: '2000-01-01' }] }), ['/answers/anggota/0/nik_anggota required']);
    assert.deepEqual(check({ ...valid, anggota: 'Ayu' }), ['/answers/anggota type']);
    assert.deepEqual(check({ ...valid, anggota: ['Ayu'] }), ['/answers/anggota type']);
  });

  it('refuses an answer to a content block, and escapes pointers', () => {
    assert.deepEqual(check({ ...valid, panduan: 'ya' }), ['/answers/panduan content.answered']);
    const [error] = validateAnswers(definition, { ...valid, panduan: 'ya' } as Answers, { locale: 'en' });
    assert.equal(error!.message, 'Panduan is guidance, not a question; send no answer for it.');
  });

  it("lets a NIK the gateway prefills stay empty in the browser, and keeps `keep` working", () => {
    const { nik: _nik, ...withoutNik } = valid;
    assert.deepEqual(check(withoutNik), ['/answers/nik required']);
    assert.deepEqual(check(withoutNik, { prefilledOnSubmit: maskedPrefillSources }), []);
    assert.deepEqual(check(withoutNik, { keep: ['nik'] }), []);
  });

  it('validates one field with the required of its state', () => {
    const wali = definition.steps[0]!.fields[4]!;
    assert.equal(validateField(wali, undefined), null);
    assert.equal(validateField(wali, undefined, { required: true })?.code, 'required');
  });

  it('normalises, masks and lists the files of group items', () => {
    const fileDef: FormDefinition = { steps: [{ id: 's', title: label('S'), fields: [
      { name: 'g', type: 'group', label: label('G'), fields: [{ name: 'f', type: 'file', label: label('F') }, { name: 'n', type: 'nik', label: label('N') }] },
      { name: 'top', type: 'file', label: label('Top') },
    ] }] };
    const id = '0f8c2a8e-6a4c-4b57-9a0e-2c1d3b4a5f60';
    const answers = normalizeAnswers(fileDef, { g: [{ f: id, n: ' 3571 0145 1290 0003 ' }, { f: id }], top: 'x' } as unknown as Answers);
    assert.deepEqual(answers, { g: [{ f: id, n: '3571014512900003' }, { f: id }], top: 'x' });
    assert.deepEqual(maskAnswers(fileDef, answers), { g: [{ f: id, n: '3571********0003' }, { f: id }], top: 'x' });
    assert.deepEqual(fileAnswers(fileDef, answers), [id, 'x']);
  });

  it('prunes after a revision: a kept answer of a field now hidden is dropped', () => {
    const stored = { ...valid, keperluan_lain: 'Beasiswa' } as Answers;
    const revised = reviseAnswers(definition, { answers: stored }, { answers: { keperluan: 'sekolah', usia: 30 } as Answers, keep: ['nik', 'keperluan_lain'] });
    assert.deepEqual(revised.errors, []);
    assert.deepEqual(pruneHidden(definition, revised.answers, { today: TODAY }), { keperluan: 'sekolah', usia: 30, nik: '3571014512900003' });
  });
});

describe('revising group items: keep by the stored item, never by place', () => {
  const NIK_A = '3571014512900003';
  const NIK_B = '3571022003850001';
  const NIK_C = '3571015008100002';
  const stored = {
    keperluan: 'lainnya', keperluan_lain: 'Beasiswa', nik: NIK_A,
    anggota: [{ nama: 'Ayu', lahir: '1990-12-05', nik_anggota: NIK_A }, { nama: 'Budi', lahir: '1985-03-20', nik_anggota: NIK_B }, { nama: 'Citra', lahir: '2010-08-10', nik_anggota: NIK_C }],
  } as unknown as Answers;
  const itemIds = { anggota: ['id-ayu', 'id-budi', 'id-citra'] };
  const given = (anggota: Record<string, unknown>[]) => ({ keperluan: 'lainnya', keperluan_lain: 'Beasiswa', anggota }) as unknown as Answers;
  const revise = (anggota: Record<string, unknown>[], keep: string[], items: Record<string, unknown>) =>
    reviseAnswers(definition, { answers: stored, itemIds }, { answers: given(anggota), keep: ['nik', ...keep], items: items as never }, { locale: 'en' });

  it('keeps each kept field from the stored item its own item revises: one renamed, one removed, the rest reordered', () => {
    const anggota = [{ nama: 'Citra Dewi', lahir: '2010-08-10' }, { nama: 'Ayu', lahir: '1990-12-05' }, { nama: 'Dimas', lahir: '2026-01-01' }];
    const { answers, errors } = revise(anggota, ['anggota/0/nik_anggota', 'anggota/1/nik_anggota'], { anggota: ['id-citra', 'id-ayu', null] });
    assert.deepEqual(errors, []);
    assert.deepEqual((answers as Record<string, unknown>).anggota, [
      { nama: 'Citra Dewi', lahir: '2010-08-10', nik_anggota: NIK_C },
      { nama: 'Ayu', lahir: '1990-12-05', nik_anggota: NIK_A },
      { nama: 'Dimas', lahir: '2026-01-01' },
    ]);
    assert.equal((answers as Record<string, unknown>).nik, NIK_A);
    assert.deepEqual(anggota[0], { nama: 'Citra Dewi', lahir: '2010-08-10' }, 'the answers given are left as they were');
    // What the browser checks before sending: an item's kept field stands for its stored answer.
    const required = given([{ nama: 'Budi', lahir: '1985-03-20' }]);
    assert.deepEqual(codes(validateAnswers(definition, { ...required, nik: NIK_A }, { today: TODAY })), ['/answers/anggota/0/nik_anggota required']);
    assert.deepEqual(codes(validateAnswers(definition, { ...required, nik: NIK_A }, { today: TODAY, keep: ['anggota/0/nik_anggota'] })), []);
    assert.deepEqual(codes(validateAnswers(definition, { ...required, nik: NIK_A }, { today: TODAY, keep: ['anggota/1/nik_anggota', 'nik_anggota'] })), ['/answers/anggota/0/nik_anggota required']);
  });

  it('cannot copy a value from another item: an identity named twice, a new item, another group or application', () => {
    const anggota = [{ nama: 'Ayu', lahir: '1990-12-05' }, { nama: 'Ayu kembar', lahir: '1990-12-05' }];
    const twice = revise(anggota, ['anggota/0/nik_anggota', 'anggota/1/nik_anggota'], { anggota: ['id-ayu', 'id-ayu'] });
    assert.deepEqual(codes(twice.errors), ['/items/anggota/1 keep.item_repeated']);
    assert.equal(twice.errors[0]!.message, 'Anggota 2 refers to a stored item another item already uses.');
    assert.equal(Object.hasOwn(((twice.answers as Record<string, unknown>).anggota as Record<string, unknown>[])[1]!, 'nik_anggota'), false);

    const fresh = revise(anggota, ['anggota/1/nik_anggota'], { anggota: ['id-ayu', null] });
    assert.deepEqual(codes(fresh.errors), ['/keep/1 keep.item_new']);
    assert.equal(fresh.errors[0]!.message, 'Anggota 2 is new, so its NIK anggota cannot stay as it was.');
    assert.deepEqual(codes(revise(anggota, ['anggota/1/nik_anggota'], {}).errors), ['/keep/1 keep.item_new'], 'no items: nothing to keep from');

    const foreign = revise(anggota, ['anggota/0/nik_anggota'], { anggota: ['id-of-another-application', 'toString'] });
    assert.deepEqual(codes(foreign.errors), ['/items/anggota/0 keep.item_unknown', '/items/anggota/1 keep.item_unknown'], 'the kept field of a refused item says nothing more');
    assert.deepEqual(codes(revise(anggota, [], { anggota: ['id-ayu'] }).errors), ['/items/anggota keep.items_count']);
    assert.deepEqual(codes(revise(anggota, [], { keperluan: [null], constructor: [] }).errors), ['/items/keperluan unknown_field', '/items/constructor unknown_field']);
    assert.deepEqual(codes(revise(anggota, ['anggota/0/nama_lain', 'anggota/x/nama', 'keperluan/0/nama', 'anggota/0/nama/1'], { anggota: ['id-ayu', null] }).errors), [
      '/keep/1 unknown_field', '/keep/2 unknown_field', '/keep/3 unknown_field', '/keep/4 unknown_field',
    ]);
    const answered = revise([{ nama: 'Ayu', lahir: '1990-12-05', nik_anggota: NIK_B }], ['anggota/0/nik_anggota'], { anggota: ['id-ayu'] });
    assert.deepEqual(codes(answered.errors), ['/keep/1 keep.answered']);
  });

  it('reads only the stored answers it is given: without their identities no item is known', () => {
    const { errors } = reviseAnswers(definition, { answers: stored }, { answers: given([{ nama: 'Ayu', lahir: '1990-12-05' }]), keep: ['anggota/0/nik_anggota'], items: { anggota: ['id-ayu'] } });
    assert.deepEqual(codes(errors), ['/items/anggota/0 keep.item_unknown']);
  });
});

describe('prefillAnswers', () => {
  const def: FormDefinition = { steps: [{ id: 's', title: label('S'), fields: [
    { name: 'nama', type: 'text', label: label('Nama'), prefill: 'name' },
    { name: 'nik', type: 'nik', label: label('NIK'), prefill: 'nik' },
    { name: 'hp', type: 'tel', label: label('HP'), prefill: 'phone', prefillLocked: true },
    { name: 'alamat', type: 'textarea', label: label('Alamat'), prefill: 'address' },
    { name: 'salah', type: 'number', label: label('Salah'), prefill: 'email' },
  ] }] };
  const profile = { name: 'Siti Rahayu', nik: '3571014512900003', phone: '+6281234567890', email: 'siti@contoh.id', address: null };

  it('fills empty fields, keeps what the citizen typed, and always sets locked ones', () => {
    assert.deepEqual(prefillAnswers(def, { nama: 'Siti R.', hp: '0899' } as Answers, profile), {
      nama: 'Siti R.', hp: '+6281234567890', nik: '3571014512900003',
    });
  });

  it('at the gateway, fills only what the browser cannot see, plus locked values', () => {
    assert.deepEqual(prefillAnswers(def, {} as Answers, profile, { sources: maskedPrefillSources }), { nik: '3571014512900003', hp: '+6281234567890' });
  });
});

describe('validateFormDefinition with form logic v2', () => {
  const problems = (steps: unknown) => codes(validateFormDefinition({ steps } as FormDefinition));
  const step = (fields: unknown[], extra = {}) => ({ id: `s${Math.random()}`.replace('.', ''), title: label('S'), fields, ...extra });
  const text = (name: string, extra = {}) => ({ name, type: 'text', label: label(name), ...extra });

  it('accepts the example definition', () => {
    assert.deepEqual(validateFormDefinition(definition), []);
  });

  it('refuses conditions on later, unknown or own fields, and ones that do not fit', () => {
    assert.deepEqual(problems([step([
      text('a', { visibleWhen: { field: 'b', equals: 'x' } }),
      text('b', { visibleWhen: { field: 'b', notEmpty: true } }),
      text('c', { requiredWhen: { any: [{ field: 'zz', isEmpty: true }, { field: 'a', lessThan: 3 }] } }),
      { name: 'd', type: 'radio', label: label('d'), options: [{ value: 'y', label: label('Y') }], visibleWhen: { field: 'a', equals: 1 } },
      text('e', { visibleWhen: { field: 'd', oneOf: ['y', 'n'] } }),
    ])]), [
      '/steps/0/fields/0/visibleWhen/field definition.condition_field',
      '/steps/0/fields/1/visibleWhen/field definition.condition_field',
      '/steps/0/fields/2/requiredWhen/any/0/field definition.condition_field',
      '/steps/0/fields/2/requiredWhen/any/1/lessThan definition.condition_type',
      '/steps/0/fields/3/visibleWhen/equals definition.condition_type',
      '/steps/0/fields/4/visibleWhen/oneOf definition.condition_type',
    ]);
  });

  it('lets a step see earlier steps only, and group items their own earlier fields', () => {
    assert.deepEqual(problems([
      step([text('a')]),
      step([text('b'), {
        name: 'g', type: 'group', label: label('g'), visibleWhen: { field: 'b', notEmpty: true },
        fields: [text('m1', { visibleWhen: { field: 'a', notEmpty: true } }), text('m2', { visibleWhen: { field: 'm1', equals: 'x' } })],
      }], { visibleWhen: { field: 'a', equals: 'x' } }),
      step([text('c', { visibleWhen: { field: 'm1', notEmpty: true } })], { visibleWhen: { field: 'c', isEmpty: true } }),
    ]), ['/steps/2/visibleWhen/field definition.condition_field', '/steps/2/fields/0/visibleWhen/field definition.condition_field']);
  });

  it('refuses malformed and too deep conditions', () => {
    assert.deepEqual(problems([step([text('a'), text('b', { visibleWhen: { not: { not: { not: { field: 'a', isEmpty: true } } } } }), text('c', { visibleWhen: 'a == 1' })])]), [
      '/steps/0/fields/1/visibleWhen/not/not definition.condition_invalid',
      '/steps/0/fields/2/visibleWhen definition.condition_invalid',
    ]);
  });

  it('checks groups, content links, MIME types, prefill and names across groups', () => {
    assert.deepEqual(problems([step([
      text('a'),
      { name: 'g', type: 'group', label: label('g'), minItems: 3, maxItems: 2, fields: [text('a'), { name: 'h', type: 'group', label: label('h'), fields: [text('x')] }, text('p', { prefill: 'name' })] },
      { name: 'k', type: 'group', label: label('k'), fields: [] },
      { name: 'info', type: 'content', label: label('Info'), links: [{ label: label('L'), href: 'http://contoh.id' }, { label: label('J'), href: 'javascript:alert(1)' }] },
      { name: 'f', type: 'file', label: label('f'), accept: ['application/pdf', 'text/html'] },
      { name: 'n', type: 'number', label: label('n'), prefill: 'nik' },
    ])]), [
      '/steps/0/fields/1/minItems definition.group_items',
      '/steps/0/fields/1/fields/0 definition.duplicate_name',
      '/steps/0/fields/1/fields/1 definition.group_nested',
      '/steps/0/fields/1/fields/2/prefill definition.prefill',
      '/steps/0/fields/2 definition.group_fields',
      '/steps/0/fields/3/text definition.invalid',
      '/steps/0/fields/3/links/0/href definition.link_https',
      '/steps/0/fields/3/links/1/href definition.link_https',
      '/steps/0/fields/4/accept/1 definition.mime_type',
      '/steps/0/fields/5/prefill definition.prefill',
    ]);
  });

  it('has id and en messages for every new code', async () => {
    const { en } = await import('./messages/en.ts');
    const { id } = await import('./messages/id.ts');
    for (const code of ['group.too_few', 'group.too_many', 'content.answered', 'definition.condition_invalid', 'definition.condition_field', 'definition.condition_type', 'definition.group_fields', 'definition.group_nested', 'definition.group_items', 'definition.link_https', 'definition.mime_type', 'definition.prefill'] as const) {
      assert.ok((errorCodes as readonly string[]).includes(code), code);
      assert.ok(id[code] && en[code] && id[code] !== en[code], code);
    }
  });
});

// ---------------------------------------------------------------- properties

const OPTIONS = ['a', 'b', 'c'];
const option = fc.constantFrom(...OPTIONS);
const someDate = fc.constantFrom('2000-01-01', '2026-03-09', '2026-03-10', '2026-03-11', '2030-12-31', 'today');

type FieldKind = 'text' | 'number' | 'date' | 'select' | 'yesno' | 'list' | 'nik' | 'file' | 'content' | 'group';
const kinds: FieldKind[] = ['text', 'number', 'date', 'select', 'yesno', 'list', 'nik', 'file', 'content', 'group'];

/** A comparison fitting a field of `kind` (or, now and then, one that does not, as a broken definition might). */
const comparisonFor = (name: string, kind: FieldKind) =>
  fc.oneof(
    fc.constantFrom({ field: name, isEmpty: true }, { field: name, notEmpty: true }),
    kind === 'number' ? fc.record({ field: fc.constant(name), lessThan: fc.integer({ min: -5, max: 50 }) }) : fc.record({ field: fc.constant(name), equals: option }),
    kind === 'date' ? fc.record({ field: fc.constant(name), before: someDate }) : fc.record({ field: fc.constant(name), oneOf: fc.array(option, { minLength: 1, maxLength: 3 }) }),
    fc.record({ field: fc.constant(name), greaterThan: fc.integer({ min: -5, max: 50 }) }),
    fc.record({ field: fc.constant(name), notEquals: fc.oneof(option, fc.boolean()) }),
  );

/** A condition over `earlier` fields (and now and then over a name that is not there). */
const conditionOver = (earlier: readonly [string, FieldKind][]): fc.Arbitrary<Condition> => {
  const leaf = fc
    .tuple(fc.constantFrom<[string, FieldKind]>(...earlier, ['nowhere', 'text']), fc.nat())
    .chain(([[name, kind]]) => comparisonFor(name, kind)) as fc.Arbitrary<Condition>;
  const nested = fc.oneof(
    leaf,
    fc.array(leaf, { minLength: 1, maxLength: 3 }).map((all) => ({ all }) as Condition),
    fc.array(leaf, { minLength: 1, maxLength: 3 }).map((any) => ({ any }) as Condition),
    leaf.map((not) => ({ not }) as Condition),
  );
  return fc.oneof(
    { weight: 3, arbitrary: leaf },
    { weight: 1, arbitrary: fc.array(nested, { minLength: 1, maxLength: 3 }).map((all) => ({ all }) as Condition) },
    { weight: 1, arbitrary: fc.array(nested, { minLength: 1, maxLength: 3 }).map((any) => ({ any }) as Condition) },
    { weight: 1, arbitrary: nested.map((not) => ({ not }) as Condition) },
  );
};

function fieldOf(name: string, kind: FieldKind, required: boolean): FormField {
  const base = { name, label: label(name), required };
  switch (kind) {
    case 'select':
      return { ...base, type: 'select', options: OPTIONS.map((value) => ({ value, label: label(value) })) };
    case 'list':
      return { ...base, type: 'checkbox', options: OPTIONS.map((value) => ({ value, label: label(value) })) };
    case 'yesno':
      return { ...base, type: 'checkbox' };
    case 'number':
      return { ...base, type: 'number', min: 0, max: 40 };
    case 'text':
      return { ...base, type: 'text', maxLength: 5 };
    case 'content':
      return { name, label: label(name), type: 'content', text: label('Info') };
    default:
      return { ...base, type: kind } as FormField;
  }
}

/** A definition of 1–3 steps whose conditions refer to earlier fields (mostly), with groups and content blocks. */
const definitions: fc.Arbitrary<FormDefinition> = fc
  .array(fc.array(fc.tuple(fc.constantFrom(...kinds), fc.boolean(), fc.nat(9), fc.nat(9), fc.nat(9)), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 })
  .chain((layout) => {
    let index = 0;
    const earlier: [string, FieldKind][] = [];
    const stepArbitraries = layout.map((fields, s) => {
      const stepCondition = s > 0 && earlier.length ? fc.option(conditionOver([...earlier]), { nil: undefined, freq: 3 }) : fc.constant(undefined);
      const fieldArbitraries = fields.map(([kind, required, withVisible, withRequired, memberCount]) => {
        const name = `f${index++}`;
        const scope = [...earlier];
        const visibleWhen = scope.length && withVisible < 4 ? conditionOver(scope).map((c) => ({ visibleWhen: c })) : fc.constant({});
        const requiredWhen = scope.length && withRequired < 3 ? conditionOver(scope).map((c) => ({ requiredWhen: c })) : fc.constant({});
        let members = fc.constant({});
        if (kind === 'group') {
          const memberScope = [...scope];
          const list = Array.from({ length: 1 + (memberCount % 3) }, (_, m) => {
            const memberKind = kinds[(memberCount + m * 3) % 8]!; // no content, no group
            const memberName = `${name}_m${m}`;
            const condition = memberScope.length && (memberCount + m) % 2 === 0 ? conditionOver([...memberScope]).map((c) => ({ visibleWhen: c })) : fc.constant({});
            memberScope.push([memberName, memberKind]);
            return condition.map((extra) => ({ ...fieldOf(memberName, memberKind, m % 2 === 0), ...extra }));
          });
          members = fc.tuple(...list).map((fieldsOfGroup) => ({ fields: fieldsOfGroup, minItems: memberCount % 2, maxItems: 1 + (memberCount % 3) }));
        }
        earlier.push([name, kind]);
        return fc.tuple(visibleWhen, requiredWhen, members).map(([v, r, m]) => ({ ...fieldOf(name, kind, required), ...(kind === 'content' ? {} : r), ...v, ...m }) as FormField);
      });
      return fc.tuple(stepCondition, fc.tuple(...fieldArbitraries)).map(([visibleWhen, stepFields]) => ({
        id: `s${s}`, title: label(`S${s}`), fields: stepFields, ...(visibleWhen ? { visibleWhen } : {}),
      }));
    });
    return fc.tuple(...stepArbitraries).map((steps) => ({ steps }));
  });

/** An answer that may fit any kind of field, or be junk. */
const anyAnswer: fc.Arbitrary<unknown> = fc.oneof(
  option,
  fc.constantFrom('', ' ', 'x', '3571014512900003', '0f8c2a8e-6a4c-4b57-9a0e-2c1d3b4a5f60', '2026-03-10', '2001-02-03', '12'),
  fc.integer({ min: -5, max: 50 }),
  fc.boolean(),
  fc.array(option, { maxLength: 3 }),
  fc.constant(null),
);
/** Answers to the definition's names (and one it lacks); for groups, mostly lists of items (with junk now and then). */
const answersFor = (def: FormDefinition): fc.Arbitrary<Answers> => {
  const fields = def.steps.flatMap((step) => step.fields);
  const names = fields.map((field) => field.name);
  const groups = fields.filter((field) => field.type === 'group').map((group) => {
    const members = (group.fields ?? []).map((member) => member.name);
    const item = fc.dictionary(fc.constantFrom(...members, 'zz'), anyAnswer, { maxKeys: members.length + 1 });
    const value = fc.oneof({ weight: 4, arbitrary: fc.array(item, { maxLength: 4 }) }, { weight: 1, arbitrary: anyAnswer });
    return fc.option(value, { nil: undefined }).map((v) => [group.name, v] as const);
  });
  return fc
    .tuple(fc.dictionary(fc.constantFrom(...names, 'unknown'), anyAnswer, { maxKeys: names.length + 1 }), fc.tuple(...groups))
    .map(([plain, items]) => ({ ...plain, ...Object.fromEntries(items.filter(([, v]) => v !== undefined)) }) as Answers);
};

const cases = definitions.chain((def) => fc.tuple(fc.constant(def), answersFor(def)));

/** Every field state, group items included. */
function allStates(state: FormState): FieldState[] {
  return state.steps.flatMap((step) => step.fields.flatMap((field) => [field, ...(field.group?.items.flat() ?? [])]));
}
const plain = (state: FormState) => state.steps.map((step) => [step.id, step.visible, step.fields.map((f) => [f.name, f.visible, f.required, f.group?.items.map((item) => item.map((m) => [m.name, m.visible, m.required]))])]);

describe('operatorsFor', () => {
  const choice: FormField = { name: 'a', type: 'select', label: { id: 'A' }, options: [{ value: 'x', label: { id: 'X' } }] };
  const fields: FormField[] = [
    { name: 'a', type: 'text', label: { id: 'A' } },
    { name: 'a', type: 'number', label: { id: 'A' } },
    { name: 'a', type: 'date', label: { id: 'A' } },
    choice,
    { name: 'a', type: 'checkbox', label: { id: 'A' } },
    { name: 'a', type: 'file', label: { id: 'A' }, accept: ['application/pdf'] },
  ];
  const operand = (field: FormField, operator: string): unknown => {
    if (operator === 'isEmpty' || operator === 'notEmpty') return true;
    if (operator === 'before' || operator === 'after') return 'today';
    const one = field.type === 'number' ? 1 : field.type === 'checkbox' ? true : field.type === 'date' ? '2026-01-01' : field.options ? 'x' : 'teks';
    return operator === 'oneOf' ? [one] : one;
  };
  it('offers exactly the operators publishing accepts for each type, and none for a content block', () => {
    for (const field of fields) {
      const offered = operatorsFor(field);
      for (const operator of comparisonOperators) {
        const definition: FormDefinition = {
          steps: [{ id: 's', title: { id: 'S' }, fields: [field, { name: 'b', type: 'text', label: { id: 'B' }, visibleWhen: { field: 'a', [operator]: operand(field, operator) } as Condition }] }],
        };
        const accepted = !validateFormDefinition(definition).some((error) => error.pointer.startsWith('/steps/0/fields/1/visibleWhen'));
        assert.equal(accepted, offered.includes(operator), `${field.type} ${operator}`);
      }
    }
    assert.deepEqual(operatorsFor({ name: 'c', type: 'content', label: { id: 'C' }, text: { id: 'T' } }), []);
  });
});

describe('form logic properties (fast-check)', () => {
  const runs = { numRuns: 300 };

  it('formState is deterministic, and a hidden field (or a content block) is never required', () => {
    fc.assert(fc.property(cases, ([def, answers]) => {
      const state = formState(def, answers, { today: TODAY });
      assert.deepEqual(plain(state), plain(formState(def, structuredClone(answers), { today: TODAY })));
      for (const field of allStates(state)) {
        if (!field.visible || field.field.type === 'content') assert.equal(field.required, false, field.name);
      }
      for (const step of state.steps) if (!step.visible) assert.ok(step.fields.every((f) => !f.visible));
    }), runs);
  });

  it('pruning keeps visibility and verdicts, drops every hidden answer, and is idempotent', () => {
    fc.assert(fc.property(cases, ([def, answers]) => {
      const pruned = pruneHidden(def, answers, { today: TODAY });
      const state = formState(def, answers, { today: TODAY });
      assert.deepEqual(plain(formState(def, pruned, { today: TODAY })), plain(state));
      assert.deepEqual(validateAnswers(def, pruned, { today: TODAY }), validateAnswers(def, answers, { today: TODAY }));
      assert.deepEqual(pruneHidden(def, pruned, { today: TODAY }), pruned);
      for (const [name, field] of state.fields) if (!field.visible) assert.equal(Object.hasOwn(pruned, name), false, name);
    }), runs);
  });

  it('validation never throws, and its errors point only at visible fields or names the form lacks', () => {
    fc.assert(fc.property(cases, ([def, answers]) => {
      const state = formState(def, answers, { today: TODAY });
      for (const error of validateAnswers(def, answers, { today: TODAY })) {
        assert.ok((errorCodes as readonly string[]).includes(error.code), error.code);
        const [, , name, index, member] = error.pointer.split('/');
        const field = state.fields.get(name!);
        if (!field) {
          assert.equal(error.code, 'unknown_field');
          continue;
        }
        assert.ok(field.visible, `${error.pointer} points at a hidden field`);
        if (member !== undefined) {
          const memberState = field.group!.items[Number(index)]!.find((m) => m.name === member);
          assert.ok(!memberState || memberState.visible, `${error.pointer} points at a hidden item field`);
          if (!memberState) assert.equal(error.code, 'unknown_field');
        }
      }
      // A visible, required question left empty is reported as such.
      for (const field of state.fields.values()) {
        const value = (answers as Record<string, unknown>)[field.name];
        if (field.required && field.field.type !== 'group' && (value === undefined || value === '')) {
          assert.ok(validateAnswers(def, answers, { today: TODAY }).some((e) => e.pointer === `/answers/${field.name}` && e.code === 'required'));
        }
      }
    }), runs);
  });

  it('generated definitions referring to earlier fields have no reference problems; none of this ever throws', () => {
    fc.assert(fc.property(definitions, (def) => {
      const problems = validateFormDefinition(def);
      for (const problem of problems) {
        if (problem.code === 'definition.condition_field') assert.equal(problem.params?.ref, 'nowhere');
      }
    }), runs);
    fc.assert(fc.property(fc.anything(), fc.anything(), (def, answers) => {
      validateFormDefinition(def as FormDefinition);
      validateAnswers(def as FormDefinition, answers as Answers);
      pruneHidden(def as FormDefinition, answers as Answers);
      formState(def as FormDefinition, answers as Answers);
      evaluateCondition(def as Condition, answers as Answers);
    }), { numRuns: 500 });
  });
});
