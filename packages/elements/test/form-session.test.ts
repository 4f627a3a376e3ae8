// The non-visual state of `<padu-service-form>`, driven without a browser: which pages and fields are shown, what
// is submitted, what a revision keeps, and where a gateway's errors land.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { FormDefinition } from '@padu/contract';
import { FormSession, keyOf } from '../src/service-form/form-session.ts';

const text = (id: string) => ({ id, en: id });
const definition = {
  steps: [
    {
      id: 'jenis',
      title: text('Jenis'),
      fields: [
        { name: 'jenis', type: 'radio', label: text('Jenis'), required: true, options: [{ value: 'baru', label: text('Baru') }, { value: 'ubah', label: text('Ubah') }] },
        { name: 'no_kk', type: 'kk', label: text('No. KK'), requiredWhen: { field: 'jenis', equals: 'ubah' } },
        { name: 'catatan', type: 'text', label: text('Catatan'), required: true, visibleWhen: { field: 'jenis', equals: 'ubah' } },
      ],
    },
    {
      id: 'anggota',
      title: text('Anggota'),
      visibleWhen: { field: 'jenis', equals: 'baru' },
      fields: [
        { name: 'info', type: 'content', label: text('Info'), text: text('Satu.\n\nDua.') },
        {
          name: 'anggota',
          type: 'group',
          label: text('Anggota'),
          itemLabel: text('Anggota keluarga'),
          minItems: 1,
          maxItems: 3,
          fields: [
            { name: 'nama', type: 'text', label: text('Nama'), required: true },
            { name: 'nik', type: 'nik', label: text('NIK') },
          ],
        },
      ],
    },
    { id: 'kontak', title: text('Kontak'), fields: [{ name: 'nama_pemohon', type: 'text', label: text('Nama'), prefill: 'name', required: true }] },
  ],
} as unknown as FormDefinition;

const session = () => new FormSession(definition, { today: '2026-12-07' });

describe('FormSession', () => {
  it('moves between the shown steps only, and counts those', () => {
    const form = session();
    form.set('jenis', 'ubah');
    assert.equal(form.next(0), 2, 'the members step is hidden');
    assert.equal(form.previous(2), 0);
    assert.deepEqual(form.position(2), { current: 2, total: 2 });
    assert.equal(form.next(2), 3, 'then the check-answers page');
    form.set('jenis', 'baru');
    assert.equal(form.next(0), 1);
    assert.deepEqual(form.position(2), { current: 3, total: 3 });
    assert.equal(form.shownFrom(1), 1);
  });

  it('neither requires nor submits a hidden field, and keeps what was typed in it', () => {
    const form = session();
    form.set('jenis', 'ubah');
    assert.deepEqual(form.check(['jenis']).map((error) => [error.pointer, error.code]), [
      ['/answers/no_kk', 'required'],
      ['/answers/catatan', 'required'],
    ]);
    form.set('catatan', 'pindah alamat');
    form.set('jenis', 'baru');
    assert.equal(form.visible('catatan'), false);
    assert.deepEqual(form.check(['jenis']), []);
    assert.equal(Object.hasOwn(form.submission().answers, 'catatan'), false);
    form.set('jenis', 'ubah');
    assert.equal(form.valueAt('catatan'), 'pindah alamat', 'shown again, the typed text is there');
    assert.equal(form.submission().answers.catatan, 'pindah alamat');
  });

  it('holds a group’s items, checks each at its key, and removes one with what follows moving up', () => {
    const form = session();
    form.set('jenis', 'baru');
    assert.deepEqual(form.check(['anggota']).map((error) => error.code), ['required']);
    assert.equal(form.addItem('anggota'), 0);
    assert.equal(form.addItem('anggota'), 1);
    form.set('anggota/0/nama', 'Siti');
    form.set('anggota/1/nik', '3174011505800001');
    const errors = form.check(['anggota']);
    assert.deepEqual(form.place(errors).map(({ key, error }) => [key, error.code]), [['anggota/1/nama', 'required']]);
    form.set('anggota/1/nama', 'Budi');
    assert.equal(form.stateAt('anggota/1/nama')?.required, true);
    form.removeItem('anggota', 0);
    assert.deepEqual(form.submission().answers.anggota, [{ nama: 'Budi', nik: '3174011505800001' }]);
    assert.equal(form.state.fields.get('anggota')?.group?.maxItems, 3);
    assert.equal(form.checkField('info'), null, 'a content block takes no answer');
  });

  it('keeps the masked answers of a revision left empty, in group items by their stored item', () => {
    const form = session();
    form.adopt({
      answers: { jenis: 'baru', no_kk: '3174**********01', anggota: [{ nama: 'Siti', nik: '3174**********01' }], nama_pemohon: 'Ani' },
      attachments: [],
      itemIds: { anggota: ['siti'] },
    });
    assert.equal(form.valueAt('anggota/0/nama'), 'Siti');
    assert.equal(form.valueAt('no_kk'), undefined, 'a mask is never a value');
    assert.deepEqual(form.maskedAt('anggota/0/nik'), { value: '3174**********01', from: 'kept' });
    let { answers, keep, items } = form.submission();
    assert.deepEqual(keep, ['no_kk', 'anggota/0/nik']);
    assert.deepEqual(items, { anggota: ['siti'] });
    assert.deepEqual(answers.anggota, [{ nama: 'Siti' }], 'the item goes, without its mask');
    assert.deepEqual(form.check(), []);
    form.set('anggota/0/nama', 'Siti Aminah');
    ({ keep } = form.submission());
    assert.deepEqual(keep, ['no_kk', 'anggota/0/nik'], 'another answer of the item changed: its NIK still stays');
    form.set('anggota/0/nik', '3174011505800001');
    form.set('no_kk', '3174010101010001');
    ({ answers, keep, items } = form.submission());
    assert.deepEqual([keep, items], [[], {}], 'typed again: both go as typed');
    assert.deepEqual(answers.anggota, [{ nama: 'Siti Aminah', nik: '3174011505800001' }]);
    assert.equal(answers.no_kk, '3174010101010001');
  });

  it('fills fields from the account, and leaves the NIK for the gateway', () => {
    const form = session();
    form.prefill({ name: 'Ani Lestari', email: null, phone: null, nikMasked: '3174**********01' });
    assert.equal(form.valueAt('nama_pemohon'), 'Ani Lestari');
    assert.ok(form.prefilled.has('nama_pemohon'));
    assert.deepEqual(form.prefilledOnSubmit, ['nik']);
    form.set('nama_pemohon', 'Ani L.');
    form.prefill({ name: 'Ani Lestari', email: null, phone: null, nikMasked: null });
    assert.equal(form.valueAt('nama_pemohon'), 'Ani L.', 'a changed answer is not overwritten');
  });

  it('places a 422 at the field and page it belongs to', () => {
    const form = session();
    const error = (pointer: string) => ({ pointer, code: 'required', message: 'x' });
    const placed = form.place([error('/answers/anggota/2/nama'), error('/answers/catatan'), error('/keep/0'), error('/answers/lain')]);
    assert.deepEqual(placed.map(({ key }) => key), ['anggota/2/nama', 'catatan', null, null]);
    assert.equal(form.pageOf('anggota/2/nama'), 1);
    assert.equal(keyOf('/answers/a~1b'), null);
  });
});

