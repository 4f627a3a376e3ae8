import { html, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { isEmail, normalizePhone } from '@padu/contract';
import { define } from '../base/define.ts';
import { PaduField } from '../base/field.ts';
import type { ControlState, FieldMessage } from '../base/field.ts';
import { textInputStyles } from './text-input.styles.ts';

/** The input types `<padu-text-input>` renders. */
export type TextInputType = 'text' | 'email' | 'password' | 'tel' | 'number' | 'date' | 'search';

/**
 * @tagname padu-text-input
 * @summary A labelled single-line field (text, email, password, tel, number, date, search) that takes part in
 * forms. A password field has a show/hide button. Email and tel values are checked with the contract's rules.
 *
 * @csspart input - The input.
 * @csspart toggle - The show/hide button of a password field.
 *
 * @fires input - As the value changes (native, from the inner input).
 * @fires change - When the value was committed (re-dispatched from the host).
 */
export class PaduTextInput extends PaduField {
  static override styles = [PaduField.styles, textInputStyles];

  static override properties: PropertyDeclarations = {
    type: { reflect: true },
    revealed: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** The kind of input. Default `text`. */
  declare type: TextInputType;
  protected declare revealed: boolean;
  protected declare announcement: string;

  constructor() {
    super();
    this.type = 'text';
    this.revealed = false;
    this.announcement = '';
  }

  /** What the value becomes as it is typed; subclasses strip separators and the like. */
  protected clean(raw: string): string {
    return raw;
  }

  /** The virtual keyboard to offer (`inputmode`). */
  protected keyboard(): string | undefined {
    return undefined;
  }

  protected override checkValue(): FieldMessage | null {
    if (this.type === 'email' && !isEmail(this.value.trim())) return { code: 'email.invalid' };
    if (this.type === 'tel' && !normalizePhone(this.value).ok) return { code: 'tel.invalid' };
    return null;
  }

  #onInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    const raw = input.value;
    const next = this.clean(raw);
    if (next !== raw) {
      // Keep the caret where it was, counted in normalised characters.
      const caret = this.clean(raw.slice(0, input.selectionStart ?? raw.length)).length;
      input.value = next;
      try {
        input.setSelectionRange(caret, caret);
      } catch {
        // Some input types (email, number) have no selection.
      }
    }
    this.value = next;
  }

  /** Enter submits the form, as in a native input (the inner input has no form of its own). */
  #onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter' && !event.isComposing && this.form) {
      event.preventDefault();
      this.form.requestSubmit();
    }
  }

  #toggle(): void {
    this.revealed = !this.revealed;
    this.announcement = this.t(this.revealed ? 'passwordShown' : 'passwordHidden');
  }

  protected override renderControl({ describedBy, invalid }: ControlState): TemplateResult {
    const password = this.type === 'password';
    const plain = password || this.type === 'email' || this.keyboard();
    return html`
      <div class="row">
        <input
          part="input"
          id="control"
          class="input"
          type=${password && this.revealed ? 'text' : this.type}
          .value=${this.value}
          ?disabled=${this.disabled}
          autocomplete=${this.autocomplete || nothing}
          inputmode=${this.keyboard() ?? nothing}
          spellcheck=${plain ? 'false' : nothing}
          autocapitalize=${plain ? 'off' : nothing}
          aria-required=${this.required ? 'true' : nothing}
          aria-invalid=${invalid ? 'true' : nothing}
          aria-describedby=${describedBy}
          @input=${this.#onInput}
          @keydown=${this.#onKeydown}
          @change=${this.changed}
          @blur=${this.touched}
        />
        ${password
          ? html`<button
              type="button"
              part="toggle"
              class="button secondary toggle"
              aria-controls="control"
              aria-label=${this.t(this.revealed ? 'passwordHideLabel' : 'passwordShowLabel')}
              ?disabled=${this.disabled}
              @click=${this.#toggle}
            >
              ${this.t(this.revealed ? 'passwordHide' : 'passwordShow')}
            </button>`
          : nothing}
      </div>
      ${password ? html`<div class="visually-hidden" aria-live="polite">${this.announcement}</div>` : nothing}
    `;
  }
}

define('padu-text-input', PaduTextInput);

declare global {
  interface HTMLElementTagNameMap {
    'padu-text-input': PaduTextInput;
  }
}
