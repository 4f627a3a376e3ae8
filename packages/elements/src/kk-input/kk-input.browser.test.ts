import { expect, fixture, html } from '@open-wc/testing';
import './kk-input.ts';
import type { PaduKkInput } from './kk-input.ts';
import { find, tabTo, type } from '../../test/browser/support.ts';

describe('<padu-kk-input>', () => {
  it('drops separators as typed and checks the family card number with the contract\'s rules', async () => {
    const field = await fixture<PaduKkInput>(html`<padu-kk-input label="Nomor KK" required></padu-kk-input>`);
    await tabTo((active) => active?.localName === 'input');
    await type('3571 0115-1320 0001');
    expect(field.value).to.equal('3571011513200001');
    expect(find<HTMLInputElement>(field, 'input').inputMode).to.equal('numeric');
    expect(field.validationMessage).to.equal('Tanggal pencatatan pada Nomor KK tidak valid.');
    field.value = '3571011503200001';
    await field.updateComplete;
    expect(field.validity.valid).to.equal(true);
    await expect(field).to.be.accessible();
  });
});
