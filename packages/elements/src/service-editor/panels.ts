/**
 * The editor's panels around the form: the new-service form, the summary of problems (the GOV.UK error summary:
 * a focused alert whose links go to each input), the changes between two versions (or from the published version to
 * the draft), and the confirmation of a published version.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizedText, MessageParams } from '@padu/contract';
import type { Agency, FieldError, Service, ServiceDiff } from '@padu/sdk';
import type { StringKey } from '../i18n/i18n.ts';
import type { PaduClient } from '../base/client.ts';
import type { Message } from '../base/padu-element.ts';
import { inputId, problemAnchor } from './draft-model.ts';
import { categories } from './standard-editor.ts';

/** What the panels need of the editor. */
export interface EditorView {
  t(key: StringKey, params?: MessageParams): string;
  heading(content: unknown, depth?: number): TemplateResult;
  localized(text: LocalizedText | undefined): string;
  say(message: Message): string;
  /** An instant as a date and time (WIB) in the editor's language. */
  date(at: string): string;
  /** The editor's shadow root, where the inputs the summary links to are. */
  root: HTMLElement | DocumentFragment;
}

/** The summary shows this many problems; the rest are counted. */
const SUMMARY_LIMIT = 20;

/** What the summary calls an input: its label (with its fieldset's legend, for `{ id, en }` pairs). */
function labelOf(view: EditorView, id: string): string {
  const element = view.root.querySelector(`#${id}`);
  if (!element) return '';
  const label = view.root.querySelector(`label[for="${id}"]`)?.textContent?.trim() ?? '';
  const legend = element.closest('fieldset')?.querySelector('legend')?.textContent?.trim() ?? '';
  return [legend, label].filter(Boolean).join(', ');
}

export function renderSummary(view: EditorView, problems: FieldError[], inputs: ReadonlySet<string>): TemplateResult | typeof nothing {
  if (!problems.length) return nothing;
  const go = (event: Event, id: string) => {
    event.preventDefault();
    const target = view.root.querySelector<HTMLElement>(`#${id}`);
    target?.scrollIntoView({ block: 'center' });
    target?.focus();
  };
  return html`<div id="summary" part="summary" class="notice danger summary" role="alert" tabindex="-1" aria-labelledby="summary-title">
    <div id="summary-title">${view.heading(view.t('edProblemsTitle'), 1)}</div>
    <ul>
      ${problems.slice(0, SUMMARY_LIMIT).map((problem) => {
        const anchor = problemAnchor(problem.pointer, inputs);
        if (anchor === undefined) return html`<li>${problem.message} <span class="muted">(${problem.pointer || '/'})</span></li>`;
        const id = inputId(anchor);
        const label = labelOf(view, id);
        return html`<li><a href="#${id}" @click=${(event: Event) => go(event, id)}>${label ? `${label}: ` : ''}${problem.message}</a></li>`;
      })}
    </ul>
    ${problems.length > SUMMARY_LIMIT ? html`<p>${view.t('edProblemsMore', { count: problems.length - SUMMARY_LIMIT })}</p>` : nothing}
  </div>`;
}

/** The OPDs a new service may belong to (for the city's admin), and the one chosen. */
export interface AgencyChoice {
  agencies: Agency[];
  selected: string | undefined;
}

export function renderNewService(
  view: EditorView,
  problems: FieldError[],
  busy: boolean,
  create: (form: HTMLFormElement) => void,
  agencyChoice: AgencyChoice | null = null,
): TemplateResult {
  const error = (pointer: string) => problems.filter((problem) => problem.pointer === pointer || problem.pointer.startsWith(`${pointer}/`));
  const field = (name: string, pointer: string, label: string, input: (described: string | typeof nothing, invalid: 'true' | typeof nothing) => TemplateResult, hint?: string) => {
    const errors = error(pointer);
    const described = [hint ? `${name}-hint` : '', errors.length ? `${name}-error` : ''].filter(Boolean).join(' ') || nothing;
    return html`<div class="input">
      <label for=${name}>${label}</label>
      ${hint ? html`<p class="hint" id="${name}-hint">${hint}</p>` : nothing}
      ${errors.length ? html`<p class="error" id="${name}-error"><span class="visually-hidden">${view.t('error')}: </span>${errors.map((e) => e.message).join(' ')}</p>` : nothing}
      ${input(described, errors.length ? 'true' : nothing)}
    </div>`;
  };
  const summaryLinks = problems.map((problem) => {
    const target = problem.pointer.startsWith('/name')
      ? 'name-id'
      : problem.pointer.startsWith('/category')
        ? 'category'
        : problem.pointer.startsWith('/agencyId') && agencyChoice
          ? 'agency'
          : 'id';
    return html`<li><a href="#${target}" @click=${(event: Event) => (event.preventDefault(), view.root.querySelector<HTMLElement>(`#${target}`)?.focus())}>${problem.message}</a></li>`;
  });
  return html`${view.heading(view.t('edNewTitle'))}
    <p>${view.t('edNewIntro')}</p>
    ${problems.length
      ? html`<div id="summary" part="summary" class="notice danger summary" role="alert" tabindex="-1">
          ${view.heading(view.t('edProblemsTitle'), 1)}
          <ul>
            ${summaryLinks}
          </ul>
        </div>`
      : nothing}
    <form
      class="new-service"
      novalidate
      @submit=${(event: Event) => {
        event.preventDefault();
        create(event.target as HTMLFormElement);
      }}
    >
      ${agencyChoice
        ? field(
            'agency',
            '/agencyId',
            view.t('edAgency'),
            (described, invalid) =>
              html`<select id="agency" name="agency" required aria-describedby=${described} aria-invalid=${invalid}>
                <option value="" ?selected=${!agencyChoice.selected}>${view.t('edAgencyChoose')}</option>
                ${agencyChoice.agencies.map((agency) => html`<option value=${agency.id} ?selected=${agency.id === agencyChoice.selected}>${view.localized(agency.name)}</option>`)}
              </select>`,
            view.t('edAgencyHint'),
          )
        : nothing}
      ${field(
        'id',
        '/id',
        view.t('edNewId'),
        (described, invalid) => html`<input id="id" name="id" required autocomplete="off" spellcheck="false" aria-describedby=${described} aria-invalid=${invalid} />`,
        view.t('edNewIdHint'),
      )}
      <fieldset class="localized">
        <legend>${view.t('edName')}</legend>
        ${field('name-id', '/name', view.t('edInId'), (described, invalid) => html`<input id="name-id" name="name-id" required aria-describedby=${described} aria-invalid=${invalid} />`)}
        ${field('name-en', '/name/en', view.t('edInEn'), (described) => html`<input id="name-en" name="name-en" aria-describedby=${described} />`)}
      </fieldset>
      ${field(
        'category',
        '/category',
        view.t('edCategory'),
        (described, invalid) =>
          html`<select id="category" name="category" aria-describedby=${described} aria-invalid=${invalid}>
            ${categories.map((category) => html`<option value=${category}>${category}</option>`)}
          </select>`,
      )}
      <button type="submit" class="button" aria-disabled=${busy ? 'true' : 'false'}>${busy ? view.t('edCreating') : view.t('edCreate')}</button>
    </form>`;
}

