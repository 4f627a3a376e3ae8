/**
 * The field controls of `<padu-service-form>`'s pages: one control per field of the definition, made once and kept
 * while the form lives (moving between pages keeps its state; an upload goes on in the background), with the
 * contract's check of the field as its validator and the options of a choice in the current language.
 */
import type { ErrorCode, FormField, MessageParams } from '@padu/contract';
import type { FieldValidator, PaduField } from '../base/field.ts';
import type { ChoiceOption, PaduChoice } from '../choice/choice.ts';
import type { PaduFileInput } from '../file-input/file-input.ts';
import type { PaduNumberInput } from '../number-input/number-input.ts';
import type { PaduTextInput } from '../text-input/text-input.ts';
import { isRecord } from './draft.ts';
import type { FieldValue, FileInfo } from './draft.ts';
import { controlTags, hasOptions, isYesNo } from './form-model.ts';
import type { ControlFieldType, Issue } from './form-model.ts';
import type { MaskedValue } from './form-session.ts';
import type { FormHost } from './form-host.ts';

/**
 * What the controls need of the form: its answers, its problems, and what to do when the citizen types. Fields are
 * named by key: the field's name, or `<group>/<index>/<name>` in a group item (see `form-session.ts`).
 */
export interface ControlContext {
  /** The element (read when needed: the view makes its controls before it has the element in hand). */
  host(): FormHost;
  valueOf(key: string): FieldValue | undefined;
  fileOf(key: string): FileInfo | undefined;
  /** The masked answer that stands while the control stays empty (a revision's NIK, the account's), if any. */
  maskedOf(key: string): MaskedValue | undefined;
  /** Whether the field is required for the answers given now (its conditions included). */
  requiredOf(key: string): boolean;
  /** Whether the field was filled from the citizen's account. */
  prefilledOf(key: string): boolean;
  issueText(issue: Issue): string;
  /** The contract's check of the field's current answer. */
  check(name: string): { code: ErrorCode; params: MessageParams } | null;
  onInput(name: string): void;
  onChange(name: string): void;
}

export class FieldControls {
  readonly #context: ControlContext;
  readonly #controls = new Map<string, PaduField>();
  readonly #rules = new Map<string, FieldValidator[]>();
  readonly #optionLists = new WeakMap<object, { locale: string; options: ChoiceOption[] }>();

  constructor(context: ControlContext) {
    this.#context = context;
  }

  get #host(): FormHost {
    return this.#context.host();
  }

  /** The control of a field, if it was made. */
  get(name: string): PaduField | undefined {
    return this.#controls.get(name);
  }

  /**
   * What the control of a field holds, as the form keeps it: its value (a checkbox list's chosen options, a yes/no
   * box's tick) and, for a document, the name and size shown (`null` once it is removed).
   */
  read(key: string): { value: FieldValue; file?: FileInfo | null } | undefined {
    const control = this.#controls.get(key);
    if (!control) return undefined;
    if (control.localName === 'padu-file-input') {
      const { value, fileName, fileSize } = control as PaduFileInput;
      return { value, file: value ? { name: fileName, size: fileSize } : null };
    }
    const choice = control as PaduChoice;
    if (control.localName === 'padu-choice' && choice.type === 'checkbox') return { value: choice.options.length ? [...choice.values] : choice.checked };
    return { value: control.value };
  }

  /** Every control made, by key. */
  entries(): IterableIterator<[string, PaduField]> {
    return this.#controls.entries();
  }

  /** Removes every control (another service, another draft). */
  clear(): void {
    for (const control of this.#controls.values()) control.remove();
    this.#controls.clear();
  }

  /** The contract's check of one field, as the control's own validator, so its live messages match. */
  #rulesFor(name: string): FieldValidator[] {
    let rules = this.#rules.get(name);
    if (!rules) this.#rules.set(name, (rules = [() => this.#context.check(name)]));
    return rules;
  }

  /** The options of a field in the current language, made once per list (a list may hold thousands). */
  optionsOf(field: FormField): ChoiceOption[] {
    const list = field.options;
    if (!Array.isArray(list)) return [];
    let cached = this.#optionLists.get(list);
    if (cached?.locale !== this.#host.locale) {
      const options = list
        .filter((option) => isRecord(option) && typeof option.value === 'string')
        .map((option) => ({ value: option.value, label: this.#host.localized(option.label) || option.value }));
      this.#optionLists.set(list, (cached = { locale: this.#host.locale, options }));
    }
    return cached.options;
  }

  /**
   * The control of a field: made once per field and kept while the form lives, so moving between pages keeps
   * its state (an upload goes on in the background). Everything from the definition is set as properties and
   * rendered by the controls as text.
   */
  control(field: FormField, asHeading: boolean, key = field.name): PaduField {
    const tag = controlTags[field.type as ControlFieldType];
    let control = this.#controls.get(key);
    if (control?.localName !== tag) {
      control = document.createElement(tag) as PaduField;
      control.id = `field-${key}`;
      control.addEventListener('input', () => this.#context.onInput(key));
      control.addEventListener('change', () => this.#context.onChange(key));
      this.#controls.set(key, control);
    }
    const value = this.#context.valueOf(key);
    const issue = this.#host.fieldIssues.get(key);
    const patternMessage = field.patternMessage && this.#host.localized(field.patternMessage);
    const masked = this.#context.maskedOf(key);
    const note = masked
      ? this.#host.t(masked.from === 'kept' ? 'formKeptHint' : 'formPrefilledNik', { value: masked.value })
      : this.#context.prefilledOf(key) && this.#host.t('formPrefilled');
    Object.assign(control, {
      client: this.#host.api,
      name: key,
      label: this.#host.localized(field.label) || field.name,
      hint: [note, this.#host.localized(field.hint)].filter(Boolean).join(' '),
      // Left empty, a masked answer stands (one to type again is asked for on "Lanjutkan"): nothing to require, and
      // not optional either.
      required: this.#context.requiredOf(key) && !masked,
      markOptional: !masked,
      autocomplete: typeof field.autocomplete === 'string' ? field.autocomplete : '',
      labelLevel: asHeading ? this.#host.headingLevel : 0,
      error: issue ? this.#context.issueText(issue) : '',
      strings: patternMessage ? { ...this.#host.strings, pattern: patternMessage } : this.#host.strings,
      validators: this.#rulesFor(key),
    });
    switch (tag) {
      case 'padu-choice':
        Object.assign(control as PaduChoice, {
          type: field.type,
          options: this.optionsOf(field),
          ...(isYesNo(field)
            ? { checked: value === true }
            : hasOptions(field) && field.type === 'checkbox'
              ? { values: Array.isArray(value) ? value : [] }
              : { value: typeof value === 'string' ? value : '' }),
        });
        break;
      case 'padu-file-input':
        Object.assign(control as PaduFileInput, {
          accept: Array.isArray(field.accept) ? field.accept : [],
          maxBytes: field.maxBytes,
          value: typeof value === 'string' ? value : '',
          fileName: this.#context.fileOf(key)?.name ?? '',
          fileSize: this.#context.fileOf(key)?.size ?? 0,
        });
        break;
      default:
        if (tag === 'padu-text-input') (control as PaduTextInput).type = field.type as PaduTextInput['type'];
        if (tag === 'padu-number-input') {
          Object.assign(control as PaduNumberInput, { integer: field.integer === true, min: field.min, max: field.max });
        }
        control.value = typeof value === 'string' ? value : '';
    }
    return control;
  }
}
