import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { define } from '../base/define.ts';
import { PaduField } from '../base/field.ts';
import type { ControlState, FieldMessage } from '../base/field.ts';
import '../i18n/id-fields.ts';
import { choiceStyles } from './choice.styles.ts';

/** One option: the value that is submitted and the text that is shown. */
export interface ChoiceOption {
  value: string;
  label: string;
}

/** `select`: a drop-down; `radio`: one of a list; `checkbox`: any of a list, or one yes/no box without options. */
export type ChoiceType = 'select' | 'radio' | 'checkbox';

/**
 * Above this many options a list of radios or checkboxes becomes a select box: a page of hundreds of radios is
 * unusable on a phone and slow to render, while a select stays one control (type to jump).
 */
export const LONG_LIST = 30;

/**
 * @tagname padu-choice
 * @summary Choosing from options, as GOV.UK does it: radios (one of a few), checkboxes (any of a few), a
 * select box (one of many), or one yes/no checkbox (a declaration). Radios and checkboxes sit in a fieldset whose
 * legend is the question. Long lists (over 30 options) are shown as a select box whatever the type.
 *
 * Radios and selects submit `value`; a checkbox list submits every ticked value under `name` and exposes them
 * as `values`; a yes/no box exposes `checked` and submits `on` when ticked.
 *
 * @csspart input - The select box, or each radio or checkbox.
 * @csspart choices - The list of radios or checkboxes.
 *
 * @fires input - As the choice changes (native, from the inner controls).
 * @fires change - When the choice was committed (re-dispatched from the host).
 */
export class PaduChoice extends PaduField {
  static override styles = [PaduField.styles, choiceStyles];

  static override properties: PropertyDeclarations = {
    type: { reflect: true },
    options: { attribute: false },
    values: { attribute: false },
    checked: { type: Boolean },
  };

  /** How the options are offered. Default `radio`. */
  declare type: ChoiceType;
  /** The options, in order. Labels are shown as text, never as markup. */
  declare options: ChoiceOption[];
  /** The ticked values of a checkbox list. */
  declare values: string[];
  /** Whether a yes/no box (`checkbox` without options) is ticked. */
  declare checked: boolean;

  constructor() {
    super();
    this.type = 'radio';
    this.options = [];
    this.values = [];
    this.checked = false;
  }

  /** A yes/no box: a checkbox without options. */
  get #single(): boolean {
    return this.type === 'checkbox' && !this.options.length;
  }

  get #multiple(): boolean {
    return this.type === 'checkbox' && this.options.length > 0;
  }

  /** Shown as a select box: asked for, or a list too long for radios and checkboxes. */
  get #listbox(): boolean {
    return this.type === 'select' || (!this.#single && this.options.length > LONG_LIST);
  }

  protected override get control(): HTMLElement | null {
    return this.renderRoot.querySelector('#control, [part=input]');
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // `value` mirrors the choice, so `required` and the base's checks work for every kind.
    if (this.#multiple && changed.has('values')) this.value = this.values.join(',');
    if (this.#single && changed.has('checked')) this.value = this.checked ? 'on' : '';
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#multiple && !this.disabled) {
      const data = new FormData();
      for (const value of this.values) data.append(this.name, value);
      this.internals.setFormValue(data);
    }
  }

  protected override checkValue(): FieldMessage | null {
    if (this.#single) return null;
    const known = new Set(this.options.map((option) => option.value));
    const chosen = this.#multiple ? this.values : [this.value];
    return chosen.every((value) => known.has(value)) ? null : { code: 'option.invalid' };
  }

  /** @internal */
  override formResetCallback(): void {
    super.formResetCallback();
    this.values = [];
    this.checked = false;
  }

  #pick(event: Event): void {
    const input = event.target as HTMLInputElement & HTMLSelectElement;
    if (this.#single) this.checked = input.checked;
    else if (input.multiple) this.values = [...input.selectedOptions].map((option) => option.value);
    else if (this.#multiple) {
      this.values = input.checked
        ? this.options.map((o) => o.value).filter((v) => v === input.value || this.values.includes(v))
        : this.values.filter((value) => value !== input.value);
    } else this.value = input.value;
  }

  protected override renderField(messages: TemplateResult, state: ControlState): TemplateResult {
    if (this.#listbox) return super.renderField(messages, state);
    if (this.#single) {
      // The statement itself is the label, after the box (GOV.UK single checkbox).
      return html`${messages}
        <div class="choice">
          ${this.#box('checkbox', 'control', 'on', this.checked, state)}
          ${this.labelHeading(html`<label part="label" class="choice-label" for="control">${this.labelText}</label>`)}
        </div>`;
    }
    return html`<fieldset class="fieldset" aria-describedby=${state.describedBy}>
      <legend part="label" class="legend">${this.labelHeading(html`<span class="label">${this.labelText}</span>`)}</legend>
      ${messages}
      <div part="choices" class="choices">
        ${this.options.map(
          (option, i) => html`<div class="choice">
            ${this.#box(
              this.#multiple ? 'checkbox' : 'radio',
              `o${i}`,
              option.value,
              this.#multiple ? this.values.includes(option.value) : this.value === option.value,
              { describedBy: nothing, invalid: state.invalid },
            )}
            <label class="choice-label" for="o${i}">${option.label}</label>
          </div>`,
        )}
      </div>
    </fieldset>`;
  }

  #box(type: 'radio' | 'checkbox', id: string, value: string, checked: boolean, { describedBy, invalid }: ControlState): TemplateResult {
    return html`<input
      part="input"
      class="box"
      type=${type}
      id=${id}
      name="choice"
      .value=${value}
      .checked=${checked}
      ?disabled=${this.disabled}
      aria-required=${this.#single && this.required ? 'true' : nothing}
      aria-invalid=${invalid ? 'true' : nothing}
      aria-describedby=${describedBy}
      @input=${this.#pick}
      @change=${this.changed}
      @blur=${this.touched}
    />`;
  }

  protected override renderControl({ describedBy, invalid }: ControlState): TemplateResult {
    const multiple = this.#multiple;
    return html`<select
      part="input"
      id="control"
      class="input"
      ?multiple=${multiple}
      size=${multiple ? 8 : nothing}
      ?disabled=${this.disabled}
      autocomplete=${this.autocomplete || nothing}
      aria-required=${this.required ? 'true' : nothing}
      aria-invalid=${invalid ? 'true' : nothing}
      aria-describedby=${describedBy}
      @input=${this.#pick}
      @change=${this.changed}
      @blur=${this.touched}
    >
      ${multiple ? nothing : html`<option value="" ?selected=${!this.value}>${this.t('choicePick')}</option>`}
      ${this.options.map(
        (option) => html`<option
          value=${option.value}
          ?selected=${multiple ? this.values.includes(option.value) : option.value === this.value}
        >${option.label}</option>`,
      )}
    </select>`;
  }
}

define('padu-choice', PaduChoice);

declare global {
  interface HTMLElementTagNameMap {
    'padu-choice': PaduChoice;
  }
}
