/**
 * What a field of each type takes: the kind of its answer, the operators a condition may ask of it and the operands
 * that fit (the rules publishing checks in `validateFormDefinition`, and an editor offers), and the file types a
 * file field may accept. A module of its own,
 * so the form rules that every application form loads do not carry what only a form editor needs.
 */
import type { components } from './generated/openapi.ts';
import type { ComparisonOperator } from './conditions.ts';
import { hasOptions, optionValues } from './form-internal.ts';
import { isIsoDate } from './dates.ts';

type Schemas = components['schemas'];
type FormField = Schemas['FormField'];

/** The MIME types a file field may accept (the contract's `UploadMimeType`). */
export const uploadMimeTypes: readonly Schemas['UploadMimeType'][] = ['application/pdf', 'image/jpeg', 'image/png'];

/** What the answer of a field is, for the type checks of conditions. */
export type AnswerKind = 'text' | 'choice' | 'number' | 'date' | 'yesno' | 'list' | 'file' | 'items' | 'none';

/** What kind of answer `field` takes. */
export function answerKind(field: FormField): AnswerKind {
  switch (field.type) {
    case 'number':
      return 'number';
    case 'date':
      return 'date';
    case 'select':
    case 'radio':
      return 'choice';
    case 'checkbox':
      return hasOptions(field) ? 'list' : 'yesno';
    case 'file':
      return 'file';
    case 'group':
      return 'items';
    case 'content':
      return 'none';
    default:
      return 'text';
  }
}

/** The comparison operators a condition may ask of `field`'s answer (none for a content block). */
export function operatorsFor(field: FormField): ComparisonOperator[] {
  const kind = answerKind(field);
  if (kind === 'none') return [];
  const operators: ComparisonOperator[] = ['isEmpty', 'notEmpty'];
  if (kind === 'items' || kind === 'file') return operators; // only empty or not
  operators.push('equals', 'notEquals');
  if (kind !== 'yesno') operators.push('oneOf'); // a list of yes/no answers is not a comparison's operand
  if (kind === 'date') operators.push('before', 'after');
  if (kind === 'number') operators.push('lessThan', 'greaterThan');
  return operators;
}

/**
 * Whether a comparison with `operator` and `operand` can be asked of `field`'s answer: the operator is one of
 * {@link operatorsFor} and the operand (each item of a `oneOf`) is of the answer's kind: a number, a yes/no, one of
 * the field's option values, a `YYYY-MM-DD` date or a text. The operand's shape itself is `checkCondition`'s.
 */
export function comparisonFits(field: FormField, operator: string, operand: unknown): boolean {
  const kind = answerKind(field);
  if (kind === 'none') return false;
  if (operator === 'isEmpty' || operator === 'notEmpty') return true;
  if (operator === 'before' || operator === 'after') return kind === 'date';
  if (operator === 'lessThan' || operator === 'greaterThan') return kind === 'number';
  const operands = operator === 'oneOf' && Array.isArray(operand) ? operand : [operand];
  return operands.every((value) => {
    switch (kind) {
      case 'number':
        return typeof value === 'number';
      case 'yesno':
        return typeof value === 'boolean';
      case 'choice':
      case 'list':
        return optionValues(field).has(value);
      case 'date':
        return isIsoDate(value);
      case 'text':
        return typeof value === 'string';
      default:
        return false; // files and group items are only empty or not
    }
  });
}
