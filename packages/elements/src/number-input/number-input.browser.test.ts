import { expect, fixture, html } from '@open-wc/testing';
import './number-input.ts';
import { parseDecimal } from '../i18n/numbers.ts';
import type { PaduNumberInput } from './number-input.ts';
import { find } from '../../test/browser/support.ts';

describe('<padu-number-input>', () => {
  it('reads numbers as people write them in each language', () => {
    expect(['3,2', '3.2', '1.250', '1.250,5', '12', '-4,5', '0.750', '1,2,3'].map((text) => parseDecimal(text, 'id'))).to.deep.equal([
      '3.2',
      '3.2',
      '1250',
      '1250.5',
      '12',
      '-4.5',
      '0.750',
      '1,2,3',
    ]);
    expect(['1,250', '1,250.5', '3,2'].map((text) => parseDecimal(text, 'en'))).to.deep.equal(['1250', '1250.5', '3.2']);
  });

  it('keeps what was typed visible and checks it with the contract\'s number rules', async () => {
    const field = await fixture<PaduNumberInput>(html`<padu-number-input label="Jumlah lantai" integer min="1" max="40"></padu-number-input>`);
    const input = find<HTMLInputElement>(field, 'input');
    expect(input.type).to.equal('text');
    expect(input.inputMode).to.equal('numeric');
    for (const [typed, message] of [
      ['dua', 'Isian Jumlah lantai tidak valid.'],
      ['2,5', 'Jumlah lantai harus bilangan bulat.'],
      ['41', 'Jumlah lantai paling besar 40.'],
      ['3', ''],
    ]) {
      field.value = typed!;
      await field.updateComplete;
      expect(field.validationMessage, typed).to.equal(message);
    }
    expect(field.valueAsNumber).to.equal(3);
    await expect(field).to.be.accessible();
  });
});
