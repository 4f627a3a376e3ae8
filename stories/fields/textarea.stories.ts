import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';

const meta: Meta = { title: 'Fields/Textarea', component: 'padu-textarea' };
export default meta;
type Story = StoryObj;

export const Default: Story = {
  render: () => html`<padu-textarea label="Alamat" hint="Jalan, nomor rumah, RT/RW." rows="3" required></padu-textarea>`,
};
export const WithError: Story = {
  render: () => html`<padu-textarea label="Keterangan perubahan" value="KK" error="Keterangan perubahan paling sedikit 10 karakter."></padu-textarea>`,
};
