import { html, LitElement, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import type { ErrorCode, MessageParams } from '@padu/contract';
import { errorMessage, loadErrorMessages } from '../i18n/i18n.ts';
import { fieldStyles } from '../styles/field.ts';
import { PaduElement } from './padu-element.ts';
import type { Message } from './padu-element.ts';

/** Why a value is not valid: a contract error code (with its shared message) or a key of the string catalogue. */
export type FieldMessage = { code: ErrorCode; params?: MessageParams } | Message;

/** An extra check on a field's value: `null` when it is fine. */
export type FieldValidator = (value: string, field: PaduField) => FieldMessage | null;

/** What a field's control needs to be labelled and described. */
export interface ControlState {
  /** ids for `aria-describedby` (hint, error), or `nothing`. */
  describedBy: string | typeof nothing;
  /** Whether the error is shown, for `aria-invalid`. */
  invalid: boolean;
}

/**
 * The base of every form field: form-associated through ElementInternals, so it takes part in any `<form>` (in
 * the page or in a shadow root) like a native input, with `name`, `value`, `required`, `disabled`, constraint
 * validation and reset. Renders the GOV.UK order: label, hint, error message, control.
 *
 * Validation runs on every change, so the form's validity is always current, but the message is shown only
 * after a submit attempt (the `invalid` event) or after leaving a field that has a value; from then on it
 * follows what the person types. Messages come from the contract's catalogue by code, so the gateway and the
 * page say the same words. Subclasses render the control (`renderControl`) and add type checks (`checkValue`).
 *
 * @csspart base - The wrapper of label, hint, error and control.
 * @csspart label - The label.
 * @csspart hint - The hint under the label.
 * @csspart error - The error message.
 */
export class PaduField extends PaduElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [PaduElement.styles, fieldStyles];

  static override properties: PropertyDeclarations = {
    name: { reflect: true },
    value: {},
    label: {},
    hint: {},
    required: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    error: {},
    autocomplete: {},
    labelLevel: { type: Number, attribute: 'label-level' },
    markOptional: { type: Boolean, attribute: 'mark-optional' },
    validators: { attribute: false },
    errorShown: { state: true, attribute: false },
  };

  /** The name the value is submitted under. */
  declare name: string;
  /** The current value. The `value` attribute is the default a form reset returns to. */
  declare value: string;
  /** The visible label. */
  declare label: string;
  /** Help under the label, e.g. what the value looks like. */
  declare hint: string;
  declare required: boolean;
  declare disabled: boolean;
  /**
   * An error to show now, e.g. from the gateway's validation problem. It makes the field invalid until it is
   * cleared.
   */
  declare error: string;
  /** The `autocomplete` token of the control, e.g. `username`. */
  declare autocomplete: string;
  /**
   * Makes the label the page's heading, at this level (GOV.UK: on a page with one question, the label is the
   * heading). Default 0: a plain label.
   */
  declare labelLevel: number;
  /** Adds "(opsional)" to the label when the field is not required (GOV.UK: mark optional fields, never required ones). */
  declare markOptional: boolean;
  /** Extra checks, run after `required` and the type's own check. */
  declare validators: FieldValidator[];
  protected declare errorShown: boolean;

  protected readonly internals: ElementInternals;
  /** The contract's messages being fetched for this field (see `errorText`). */
  #messagesLoading: Promise<unknown> | undefined;

  constructor() {
    super();
    this.name = '';
    this.value = '';
    this.label = '';
    this.hint = '';
    this.required = false;
    this.disabled = false;
    this.error = '';
    this.autocomplete = '';
    this.labelLevel = 0;
    this.markOptional = false;
    this.validators = [];
    this.errorShown = false;
    this.internals = this.attachInternals();
    this.addEventListener('invalid', () => (this.errorShown = true));
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  get validity(): ValidityState {
    return this.internals.validity;
  }
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** The value's problem, or `null` when it is valid. */
  validate(): FieldMessage | null {
    if (this.disabled) return null;
    if (!this.value.trim()) return this.required ? { code: 'required' } : null;
    return this.checkValue() ?? this.validators.map((check) => check(this.value, this)).find(Boolean) ?? null;
  }

  /** The type's own check (email format, NIK rules …); the base accepts anything. */
  protected checkValue(): FieldMessage | null {
    return null;
  }

  /**
   * The error text that applies now (shown or not). A contract message other than `required` may not be here yet
   * (see `errorMessage`): then this says "Kesalahan" until it arrives, the field re-renders with it, and
   * `updateComplete` waits for that.
   */
  protected errorText(): string {
    if (this.error) return this.error;
    const problem = this.validate();
    if (!problem) return '';
    if (!('code' in problem)) return this.say(problem);
    const text = errorMessage(this.locale, problem.code, { label: this.label, ...problem.params }, this.strings);
    if (text !== undefined) return text;
    const loading: Promise<unknown> = (this.#messagesLoading ??= loadErrorMessages().then(
      () => {
        if (this.#messagesLoading === loading) this.#messagesLoading = undefined;
        this.requestUpdate();
      },
      () => {
        if (this.#messagesLoading === loading) this.#messagesLoading = undefined;
      },
    ));
    return this.t('error');
  }

  /** Also waits for the contract's messages when they are on their way, and the re-render with them. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.#messagesLoading) {
      await this.#messagesLoading;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected get control(): HTMLElement | null {
    return this.renderRoot.querySelector('#control');
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.internals.setFormValue(this.disabled ? null : this.value);
    const message = this.errorText();
    this.internals.setValidity(message ? { customError: true } : {}, message, this.control ?? undefined);
  }

  /** @internal */
  formResetCallback(): void {
    this.value = this.getAttribute('value') ?? '';
    this.errorShown = false;
  }

  /** @internal */
  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled;
  }

  /** @internal */
  formStateRestoreCallback(state: string | null): void {
    this.value = state ?? '';
  }

  /** Call from the control's `blur`: a field someone has filled in shows its error from now on. */
  protected touched(): void {
    if (this.value.trim()) this.errorShown = true;
  }

  /** `change` does not cross shadow roots; the field re-dispatches it from itself, as a native input would. */
  protected changed(): void {
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  override render(): TemplateResult {
    const message = this.errorText();
    const shown = Boolean(message && (this.errorShown || this.error));
    const describedBy = [this.hint && 'hint', shown && 'error'].filter(Boolean).join(' ') || nothing;
    const messages = html`
      ${this.hint ? html`<div part="hint" id="hint" class="hint">${this.hint}</div>` : nothing}
      ${shown
        ? html`<p part="error" id="error" class="error"><span class="visually-hidden">${this.t('error')}: </span>${message}</p>`
        : nothing}
    `;
    return html`<div part="base" class="field ${shown ? 'invalid' : ''}">${this.renderField(messages, { describedBy, invalid: shown })}</div>`;
  }

  /**
   * Label, `messages` (hint and error) and control, in the GOV.UK order. A group of radios or checkboxes puts
   * them in a fieldset instead, with the question as its legend.
   */
  protected renderField(messages: TemplateResult, state: ControlState): TemplateResult {
    return html`${this.labelHeading(html`<label part="label" class="label" for="control">${this.labelText}</label>`)}
      ${messages} ${this.renderControl(state)}`;
  }

  /** The label as shown, with "(opsional)" when `mark-optional` applies. */
  protected get labelText(): string {
    return this.markOptional && !this.required ? `${this.label} ${this.t('optional')}` : this.label;
  }

  /** `label` inside a heading at `label-level`, or as it is when the label is not the page's heading. */
  protected labelHeading(label: TemplateResult): TemplateResult {
    return this.labelLevel
      ? html`<div class="label-heading" role="heading" aria-level=${this.labelLevel}>${label}</div>`
      : label;
  }

  /** The control itself, with `id="control"`, labelled by the label and described by `describedBy`. */
  protected renderControl(_state: ControlState): TemplateResult {
    return html``;
  }
}
