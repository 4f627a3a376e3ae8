import { expect, fixture, html } from '@open-wc/testing';
import './choice.ts';
import type { PaduChoice } from './choice.ts';
import { find, press, shadow, tabTo, textOf } from '../../test/browser/support.ts';

const options = [
  { value: 'senin', label: 'Senin' },
  { value: 'selasa', label: 'Selasa' },
  { value: 'rabu', label: '<b>Rabu</b>' },
];

describe('<padu-choice>', () => {
  it('radios: a fieldset with the question as legend, keyboard arrows, form value and required', async () => {
    const form = await fixture<HTMLFormElement>(html`<form novalidate>
      <padu-choice name="hari" label="Hari kunjungan" hint="Pilih satu hari." required .options=${options}></padu-choice>
    </form>`);
    const choice = form.querySelector<PaduChoice>('padu-choice')!;
    await choice.updateComplete;
    expect(textOf(find(choice, 'legend'))).to.equal('Hari kunjungan');
    expect(find(choice, 'fieldset').getAttribute('aria-describedby')).to.equal('hint');
    expect(textOf(choice)).to.include('<b>Rabu</b>');
    expect(shadow(choice).querySelector('b')).to.equal(null);
    expect(form.checkValidity()).to.equal(false);
    await choice.updateComplete;
    expect(textOf(find(choice, '[part=error]'))).to.equal('Kesalahan: Hari kunjungan wajib diisi.');
    await expect(choice).to.be.accessible();
    await tabTo((active) => (active as HTMLInputElement | null)?.type === 'radio');
    await press('ArrowDown');
    expect(choice.value).to.equal('selasa');
    expect(new FormData(form).get('hari')).to.equal('selasa');
    expect(choice.validity.valid).to.equal(true);
  });

  it('checkboxes: every ticked value under the name, in the order of the options', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><padu-choice type="checkbox" name="hari" label="Hari praktik" .options=${options}></padu-choice></form>`);
    const choice = form.querySelector<PaduChoice>('padu-choice')!;
    await choice.updateComplete;
    const boxes = shadow(choice).querySelectorAll<HTMLInputElement>('input[type=checkbox]');
    boxes[2]!.click();
    boxes[0]!.click();
    await choice.updateComplete;
    expect(choice.values).to.deep.equal(['senin', 'rabu']);
    expect(new FormData(form).getAll('hari')).to.deep.equal(['senin', 'rabu']);
    await expect(choice).to.be.accessible();
  });

  it('a yes/no box: the statement is the label, after the box', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><padu-choice type="checkbox" name="setuju" label="Saya setuju" required></padu-choice></form>`);
    const choice = form.querySelector<PaduChoice>('padu-choice')!;
    await choice.updateComplete;
    expect(choice.validationMessage).to.equal('Saya setuju wajib diisi.');
    find<HTMLInputElement>(choice, 'input').click();
    await choice.updateComplete;
    expect(choice.checked).to.equal(true);
    expect(new FormData(form).get('setuju')).to.equal('on');
    expect(find(choice, 'label').getAttribute('for')).to.equal('control');
    await expect(choice).to.be.accessible();
  });

  it('a select box, also for radios with a long list; "(opsional)" only on optional fields', async () => {
    const many = Array.from({ length: 31 }, (_, i) => ({ value: `k${i}`, label: `Kelurahan ${i}` }));
    const choice = await fixture<PaduChoice>(html`<padu-choice label="Kelurahan" mark-optional .options=${many}></padu-choice>`);
    const select = find<HTMLSelectElement>(choice, 'select');
    expect(select.options[0]!.textContent).to.equal('Pilih salah satu');
    expect(select.options.length).to.equal(32);
    expect(textOf(find(choice, 'label'))).to.equal('Kelurahan (opsional)');
    select.value = 'k30';
    select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await choice.updateComplete;
    expect(choice.value).to.equal('k30');
    choice.required = true;
    await choice.updateComplete;
    expect(textOf(find(choice, 'label'))).to.equal('Kelurahan');
    await expect(choice).to.be.accessible();
  });
});
