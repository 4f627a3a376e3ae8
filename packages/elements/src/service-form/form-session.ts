/**
 * The state of one application form without its view: the definition as read, the answers as the controls hold
 * them (group items included), which steps and fields are shown and required now, the moves between pages, the
 * masked answers a revision keeps, what is submitted, and where a gateway's errors belong. No Lit and no DOM, so
 * Node tests drive it; every rule comes from `@padu/contract` (`formState`, `pruneHidden`, `prefillAnswers`,
 * `validateAnswers`, `validateField`, `normalizeAnswer`), none is restated here.
 *
 * A field is addressed by its key: its name at the top level, or `<group>/<index>/<name>` inside a group item,
 * the tail of its JSON pointer under `/answers` (names are `[a-z][a-z0-9_]*`, so no escape is ever needed).
 */
import { formState, isMaskedField, normalizeAnswer, prefillAnswers, pruneHidden, validateAnswers, validateField } from '@padu/contract';
import type { AnswerValue, Answers, FieldError, FormDefinition, FormField, FormState, FieldState, FormStep, Locale, PrefillProfile, PrefillSource } from '@padu/contract';
import type { Application, User } from '@padu/sdk';
import { isRecord } from './draft.ts';
import type { DraftValue, FieldValue, FileInfo, GroupItem } from './draft.ts';
import { isEmpty, readForm } from './form-model.ts';
import { parseDecimal } from '../i18n/numbers.ts';

/** The key of a field of a group item. */
export const itemKey = (group: string, index: number, name: string): string => `${group}/${index}/${name}`;

/** The key an error's pointer (`/answers/<name>` or `/answers/<group>/<index>/<name>`) points at, else `null`. */
export function keyOf(pointer: string): string | null {
  const match = /^\/answers\/([a-z][a-z0-9_]*)(\/\d+\/[a-z][a-z0-9_]*)?$/.exec(pointer);
  return match ? match[1]! + (match[2] ?? '') : null;
}

/** What a revision or the account fills in that the browser only sees masked (NIK, No. KK). */
export interface MaskedValue {
  value: string;
  /**
   * `kept`: a revision's stored answer, left as it is when left empty; `account`: the gateway fills it at submit;
   * `retype`: a revision's stored answer in a group item the citizen changed. A revision keeps a group whole or not
   * at all (`keep` names fields), so once its items change, the masked numbers in them must be typed again.
   */
  from: 'kept' | 'account' | 'retype';
}

export class FormSession {
  readonly definition: FormDefinition;
  readonly steps: FormStep[];
  /** The top-level fields of a type the form draws, once each. */
  readonly fields: FormField[];
  locale: Locale;
  /** `YYYY-MM-DD` for date conditions (tests); default: today in WIB, as the contract decides. */
  today: string | undefined;
  /** The answers as the controls hold them, by key (a group holds its items). */
  values: Record<string, DraftValue> = {};
  /** The documents uploaded, by key. */
  files: Record<string, FileInfo> = {};
  /** Masked answers by key: a revision's stored ones and the account's NIK. */
  readonly masked = new Map<string, MaskedValue>();
  /** The fields filled from the account (their note), by name. */
  readonly prefilled = new Set<string>();
  /** The prefill sources the gateway fills at submit for this account (`['nik']` once it has a NIK). */
  prefilledOnSubmit: PrefillSource[] = [];
  /** Groups of a revision the citizen changed: they go as typed, no longer kept whole. */
  readonly #touched = new Set<string>();
  #state: { values: Record<string, DraftValue>; state: FormState } | undefined;

  constructor(definition: unknown, options: { locale?: Locale; today?: string } = {}) {
    const { steps, fields } = readForm(definition);
    this.definition = { ...(isRecord(definition) ? definition : {}), steps } as FormDefinition;
    this.steps = steps;
    this.fields = fields;
    this.locale = options.locale ?? 'id';
    this.today = options.today;
  }

