/**
 * What a form looks like for some answers: which steps, fields and group items are shown and which are required
 * (`formState`), the answers without the hidden ones (`pruneHidden`), and answers filled from the citizen's
 * account (`prefillAnswers`). The elements draw the form from this and the gateway stores what `pruneHidden`
 * keeps, so a hidden field is dropped and ignored in the same way on both sides.
 *
 * Visibility is decided in the order of the form: a condition sees the answers of earlier fields that are
 * themselves visible (a hidden field counts as unanswered), so dropping hidden answers never changes what is
 * visible, and a definition whose conditions refer to later fields (reported by `validateFormDefinition`) still
 * gets one deterministic answer.
 */

import type { components } from './generated/openapi.ts';
import { evaluateCondition, isEmptyAnswer, type ConditionOptions } from './conditions.ts';
import { jakartaDate } from './dates.ts';
import { groupFields, isObject, normalizeValue, readableFields } from './form-internal.ts';

type Schemas = components['schemas'];
type FormDefinition = Schemas['FormDefinition'];
type FormStep = Schemas['FormStep'];
type FormField = Schemas['FormField'];
type FieldType = Schemas['FieldType'];
type Answers = Schemas['Answers'];
export type PrefillSource = Schemas['PrefillSource'];

/** The most items a group may have when its definition sets no `maxItems` (the contract's bound). */
export const GROUP_MAX_ITEMS = 50;

/** Whether and how a field is asked, for some answers. */
export interface FieldState {
  readonly name: string;
  readonly field: FormField;
  /** Shown: its step is visible, its group (if any) is visible and its `visibleWhen` holds. */
  readonly visible: boolean;
  /**
   * Visible, a question (not a content block), and `required`, or its `requiredWhen` holds, or (a group) its
   * `minItems` is 1 or more.
   */
  readonly required: boolean;
  /**
   * For a group: the item bounds that apply (`minItems` is at least 1 when required) and, per item of the answer
   * while the group is visible, the states of its fields.
   */
  readonly group?: {
    readonly minItems: number;
    readonly maxItems: number;
    readonly items: readonly (readonly FieldState[])[];
  };
}

/** Whether a step is shown, and its fields' states. */
export interface StepState {
  readonly id: string;
  readonly step: FormStep;
  readonly visible: boolean;
  readonly fields: readonly FieldState[];
}

/** A form for some answers: every step in order, and every top-level field by name (the first of a name). */
export interface FormState {
  readonly steps: readonly StepState[];
  readonly fields: ReadonlyMap<string, FieldState>;
}

/** Options of {@link formState} and {@link pruneHidden}. */
export type FormStateOptions = ConditionOptions;

function stateOf(
  field: FormField,
  parentVisible: boolean,
  value: unknown,
  answerOf: (name: string) => unknown,
  options: FormStateOptions,
  inGroup: boolean,
): FieldState {
  const visible = parentVisible && (field.visibleWhen === undefined || evaluateCondition(field.visibleWhen, answerOf, options));
  const declaredMin = field.type === 'group' && typeof field.minItems === 'number' ? field.minItems : 0;
  const required =
    visible &&
    field.type !== 'content' &&
    (field.required === true || declaredMin > 0 || (field.requiredWhen !== undefined && evaluateCondition(field.requiredWhen, answerOf, options)));
  if (field.type !== 'group' || inGroup) return { name: field.name, field, visible, required };

  const members = groupFields(field);
  // A hidden group has no items to show (its answer is dropped).
  const items = (visible && Array.isArray(value) ? value : []).map((item: unknown) => {
    const given = isObject(item) ? item : {};
    // An item's fields see the earlier visible fields of the same item, then the fields before the group.
    const seen = new Map<string, unknown>();
    const itemAnswerOf = (name: string) => (seen.has(name) ? seen.get(name) : answerOf(name));
    return members.map((member) => {
      const answer = Object.hasOwn(given, member.name) ? given[member.name] : undefined;
      const state = stateOf(member, visible, answer, itemAnswerOf, options, true);
      if (state.visible && !seen.has(member.name)) seen.set(member.name, normalizeValue(member, answer));
      return state;
    });
  });
  const minItems = Math.max(declaredMin, required ? 1 : 0);
  const maxItems = typeof field.maxItems === 'number' ? field.maxItems : GROUP_MAX_ITEMS;
  return { name: field.name, field, visible, required, group: { minItems, maxItems, items } };
}

/**
 * The state of every step, field and group item of `definition` for `answers` (normalised or not): visible or
 * hidden, required or not. Pure and deterministic for the same `today`; never throws.
 */
