/**
 * What `<padu-service-form>`'s view knows of a form without the element: the views it shows, the problems and
 * notices it reports, how a definition is read (OPD data, trusted for nothing), which control each field type
 * gets, and the on-demand chunk of those controls.
 */
import { formatMessage } from '@padu/contract';
import type { FieldError, FieldType, FormField, FormStep, Locale } from '@padu/contract';
import { lazyModule } from '../base/lazy.ts';
import type { Message } from '../base/padu-element.ts';
import { isRecord } from './draft.ts';

/** What the form shows. */
export type View = 'loading' | 'failed' | 'intro' | 'login' | 'form' | 'done' | 'blocked';

/** A problem shown in the error summary and at its field (`name`), as a contract error or a catalogue text. */
export type Issue = { name: string | null } & ({ error: FieldError } | Message);

/** What the citizen is told above the page; `retry` offers to do the same again (network failures). */
export type Notice = Message & { retry?: boolean };

/** The field types drawn with a control of their own (groups and content blocks are drawn by the form itself). */
export type ControlFieldType = Exclude<FieldType, 'group' | 'content'>;

/** The control for each rendered field type; a full record, so a type added to the contract fails the type check here. */
export const controlTags: Record<ControlFieldType, string> = {
  text: 'padu-text-input',
  email: 'padu-text-input',
  tel: 'padu-text-input',
  date: 'padu-text-input',
  number: 'padu-number-input',
  textarea: 'padu-textarea',
  nik: 'padu-nik-input',
  kk: 'padu-kk-input',
  select: 'padu-choice',
  radio: 'padu-choice',
  checkbox: 'padu-choice',
  file: 'padu-file-input',
};

/**
 * The other field controls (choice, file, number, textarea, KK) and the strings of the pages of questions: a chunk
 * of their own in bundles, fetched once a form has a service to show, so a page whose form waits for a choice in
 * the catalogue does not download them.
 */
const controls = lazyModule(() => import('./steps.ts'));
export const loadControls = (): Promise<unknown> => controls.load();
/** Whether the controls' chunk has arrived (then a page of questions draws at once). */
export const controlsReady = (): boolean => controls.loaded !== undefined;

/** Whether `type` has a control of its own. */
export const hasControl = (type: unknown): type is ControlFieldType => typeof type === 'string' && Object.hasOwn(controlTags, type);

/** Whether this form draws fields of `type` (a type newer than it is reported instead). */
export const isRenderedFieldType = (type: unknown): type is FieldType => hasControl(type) || type === 'group' || type === 'content';

export const hasOptions = (field: FormField) => Array.isArray(field.options) && field.options.length > 0;
export const isYesNo = (field: FormField) => field.type === 'checkbox' && !hasOptions(field);
export const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && !value.length);

/** The fields of a definition this version cannot draw (a type newer than it), as the contract's definition errors. */
export function unknownTypes(form: Record<string, unknown>, locale: Locale): FieldError[] {
  const errors: FieldError[] = [];
  (Array.isArray(form.steps) ? form.steps : []).forEach((step: unknown, i) =>
    (isRecord(step) && Array.isArray(step.fields) ? step.fields : []).forEach((field: unknown, j) => {
      if (!isRecord(field) || isRenderedFieldType(field.type)) return;
      const params = { field: String(field.name), type: String(field.type) };
      const message = formatMessage('definition.unknown_type', params, locale);
      errors.push({ pointer: `/steps/${i}/fields/${j}`, code: 'definition.unknown_type', message, params });
    }),
  );
  return errors;
}

/** A random idempotency key (a UUID where the platform has one; pages on plain http lack `randomUUID`). */
export function newKey(): string {
  return typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The steps and fields of a definition as far as they can be read. Definitions are data from each OPD (or a
 * host page), so nothing is trusted: unreadable steps and fields are left out and reported, duplicate names
 * keep their first field (as the contract's validator does).
 */
export function readForm(form: unknown): { steps: FormStep[]; fields: FormField[] } {
  const names = new Set<string>();
  const fields: FormField[] = [];
  const steps = (isRecord(form) && Array.isArray(form.steps) ? form.steps : []).filter(isRecord).map((step) => {
    const own = (Array.isArray(step.fields) ? step.fields : []).filter(
      (field): field is FormField => isRecord(field) && typeof field.name === 'string' && !names.has(field.name),
    );
    for (const field of own) {
      names.add(field.name);
      if (isRenderedFieldType(field.type)) fields.push(field);
    }
    return { ...step, fields: own } as FormStep;
  });
  return { steps, fields };
}
