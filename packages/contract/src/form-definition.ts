/**
 * Checks a form definition itself, as the gateway does before it publishes one and an editor does while an OPD
 * admin types: every problem, each with a JSON pointer into the definition and a code of the message catalogue.
 */

import type { components } from './generated/openapi.ts';
import { formatMessage, type ErrorCode, type Locale, type MessageParams } from './messages.ts';
import { checkCondition } from './conditions.ts';
import { prefillFieldTypes } from './form-state.ts';
import { clean, compilePattern, hasOptions, isKnownFieldType, isObject } from './form-internal.ts';
import { comparisonFits, uploadMimeTypes } from './field-kinds.ts';

type Schemas = components['schemas'];
type FormDefinition = Schemas['FormDefinition'];
type FormField = Schemas['FormField'];
type FieldError = Schemas['FieldError'];
type FieldType = Schemas['FieldType'];

/** Options of {@link validateFormDefinition}. */
export interface ValidateDefinitionOptions {
  locale?: Locale;
  /** Where the definition sits (default `""`, the whole body). */
  basePointer?: string;
}

/**
 * Checks a form definition itself. Never throws. Problems (pointers name the step, field or part of it, e.g.
 * `/steps/0/fields/2/visibleWhen/any/1`):
 * - `definition.invalid`: an entry too broken to read (a content block without `text`, too);
 * - `definition.unknown_type`, `definition.duplicate_name` (field names are unique across all steps and groups,
 *   step ids among steps), `definition.options_missing` (select, radio), `definition.bad_pattern`;
 * - `definition.condition_invalid` (malformed, too deep, too many items), `definition.condition_field` (refers to
 *   a field that is not earlier: of an earlier step, earlier in the same step, or earlier in the same group
 *   item; so there can be no cycles), `definition.condition_type` (the comparison does not fit the field, e.g.
 *   `lessThan` on a text, or an option the field lacks);
 * - `definition.group_fields` (a group without fields), `definition.group_nested`, `definition.group_items`
 *   (`minItems` above `maxItems`);
 * - `definition.link_https` (content links are https only), `definition.mime_type`, `definition.prefill`
 *   (a prefill source that does not fit the field type, or a prefill inside a group).
 */
