import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { citizen, unverifiedCitizen } from './fixtures/data.ts';
import { fixtureClient, rateLimited, serverError, unauthorized } from './fixtures/router.ts';
import type { Scenario } from './fixtures/router.ts';
import { deep, until } from './support.ts';

const meta: Meta = {
  title: 'Elements/My applications',
  component: 'padu-my-applications',
};
export default meta;
type Story = StoryObj;

const list = (scenario: Scenario = {}) => {
  const client = fixtureClient(scenario);
  return html`<padu-my-applications .client=${client}>
    <padu-login slot="logged-out" heading-level="3" .client=${client}></padu-login>
    <p slot="empty"><a href="#katalog">Lihat layanan yang dapat Anda ajukan</a></p>
  </padu-my-applications>`;
};

/** Logged out: the `logged-out` slot (here a `<padu-login>` on the same client) shows. */
export const LoggedOut: Story = { render: () => list() };
export const Loading: Story = { render: () => list({ user: citizen, delay: Infinity }) };
export const Empty: Story = { render: () => list({ user: citizen, applications: [] }) };
/** One application in every status; "Perlu Perbaikan" first. */
export const EveryStatus: Story = { render: () => list({ user: citizen }) };
export const Unverified: Story = { render: () => list({ user: unverifiedCitizen }) };

/** Choosing one opens it in the built-in tracker, with the officer's note. */
export const Opened: Story = {
  render: () => list({ user: citizen }),
  play: async ({ canvasElement }) => {
    const first = await until(() => deep<HTMLElement>(canvasElement, 'padu-my-applications', '[part=open]'));
    first.click();
    await until(() => deep<HTMLElement>(canvasElement, 'padu-my-applications', 'padu-status-tracker', '[part=tracker]'));
  },
};

/** The gateway answers 401 and refuses to refresh: the session ends and the list empties, asking to log in. */
export const SessionExpired: Story = { render: () => list({ user: citizen, routes: { 'GET applications': unauthorized() } }) };
export const ServerError: Story = { render: () => list({ user: citizen, routes: { 'GET applications': serverError() } }) };
export const RateLimited: Story = { render: () => list({ user: citizen, routes: { 'GET applications': rateLimited(15) } }) };
export const Offline: Story = { render: () => list({ user: citizen, offline: true }) };
export const English: Story = { render: () => list({ user: citizen }), globals: { locale: 'en' } };
export const BrandDpmptsp: Story = { render: () => list({ user: citizen }), globals: { brand: 'dpmptsp' } };
