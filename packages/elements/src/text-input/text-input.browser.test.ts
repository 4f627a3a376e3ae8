import { expect, fixture, html } from '@open-wc/testing';
import './text-input.ts';
import type { PaduTextInput } from './text-input.ts';
import { deepActiveElement, expectNoHorizontalScroll, find, press, tabTo, textOf, type, until } from '../../test/browser/support.ts';

describe('<padu-text-input>', () => {
  it('takes part in a form: value, required, reset and disabled', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <padu-text-input name="kota" label="Kota" value="Kediri" required></padu-text-input>
      <fieldset><padu-text-input name="rt" label="RT"></padu-text-input></fieldset>
    </form>`);
    const [kota, rt] = form.querySelectorAll<PaduTextInput>('padu-text-input');
    await kota!.updateComplete;
    expect(new FormData(form).get('kota')).to.equal('Kediri');
    kota!.value = '';
    await kota!.updateComplete;
    expect(form.checkValidity()).to.equal(false);
    expect(kota!.validationMessage).to.equal('Kota wajib diisi.');
    rt!.value = '005';
    await rt!.updateComplete;
    form.querySelector('fieldset')!.disabled = true;
    await rt!.updateComplete;
    expect(new FormData(form).has('rt'), 'a disabled fieldset leaves the field out').to.equal(false);
    form.reset();
    await kota!.updateComplete;
    expect(kota!.value).to.equal('Kediri');
    expect(form.checkValidity()).to.equal(true);
  });

  it('shows the message after a submit attempt, linked with aria-describedby and aria-invalid', async () => {
    const form = await fixture<HTMLFormElement>(html`<form novalidate>
      <padu-text-input name="surel" type="email" label="Email" hint="Contoh: nama@contoh.id"></padu-text-input>
    </form>`);
    const field = form.querySelector<PaduTextInput>('padu-text-input')!;
    field.value = 'bukan-email';
    await field.updateComplete;
    expect(textOf(field)).not.to.include('bukan alamat email');
    form.checkValidity();
    await field.updateComplete;
    expect(textOf(find(field, '[part=error]'))).to.equal('Kesalahan: Email bukan alamat email yang valid, contoh: nama@contoh.id.');
    const input = find(field, 'input');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal('hint error');
    await expect(field).to.be.accessible();
    await expectNoHorizontalScroll(field);
  });

  it('shows the message when leaving a filled-in field, not an empty one', async () => {
    const field = await fixture<PaduTextInput>(html`<padu-text-input type="tel" label="Nomor WhatsApp" required></padu-text-input>`);
    await tabTo((active) => active?.localName === 'input');
    await press('Tab');
    expect(textOf(field)).not.to.include('wajib');
    await tabTo((active) => active?.localName === 'input');
    await type('12345');
    await press('Tab');
    await field.updateComplete;
    expect(textOf(field)).to.include('bukan nomor telepon Indonesia yang valid');
    field.focus();
    await type('67890');
    field.value = '0812 3456 7890';
    await field.updateComplete;
    expect(field.validity.valid).to.equal(true);
    expect(field.shadowRoot!.querySelector('[part=error]')).to.equal(null);
  });

  it('shows a custom error (e.g. from the gateway) at once, and the host can clear it', async () => {
    const field = await fixture<PaduTextInput>(html`<padu-text-input label="Alamat" error="Alamat tidak ditemukan."></padu-text-input>`);
    expect(textOf(find(field, '[part=error]'))).to.include('Alamat tidak ditemukan.');
    expect(field.validity.customError).to.equal(true);
    field.error = '';
    await field.updateComplete;
    expect(field.validity.valid).to.equal(true);
  });

  it('takes extra validators and string overrides', async () => {
    const field = await fixture<PaduTextInput>(html`<padu-text-input label="Kode" required></padu-text-input>`);
    field.validators = [(value) => (/^\d+$/.test(value) ? null : { code: 'pattern' })];
    field.strings = { required: 'Isi {label} dulu.' };
    await field.updateComplete;
    expect(field.validationMessage).to.equal('Isi Kode dulu.');
    field.value = 'abc';
    await field.updateComplete;
    expect(field.validationMessage).to.equal('Format Kode tidak sesuai.');
  });

  it('shows and hides a password by keyboard, announcing it', async () => {
    const field = await fixture<PaduTextInput>(html`<padu-text-input type="password" label="Kata sandi"></padu-text-input>`);
    await tabTo((active) => active?.getAttribute('part') === 'toggle');
    await press('Enter');
    await field.updateComplete;
    expect(find<HTMLInputElement>(field, 'input').type).to.equal('text');
    expect(textOf(field)).to.include('Kata sandi Anda terlihat di layar.');
    expect(deepActiveElement()?.getAttribute('aria-label')).to.equal('Sembunyikan kata sandi');
    await press('Space');
    await field.updateComplete;
    expect(find<HTMLInputElement>(field, 'input').type).to.equal('password');
    await expect(field).to.be.accessible();
  });

  it('submits its form on Enter, like a native input', async () => {
    let submitted = 0;
    const form = await fixture<HTMLFormElement>(html`<form @submit=${(event: Event) => (event.preventDefault(), submitted++)}>
      <padu-text-input name="q" label="Cari"></padu-text-input>
    </form>`);
    await tabTo((active) => active?.localName === 'input');
    await type('akta');
    await press('Enter');
    expect(submitted).to.equal(1);
  });

  it('speaks the language of the nearest lang', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><padu-text-input label="City" required></padu-text-input></div>`);
    const field = wrapper.querySelector<PaduTextInput>('padu-text-input')!;
    await field.updateComplete;
    expect(field.validationMessage).to.equal('City is required.');
    wrapper.lang = 'id';
    await until(() => field.validationMessage === 'City wajib diisi.', 'Indonesian');
  });
});
