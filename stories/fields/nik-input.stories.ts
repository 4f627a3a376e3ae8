import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';

const meta: Meta = { title: 'Fields/NIK input', component: 'padu-nik-input' };
export default meta;
type Story = StoryObj;

export const Valid: Story = {
  render: () => html`<padu-nik-input label="NIK" hint="16 angka, tertera di KTP-el Anda." value="3571014512900003"></padu-nik-input>`,
};
export const Invalid: Story = {
  render: () => html`<padu-nik-input label="NIK" value="3571019913900003" error="NIK tidak valid: tanggal lahir pada NIK tidak ada."></padu-nik-input>`,
};
export const English: Story = {
  render: () => html`<padu-nik-input label="NIK" hint="16 digits, on your e-ID card." required></padu-nik-input>`,
  globals: { locale: 'en' },
};