/**
 * The gateway's changes between two versions, or from a version to the open draft (`diff.to` null); `'never'`: the
 * draft of a service never published. `id` names the section, which takes the focus when it opens.
 */
export function renderDiff(view: EditorView, diff: ServiceDiff | 'never', id = 'diff'): TemplateResult {
  const ops = { added: 'edDiffAdded', removed: 'edDiffRemoved', changed: 'edDiffChanged' } as const;
  const shown = (value: unknown) => (value === undefined ? '' : JSON.stringify(value).slice(0, 120));
  const title =
    diff === 'never' ? view.t('edDiff') : diff.to === null ? view.t('edDiffTitle', { version: diff.from }) : view.t('edDiffBetween', { from: diff.from, to: diff.to });
  return html`<section id=${id} class="diff" tabindex="-1" aria-labelledby="${id}-title">
    <div id="${id}-title">${view.heading(title, 2)}</div>
    ${diff === 'never'
      ? html`<p>${view.t('edDiffNever')}</p>`
      : diff.changes.length === 0
        ? html`<p>${view.t(diff.to === null ? 'edDiffNone' : 'edDiffSame')}</p>`
        : html`<ul>
              ${diff.changes.map(
                (change) => html`<li>
                  <code>${change.pointer}</code> ${view.t(ops[change.op])}${change.op === 'changed'
                    ? html`: <del>${shown(change.before)}</del> → <ins>${shown(change.after)}</ins>`
                    : change.op === 'added'
                      ? html`: <ins>${shown(change.after)}</ins>`
                      : html`: <del>${shown(change.before)}</del>`}
                </li>`,
              )}
            </ul>
            ${diff.truncated ? html`<p>${view.t('edDiffTruncated')}</p>` : nothing}`}
  </section>`;
}

export function renderPublished(view: EditorView, service: Service, editAgain: () => void): TemplateResult {
  return html`<div id="published" part="published" class="notice success" role="status" tabindex="-1">
    ${view.heading(view.t('edPublishedTitle'))}
    <p>${view.t('edPublishedBody', { name: view.localized(service.name), version: service.version })}</p>
    <button type="button" class="button secondary" @click=${editAgain}>${view.t('edEditAgain')}</button>
  </div>`;
}

/** What the preview shows, and how its switches change it. */
export interface PreviewState {
  service: Service | undefined;
  client: PaduClient | undefined;
  locale: 'id' | 'en';
  phone: boolean;
  headingLevel: number;
  setLocale(locale: 'id' | 'en'): void;
  setPhone(phone: boolean): void;
}

/**
 * The real `<padu-service-form>` showing the draft, with the language and phone-width switches. What is sent from it
 * is cancelled (`padu-submit`): a preview applies for nothing.
 */
export function renderPreview(view: EditorView, preview: PreviewState): TemplateResult {
  return html`<aside class="preview-pane" aria-label=${view.t('edSectionPreview')}>
    ${view.heading(view.t('edSectionPreview'), 1)}
    <p class="hint">${view.t('edPreviewNote')}</p>
    <fieldset class="inline">
      <legend>${view.t('edPreviewLang')}</legend>
      ${(['id', 'en'] as const).map(
        (locale) => html`<span class="check">
          <input type="radio" name="preview-lang" id="preview-${locale}" .checked=${preview.locale === locale} @change=${() => preview.setLocale(locale)} />
          <label for="preview-${locale}">${view.t(locale === 'id' ? 'edInId' : 'edInEn')}</label>
        </span>`,
      )}
    </fieldset>
    <div class="check">
      <input type="checkbox" id="preview-phone" .checked=${preview.phone} @change=${(event: Event) => preview.setPhone((event.target as HTMLInputElement).checked)} />
      <label for="preview-phone">${view.t('edPreviewPhone')}</label>
    </div>
    <div part="preview" class="preview ${preview.phone ? 'phone' : ''}">
      <padu-service-form
        lang=${preview.locale}
        heading-level=${preview.headingLevel}
        .client=${preview.client}
        .serviceData=${preview.service}
        @padu-submit=${(event: Event) => event.preventDefault()}
      ></padu-service-form>
    </div>
  </aside>`;
}
