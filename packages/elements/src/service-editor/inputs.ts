/**
 * The editor's inputs, each bound to a JSON pointer into the draft: its id comes from the pointer (so a problem of
 * the gateway, which carries the same pointer, finds it), it shows that pointer's problems inline
 * (`aria-invalid`, `aria-describedby`), and typing writes the value back at the pointer.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { FieldError } from '@padu/sdk';
import type { StringKey } from '../i18n/i18n.ts';
import type { MessageParams } from '@padu/contract';
import { getAt, inputId } from './draft-model.ts';
import type { Content } from './draft-model.ts';

/** What the inputs need of the editor. */
export interface EditorContext {
  readonly content: Content;
  t(key: StringKey, params?: MessageParams): string;
  /** The problems shown at the input of `pointer`. */
  problemsAt(pointer: string): FieldError[];
  /** Notes that an input edits `pointer` (rendered this time), so problems can be mapped to it. */
  seen(pointer: string): void;
  /** Writes `value` at `pointer` (`undefined` removes it). */
  set(pointer: string, value: unknown): void;
  /** Adds `item` at the end of the list at `pointer`, announcing `name`; focuses `focus` (a pointer) after. */
  add(pointer: string, item: unknown, name: string, focus?: string): void;
  /** Removes item `index` of the list at `pointer`, announcing `name`. */
  remove(pointer: string, index: number, name: string): void;
  /** Moves item `index` of the list at `pointer` by `delta`, announcing it and keeping the focus on it. */
  move(pointer: string, index: number, delta: number, name: string): void;
}

type Kind = 'text' | 'number' | 'email' | 'url' | 'tel' | 'date';

/** The inline problems of `pointer`, and the attributes that tie them to their input. */
function problemsOf(ctx: EditorContext, pointer: string) {
  const problems = ctx.problemsAt(pointer);
  const id = inputId(pointer);
  return {
    invalid: problems.length ? 'true' : nothing,
    describedBy: problems.length ? `${id}-error` : undefined,
    message: problems.length
      ? html`<p class="error" id="${id}-error"><span class="visually-hidden">${ctx.t('error')}: </span>${problems.map((problem) => problem.message).join(' ')}</p>`
      : nothing,
  };
}

const valueOf = (kind: Kind, raw: string, empty: unknown): unknown => {
  if (raw.trim() === '') return empty;
  if (kind === 'number') return Number.isFinite(Number(raw)) ? Number(raw) : raw;
  return raw;
};

/**
 * A labelled one-line input (or a textarea) for the value at `pointer`. Emptied, it removes the value, or writes
 * `empty` where the value must stay (an item of a list, the operand of a comparison).
 */
export function textInput(
  ctx: EditorContext,
  pointer: string,
  label: string,
  {
    kind = 'text',
    hint,
    multiline = false,
    autocomplete,
    empty,
  }: { kind?: Kind; hint?: string; multiline?: boolean; autocomplete?: string; empty?: string } = {},
): TemplateResult {
  ctx.seen(pointer);
  const id = inputId(pointer);
  const value = getAt(ctx.content, pointer);
  const shown = value === undefined || value === null ? '' : String(value);
  const { invalid, describedBy, message } = problemsOf(ctx, pointer);
  const described = [hint ? `${id}-hint` : '', describedBy ?? ''].filter(Boolean).join(' ') || nothing;
  const onInput = (event: Event) => ctx.set(pointer, valueOf(kind, (event.target as HTMLInputElement).value, empty));
  return html`<div class="input">
    <label for=${id}>${label}</label>
    ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing} ${message}
    ${multiline
      ? html`<textarea id=${id} rows="3" aria-invalid=${invalid} aria-describedby=${described} .value=${shown} @input=${onInput}></textarea>`
      : html`<input
          id=${id}
          type=${kind === 'number' ? 'text' : kind}
          inputmode=${kind === 'number' ? 'decimal' : nothing}
          autocomplete=${autocomplete ?? 'off'}
          aria-invalid=${invalid}
          aria-describedby=${described}
          .value=${shown}
          @input=${onInput}
        />`}
  </div>`;
}

/** A `{ id, en }` text: one fieldset with its Indonesian and English inputs. */
export function localizedInput(ctx: EditorContext, pointer: string, label: string, { multiline = false, hint }: { multiline?: boolean; hint?: string } = {}): TemplateResult {
  return html`<fieldset class="localized">
    <legend>${label}</legend>
    ${hint ? html`<p class="hint">${hint}</p>` : nothing}
    ${textInput(ctx, `${pointer}/id`, ctx.t('edInId'), { multiline })} ${textInput(ctx, `${pointer}/en`, ctx.t('edInEn'), { multiline })}
  </fieldset>`;
}

/** A checkbox for the boolean at `pointer`; unticked removes it unless `keepFalse`. */
export function checkbox(ctx: EditorContext, pointer: string, label: string, { keepFalse = false } = {}): TemplateResult {
  ctx.seen(pointer);
  const id = inputId(pointer);
  const { invalid, describedBy, message } = problemsOf(ctx, pointer);
  return html`<div class="check">
    ${message}
    <input
      id=${id}
      type="checkbox"
      aria-invalid=${invalid}
      aria-describedby=${describedBy ?? nothing}
      .checked=${getAt(ctx.content, pointer) === true}
      @change=${(event: Event) => ctx.set(pointer, (event.target as HTMLInputElement).checked || (keepFalse ? false : undefined))}
    />
    <label for=${id}>${label}</label>
  </div>`;
}

