/**
 * Drives `<padu-service-form>` in browser tests the way a citizen does: typing into the controls (input and
 * change events from the inner native controls), ticking boxes, choosing files, pressing "Lanjutkan".
 */
import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { PaduField } from '../../src/base/field.ts';
import type { PaduChoice } from '../../src/choice/choice.ts';
import type { PaduFileInput } from '../../src/file-input/file-input.ts';
import type { PaduServiceForm } from '../../src/service-form/service-form.ts';
import { find, shadow, textOf, until } from './support.ts';

export type Answer = string | string[] | boolean | File;

/** A one-page PDF, the smallest the gateway's content check accepts (as in the demo seed). */
export const PDF =
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
  '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';

export const pdf = (name = 'dokumen.pdf') => new File([PDF], name, { type: 'application/pdf' });

/** Valid identity numbers that are not the demo accounts' (any region: a NIK keeps where it was issued). */
export const NIK = { siti: '3571014512900003', budi: '3571022003850001', other: '3506042505800002' };
export const KK = '3571011503200001';

/** Mounts a form and waits until it shows something other than "Memuat…". */
export async function mountForm(template: TemplateResult): Promise<PaduServiceForm> {
  const form = await fixture<PaduServiceForm>(template);
  await until(() => form.shadowRoot?.querySelector('[data-focus], #problem'), 'the form to load', 15000);
  return form;
}

/** The control of a field, by name or, in a group item, by `<group>/<index>/<name>`. */
export function control<T extends PaduField = PaduField>(form: PaduServiceForm, name: string): T {
  return find<T>(form, `#${CSS.escape(`field-${name}`)}`);
}

/** The native control inside a field element. */
export function inner<T extends HTMLElement = HTMLInputElement>(field: Element, selector = 'input, textarea, select'): T {
  return find<T>(field, selector);
}

const fire = (target: Element, type: string) => target.dispatchEvent(new Event(type, { bubbles: true, composed: type === 'input' }));

/** Answers one field as a person would. Files are uploaded (and awaited). */
export async function answer(form: PaduServiceForm, name: string, value: Answer): Promise<void> {
  const field = control(form, name);
  await field.updateComplete;
  if (value instanceof File) {
    const input = inner(field, 'input[type=file]');
    const files = new DataTransfer();
    files.items.add(value);
    input.files = files.files;
    fire(input, 'change');
    await until(() => !(field as PaduFileInput).uploading, `the upload of ${name}`, 15000);
  } else if (field.localName === 'padu-choice') {
    const choice = field as PaduChoice;
    const select = shadow(field).querySelector('select');
    if (select) {
      for (const option of select.options) option.selected = ([] as unknown[]).concat(value).includes(option.value);
      fire(select, 'input');
      fire(select, 'change');
    } else if (typeof value === 'boolean') {
      if (choice.checked !== value) inner(field).click();
    } else {
      const wanted = ([] as string[]).concat(value);
      for (const box of shadow(field).querySelectorAll<HTMLInputElement>('input')) {
        if (box.type === 'radio' ? wanted.includes(box.value) : box.checked !== wanted.includes(box.value)) box.click();
      }
    }
  } else {
    const input = inner(field);
    input.value = String(value);
    fire(input, 'input');
    fire(input, 'change');
  }
  await field.updateComplete;
}

/** Answers several fields, then presses "Lanjutkan" (or the given button). */
export async function answerPage(form: PaduServiceForm, answers: Record<string, Answer>, button = '[part=continue]'): Promise<void> {
  for (const [name, value] of Object.entries(answers)) await answer(form, name, value);
  await press(form, button);
}

/** Clicks a button or link of the form and waits for the form to render. */
export async function press(form: PaduServiceForm, selector: string): Promise<void> {
  find(form, selector).click();
  await form.updateComplete;
}

/** The page heading's text (the label on a one-question page, which is inside the field's shadow root). */
export function pageTitle(form: PaduServiceForm): string {
  const own = form.shadowRoot!.querySelector('[part=heading]');
  if (own) return textOf(own);
  const label = [...form.shadowRoot!.querySelectorAll<PaduField>('[id^=field-]')]
    .map((field) => field.shadowRoot?.querySelector('.label-heading'))
    .find(Boolean);
  return label ? textOf(label) : '';
}

/** "Mulai", then wait for the first step. */
export async function start(form: PaduServiceForm): Promise<void> {
  await press(form, '[part=start]');
  await until(() => form.shadowRoot!.querySelector('[part=step-count]'), 'the first step');
}

/** Presses "Ajukan permohonan" and waits for the confirmation (or a problem). */
export async function submit(form: PaduServiceForm): Promise<void> {
  await press(form, '[part=submit]');
  await until(() => form.shadowRoot!.querySelector('[part=panel], #problem, [part=error-summary]'), 'the gateway to answer', 15000);
}

/** The error summary's items. */
export function summaryItems(form: PaduServiceForm): string[] {
  return [...form.shadowRoot!.querySelectorAll('[part=error-summary] li')].map((item) => textOf(item));
}