export function formState(definition: FormDefinition, answers: Answers | Readonly<Record<string, unknown>>, options: FormStateOptions = {}): FormState {
  const given: Record<string, unknown> = isObject(answers) ? answers : {};
  const def: unknown = definition;
  // One `today` for the whole form, even if midnight passes while it is worked out.
  const conditionOptions: ConditionOptions = { today: options.today ?? jakartaDate() };
  const seen = new Map<string, unknown>();
  const answerOf = (name: string) => seen.get(name);
  const fields = new Map<string, FieldState>();
  const steps: StepState[] = [];
  for (const step of isObject(def) && Array.isArray(def.steps) ? def.steps : []) {
    if (!isObject(step)) continue;
    const visible = step.visibleWhen === undefined || evaluateCondition(step.visibleWhen as never, answerOf, conditionOptions);
    const states = readableFields(step.fields).map((field) => {
      const value = Object.hasOwn(given, field.name) ? given[field.name] : undefined;
      const state = stateOf(field, visible, value, answerOf, conditionOptions, false);
      if (!fields.has(field.name)) {
        fields.set(field.name, state);
        if (state.visible && field.type !== 'content') seen.set(field.name, normalizeValue(field, value));
      }
      return state;
    });
    steps.push({ id: String(step.id), step: step as FormStep, visible, fields: states });
  }
  return { steps, fields };
}

/**
 * `answers` without the answers of hidden fields (and, in each group item, of its hidden fields): what the
 * gateway stores and the browser submits. Names the definition lacks stay, for {@link validateAnswers} to report.
 */
export function pruneHidden(definition: FormDefinition, answers: Answers, options: FormStateOptions = {}): Answers {
  const given: Record<string, unknown> = isObject(answers) ? answers : {};
  const { fields } = formState(definition, given, options);
  const kept: [string, unknown][] = [];
  for (const [name, value] of Object.entries(given)) {
    const state = fields.get(name);
    if (state && !state.visible) continue;
    if (state?.group && Array.isArray(value)) {
      kept.push([name, value.map((item: unknown, i) => {
        const members = state.group!.items[i];
        if (!isObject(item) || !members) return item;
        const hidden = new Set(members.filter((member) => !member.visible).map((member) => member.name));
        // fromEntries defines own properties, so a hostile `__proto__` key stays a plain key.
        return Object.fromEntries(Object.entries(item).filter(([key]) => !hidden.has(key)));
      })]);
    } else {
      kept.push([name, value]);
    }
  }
  return Object.fromEntries(kept) as Answers;
}

// ---------------------------------------------------------------- prefill

/** The values of the citizen's account a form may be prefilled with (`null`/absent: the account has none). */
export type PrefillProfile = Partial<Record<PrefillSource, string | null>>;

/** The field types each prefill source fits. */
export const prefillFieldTypes: Readonly<Record<PrefillSource, readonly FieldType[]>> = {
  name: ['text'],
  nik: ['nik'],
  kk: ['kk'],
  phone: ['tel'],
  email: ['email'],
  address: ['text', 'textarea'],
};

/**
 * The sources whose values responses only show masked (`User.nikMasked`): a browser cannot fill them, so the
 * gateway does at submit, when the field is left empty.
 */
export const maskedPrefillSources: readonly PrefillSource[] = ['nik', 'kk'];

/** Options of {@link prefillAnswers}. */
export interface PrefillOptions {
  /** Fill empty fields only from these sources (default: all); `prefillLocked` fields are always set. */
  sources?: readonly PrefillSource[];
}

/**
 * `answers` with the top-level fields that have a `prefill` filled from `profile`: a `prefillLocked` field always
 * gets the account's value; another only when it is unanswered (the citizen may change it). A source the profile
 * has no value for leaves the field as it is. The browser calls it once with what it knows of the account
 * (`getMe`: name, email, phone); the gateway at submit with `{ sources: maskedPrefillSources }` and the full
 * account, which fills the NIK the browser only saw masked and enforces locked values.
 */
export function prefillAnswers(definition: FormDefinition, answers: Answers, profile: PrefillProfile, options: PrefillOptions = {}): Answers {
  const filled: Record<string, unknown> = { ...(isObject(answers) ? answers : {}) };
  const def: unknown = definition;
  for (const step of isObject(def) && Array.isArray(def.steps) ? def.steps : []) {
    if (!isObject(step)) continue;
    for (const field of readableFields(step.fields)) {
      const source = field.prefill;
      if (typeof source !== 'string' || !Object.hasOwn(prefillFieldTypes, source)) continue;
      if (!prefillFieldTypes[source].includes(field.type as FieldType)) continue;
      const value = Object.hasOwn(profile, source) ? profile[source] : undefined;
      if (typeof value !== 'string' || value.trim() === '') continue;
      const current = Object.hasOwn(filled, field.name) ? filled[field.name] : undefined;
      const mayFill = !options.sources || options.sources.includes(source);
      if (field.prefillLocked === true || (mayFill && isEmptyAnswer(current))) {
        Object.defineProperty(filled, field.name, { value: normalizeValue(field, value), enumerable: true, writable: true, configurable: true });
      }
    }
  }
  return filled as Answers;
}
