/**
 * The questions of one page of `<padu-service-form>` and their answers on the check-answers page: a field's
 * control, a repeating group (one fieldset per item, with accessible add and remove: announced, the focus moved), a
 * content block (plain text and https links, drawn with text bindings only, so a definition can never inject
 * markup), a field locked to the account's value, and the notice in place of a type this version does not know.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { formatDate, formatNumber } from '@padu/contract';
import type { FieldState, FormField } from '@padu/contract';
import { formatSize } from '../i18n/numbers.ts';
import { isRecord } from './draft.ts';
import { issueText, markFields } from './form-issues.ts';
import type { IssueContext } from './form-issues.ts';
import { hasControl, isYesNo } from './form-model.ts';
import type { FormHost } from './form-host.ts';
import { itemLabel, itemName } from './form-pages.ts';
import { itemKey } from './form-session.ts';

/** What the questions need of the view besides what its problems need. */
export interface QuestionContext extends IssueContext {
  /** Keeps the answers in the draft. */
  save(): void;
  /** "Ubah" on the check-answers page. */
  change(event: Event, key: string): void;
}

/** The link of a content block, if it is an absolute https URL (anything else is left out). */
export function httpsLink(href: unknown): string | undefined {
  if (typeof href !== 'string') return undefined;
  try {
    return new URL(href).protocol === 'https:' ? href : undefined;
  } catch {
    return undefined;
  }
}

function content(host: FormHost, field: FormField): TemplateResult {
  const paragraphs = host
    .localized(field.text)
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  const links = (Array.isArray(field.links) ? field.links : []).filter(isRecord).flatMap((link) => {
    const href = httpsLink(link.href);
    return href ? [html`<li><a href=${href} rel="noopener">${host.localized(link.label as never) || href}</a></li>`] : [];
  });
  return html`<div part="content" class="content-block">
    <p><strong>${host.localized(field.label)}</strong></p>
    ${paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)} ${links.length ? html`<ul>${links}</ul>` : nothing}
  </div>`;
}

function group(context: QuestionContext, state: FieldState): TemplateResult {
  const { host } = context;
  const { field } = state;
  const items = state.group?.items ?? [];
  const max = state.group?.maxItems ?? Infinity;
  const full = items.length >= max;
  const item = itemLabel(host, field);
  const issue = host.fieldIssues.get(field.name);
  const hint = host.localized(field.hint);
  return html`<fieldset part="group" class="group" id="field-${field.name}" aria-describedby=${issue ? `error-${field.name}` : nothing}>
    <legend class="heading">${host.localized(field.label) || field.name}</legend>
    ${hint ? html`<p class="hint">${hint}</p>` : nothing}
    ${issue ? html`<p class="error" id="error-${field.name}">${issueText(context, issue)}</p>` : nothing}
    ${items.map(
      (members, index) => html`<fieldset part="group-item" class="group-item">
        <legend>${itemName(host, field, index)}</legend>
        ${members.filter((member) => member.visible).map((member) => question(context, member, itemKey(field.name, index, member.name)))}
        <button type="button" part="remove-item" class="button secondary" @click=${() => void removeItem(context, field.name, index)}>
          ${host.t('formItemRemove', { item, number: index + 1 })}
        </button>
      </fieldset>`,
    )}
    ${full ? html`<p class="hint" id="full-${field.name}">${host.t('formItemMax', { max, item })}</p>` : nothing}
    <button
      type="button"
      part="add-item"
      class="button secondary"
      data-add=${field.name}
      aria-disabled=${full ? 'true' : nothing}
      aria-describedby=${full ? `full-${field.name}` : nothing}
      @click=${() => !full && void addItem(context, field.name)}
    >
      ${host.t('formItemAdd', { item })}
    </button>
  </fieldset>`;
}

/** Adds an item to a group: its first field takes the focus, and the addition is announced. */
async function addItem(context: QuestionContext, group: string): Promise<void> {
  const { host, session } = context;
  const index = session.addItem(group);
  context.save();
  host.announcement = host.t('formItemAdded', { item: itemLabel(host, session.fieldNamed(group)), number: index + 1 });
  host.requestUpdate();
  await host.updateComplete;
  const first = session.stateAt(group)?.group?.items[index]?.find((member) => member.visible);
  if (first) context.controls.get(itemKey(group, index, first.name))?.focus();
}

/**
 * Removes an item from a group, announced: the focus goes to the first field of the item that takes its place,
 * else to the add button. Messages of the group's items are dropped (their numbers changed).
 */
async function removeItem(context: QuestionContext, group: string, index: number): Promise<void> {
  const { host, session } = context;
  session.removeItem(group, index);
  const inGroup = (key: string | null) => key?.startsWith(`${group}/`) === true;
  markFields(host, [], inGroup);
  host.issues = host.issues.filter((issue) => !inGroup(issue.name));
  context.save();
  host.announcement = host.t('formItemRemoved', { item: itemLabel(host, session.fieldNamed(group)), number: index + 1 });
  host.requestUpdate();
  await host.updateComplete;
  const next = session.stateAt(group)?.group?.items[index]?.find((member) => member.visible);
  const target = next ? context.controls.get(itemKey(group, index, next.name)) : host.renderRoot.querySelector<HTMLElement>(`[data-add="${group}"]`);
  target?.focus();
}

