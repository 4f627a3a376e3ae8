import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { fixtureClient } from '../fixtures/router.ts';

const meta: Meta = { title: 'Fields/File input', component: 'padu-file-input' };
export default meta;
type Story = StoryObj;

/** Uploads on choosing (here to the fixture gateway); the value is the upload id, never the file. */
export const Empty: Story = {
  render: () => html`<padu-file-input
    label="Kartu Keluarga lama"
    accept="application/pdf, image/jpeg, image/png"
    max-bytes="2097152"
    required
    .client=${fixtureClient()}
  ></padu-file-input>`,
};
/**
 * Choose a file: the fixture gateway takes 4 seconds, while the control keeps the focus (busy, not disabled); the
 * focus is on it when the upload ends, and its live region says the result.
 */
export const SlowUpload: Story = {
  render: () => html`<padu-file-input
    label="Kartu Keluarga lama"
    accept="application/pdf, image/jpeg, image/png"
    max-bytes="2097152"
    .client=${fixtureClient({ delay: 4000 })}
  ></padu-file-input>`,
};
export const Uploaded: Story = {
  render: () => html`<padu-file-input
    label="Kartu Keluarga lama"
    accept="application/pdf"
    max-bytes="2097152"
    value="9f1e2d3c-4b5a-4968-8776-655443322110"
    file-name="kk-lama.pdf"
    file-size="184320"
    .client=${fixtureClient()}
  ></padu-file-input>`,
};
export const WithError: Story = {
  render: () => html`<padu-file-input
    label="Pas foto"
    accept="image/jpeg, image/png"
    max-bytes="1048576"
    error="Pas foto harus berupa JPEG atau PNG."
    .client=${fixtureClient()}
  ></padu-file-input>`,
};
export const English: Story = {
  render: () => html`<padu-file-input label="Family card" accept="application/pdf" max-bytes="2097152" .client=${fixtureClient()}></padu-file-input>`,
  globals: { locale: 'en' },
};
