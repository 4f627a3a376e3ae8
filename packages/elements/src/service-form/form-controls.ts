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
import type { DraftValue, FileInfo } from './draft.ts';
import { controlTags, hasOptions, isYesNo } from './form-model.ts';
import type { RenderedFieldType } from './form-model.ts';
import type { Issue } from './form-model.ts';
import type { FormHost } from './form-view.ts';

/** What the controls need of the form: its answers, its problems, and what to do when the citizen types. */
export interface ControlContext {
  /** The element (read when needed: the view makes its controls before it has the element in hand). */
  host(): FormHost;
  valueOf(name: string): DraftValue | undefined;
  fileOf(name: string): FileInfo | undefined;
  /** The masked answer a revision keeps while the control stays empty (NIK, No. KK), if any. */
  keptOf(name: string): string | undefined;
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
  control(field: FormField, asHeading: boolean): PaduField {
    const { name } = field;
    const tag = controlTags[field.type as RenderedFieldType];
    let control = this.#controls.get(name);
    if (control?.localName !== tag) {
      control = document.createElement(tag) as PaduField;
      control.id = `field-${name}`;
      control.addEventListener('input', () => this.#context.onInput(name));
      control.addEventListener('change', () => this.#context.onChange(name));
      this.#controls.set(name, control);
    }
    const value = this.#context.valueOf(name);
    const issue = this.#host.fieldIssues.get(name);
    const patternMessage = field.patternMessage && this.#host.localized(field.patternMessage);
    const kept = this.#context.keptOf(name);
    Object.assign(control, {
      client: this.#host.api,
      name,
      label: this.#host.localized(field.label) || name,
      hint: [kept && this.#host.t('formKeptHint', { value: kept }), this.#host.localized(field.hint)].filter(Boolean).join(' '),
      // Left empty, a kept answer stays as stored: nothing to require, and not optional either.
      required: field.required === true && !kept,
      markOptional: !kept,
      autocomplete: typeof field.autocomplete === 'string' ? field.autocomplete : '',
      labelLevel: asHeading ? this.#host.headingLevel : 0,
      error: issue ? this.#context.issueText(issue) : '',
      strings: patternMessage ? { ...this.#host.strings, pattern: patternMessage } : this.#host.strings,
      validators: this.#rulesFor(name),
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
          fileName: this.#context.fileOf(name)?.name ?? '',
          fileSize: this.#context.fileOf(name)?.size ?? 0,
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
