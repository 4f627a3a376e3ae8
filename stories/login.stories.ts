import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { PaduField, PaduLogin } from '@padu/elements';
import { citizen, officer, unverifiedCitizen } from './fixtures/data.ts';
import { fixtureClient, rateLimited, withSessionMode } from './fixtures/router.ts';
import type { Scenario } from './fixtures/router.ts';
import { deep, fill, until } from './support.ts';

const meta: Meta = {
  title: 'Elements/Login',
  component: 'padu-login',
};
export default meta;
type Story = StoryObj;

const login = (scenario: Scenario = {}, method = 'nik', client = fixtureClient(scenario)) =>
  html`<padu-login method=${method} .client=${client}>
    <a slot="register" href="#daftar">Belum punya akun? Daftar</a>
  </padu-login>`;

/** Fills the form and presses "Masuk"; `until` is what the story waits for afterwards. */
async function submit(root: HTMLElement, password: string, until_: string) {
  const element = root.querySelector<PaduLogin>('padu-login')!;
  await element.updateComplete;
  await fill(deep<PaduField>(root, 'padu-login', '#identifier'), '3571014512900003');
  await fill(deep<PaduField>(root, 'padu-login', '#password'), password);
  deep(root, 'padu-login', '[part=submit]').click();
  await until(() => element.shadowRoot!.querySelector(until_));
}

export const LoggedOut: Story = { render: () => login() };

export const WithEmail: Story = { render: () => login({}, 'email') };

export const Submitting: Story = {
  render: () => login({ delay: Infinity }),
  play: ({ canvasElement }) => submit(canvasElement, 'rahasia-saya', '[part=submit][aria-disabled=true]'),
};

export const WrongPassword: Story = {
  render: () => login(),
  play: ({ canvasElement }) => submit(canvasElement, 'salah', '[part=problem]'),
};

export const RateLimited: Story = {
  render: () => login({ routes: { 'POST auth/login': rateLimited(45) } }),
  play: ({ canvasElement }) => submit(canvasElement, 'rahasia-saya', '[part=problem]'),
};

export const Offline: Story = {
  render: () => login({ offline: true }),
  play: ({ canvasElement }) => submit(canvasElement, 'rahasia-saya', '[part=problem]'),
};

export const LoggedInVerified: Story = { render: () => login({ user: citizen }) };

export const LoggedInUnverified: Story = { render: () => login({ user: unverifiedCitizen }) };

export const Officer: Story = { render: () => login({ user: officer }) };

export const English: Story = { render: () => login(), globals: { locale: 'en' } };

export const EnglishLoggedIn: Story = { render: () => login({ user: unverifiedCitizen }), globals: { locale: 'en' } };

export const BrandDisdukcapil: Story = { render: () => login(), globals: { brand: 'disdukcapil' } };

export const BrandDpmptsp: Story = { render: () => login({ user: citizen }), globals: { brand: 'dpmptsp' } };

/** The page's session is being restored (the city's cookie): a neutral busy state, as tall as the form. */
export const Restoring: Story = { render: () => login({}, 'nik', withSessionMode(fixtureClient(), 'cookie', Infinity)) };

/** A site outside the city's domain: single sign-on with the city account, no password on this site. */
export const SignedOutSso: Story = { render: () => login({}, 'nik', withSessionMode(fixtureClient(), 'sso')) };

export const SignedOutSsoEnglish: Story = { ...SignedOutSso, globals: { locale: 'en' } };

/** Signed in, with "Perangkat aktif" open: this browser, a phone, and an OPD site signed in through the city. */
export const SignedInWithDevices: Story = {
  render: () => login({ user: citizen }),
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector<PaduLogin>('padu-login')!;
    await element.updateComplete;
    // The signed-in panel is a chunk fetched on demand: wait for it to draw.
    (await until(() => deep<HTMLElement>(canvasElement, 'padu-login', '[part=devices-toggle]'))).click();
    await until(() => element.shadowRoot!.querySelector('[part=devices]'));
  },
};
