import type { PropertyDeclarations } from 'lit';
import { validateField } from '@padu/contract';
import type { ErrorCode } from '@padu/contract';
import { define } from '../base/define.ts';
import type { FieldMessage } from '../base/field.ts';
import { parseDecimal } from '../i18n/numbers.ts';
import { PaduTextInput } from '../text-input/text-input.ts';

/**
 * @tagname padu-number-input
 * @summary A number field. It is a text input with the numeric keyboard (GOV.UK: `type=number` rounds, scrolls
 * and hides what was typed), so a mistyped value stays visible and gets a message. Decimal commas and thousands
 * groups are read as people write them; `min`, `max` and `integer` are checked with the contract's rules.
 *
 * @csspart input - The input.
 *
 * @fires input - As the value changes (native, from the inner input).
 * @fires change - When the value was committed (re-dispatched from the host).
 */
export class PaduNumberInput extends PaduTextInput {
  static override properties: PropertyDeclarations = {
    min: { type: Number },
    max: { type: Number },
    integer: { type: Boolean },
  };

  /** The smallest allowed number. */
  declare min: number | undefined;
  /** The largest allowed number. */
  declare max: number | undefined;
  /** Only whole numbers (and the keyboard without a decimal mark). */
  declare integer: boolean;

  constructor() {
    super();
    this.integer = false;
  }

  /** The value as a number, or `NaN` when it is not one. */
  get valueAsNumber(): number {
    const text = parseDecimal(this.value, this.locale);
    return text ? Number(text) : Number.NaN;
  }

  protected override keyboard(): string {
    return this.integer ? 'numeric' : 'decimal';
  }

  protected override checkValue(): FieldMessage | null {
    const { min, max, integer } = this;
    const field = { name: 'n', type: 'number' as const, label: { id: this.label }, min, max, integer };
    const problem = validateField(field, parseDecimal(this.value, this.locale));
    return problem ? { code: problem.code as ErrorCode, params: problem.params ?? {} } : null;
  }
}

define('padu-number-input', PaduNumberInput);

declare global {
  interface HTMLElementTagNameMap {
    'padu-number-input': PaduNumberInput;
  }
}
