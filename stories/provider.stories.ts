import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { citizen } from './fixtures/data.ts';
import { fixtureClient } from './fixtures/router.ts';

const meta: Meta = {
  title: 'Elements/Provider',
  component: 'padu-provider',
};
export default meta;
type Story = StoryObj;

/** One client for everything inside: the login and the list share one session. */
export const SharedSession: Story = {
  render: () => html`<padu-provider .client=${fixtureClient({ user: citizen })}>
    <padu-login></padu-login>
    <padu-my-applications></padu-my-applications>
  </padu-provider>`,
};