/** A field locked to the account's value: shown, not editable. */
function locked(context: QuestionContext, field: FormField): TemplateResult {
  const { host, session } = context;
  return html`<div part="locked-field" class="locked" id="field-${field.name}">
    <p><strong>${host.localized(field.label) || field.name}</strong></p>
    <p>${String(session.valueAt(field.name) ?? '')}</p>
    <p class="hint">${host.t('formPrefilled')}</p>
  </div>`;
}

/** One question of a page: its control, group, content block, locked value, or the notice of an unknown type. */
export function question(context: QuestionContext, state: FieldState, key = state.name, asHeading = false): TemplateResult {
  const { field } = state;
  if (field.type === 'content') return content(context.host, field);
  if (field.type === 'group') return group(context, state);
  if (!hasControl(field.type)) {
    return html`<div part="unknown-field" class="notice warning">
      <p><strong>${context.host.localized(field.label) || field.name}</strong></p>
      <p>${context.host.t('formUnknownType', { type: String(field.type) })}</p>
    </div>`;
  }
  if (key === field.name && context.session.locked(field.name)) return locked(context, field);
  return html`${context.controls.control(field, asHeading, key)}`;
}

/** An answer as the citizen recognises it: option labels, dates and numbers the local way, file names. */
function display(context: QuestionContext, field: FormField, key: string): TemplateResult | string {
  const { host, session } = context;
  const answer = session.toAnswer(field, session.valueAt(key));
  if (isYesNo(field)) return host.t(answer === true ? 'formYes' : 'formNo');
  const masked = session.maskedAt(key);
  if (answer === undefined) {
    return masked
      ? html`${masked.value} <span class="muted">(${host.t(masked.from === 'kept' ? 'formKept' : 'formPrefilled')})</span>`
      : html`<span class="muted">${host.t('formNotAnswered')}</span>`;
  }
  const label = (value: unknown) => context.controls.optionsOf(field).find((option) => option.value === value)?.label ?? String(value);
  const file = session.files[key];
  switch (field.type) {
    case 'select':
    case 'radio':
      return label(answer);
    case 'checkbox':
      return ([] as unknown[]).concat(answer).map(label).join(', ');
    case 'date':
      return formatDate(String(answer), host.locale);
    case 'number':
      return typeof answer === 'number' ? formatNumber(answer, host.locale) : String(answer);
    case 'file':
      return file ? `${file.name} (${formatSize(file.size)})` : String(answer);
    default:
      return String(answer);
  }
}

/** One row of a summary list, with its "Ubah" link on the check-answers page. */
function row(context: QuestionContext, field: FormField, key: string, editable: boolean, prefix = ''): TemplateResult {
  const { host } = context;
  const label = host.localized(field.label) || field.name;
  return html`<div class="summary-row">
    <dt>${label}</dt>
    <dd>${display(context, field, key)}</dd>
    ${editable && !context.session.locked(key)
      ? html`<dd>
          <a href="#field-${key}" @click=${(event: Event) => context.change(event, key)}
            >${host.t('formChange')}<span class="visually-hidden"> ${prefix}${label}</span></a
          >
        </dd>`
      : nothing}
  </div>`;
}

/** The answers of some fields as GOV.UK summary lists: one for the fields, one per group item. */
export function answers(context: QuestionContext, states: readonly FieldState[], editable: boolean): TemplateResult {
  const { host } = context;
  const shown = states.filter((state) => state.visible && state.field.type !== 'content' && (hasControl(state.field.type) || state.group));
  const lists: TemplateResult[] = [];
  let plain: TemplateResult[] = [];
  const flush = () => {
    if (plain.length) lists.push(html`<dl part="summary-list" class="summary-list">${plain}</dl>`);
    plain = [];
  };
  for (const state of shown) {
    if (!state.group) {
      plain.push(row(context, state.field, state.name, editable));
      continue;
    }
    flush();
    const items = state.group.items;
    lists.push(html`<p><strong>${host.localized(state.field.label) || state.name}</strong></p>`);
    if (!items.length) lists.push(html`<p class="muted">${host.t('formNoItems', { item: host.localized(state.field.itemLabel) || state.name })}</p>`);
    items.forEach((members, index) => {
      const name = itemName(host, state.field, index);
      lists.push(html`<p part="group-answers">${name}</p>
        <dl part="summary-list" class="summary-list">
          ${members
            .filter((member) => member.visible && hasControl(member.field.type))
            .map((member) => row(context, member.field, itemKey(state.name, index, member.name), editable, `${name}: `))}
        </dl>`);
    });
  }
  flush();
  return html`${lists}`;
}
