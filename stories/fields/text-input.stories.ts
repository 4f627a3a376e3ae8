import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';

const meta: Meta = { title: 'Fields/Text input', component: 'padu-text-input' };
export default meta;
type Story = StoryObj;

/** Form-associated: each takes part in a plain `<form>` like a native input. */
export const Kinds: Story = {
  render: () => html`<form>
    <padu-text-input name="nama" label="Nama lengkap" hint="Sesuai KTP-el." autocomplete="name" required></padu-text-input>
    <padu-text-input name="email" type="email" label="Alamat email" mark-optional></padu-text-input>
    <padu-text-input name="sandi" type="password" label="Kata sandi" autocomplete="new-password"></padu-text-input>
    <padu-text-input name="telepon" type="tel" label="Nomor WhatsApp" value="0812 3456 7890"></padu-text-input>
    <padu-text-input name="tanggal" type="date" label="Tanggal lahir"></padu-text-input>
  </form>`,
};
/** `error` shows a message now, as the gateway's validation would. */
export const WithError: Story = {
  render: () => html`<padu-text-input label="Nama lengkap" value="S" error="Nama lengkap paling sedikit 2 huruf."></padu-text-input>`,
};
/** The label as the page's heading (one question per page). */
export const AsHeading: Story = {
  render: () => html`<padu-text-input label="Siapa nama lengkap Anda?" label-level="1"></padu-text-input>`,
};
export const English: Story = {
  render: () => html`<padu-text-input label="Email address" type="email" mark-optional></padu-text-input>`,
  globals: { locale: 'en' },
};