export function validateFormDefinition(definition: FormDefinition, options: ValidateDefinitionOptions = {}): FieldError[] {
  const locale = options.locale ?? 'id';
  const base = options.basePointer ?? '';
  const problems: FieldError[] = [];
  const report = (pointer: string, code: ErrorCode, params: MessageParams): void => {
    problems.push({ pointer, code, message: formatMessage(code, params, locale), params });
  };

  const def: unknown = definition;
  if (!isObject(def) || !Array.isArray(def.steps)) {
    report(base, 'definition.invalid', { field: '/steps' });
    return problems;
  }

  const stepIds = new Set<unknown>();
  const names = new Set<unknown>();
  /** Fields a condition outside any group may refer to: the earlier top-level fields. */
  const earlier = new Map<string, FormField>();

  const checkConditionOf = (owner: string, condition: unknown, pointer: string, scope: ReadonlyMap<string, FormField>): void => {
    if (condition === undefined) return;
    const { comparisons, problems: shape } = checkCondition(condition);
    for (const problem of shape) report(`${pointer}${problem.pointer}`, 'definition.condition_invalid', { field: owner });
    for (const comparison of comparisons) {
      const target = scope.get(comparison.field);
      const at = `${pointer}${comparison.pointer}`;
      if (!target) report(`${at}/field`, 'definition.condition_field', { field: owner, ref: clean(comparison.field, 100) });
      else if (isKnownFieldType(target.type) && !comparisonFits(target, comparison.operator, comparison.operand)) {
        report(`${at}/${comparison.operator}`, 'definition.condition_type', { field: owner, ref: clean(comparison.field, 100), operator: comparison.operator });
      }
    }
  };

  const checkField = (field: Record<string, unknown>, pointer: string, scope: ReadonlyMap<string, FormField>, inGroup: boolean): void => {
    const name = clean(field.name, 100);
    if (names.has(field.name)) report(pointer, 'definition.duplicate_name', { field: name });
    names.add(field.name);
    checkConditionOf(name, field.visibleWhen, `${pointer}/visibleWhen`, scope);
    checkConditionOf(name, field.requiredWhen, `${pointer}/requiredWhen`, scope);
    if (!isKnownFieldType(field.type)) {
      report(pointer, 'definition.unknown_type', { field: name, type: clean(field.type, 40) });
    } else if ((field.type === 'select' || field.type === 'radio') && !hasOptions(field)) {
      report(pointer, 'definition.options_missing', { field: name });
    }
    if (field.pattern !== undefined && !compilePattern(field.pattern)) report(`${pointer}/pattern`, 'definition.bad_pattern', { field: name });
    if (Array.isArray(field.accept)) {
      field.accept.forEach((type: unknown, k) => {
        if (!(uploadMimeTypes as readonly unknown[]).includes(type)) report(`${pointer}/accept/${k}`, 'definition.mime_type', { field: name, type: clean(type, 100) });
      });
    }
    if (field.prefill !== undefined) {
      const fits = typeof field.prefill === 'string' && Object.hasOwn(prefillFieldTypes, field.prefill)
        && prefillFieldTypes[field.prefill as keyof typeof prefillFieldTypes].includes(field.type as FieldType);
      if (!fits || inGroup) report(`${pointer}/prefill`, 'definition.prefill', { field: name, source: clean(field.prefill, 40) });
    }
    if (field.type === 'content') {
      if (!isObject(field.text)) report(`${pointer}/text`, 'definition.invalid', { field: `${pointer.slice(base.length)}/text` });
      if (Array.isArray(field.links)) {
        field.links.forEach((link: unknown, k) => {
          const href = isObject(link) ? link.href : undefined;
          if (typeof href !== 'string' || !/^https:\/\/[^\s<>"]+$/.test(href) || !URL.canParse(href)) {
            report(`${pointer}/links/${k}/href`, 'definition.link_https', { field: name });
          }
        });
      }
    }
    if (field.type !== 'group') return;
    if (inGroup) return void report(pointer, 'definition.group_nested', { field: name });
    if (typeof field.minItems === 'number' && typeof field.maxItems === 'number' && field.minItems > field.maxItems) {
      report(`${pointer}/minItems`, 'definition.group_items', { field: name, min: field.minItems, max: field.maxItems });
    }
    if (!Array.isArray(field.fields) || field.fields.length === 0) return void report(pointer, 'definition.group_fields', { field: name });
    // An item's fields may refer to the fields before the group and to earlier fields of the same item.
    const itemScope = new Map(scope);
    field.fields.forEach((member: unknown, k) => {
      const memberPointer = `${pointer}/fields/${k}`;
      if (!isObject(member) || typeof member.name !== 'string') {
        return void report(memberPointer, 'definition.invalid', { field: memberPointer.slice(base.length) });
      }
      checkField(member, memberPointer, itemScope, true);
      if (!itemScope.has(member.name)) itemScope.set(member.name, member as FormField);
    });
  };

  for (let i = 0; i < def.steps.length; i++) {
    const step: unknown = def.steps[i];
    const stepPointer = `${base}/steps/${i}`;
    if (!isObject(step) || !Array.isArray(step.fields)) {
      report(stepPointer, 'definition.invalid', { field: `/steps/${i}` });
      continue;
    }
    if (stepIds.has(step.id)) report(stepPointer, 'definition.duplicate_name', { field: clean(step.id, 100) });
    stepIds.add(step.id);
    // A step's condition sees the fields of earlier steps only.
    checkConditionOf(clean(step.id, 100), step.visibleWhen, `${stepPointer}/visibleWhen`, new Map(earlier));

    for (let j = 0; j < step.fields.length; j++) {
      const field: unknown = step.fields[j];
      const pointer = `${stepPointer}/fields/${j}`;
      if (!isObject(field) || typeof field.name !== 'string') {
        report(pointer, 'definition.invalid', { field: `/steps/${i}/fields/${j}` });
        continue;
      }
      checkField(field, pointer, earlier, false);
      if (!earlier.has(field.name)) earlier.set(field.name, field as FormField);
    }
  }
  return problems;
}
