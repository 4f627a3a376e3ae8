import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { PaduServiceEditor } from '@padu/elements';
import { cityAdmin, opdAdmin } from './fixtures/data.ts';
import { fixtureClient, problem } from './fixtures/router.ts';
import type { Scenario } from './fixtures/router.ts';
import { deep, until } from './support.ts';

const meta: Meta = {
  title: 'Elements/Service editor',
  component: 'padu-service-editor',
};
export default meta;
type Story = StoryObj;

const editor = (serviceId = 'sktm', scenario: Scenario = {}) =>
  html`<padu-service-editor service-id=${serviceId} heading-level="2" .client=${fixtureClient({ user: opdAdmin, ...scenario })}></padu-service-editor>`;

/** The editor once its draft is open. */
async function opened(root: HTMLElement): Promise<PaduServiceEditor> {
  await until(() => deep(root, 'padu-service-editor', '.layout'));
  return root.querySelector<PaduServiceEditor>('padu-service-editor')!;
}

/** Types `value` into the editor's input `selector`, as the admin would. */
function typeInto(element: PaduServiceEditor, selector: string, value: string): void {
  const input = element.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Picks `value` in the editor's select `selector`, as the admin would. */
async function choose(element: PaduServiceEditor, selector: string, value: string): Promise<void> {
  const select = element.shadowRoot!.querySelector<HTMLSelectElement>(selector)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await element.updateComplete;
}

const press = (element: PaduServiceEditor, text: string) =>
  [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((button) => button.textContent?.trim() === text)!.click();

/** No `service-id`: a new service of the admin's OPD (id, name, category). */
export const Empty: Story = { render: () => html`<padu-service-editor heading-level="2" .client=${fixtureClient({ user: opdAdmin })}></padu-service-editor>` };

/** SKTM's draft, opened from its published version, with the real form as the preview. */
export const Editing: Story = { render: () => editor(), play: async ({ canvasElement }) => void (await opened(canvasElement)) };

/** Saved with an empty service name and a field name the contract refuses: problems at their inputs and in the summary. */
export const Invalid: Story = {
  render: () => editor(),
  play: async ({ canvasElement }) => {
    const element = await opened(canvasElement);
    typeInto(element, '#at--name--id', '');
    typeInto(element, '#at--form--steps--0--fields--0--name', 'Nama Pemohon');
    press(element, 'Simpan draf');
    await until(() => element.shadowRoot!.querySelector('#summary'));
  },
};

/**
 * A condition built by picking, nested: "Sebutkan keperluan Anda" is asked when any one is true of "Keperluan is
 * Lainnya" and, with "Tidak", "Alamat is empty" must not be true.
 */
export const NestedCondition: Story = {
  render: () => editor(),
  play: async ({ canvasElement }) => {
    const element = await opened(canvasElement);
    const at = '#at--form--steps--0--fields--4--visibleWhen';
    await choose(element, `${at}--kind`, 'any');
    element.shadowRoot!.querySelector<HTMLButtonElement>(`${at}--any-add`)!.click();
    await element.updateComplete;
    await choose(element, `${at}--any--1--kind`, 'not');
    await choose(element, `${at}--any--1--not--field`, 'alamat');
    await choose(element, `${at}--any--1--not--operator`, 'isEmpty');
    element.shadowRoot!.querySelector<HTMLElement>(at)!.scrollIntoView({ block: 'center' });
  },
};

/** The preview at a phone's width (360 px), in English. */
export const Preview: Story = {
  render: () => editor(),
  play: async ({ canvasElement }) => {
    const element = await opened(canvasElement);
    element.shadowRoot!.querySelector<HTMLInputElement>('#preview-phone')!.click();
    element.shadowRoot!.querySelector<HTMLInputElement>('#preview-en')!.click();
    await element.updateComplete;
  },
};

/** Published with a change note: the confirmation names the new version. */
export const Published: Story = {
  render: () => editor(),
  play: async ({ canvasElement }) => {
    const element = await opened(canvasElement);
    typeInto(element, '#change-note', 'Ringkasan diperjelas.');
    press(element, 'Terbitkan');
    await until(() => element.shadowRoot!.querySelector('[part=published]'));
  },
};

/** The city's admin creates a new service: the OPD it belongs to is chosen from every OPD (`agency-id` preselects one). */
export const NewForAnOpd: Story = {
  name: 'New, for an OPD the city admin chooses',
  render: () => html`<padu-service-editor heading-level="2" agency-id="kelurahan-bandar-lor" .client=${fixtureClient({ user: cityAdmin })}></padu-service-editor>`,
  play: async ({ canvasElement }) => void (await until(() => deep(canvasElement, 'padu-service-editor', '#agency'))),
};

/** Published once more: the versions, newest first, with when, who and the change note; the two compared. */
export const Versions: Story = {
  render: () => editor(),
  play: async ({ canvasElement }) => {
    const element = await opened(canvasElement);
    typeInto(element, '#at--summary--id', 'Ringkasan yang diperjelas.');
    typeInto(element, '#change-note', 'Ringkasan diperjelas.');
    press(element, 'Terbitkan');
    await until(() => element.shadowRoot!.querySelector('[part=published]'));
    press(element, 'Ubah lagi');
    await until(() => element.shadowRoot!.querySelectorAll('.versions > li').length === 2);
    press(element, 'Bandingkan');
    await until(() => element.shadowRoot!.querySelector('#version-diff'));
  },
};

/** "Hentikan layanan…": the confirmation says that new applications stop and those already made go on, and asks why. */
export const Retiring: Story = {
  render: () => editor(),
  play: async ({ canvasElement }) => {
    const element = await opened(canvasElement);
    await until(() => element.shadowRoot!.querySelector('#retire-start'));
    press(element, 'Hentikan layanan…');
    await until(() => element.shadowRoot!.querySelector('[part=retire]'));
  },
};

/** Retired with a reason: out of the catalogue until a new version is published. */
export const Retired: Story = {
  render: () => editor(),
  play: async ({ canvasElement }) => {
    const element = await opened(canvasElement);
    await until(() => element.shadowRoot!.querySelector('#retire-start'));
    press(element, 'Hentikan layanan…');
    await until(() => element.shadowRoot!.querySelector('#retire-note'));
    typeInto(element, '#retire-note', 'Digabung ke layanan Surat Keterangan Domisili.');
    press(element, 'Ya, hentikan layanan');
    await until(() => element.shadowRoot!.querySelector('#service-state')?.textContent?.includes('Dihentikan'));
  },
};

/** Someone else saved the draft in between: the save is refused (412) and their version can be loaded. */
export const Conflict: Story = {
  render: () => editor('sktm', { routes: { 'PUT authoring/services/*/draft': problem(412, { code: 'draft.stale', detail: 'Draf telah diubah orang lain.' }) } }),
  play: async ({ canvasElement }) => {
    const element = await opened(canvasElement);
    typeInto(element, '#at--summary--id', 'Ringkasan saya.');
    press(element, 'Simpan draf');
    await until(() => element.shadowRoot!.querySelector('[part=conflict]'));
  },
};

export const English: Story = { render: () => editor(), globals: { locale: 'en' } };
