import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';

const meta: Meta = { title: 'Fields/Number input', component: 'padu-number-input' };
export default meta;
type Story = StoryObj;

/** Decimal comma as Indonesians write it. */
export const Decimal: Story = {
  render: () => html`<padu-number-input label="Berat lahir (kg)" min="0.3" max="7" value="3,1"></padu-number-input>`,
};
export const Integer: Story = {
  render: () => html`<padu-number-input label="Anak ke-" integer min="1" max="20" required></padu-number-input>`,
};