describe('FormSession: a revised group', () => {
  const revised = () => {
    const form = session();
    form.adopt({
      answers: { jenis: 'baru', anggota: [{ nama: 'Siti', nik: '3174**********01' }, { nama: 'Budi', nik: '3174**********02' }, { nama: 'Citra', nik: '3174**********03' }] },
      attachments: [],
      itemIds: { anggota: ['id-siti', 'id-budi', 'id-citra'] },
    });
    return form;
  };

  it('keeps each masked number with its own item: one removed, one added, one renamed', () => {
    const form = revised();
    form.removeItem('anggota', 0);
    form.set('anggota/0/nama', 'Budi Santoso');
    const added = form.addItem('anggota');
    form.set(`anggota/${added}/nama`, 'Dimas');
    assert.deepEqual(form.maskedAt('anggota/0/nik'), { value: '3174**********02', from: 'kept' }, "Budi's number moved up with Budi");
    assert.deepEqual(form.maskedAt('anggota/1/nik'), { value: '3174**********03', from: 'kept' });
    assert.equal(form.maskedAt('anggota/2/nik'), undefined, 'a new item has nothing stored');
    const { answers, keep, items } = form.submission();
    assert.deepEqual(keep, ['anggota/0/nik', 'anggota/1/nik']);
    assert.deepEqual(items, { anggota: ['id-budi', 'id-citra', null] });
    assert.deepEqual(answers.anggota, [{ nama: 'Budi Santoso' }, { nama: 'Citra' }, { nama: 'Dimas' }], 'no identity and no mask in the answers');
    assert.deepEqual(form.check(['anggota']), []);
  });

  it('carries the identities through a draft, and keeps nothing of an item without one', () => {
    const form = revised();
    form.removeItem('anggota', 1);
    const restored = revised();
    restored.restore(structuredClone(form.values), {});
    assert.deepEqual(restored.submission().items, { anggota: ['id-siti', 'id-citra'] });
    assert.deepEqual(restored.maskedAt('anggota/1/nik')?.value, '3174**********03');
    // A draft older than the identities (or an item typed anew): nothing stands for its number.
    const older = revised();
    older.restore({ jenis: 'baru', anggota: [{ nama: 'Siti' }] }, {});
    assert.equal(older.maskedAt('anggota/0/nik'), undefined);
    assert.deepEqual(older.submission().keep, []);
  });

  it('sends no keep for a group the answers now hide', () => {
    const form = revised();
    form.set('jenis', 'ubah');
    assert.deepEqual([form.submission().keep, form.submission().items], [[], {}]);
  });
});
