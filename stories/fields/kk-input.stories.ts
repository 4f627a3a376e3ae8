import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';

const meta: Meta = { title: 'Fields/KK input', component: 'padu-kk-input' };
export default meta;
type Story = StoryObj;

export const Default: Story = {
  render: () => html`<padu-kk-input label="Nomor Kartu Keluarga" hint="16 angka, tertera di Kartu Keluarga." value="3571010101200002"></padu-kk-input>`,
};
export const WithError: Story = {
  render: () => html`<padu-kk-input label="Nomor Kartu Keluarga" value="35710101" error="Nomor Kartu Keluarga harus 16 angka."></padu-kk-input>`,
};
