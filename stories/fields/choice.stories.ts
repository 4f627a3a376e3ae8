import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';

const meta: Meta = { title: 'Fields/Choice', component: 'padu-choice' };
export default meta;
type Story = StoryObj;

const kecamatan = [
  { value: 'mojoroto', label: 'Mojoroto' },
  { value: 'kota', label: 'Kota' },
  { value: 'pesantren', label: 'Pesantren' },
];

export const Radios: Story = {
  render: () => html`<padu-choice type="radio" label="Kecamatan" required .options=${kecamatan}></padu-choice>`,
};
export const Checkboxes: Story = {
  render: () =>
    html`<padu-choice
      type="checkbox"
      label="Hari praktik"
      .options=${[
        { value: 'senin', label: 'Senin' },
        { value: 'rabu', label: 'Rabu' },
        { value: 'jumat', label: 'Jumat' },
      ]}
      .values=${['rabu']}
    ></padu-choice>`,
};
export const Select: Story = {
  render: () => html`<padu-choice type="select" label="Kecamatan" value="kota" .options=${kecamatan}></padu-choice>`,
};
export const Declaration: Story = {
  render: () => html`<padu-choice type="checkbox" label="Saya menyatakan bahwa data yang saya sampaikan benar." required></padu-choice>`,
};
export const WithError: Story = {
  render: () => html`<padu-choice type="radio" label="Kecamatan" .options=${kecamatan} error="Pilih kecamatan."></padu-choice>`,
};
