import { expect, fixture, html } from '@open-wc/testing';
import './nik-input.ts';
import type { PaduNikInput } from './nik-input.ts';
import { expectNoHorizontalScroll, find, tabTo, textOf, type, until } from '../../test/browser/support.ts';

describe('<padu-nik-input>', () => {
  it('drops separators as the NIK is typed and offers the numeric keyboard', async () => {
    const field = await fixture<PaduNikInput>(html`<padu-nik-input label="NIK" required></padu-nik-input>`);
    const input = find<HTMLInputElement>(field, 'input');
    expect(input.inputMode).to.equal('numeric');
    await tabTo((active) => active === input);
    await type('3571 0145.1290-0003');
    expect(field.value).to.equal('3571014512900003');
    expect(input.value).to.equal('3571014512900003');
    expect(field.validity.valid).to.equal(true);
    await expect(field).to.be.accessible();
    await expectNoHorizontalScroll(field);
  });

  it("says which part of the NIK is wrong, with the contract's messages", async () => {
    const field = await fixture<PaduNikInput>(html`<padu-nik-input label="NIK ibu"></padu-nik-input>`);
    const cases: Array<[string, string]> = [
      ['35710145129', 'NIK ibu harus terdiri atas 16 angka.'],
      ['0071014512900003', 'Kode provinsi pada NIK ibu tidak dikenal.'],
      ['3571017513900003', 'Bulan lahir pada NIK ibu tidak valid.'],
      ['3571013512900003', 'Tanggal lahir pada NIK ibu tidak valid.'],
      ['3571017102910003', 'Tanggal lahir pada NIK ibu tidak ada dalam kalender.'],
      ['3571014512900000', 'Nomor urut pada NIK ibu tidak valid.'],
    ];
    for (const [nik, message] of cases) {
      field.value = nik;
      await field.updateComplete;
      expect(field.validationMessage, nik).to.equal(message);
    }
    field.reportValidity();
    await field.updateComplete;
    expect(textOf(find(field, '[part=error]'))).to.include('Nomor urut pada NIK ibu tidak valid.');
    await expect(field).to.be.accessible();
  });

  it('accepts a NIK from any region: a Kediri resident need not start with 3571', async () => {
    const field = await fixture<PaduNikInput>(html`<padu-nik-input label="NIK"></padu-nik-input>`);
    field.value = '3174015708850002';
    await field.updateComplete;
    expect(field.validity.valid).to.equal(true);
  });

  it('speaks English under lang="en"', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><padu-nik-input label="NIK" value="123"></padu-nik-input></div>`);
    const field = wrapper.querySelector<PaduNikInput>('padu-nik-input')!;
    await until(() => field.validationMessage === 'NIK must be 16 digits.', 'English message');
  });
});
