import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { PaduField, PaduServiceForm } from '@padu/elements';
import { aktaKelahiran, applications, citizen, pbg, unverifiedCitizen } from './fixtures/data.ts';
import { fixtureClient } from './fixtures/router.ts';
import type { Scenario } from './fixtures/router.ts';
import { deep, fill, until } from './support.ts';

const meta: Meta = {
  title: 'Elements/Service form',
  component: 'padu-service-form',
};
export default meta;
type Story = StoryObj;

const form = (scenario: Scenario = { user: citizen }, service = pbg.id, applicationId = '') =>
  html`<padu-service-form
    service=${applicationId ? '' : service}
    application-id=${applicationId}
    draft-storage="none"
    heading-level="2"
    .client=${fixtureClient(scenario)}
  ></padu-service-form>`;

const element = (root: HTMLElement) => root.querySelector<PaduServiceForm>('padu-service-form')!;

/** Presses "Mulai" on the Standar Pelayanan page. */
async function start(root: HTMLElement): Promise<PaduServiceForm> {
  const button = await until(() => deep<HTMLElement>(root, 'padu-service-form', '[part=start]'));
  button.click();
  const form = element(root);
  // The first page of questions (or the login page) once the field controls are here: the Standar Pelayanan's
  // heading is gone after the click's update.
  await form.updateComplete;
  await until(() => form.shadowRoot!.querySelector('form, [part=heading]'));
  return form;
}

/** Step `index` (from 0), "Lanjutkan" with nothing filled in: the error summary takes focus. */
const stepWithErrors = (index: number): Story => ({
  name: `Step ${index + 1} of ${pbg.form.steps.length}, with the error summary`,
  render: () => form(),
  play: async ({ canvasElement }) => {
    const form = await start(canvasElement);
    form.step = index;
    await form.updateComplete;
    // Nothing filled in: what the citizen's account filled in (name, phone, email) is emptied first.
    for (const field of form.shadowRoot!.querySelectorAll<PaduField>('padu-text-input')) await fill(field, '');
    deep(canvasElement, 'padu-service-form', '[part=continue]').click();
    await until(() => form.shadowRoot!.querySelector('[part=error-summary]'));
  },
});

/** Answers for each step of the PBG form (the gateway's own definition), as a citizen would give them. */
const answers: Record<string, string | boolean>[] = [
  { nik: '3571014512900003', nama_pemohon: 'Siti Rahmawati', telepon: '0812-3456-7890', email: 'siti@demo.padu.id' },
  { fungsi_bangunan: 'hunian', luas_bangunan: '72', jumlah_lantai: '1', alamat_bangunan: 'Jl. Dhoho No. 12, RT 002 RW 005, Bandar Lor' },
  {
    gambar_teknis: '9f1e2d3c-4b5a-4968-8776-655443322110',
    bukti_tanah: '9f1e2d3c-4b5a-4968-8776-655443322111',
    bukti_pbb: '9f1e2d3c-4b5a-4968-8776-655443322112',
    pernyataan_benar: true,
  },
];

/** Fills the controls of the page shown, as typing and choosing would. */
async function answerPage(form: PaduServiceForm, values: Record<string, string | boolean>): Promise<void> {
  for (const [name, value] of Object.entries(values)) {
    const control = form.shadowRoot!.querySelector<HTMLElement & { value: string; checked?: boolean }>(`#field-${name}`);
    if (!control) throw new Error(`No control for ${name}`);
    if (typeof value === 'boolean') control.checked = value;
    else if (control.localName === 'padu-file-input') Object.assign(control, { value, fileName: `${name}.pdf`, fileSize: 184_320 });
    else control.value = value;
    control.dispatchEvent(new Event('input'));
    control.dispatchEvent(new Event('change'));
  }
  await form.updateComplete;
}

/** Every step answered and continued: the check-answers page with its "Ubah" links. */
async function toCheckAnswers(root: HTMLElement): Promise<PaduServiceForm> {
  const form = await start(root);
  for (const [index, values] of answers.entries()) {
    await until(() => form.step === index && form.shadowRoot!.querySelector('[part=continue]'));
    await answerPage(form, values);
    deep(root, 'padu-service-form', '[part=continue]').click();
  }
  await until(() => form.shadowRoot!.querySelector('[part=submit]'));
  return form;
}

export const Loading: Story = { render: () => form({ user: citizen, delay: Infinity }) };
/** The Standar Pelayanan and the data-protection notice come before the first question. */
export const Intro: Story = { render: () => form() };
/** Logged out, "Mulai" asks to log in first, inline, and continues where it was. */
export const LoginFirst: Story = {
  render: () => form({}),
  play: async ({ canvasElement }) => {
    const button = await until(() => deep<HTMLElement>(canvasElement, 'padu-service-form', '[part=start]'));
    button.click();
    await until(() => deep<HTMLElement>(canvasElement, 'padu-service-form', 'padu-login'));
  },
};
/** A service for verified accounts only, and an unverified citizen: what to do instead. */
export const UnverifiedAccount: Story = { render: () => form({ user: unverifiedCitizen }, aktaKelahiran.id) };
export const Step1WithErrors = stepWithErrors(0);
export const Step2WithErrors = stepWithErrors(1);
export const Step3WithErrors = stepWithErrors(2);
export const CheckAnswers: Story = {
  render: () => form(),
  play: async ({ canvasElement }) => {
    await toCheckAnswers(canvasElement);
  },
};
/** Submitted: the confirmation panel with the tracking code and what happens next. */
export const Submitted: Story = {
  render: () => form(),
  play: async ({ canvasElement }) => {
    const form = await toCheckAnswers(canvasElement);
    deep(canvasElement, 'padu-service-form', '[part=submit]').click();
    await until(() => form.shadowRoot!.querySelector('[part=panel]'));
  },
};
/** Revising an application in "Perlu Perbaikan": the officer's note on top, the answers prefilled. */
export const Revision: Story = {
  render: () => form({ user: citizen }, '', applications.find((application) => application.status === 'needs_revision')!.id),
};
export const NotFound: Story = { render: () => form({ user: citizen }, 'layanan-tidak-ada') };
export const Offline: Story = { render: () => form({ user: citizen, offline: true }) };
export const English: Story = { render: () => form(), globals: { locale: 'en' } };
export const EnglishStepWithErrors: Story = { ...stepWithErrors(1), name: 'English, step 2 with the error summary', globals: { locale: 'en' } };
export const BrandDisdukcapil: Story = { render: () => form(), globals: { brand: 'disdukcapil' } };
export const BrandDpmptsp: Story = { ...CheckAnswers, globals: { brand: 'dpmptsp' } };