  /** Takes over what another session of the same form holds (a new version of its definition, a live preview). */
  carry(other: FormSession): void {
    this.values = other.values;
    this.files = other.files;
    for (const [key, value] of other.masked) this.masked.set(key, value);
    for (const name of other.prefilled) this.prefilled.add(name);
    for (const group of other.#touched) this.#touched.add(group);
    this.prefilledOnSubmit = other.prefilledOnSubmit;
  }

  /**
   * Takes on a saved draft's values and documents, over the application's answers when revising (a group whose
   * items differ from the application's was changed, so it is no longer kept whole).
   */
  restore(values: Record<string, DraftValue>, files: Record<string, FileInfo>): void {
    const known = new Set(this.fields.map((field) => field.name));
    const restored = Object.fromEntries(Object.entries(values).filter(([name]) => known.has(name)));
    for (const field of this.fields) {
      if (field.type === 'group' && JSON.stringify(restored[field.name]) !== JSON.stringify(this.values[field.name])) this.#touch(field.name);
    }
    this.values = restored;
    this.files = Object.fromEntries(Object.entries(files).filter(([key]) => known.has(key.split('/')[0]!)));
  }

  // ---------------------------------------------------------------- answers

  fieldNamed(name: string): FormField | undefined {
    return this.fields.find((field) => field.name === name);
  }

  /** The field a key names (a group member for an item key). */
  fieldAt(key: string): FormField | undefined {
    const [name, , member] = key.split('/');
    const field = this.fieldNamed(name!);
    if (member === undefined) return field;
    return (Array.isArray(field?.fields) ? field.fields : []).find((inner): inner is FormField => isRecord(inner) && inner.name === member);
  }

  /** The items of a group as held. */
  items(group: string): GroupItem[] {
    const value = this.values[group];
    return Array.isArray(value) && value.every(isRecord) ? (value as GroupItem[]) : [];
  }

  /** The value held at a key. */
  valueAt(key: string): FieldValue | undefined {
    const [name, index, member] = key.split('/');
    if (member === undefined) return this.values[name!] as FieldValue | undefined;
    return this.items(name!)[Number(index)]?.[member];
  }

  /** Sets the value at a key (answers are replaced, not changed in place, so states are recomputed). */
  set(key: string, value: FieldValue): void {
    const [name, index, member] = key.split('/');
    if (member === undefined) {
      this.values = { ...this.values, [name!]: value };
      return;
    }
    const items = this.items(name!).map((item, i) => (i === Number(index) ? { ...item, [member]: value } : item));
    this.#touch(name!);
    this.values = { ...this.values, [name!]: items };
  }

  /** Adds an empty item to a group; its index. */
  addItem(group: string): number {
    const items = [...this.items(group), {}];
    this.#touch(group);
    this.values = { ...this.values, [group]: items };
    return items.length - 1;
  }

  /** Removes item `index` of a group (the items after it move up, with their documents and masked answers). */
  removeItem(group: string, index: number): void {
    this.#touch(group);
    const shift = <T>(map: Iterable<[string, T]>): [string, T][] =>
      [...map].flatMap(([key, value]): [string, T][] => {
        const [name, i, member] = key.split('/');
        if (name !== group || member === undefined || Number(i) < index) return [[key, value]];
        return Number(i) === index ? [] : [[itemKey(group, Number(i) - 1, member), value]];
      });
    this.files = Object.fromEntries(shift(Object.entries(this.files)));
    const masked = shift(this.masked);
    this.masked.clear();
    for (const [key, value] of masked) this.masked.set(key, value);
    this.values = { ...this.values, [group]: this.items(group).filter((_, i) => i !== index) };
  }

  /** A group changed by the citizen: its items go as typed, its masked answers can no longer stand for them. */
  #touch(group: string): void {
    if (this.#touched.has(group)) return;
    this.#touched.add(group);
    for (const [key, masked] of this.masked) if (key.startsWith(`${group}/`)) this.masked.set(key, { ...masked, from: 'retype' });
  }

  /** The shown fields of the steps `stepIds` (all when absent) whose masked answer must be typed again, still empty. */
  retypes(stepIds?: string[]): string[] {
    return [...this.masked].flatMap(([key, { from }]) => {
      const field = this.fieldAt(key);
      const step = this.steps[this.pageOf(key)];
      if (from !== 'retype' || !field || !this.visible(key) || (stepIds && !stepIds.includes(step?.id ?? ''))) return [];
      return this.toAnswer(field, this.valueAt(key)) === undefined ? [key] : [];
    });
  }

  /** A value as the contract wants it, or `undefined` for no answer. */
  toAnswer(field: FormField, value: DraftValue | undefined): AnswerValue | undefined {
    if (typeof value === 'string') {
      if (!value.trim()) return undefined;
      if (field.type === 'number') value = parseDecimal(value, this.locale);
    }
    return isEmpty(value) ? undefined : normalizeAnswer(field, value as AnswerValue);
  }

  /** Every answer given, hidden ones included (a field hidden and shown again keeps what was typed). */
  get given(): Answers {
    const answers: Record<string, unknown> = {};
    for (const field of this.fields) {
      if (field.type === 'content') continue;
      if (field.type === 'group') {
        if (!Object.hasOwn(this.values, field.name)) continue;
        const members = (Array.isArray(field.fields) ? field.fields : []).filter(isRecord) as FormField[];
        answers[field.name] = this.items(field.name).map((item) =>
          Object.fromEntries(members.flatMap((member) => {
            const answer = this.toAnswer(member, item[member.name]);
            return answer === undefined ? [] : [[member.name, answer]];
          })),
        );
        continue;
      }
      const answer = this.toAnswer(field, this.values[field.name]);
      if (answer !== undefined) answers[field.name] = answer;
    }
    return answers as Answers;
  }

  /** The form for the answers given now: steps, fields and group items shown and required. */
  get state(): FormState {
    if (this.#state?.values !== this.values) {
      this.#state = { values: this.values, state: formState(this.definition, this.given, this.#conditionOptions) };
    }
    return this.#state.state;
  }

  get #conditionOptions(): { today?: string } {
    return this.today ? { today: this.today } : {};
  }

