import { normalizeDigits, validateNik } from '@padu/contract';
import { define } from '../base/define.ts';
import type { FieldMessage } from '../base/field.ts';
import { PaduTextInput } from '../text-input/text-input.ts';

/**
 * @tagname padu-nik-input
 * @summary A NIK field: drops the spaces, dots and dashes people type or paste as they type, offers the numeric
 * keyboard, and checks the 16 digits with the contract's NIK rules (province, birth date, serial), so the
 * message says which part is wrong.
 *
 * @csspart input - The input.
 *
 * @fires input - As the value changes (native, from the inner input).
 * @fires change - When the value was committed (re-dispatched from the host).
 */
export class PaduNikInput extends PaduTextInput {
  protected override clean(raw: string): string {
    return normalizeDigits(raw);
  }

  protected override keyboard(): string {
    return 'numeric';
  }

  protected override checkValue(): FieldMessage | null {
    const nik = validateNik(this.value);
    return nik.ok ? null : { code: nik.code };
  }
}

define('padu-nik-input', PaduNikInput);

declare global {
  interface HTMLElementTagNameMap {
    'padu-nik-input': PaduNikInput;
  }
}
