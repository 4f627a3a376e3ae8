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
  loggedIn,
  newClient,
  offlineFetch,
  press,
  tabTo,
  textOf,
  type,
  until,
} from '../../test/browser/support.ts';

async function loginElement(client = newClient()): Promise<PaduLogin> {
  const element = await fixture<PaduLogin>(html`<padu-login .client=${client}></padu-login>`);
  // Past the page session's restore; and the fields, if any, draw in their own update after the login's.
  await until(() => {
    const root = element.shadowRoot!;
    const password = root.querySelector('#password');
    return !root.querySelector('[part=restoring]') && (!password || password.shadowRoot?.querySelector('input'));
  }, 'the login drawn');
  return element;
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
    // Her own name in full on her own screen; the NIK stays masked.
    expect(textOf(find(element, '[part=name]'))).to.equal('Siti Rahmawati');
    expect(text).to.include('3571********0003').and.include('Akun terverifikasi');
    expect(text).not.to.include(SITI.nik);
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

  it('says that an account its OPD admin disabled is disabled (only to someone with its password), without offering to try again', async () => {
    // An officer invited, accepted and then disabled by the demo OPD admin of Dinas Sosial.
    const admin = await loggedIn('admin.dinsos@demo.padu.id');
    const email = `nonaktif.${Math.random().toString(36).slice(2, 8)}@kedirikota.go.id`;
    const invitation = await admin.staff.invite({ name: 'Petugas Nonaktif', email });
    await newClient().staff.accept({ token: new URL(invitation.link).hash.slice(1), password: PASSWORD });
    await admin.staff.disable(invitation.officer.id);

    const element = await loginElement();
    find<HTMLInputElement>(element, 'input[value=email]').click();
    await element.updateComplete;
    await fill(element, email, PASSWORD);
    find(element, 'button[type=submit]').click();
    await until(() => shadow(element).querySelector('#problem'), 'problem box');
    const problem = find(element, '#problem');
    expect(textOf(problem)).to.equal('Akun ini dinonaktifkan.');
    expect(problem.querySelector('button')).to.equal(null);
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

  describe('restoring the page session', () => {
    it('shows a neutral busy state, as tall as the form, and never the form to a citizen who is signed in', async () => {
      const client = newClient();
      let finish!: () => void;
      const restored = new Promise<void>((resolve) => (finish = resolve));
      const restore = async () => {
        await restored;
        await client.auth.login({ identifier: SITI.email, password: PASSWORD });
        return client.session.current;
      };
      // Still restoring: the element as it first draws, not waiting for the restore to end.
      const element = await fixture<PaduLogin>(html`<padu-login .client=${withSession(client, { restore })}></padu-login>`);
      const formsSeen: string[] = [];
      new MutationObserver(() => shadow(element).querySelector('form, [part=sso]') && formsSeen.push('form')).observe(shadow(element), {
        childList: true,
        subtree: true,
      });
      const busy = find(element, '[part=restoring]');
      expect(busy.getAttribute('role')).to.equal('status');
      expect(textOf(element)).to.equal('Memuat…');
      expect(shadow(element).querySelector('form')).to.equal(null);
      expect(busy.getBoundingClientRect().height, 'the height of the form is reserved').to.be.at.least(21 * 16 - 1);
      await expect(element).to.be.accessible();
      finish();
      await until(() => shadow(element).querySelector('.account'), 'the account panel');
      expect(formsSeen, 'no flash of the login form').to.deep.equal([]);
      expect(textOf(find(element, '[part=name]'))).to.equal('Siti Rahmawati');
    });

    it('shows the form when there is no session to restore (a refused or missing cookie)', async () => {
      const client = newClient();
      const element = await loginElement(withSession(client, { restore: async () => null }));
      await until(() => shadow(element).querySelector('form'), 'the form');
      expect(shadow(element).querySelector('[part=restoring]')).to.equal(null);
    });

    it('asks a client once, whatever the number of elements', async () => {
      let calls = 0;
      let memo: Promise<null> | undefined;
      const client = withSession(newClient(), { restore: () => (calls++, (memo ??= Promise.resolve(null))) });
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><padu-login .client=${client}></padu-login><padu-login .client=${client}></padu-login></div>`,
      );
      for (const element of wrapper.querySelectorAll('padu-login')) await until(() => element.shadowRoot!.querySelector('form'), 'the form');
      expect(calls).to.equal(2); // each element asks; the SDK shares one restore
    });
  });

  describe('single sign-on', () => {
    it('offers one button to the city account, no password field, and says where the password is typed', async () => {
      const calls: unknown[] = [];
      const client = withSession(newClient(), { restore: async () => null, mode: 'sso' });
      (client.auth as unknown as Record<string, unknown>).signInWithSso = (options: unknown) => (calls.push(options), new Promise(() => {}));
      const element = await loginElement(client);
      await until(() => shadow(element).querySelector('[part=sso]'), 'the single sign-on view');
      const text = textOf(element);
      expect(text).to.include('Masuk dengan Akun Kota').and.include('tidak pernah di situs ini');
      expect(shadow(element).querySelector('input[type=password], #password')).to.equal(null);
      await expect(element).to.be.accessible();
      await expectNoHorizontalScroll(element);
      const requested = oneEvent(element, 'padu-login-request');
      await tabTo((active) => active?.getAttribute('part') === 'submit');
      await press('Enter');
      expect((await requested).detail.method).to.equal('sso');
      expect(calls).to.deep.equal([{ locale: 'id' }]);
      await until(() => find(element, '[part=submit]').getAttribute('aria-disabled') === 'true', 'waiting for the sign-in page');
    });

    it('says when the sign-in page cannot be reached, and tries again', async () => {
      let attempts = 0;
      const client = withSession(newClient(), { restore: async () => null, mode: 'sso' });
      (client.auth as unknown as Record<string, unknown>).signInWithSso = () => (attempts++, Promise.reject(new TypeError('Failed to fetch')));
      const element = await loginElement(client);
      await until(() => shadow(element).querySelector('[part=sso]'), 'the single sign-on view');
      find(element, '[part=submit]').click();
      await until(() => shadow(element).querySelector('#problem'), 'problem box');
      const problem = find(element, '#problem');
      expect(problem.getAttribute('role')).to.equal('alert');
      expect(textOf(problem)).to.include('Halaman masuk Akun Kota tidak dapat dibuka');
      expect(deepActiveElement()).to.equal(problem);
      await expect(element).to.be.accessible();
      find(element, '#problem button').click();
      await until(() => attempts === 2, 'a second attempt');
    });

    it('speaks English', async () => {
      const client = withSession(newClient(), { restore: async () => null, mode: 'sso' });
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><padu-login .client=${client}></padu-login></div>`);
      const element = wrapper.querySelector('padu-login')!;
      await until(() => textOf(element).includes('Sign in with your City account'), 'English');
    });
  });

  describe('Perangkat aktif', () => {
    it('lists the sessions by keyboard, ends another one, and the list follows', async () => {
      const client = await loggedIn();
      const other = await loggedIn();
      const element = await loginElement(client);
      await tabTo((active) => active?.getAttribute('part') === 'devices-toggle');
      const toggle = find(element, '[part=devices-toggle]');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      await press('Enter');
      await until(() => shadow(element).querySelector('[part=devices]'), 'the list');
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      const items = () => [...shadow(element).querySelectorAll('[part=device]')];
      expect(items().length).to.be.at.least(2);
      expect(textOf(items()[0]!)).to.include('Perangkat ini').and.include('Masuk di').and.include('Terakhir dipakai');
      expect(items()[0]!.querySelector('time')?.getAttribute('datetime')).to.match(/^\d{4}-\d\d-\d\dT/);
      await expect(element).to.be.accessible();
      await expectNoHorizontalScroll(element);

      // The other session is the newest one that is not this device.
      const before = items().length;
      const otherItem = items().find((item) => !textOf(item).includes('Perangkat ini'))!;
      otherItem.querySelector<HTMLElement>('[part=end]')!.focus();
      await press('Enter');
      await until(() => items().length === before - 1, 'the list without it');
      expect(textOf(element)).to.include('sudah diakhiri');
      await other.auth.me().then(
        () => expect.fail('the ended session still works'),
        () => {},
      );
      expect(client.session.current).not.to.equal(null);
    });

    it('ending this device logs out here', async () => {
      const client = await loggedIn();
      const element = await loginElement(client);
      const loggedOut = oneEvent(element, 'padu-logout');
      find(element, '[part=devices-toggle]').click();
      await until(() => shadow(element).querySelector('[part=this-device]'), 'this device');
      const mine = [...shadow(element).querySelectorAll('[part=device]')].find((item) => item.querySelector('[part=this-device]'))!;
      mine.querySelector<HTMLElement>('[part=end]')!.click();
      await loggedOut;
      await until(() => shadow(element).querySelector('form'), 'the form again');
      expect(client.session.current).to.equal(null);
      expect(textOf(element)).to.include('Anda sudah keluar.');
    });

    it('says when the list cannot be read, and tries again', async () => {
      let online = false;
      const client = newClient({ fetch: (input, init) => (online ? fetch(input, init) : offlineFetch(input, init)), retry: { limit: 0 } });
      online = true;
      await client.auth.login({ identifier: SITI.email, password: PASSWORD });
      online = false;
      const element = await loginElement(client);
      find(element, '[part=devices-toggle]').click();
      await until(() => shadow(element).querySelector('#devices [role=alert]'), 'problem box');
      const problem = find(element, '#devices [role=alert]');
      expect(textOf(problem)).to.include('Tidak dapat terhubung ke server');
      await expect(element).to.be.accessible();
      online = true;
      problem.querySelector('button')!.click();
      await until(() => shadow(element).querySelector('[part=devices]'), 'the list on retry');
    });
  });
});

/** `client` with the session members of a newer SDK (`restore`, `restored`, `mode`), as the elements use them. */
function withSession<C extends { session: object }>(
  client: C,
  extras: { restore?: () => Promise<unknown>; mode?: 'bearer' | 'cookie' | 'sso' },
): C {
  let restored = false;
  const session = Object.create(client.session, {
    mode: { value: extras.mode ?? 'cookie' },
    restored: { get: () => restored },
    restore: { value: () => extras.restore!().finally(() => (restored = true)) },
  });
  return { ...client, session };
}

function shadow(element: Element): ShadowRoot {
  return element.shadowRoot!;
}
