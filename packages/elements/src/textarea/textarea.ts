import { html, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { define } from '../base/define.ts';
import { PaduField } from '../base/field.ts';
import type { ControlState } from '../base/field.ts';

/**
 * @tagname padu-textarea
 * @summary A labelled multi-line field (an address, a description) that takes part in forms like a native
 * `<textarea>`, with the GOV.UK label, hint and error message.
 *
 * @csspart input - The textarea.
 *
 * @fires input - As the value changes (native, from the inner textarea).
 * @fires change - When the value was committed (re-dispatched from the host).
 */
export class PaduTextarea extends PaduField {
  static override properties: PropertyDeclarations = {
    rows: { type: Number },
  };

  /** Visible lines. Default 4. */
  declare rows: number;

  constructor() {
    super();
    this.rows = 4;
  }

  #onInput(event: Event): void {
    this.value = (event.target as HTMLTextAreaElement).value;
  }

  protected override renderControl({ describedBy, invalid }: ControlState): TemplateResult {
    return html`<textarea
      part="input"
      id="control"
      class="input"
      rows=${this.rows}
      .value=${this.value}
      ?disabled=${this.disabled}
      autocomplete=${this.autocomplete || nothing}
      aria-required=${this.required ? 'true' : nothing}
      aria-invalid=${invalid ? 'true' : nothing}
      aria-describedby=${describedBy}
      @input=${this.#onInput}
      @change=${this.changed}
      @blur=${this.touched}
    ></textarea>`;
  }
}

define('padu-textarea', PaduTextarea);

declare global {
  interface HTMLElementTagNameMap {
    'padu-textarea': PaduTextarea;
  }
}
