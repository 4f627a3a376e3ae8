import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import './login.ts';
import type { PaduLogin } from './login.ts';
import type { PaduField } from '../base/field.ts';
import {
  BUDI,
  PASSWORD,
  SITI,
  deepActiveElement,
  expectNoHorizontalScroll,
  find,
  newClient,
  offlineFetch,
  press,
  tabTo,
  textOf,
  type,
  until,
} from '../../test/browser/support.ts';

async function loginElement(client = newClient()): Promise<PaduLogin> {
  return fixture<PaduLogin>(html`<padu-login .client=${client}></padu-login>`);
}

/** Fills the form through its fields' properties, for tests about what happens after submit. */
async function fill(element: PaduLogin, identifier: string, password: string): Promise<void> {
  find<PaduField>(element, '#identifier').value = identifier;
  find<PaduField>(element, '#password').value = password;
  await element.updateComplete;
}

describe('<padu-login>', () => {
  it('starts with the NIK form, accessible and readable at 320 px', async () => {
    const element = await loginElement();
    expect(textOf(element)).to.include('Masuk dengan').and.include('NIK').and.include('Kata sandi');
    await expect(element).to.be.accessible();
    await expectNoHorizontalScroll(element);
  });

  it('logs in by keyboard alone, then shows the masked account and logs out', async () => {
    const element = await loginElement();
    const loggedIn = oneEvent(element, 'padu-login');
    await tabTo((active) => active?.localName === 'input' && (active as HTMLInputElement).value === 'nik');
    await tabTo((active) => active?.getAttribute('autocomplete') === 'username');
    await type('3571 0145-1290 0003');
    expect(find<PaduField>(element, '#identifier').value, 'spaces and dashes dropped as typed').to.equal(SITI.nik);
    await press('Tab');
    await type(PASSWORD);
    await press('Enter');
    const { detail } = await loggedIn;
    expect(detail.user.nikMasked).to.equal('3571********0003');
    await until(() => shadow(element).querySelector('.account'), 'account panel');
    const text = textOf(element);
    expect(text).to.include('S*** R********').and.include('3571********0003').and.include('Akun terverifikasi');
    expect(text).not.to.include('Siti');
    expect(deepActiveElement()?.classList.contains('account'), 'focus moves to the account panel').to.equal(true);
    await expect(element).to.be.accessible();
    await expectNoHorizontalScroll(element);

    const logoutRequest = oneEvent(element, 'padu-logout-request');
    const loggedOut = oneEvent(element, 'padu-logout');
    await tabTo((active) => active?.getAttribute('part') === 'logout');
    await press('Enter');
    await logoutRequest;
    await loggedOut;
    await until(() => shadow(element).querySelector('form'), 'the form again');
    expect(textOf(element)).to.include('Anda sudah keluar.');
  });

  it('says what an unverified account means for services that need verification', async () => {
    const element = await loginElement();
    await fill(element, BUDI.nik, PASSWORD);
    find(element, 'button[type=submit]').click();
    await until(() => shadow(element).querySelector('.account'), 'account panel');
    expect(textOf(element)).to.include('Akun belum terverifikasi').and.include('mensyaratkan akun terverifikasi');
    await expect(element).to.be.accessible();
  });

  it('checks the NIK with the contract rules and shows the message on submit', async () => {
    const element = await loginElement();
    await fill(element, '3571011399900003', PASSWORD);
    const nik = find<PaduField>(element, '#identifier');
    expect(nik.validity.valid, 'invalid as typed').to.equal(false);
    expect(textOf(nik), 'no message before submit').not.to.include('Bulan lahir');
    find(element, 'button[type=submit]').click();
    await nik.updateComplete;
    expect(textOf(nik)).to.include('Bulan lahir pada NIK tidak valid.');
    expect(find(nik, 'input').getAttribute('aria-invalid')).to.equal('true');
    expect(find(nik, 'input').getAttribute('aria-describedby')).to.include('error');
    expect(deepActiveElement()).to.equal(find(nik, 'input'));
    await expect(element).to.be.accessible();
  });

  it('logs in with an email address after switching method', async () => {
    const element = await loginElement();
    find<HTMLInputElement>(element, 'input[value=email]').click();
    await element.updateComplete;
    expect(find(element, '#identifier').localName).to.equal('padu-text-input');
    await fill(element, 'siti@', PASSWORD);
    find(element, 'button[type=submit]').click();
    await element.updateComplete;
    expect(textOf(find(element, '#identifier'))).to.include('bukan alamat email yang valid');
    await fill(element, SITI.email, PASSWORD);
    find(element, 'button[type=submit]').click();
    await until(() => shadow(element).querySelector('.account'), 'account panel');
  });

  it('shows and hides the password', async () => {
    const element = await loginElement();
    const password = find<PaduField>(element, '#password');
    const input = find<HTMLInputElement>(password, 'input');
    const toggle = find<HTMLButtonElement>(password, '[part=toggle]');
    expect(input.type).to.equal('password');
    toggle.click();
    await password.updateComplete;
    expect(input.type).to.equal('text');
    expect(toggle.getAttribute('aria-label')).to.equal('Sembunyikan kata sandi');
    expect(textOf(password)).to.include('Kata sandi Anda terlihat di layar.');
  });

  it('says wrong credentials without saying which part, in an alert that takes focus', async () => {
    const element = await loginElement();
    await fill(element, SITI.nik, 'salah-sekali');
    find(element, 'button[type=submit]').click();
    await until(() => shadow(element).querySelector('#problem'), 'problem box');
    const problem = find(element, '#problem');
    expect(problem.getAttribute('role')).to.equal('alert');
    expect(textOf(problem)).to.equal('NIK/email atau kata sandi salah. Periksa kembali, lalu coba lagi.');
    expect(deepActiveElement()).to.equal(problem);
    await expect(element).to.be.accessible();
  });

  it('locks the button with a countdown after too many attempts (429 with Retry-After)', async () => {
    const element = await loginElement();
    // An identifier of its own, so no other test's account is locked.
    const identifier = `357101150190${String(1000 + (Date.now() % 9000))}`;
    await fill(element, identifier, 'salah-sekali');
    for (let attempt = 0; attempt < 30 && !textOf(element).includes('Terlalu banyak percobaan'); attempt++) {
      find(element, 'button[type=submit]').click();
      await until(() => !element.shadowRoot!.querySelector('[aria-disabled=true]') || textOf(element).includes('Tunggu'), 'answer');
      await until(() => shadow(element).querySelector('#problem'), 'problem box');
    }
    const text = textOf(element);
    expect(text).to.match(/Terlalu banyak percobaan masuk\. Demi keamanan akun Anda, coba lagi dalam \d+ detik\./);
    const button = find(element, 'button[type=submit]');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(textOf(button)).to.match(/^Tunggu \d+ detik$/);
    const before = textOf(button);
    await until(() => textOf(button) !== before, 'the countdown ticks', 3000);
    // A click while locked sends nothing.
    let sent = 0;
    element.client = newClient({ fetch: (input, init) => (sent++, fetch(input, init)) });
    await element.updateComplete;
    button.click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sent).to.equal(0);
    await expect(element).to.be.accessible();
  });

  it('offers to try again when the network is down', async () => {
    let online = false;
    const client = newClient({ fetch: (input, init) => (online ? fetch(input, init) : offlineFetch(input, init)), retry: { limit: 0 } });
    const element = await loginElement(client);
    await fill(element, SITI.nik, PASSWORD);
    find(element, 'button[type=submit]').click();
    await until(() => shadow(element).querySelector('#problem'), 'problem box');
    expect(textOf(find(element, '#problem'))).to.include('Tidak dapat terhubung ke server');
    await expect(element).to.be.accessible();
    online = true;
    find(element, '#problem button').click();
    await until(() => shadow(element).querySelector('.account'), 'logged in on retry');
  });

  it('makes a double submit impossible', async () => {
    let logins = 0;
    const client = newClient({
      fetch: async (input, init) => {
        if (String(input instanceof Request ? input.url : input).endsWith('/auth/login')) logins++;
        return fetch(input, init);
      },
    });
    const element = await loginElement(client);
    await fill(element, SITI.nik, PASSWORD);
    const button = find(element, 'button[type=submit]');
    button.click();
    button.click();
    button.click();
    await until(() => shadow(element).querySelector('.account'), 'account panel');
    expect(logins).to.equal(1);
  });

  it('lets the host cancel a login or a logout', async () => {
    const client = newClient();
    const element = await loginElement(client);
    await fill(element, SITI.nik, PASSWORD);
    element.addEventListener('padu-login-request', (event) => event.preventDefault(), { once: true });
    find(element, 'button[type=submit]').click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(client.session.current).to.equal(null);
    find(element, 'button[type=submit]').click();
    await until(() => shadow(element).querySelector('.account'), 'account panel');
    element.addEventListener('padu-logout-request', (event) => event.preventDefault(), { once: true });
    find(element, '[part=logout]').click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(client.session.current).not.to.equal(null);
  });

  it('switches language with the nearest lang, and takes string overrides', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="id"><padu-login .client=${newClient()}></padu-login></div>`);
    const element = wrapper.querySelector('padu-login')!;
    await element.updateComplete;
    expect(textOf(element)).to.include('Kata sandi');
    wrapper.lang = 'en';
    await until(() => textOf(element).includes('Password'), 'English');
    expect(textOf(element)).to.include('Log in with');
    await expect(element).to.be.accessible();
    element.setAttribute('lang', 'id');
    await until(() => textOf(element).includes('Kata sandi'), 'own lang wins');
    element.strings = { loginSubmit: 'Masuk ke Padu' };
    await element.updateComplete;
    expect(textOf(find(element, 'button[type=submit]'))).to.equal('Masuk ke Padu');
  });
});

function shadow(element: Element): ShadowRoot {
  return element.shadowRoot!;
}
