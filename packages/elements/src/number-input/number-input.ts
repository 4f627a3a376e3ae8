import type { PropertyDeclarations } from 'lit';
import { validateField } from '@padu/contract';
import type { ErrorCode, Locale } from '@padu/contract';
import { define } from '../base/define.ts';
import type { FieldMessage } from '../base/field.ts';
import { PaduTextInput } from '../text-input/text-input.ts';

/**
 * A number as people write it, in the form the contract reads ("3.2"). Indonesian writes 1.250,5 and English
 * 1,250.5: a value with thousands groups is read the locale's way, and otherwise either mark is the decimal
 * point, because a phone's keyboard offers "," or "." depending on its own settings ("3,2" and "3.2" are both
 * 3.2). Anything else comes back as typed, for the validator to refuse.
 */
export function parseDecimal(text: string, locale: Locale): string {
  const compact = text.replace(/\s+/g, '');
  const [group, decimal] = locale === 'en' ? [',', '.'] : ['.', ','];
  const grouped = new RegExp(`^[+-]?[1-9]\\d{0,2}(?:\\${group}\\d{3})+(?:\\${decimal}\\d+)?$`);
  if (grouped.test(compact)) return compact.split(group).join('').replace(decimal, '.');
  return /^[+-]?\d*[.,]\d+$/.test(compact) ? compact.replace(',', '.') : compact;
}

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