  /** The state of the field at a key (of its item's field for an item key). */
  stateAt(key: string): FieldState | undefined {
    const [name, index, member] = key.split('/');
    const state = this.state.fields.get(name!);
    if (member === undefined) return state;
    return state?.group?.items[Number(index)]?.find((inner) => inner.name === member);
  }

  /** Whether the field at a key is shown now. */
  visible(key: string): boolean {
    return this.stateAt(key)?.visible === true;
  }

  /**
   * What is submitted: the visible answers (`pruneHidden`), and in `keep` the masked answers of a revision left
   * empty (a group untouched since it was loaded is kept whole: its masked NIKs cannot come back).
   */
  submission(): { answers: Answers; keep: string[] } {
    const keptGroups = new Set<string>();
    const keep = new Set<string>();
    for (const [key, { from }] of this.masked) {
      if (from !== 'kept') continue;
      const [name, , member] = key.split('/');
      if (member !== undefined) keptGroups.add(name!);
      else if (this.toAnswer(this.fieldNamed(name!)!, this.values[name!]) === undefined) keep.add(name!);
    }
    for (const group of keptGroups) keep.add(group);
    const given: Record<string, unknown> = { ...this.given };
    for (const name of keep) delete given[name];
    const answers = pruneHidden(this.definition, given as Answers, this.#conditionOptions);
    return { answers, keep: [...keep].filter((name) => this.visible(name)) };
  }

  /** The contract's verdict on the answers to be submitted, for the steps `stepIds` (all when absent). */
  check(stepIds?: string[]): FieldError[] {
    const { answers, keep } = this.submission();
    return validateAnswers(this.definition, answers, {
      locale: this.locale,
      keep,
      prefilledOnSubmit: this.prefilledOnSubmit,
      ...this.#conditionOptions,
      ...(stepIds ? { steps: stepIds } : {}),
    });
  }

  /** The contract's check of one field's current value (a control's live message), with its requirement now. */
  checkField(key: string): FieldError | null {
    const field = this.fieldAt(key);
    if (!field || field.type === 'group' || field.type === 'content') return null;
    const masked = this.masked.get(key);
    const required = this.stateAt(key)?.required === true && !masked;
    return validateField(field, this.toAnswer(field, this.valueAt(key)), { locale: this.locale, required, ...this.#conditionOptions });
  }

  // ---------------------------------------------------------------- pages

  /** The page (step index) a key's field is on, or -1. */
  pageOf(key: string): number {
    const name = key.split('/')[0];
    return this.steps.findIndex((step) => step.fields.some((field) => field.name === name));
  }

  /** Whether step `page` is shown now. */
  isShown(page: number): boolean {
    return this.state.steps[page]?.visible === true;
  }

  /** The first shown page from `page` on (the check-answers page, `steps.length`, when none). */
  shownFrom(page: number): number {
    let index = Math.max(0, Math.min(Math.trunc(page) || 0, this.steps.length));
    while (index < this.steps.length && !this.isShown(index)) index++;
    return index;
  }

  /** The page after `page`: the next shown step, or the check-answers page. */
  next(page: number): number {
    return this.shownFrom(page + 1);
  }

  /** The page before `page`: the previous shown step, or -1 before the first. */
  previous(page: number): number {
    let index = Math.min(page, this.steps.length) - 1;
    while (index >= 0 && !this.isShown(index)) index--;
    return index;
  }

  /** "Langkah X dari Y" of a step page, counting the shown steps only. */
  position(page: number): { current: number; total: number } {
    const shown = this.state.steps.flatMap((step, index) => (step.visible ? [index] : []));
    return { current: shown.indexOf(page) + 1, total: shown.length };
  }

  /**
   * Where the gateway's errors belong: each at its field's key when that field is on a page of this form (a
   * group's own error at the group), else on the summary alone.
   */
  place(errors: readonly FieldError[]): { key: string | null; error: FieldError }[] {
    return errors.map((error) => {
      const key = keyOf(error.pointer);
      return { key: key && this.pageOf(key) >= 0 ? key : null, error };
    });
  }

  // ---------------------------------------------------------------- filling in

  /**
   * Takes on the answers of an application to revise: every answer as it was, but the masked ones (NIK, No. KK,
   * in group items too), which stay as stored (`keep`) unless typed again.
   */
  adopt(application: Pick<Application, 'answers' | 'attachments'>): void {
    const uploads = new Map(application.attachments.map((upload) => [upload.id, upload]));
    const take = (field: FormField, key: string, answer: unknown): FieldValue | undefined => {
      if (isMaskedField(field)) {
        if (typeof answer === 'string' && answer) this.masked.set(key, { value: answer, from: 'kept' });
        return undefined;
      }
      const upload = field.type === 'file' ? uploads.get(String(answer)) : undefined;
      if (upload) this.files[key] = { name: upload.fileName, size: upload.bytes };
      if (typeof answer === 'number') return String(answer);
      if (typeof answer === 'string' || typeof answer === 'boolean') return answer;
      return Array.isArray(answer) && answer.every((item) => typeof item === 'string') ? answer : undefined;
    };
    const values: Record<string, DraftValue> = {};
    for (const field of this.fields) {
      const answer: unknown = application.answers[field.name];
      if (answer === undefined) continue;
      if (field.type === 'group') {
        if (!Array.isArray(answer)) continue;
        const members = (Array.isArray(field.fields) ? field.fields : []).filter(isRecord) as FormField[];
        values[field.name] = answer.filter(isRecord).map((item, i) =>
          Object.fromEntries(members.flatMap((member) => {
            const value = take(member, itemKey(field.name, i, member.name), item[member.name]);
            return value === undefined ? [] : [[member.name, value]];
          })),
        );
      } else {
        const value = take(field, field.name, answer);
        if (value !== undefined) values[field.name] = value;
      }
    }
    this.values = values;
  }

  /**
   * Fills the fields with a `prefill` from the account (`prefillAnswers`): name, email and phone as values the
   * citizen may change (unless locked); the NIK, seen only masked, is left for the gateway to fill at submit.
   */
  prefill(user: Pick<User, 'name' | 'email' | 'phone' | 'nikMasked'>): void {
    const profile: PrefillProfile = { name: user.name, email: user.email, phone: user.phone };
    const filled = prefillAnswers(this.definition, this.given, profile) as Record<string, unknown>;
    const before = this.given as Record<string, unknown>;
    const values = { ...this.values };
    for (const field of this.fields) {
      if (typeof field.prefill !== 'string') continue;
      if (field.prefill === 'nik' && field.type === 'nik' && user.nikMasked) {
        this.prefilled.add(field.name);
        if (!this.masked.has(field.name)) this.masked.set(field.name, { value: user.nikMasked, from: 'account' });
        continue;
      }
      const value = filled[field.name];
      if (value === undefined || value === before[field.name]) continue;
      values[field.name] = String(value);
      this.prefilled.add(field.name);
    }
    this.prefilledOnSubmit = user.nikMasked ? ['nik'] : [];
    this.values = values;
  }

  /** Whether a field shows the account's value and cannot be changed here (`prefillLocked`). */
  locked(name: string): boolean {
    return this.prefilled.has(name) && this.fieldNamed(name)?.prefillLocked === true;
  }
}