/**
 * Radio buttons for the value at `pointer` among `choices` (`[value, text]`, any JSON value), none picked while it
 * is unset: for a choice the admin must make, where a pre-ticked box would look made when it is not.
 */
export function radios(ctx: EditorContext, pointer: string, legend: string, choices: readonly (readonly [unknown, string])[]): TemplateResult {
  ctx.seen(pointer);
  const id = inputId(pointer);
  const current = getAt(ctx.content, pointer);
  const { invalid, describedBy, message } = problemsOf(ctx, pointer);
  return html`<fieldset class="inline" id=${id} tabindex="-1" aria-describedby=${describedBy ?? nothing}>
    <legend>${legend}</legend>
    ${message}
    ${choices.map(
      ([value, text], index) => html`<div class="check">
        <input id="${id}-${index}" type="radio" name=${id} aria-invalid=${invalid} .checked=${current === value} @change=${() => ctx.set(pointer, value)} />
        <label for="${id}-${index}">${text}</label>
      </div>`,
    )}
  </fieldset>`;
}

/** A select for the value at `pointer` among `choices` (`[value, text]`); the empty value removes it. */
export function select(
  ctx: EditorContext,
  pointer: string,
  label: string,
  choices: readonly (readonly [string, string])[],
  {
    onChange,
    current = getAt(ctx.content, pointer),
    onFocus,
    onBlur,
  }: { onChange?: (value: string) => void; current?: unknown; onFocus?: () => void; onBlur?: () => void } = {},
): TemplateResult {
  ctx.seen(pointer);
  const id = inputId(pointer);
  const { invalid, describedBy, message } = problemsOf(ctx, pointer);
  return html`<div class="input">
    <label for=${id}>${label}</label>
    ${message}
    <select
      id=${id}
      aria-invalid=${invalid}
      aria-describedby=${describedBy ?? nothing}
      @focus=${onFocus}
      @blur=${onBlur}
      @change=${(event: Event) => {
        const value = (event.target as HTMLSelectElement).value;
        if (onChange) onChange(value);
        else ctx.set(pointer, value === '' ? undefined : value);
      }}
    >
      ${choices.map(([value, text]) => html`<option value=${value} ?selected=${String(current ?? '') === value}>${text}</option>`)}
    </select>
  </div>`;
}

/** "Naikkan", "Turunkan" and "Hapus" for item `index` of `count` in the list at `pointer`, named `name`. */
export function itemControls(ctx: EditorContext, pointer: string, index: number, count: number, name: string, { removable = true } = {}): TemplateResult {
  const id = inputId(`${pointer}/${index}`);
  return html`<div class="item-controls">
    <button type="button" class="button secondary small" id="${id}-up" ?disabled=${index === 0} aria-label=${ctx.t('edMoveUpNamed', { name })} @click=${() => ctx.move(pointer, index, -1, name)}>
      <span aria-hidden="true">↑</span> ${ctx.t('edMoveUp')}
    </button>
    <button type="button" class="button secondary small" id="${id}-down" ?disabled=${index === count - 1} aria-label=${ctx.t('edMoveDownNamed', { name })} @click=${() => ctx.move(pointer, index, 1, name)}>
      <span aria-hidden="true">↓</span> ${ctx.t('edMoveDown')}
    </button>
    ${removable
      ? html`<button type="button" class="button secondary small danger" aria-label=${ctx.t('edRemoveNamed', { name })} @click=${() => ctx.remove(pointer, index, name)}>${ctx.t('edRemove')}</button>`
      : nothing}
  </div>`;
}

/** A list of `{ id, en }` texts (requirements, procedure, legal basis): each with its controls, and "Tambah". */
export function localizedList(ctx: EditorContext, pointer: string, legend: string, itemKey: StringKey): TemplateResult {
  const items = (getAt(ctx.content, pointer) as unknown[] | undefined) ?? [];
  ctx.seen(pointer);
  const { message } = problemsOf(ctx, pointer);
  return html`<fieldset class="list" id=${inputId(pointer)} tabindex="-1">
    <legend>${legend}</legend>
    ${message}
    <ol>
      ${items.map((_, index) => {
        const name = ctx.t(itemKey, { n: index + 1 });
        return html`<li>${localizedInput(ctx, `${pointer}/${index}`, name, { multiline: true })} ${itemControls(ctx, pointer, index, items.length, name)}</li>`;
      })}
    </ol>
    <button
      type="button"
      class="button secondary"
      @click=${() => ctx.add(pointer, { id: '' }, ctx.t(itemKey, { n: items.length + 1 }), `${pointer}/${items.length}/id`)}
    >
      ${ctx.t('edAddItem')}: ${ctx.t(itemKey, { n: items.length + 1 })}
    </button>
  </fieldset>`;
}
