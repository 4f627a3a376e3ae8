import { validateKk } from '@padu/contract';
import { define } from '../base/define.ts';
import type { FieldMessage } from '../base/field.ts';
import { PaduNikInput } from '../nik-input/nik-input.ts';

/**
 * @tagname padu-kk-input
 * @summary A No. KK (family card number) field. Like `<padu-nik-input>` it drops the spaces, dots and dashes
 * people type or paste and offers the numeric keyboard; the 16 digits are checked with the contract's KK rules
 * (province, recording date, serial), so the message says which part is wrong.
 *
 * @csspart input - The input.
 *
 * @fires input - As the value changes (native, from the inner input).
 * @fires change - When the value was committed (re-dispatched from the host).
 */
export class PaduKkInput extends PaduNikInput {
  protected override checkValue(): FieldMessage | null {
    const kk = validateKk(this.value);
    return kk.ok ? null : { code: kk.code };
  }
}

define('padu-kk-input', PaduKkInput);

declare global {
  interface HTMLElementTagNameMap {
    'padu-kk-input': PaduKkInput;
  }
}
