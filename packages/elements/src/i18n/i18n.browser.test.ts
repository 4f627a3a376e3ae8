import { expect } from '@open-wc/testing';
import { hasMessages } from '@padu/contract';
import '../text-input/text-input.ts';
import type { PaduTextInput } from '../text-input/text-input.ts';
import { hasLocale, loadLocale, translate } from './i18n.ts';

// English is a chunk of its own (the elements' strings and the contract's messages): this file runs in its own
// page, so nothing has loaded it yet when the first test starts.
describe('languages', () => {
  it('ships Indonesian only; an element under lang="en" speaks Indonesian until English arrives, then English', async () => {
    expect(hasLocale('id')).to.equal(true);
    expect(hasLocale('en')).to.equal(false);
    expect(hasMessages('en')).to.equal(false);
    expect(translate('en', 'retry')).to.equal('Coba lagi');

    const wrapper = document.createElement('div');
    wrapper.lang = 'en';
    wrapper.innerHTML = '<padu-text-input label="City" required></padu-text-input>';
    document.body.append(wrapper);
    const field = wrapper.querySelector<PaduTextInput>('padu-text-input')!;
    try {
      // The first render comes before the English chunk can have arrived: never blank, Indonesian.
      for (let i = 0; i < 20 && !field.hasUpdated; i++) await Promise.resolve();
      expect(field.hasUpdated).to.equal(true);
      expect(hasLocale('en')).to.equal(false);
      expect(field.validationMessage).to.equal('City wajib diisi.');
      expect(field.shadowRoot!.querySelector('label')!.textContent).to.equal('City');

      // `updateComplete` waits for the language and the re-render in it.
      await field.updateComplete;
      expect(hasLocale('en')).to.equal(true);
      expect(field.validationMessage).to.equal('City is required.');
      expect(translate('en', 'retry')).to.equal('Try again');

      // Overrides still win, in any language.
      field.strings = { required: '{label}: please fill this in.' };
      await field.updateComplete;
      expect(field.validationMessage).to.equal('City: please fill this in.');

      // The contract's other messages are a chunk of their own too, fetched by the first field that has one to
      // give; `updateComplete` waits for them, and they speak English.
      field.strings = {};
      field.type = 'email';
      field.value = 'nama@';
      await field.updateComplete;
      expect(hasMessages('en')).to.equal(true);
      expect(field.validationMessage).to.equal('City must be an email address, like name@example.id.');
    } finally {
      wrapper.remove();
    }
  });

  it('loads English once for the whole page; loading it again is harmless', async () => {
    await Promise.all([loadLocale('en'), loadLocale('en')]);
    expect(translate('en', 'passwordShow')).to.equal('Show');
    expect(translate('id', 'passwordShow')).to.equal('Tampilkan');
  });

  it("adds an element's Indonesian strings when its code arrives (English has them all)", async () => {
    expect(translate('id', 'loginSubmit')).to.equal('loginSubmit');
    expect(translate('en', 'loginSubmit')).to.equal('Log in');
    await import('./id-login.ts');
    expect(translate('id', 'loginSubmit')).to.equal('Masuk');
  });
});
