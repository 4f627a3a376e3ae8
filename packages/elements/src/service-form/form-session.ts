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
import { isRecord, STORED_ITEM } from './draft.ts';
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
  /** `kept`: a revision's stored answer, left as it is when left empty; `account`: the gateway fills it at submit. */
  from: 'kept' | 'account';
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
  /**
   * Masked answers (read them with `maskedAt`): a revision's stored ones and the account's NIK, by field name, and
   * those of a revision's group items by `<group>/<stored item>/<field>`: by the identity of the stored item
   * (`Application.itemIds`), not by its place, so each follows its own item however the items are removed.
   */
  readonly masked = new Map<string, MaskedValue>();
  /** The fields filled from the account (their note), by name. */
  readonly prefilled = new Set<string>();
  /** The prefill sources the gateway fills at submit for this account (`['nik']` once it has a NIK). */
  prefilledOnSubmit: PrefillSource[] = [];
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
    this.prefilledOnSubmit = other.prefilledOnSubmit;
  }

  /**
   * Takes on a saved draft's values and documents, over the application's answers when revising (its group items
   * carry the identity of the stored item each revises, so their masked answers stay with them).
   */
  restore(values: Record<string, DraftValue>, files: Record<string, FileInfo>): void {
    const known = new Set(this.fields.map((field) => field.name));
    this.values = Object.fromEntries(Object.entries(values).filter(([name]) => known.has(name)));
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
    return field && this.#members(field).find((inner) => inner.name === member);
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
    this.values = { ...this.values, [name!]: items };
  }

  /** Adds an empty item to a group; its index. */
  addItem(group: string): number {
    const items = [...this.items(group), {}];
    this.values = { ...this.values, [group]: items };
    return items.length - 1;
  }

  /**
   * Removes item `index` of a group: the items after it move up with their documents (their masked answers
   * follow them by the stored item's identity).
   */
  removeItem(group: string, index: number): void {
    this.files = Object.fromEntries(
      Object.entries(this.files).flatMap(([key, file]): [string, FileInfo][] => {
        const [name, i, member] = key.split('/');
        if (name !== group || member === undefined || Number(i) < index) return [[key, file]];
        return Number(i) === index ? [] : [[itemKey(group, Number(i) - 1, member), file]];
      }),
    );
    this.values = { ...this.values, [group]: this.items(group).filter((_, i) => i !== index) };
  }

  /** The identity of the stored item that item `index` of a group revises, if any (the items a revision began with). */
  #storedItem(group: string, index: number): string | undefined {
    const id = this.items(group)[index]?.[STORED_ITEM];
    return typeof id === 'string' ? id : undefined;
  }

  /** The masked answer that stands at a key while its control stays empty, if any. */
  maskedAt(key: string): MaskedValue | undefined {
    const [name, index, member] = key.split('/');
    if (member === undefined) return this.masked.get(name!);
    const stored = this.#storedItem(name!, Number(index));
    return stored === undefined ? undefined : this.masked.get(`${name}/${stored}/${member}`);
  }

  /** The fields of a group's items as far as they can be read. */
  #members(group: FormField): FormField[] {
    return (Array.isArray(group.fields) ? group.fields : []).filter(isRecord) as FormField[];
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
        answers[field.name] = this.items(field.name).map((item) =>
          Object.fromEntries(this.#members(field).flatMap((member) => {
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
   * What is submitted: the visible answers (`pruneHidden`), in `keep` the shown fields whose masked answer from a
   * revision was left empty (a field's name, or `<group>/<index>/<field>` in an item), and in `items` the stored
   * item each item of a group with such fields revises (their masked NIKs cannot come back, so they are named).
   */
  submission(): { answers: Answers; keep: string[]; items: Record<string, (string | null)[]> } {
    const keep: string[] = [];
    const items: Record<string, (string | null)[]> = {};
    const kept = (field: FormField, key: string) =>
      this.maskedAt(key)?.from === 'kept' && this.toAnswer(field, this.valueAt(key)) === undefined && this.visible(key);
    for (const field of this.fields) {
      if (field.type !== 'group') {
        if (kept(field, field.name)) keep.push(field.name);
        continue;
      }
      const list = this.items(field.name);
      const keys = list.flatMap((_, i) => this.#members(field).map((member) => [member, itemKey(field.name, i, member.name)] as const));
      const inItems = keys.flatMap(([member, key]) => (kept(member, key) ? [key] : []));
      if (!inItems.length) continue;
      keep.push(...inItems);
      items[field.name] = list.map((_, i) => this.#storedItem(field.name, i) ?? null);
    }
    const given: Record<string, unknown> = { ...this.given };
    for (const name of keep) delete given[name];
    return { answers: pruneHidden(this.definition, given as Answers, this.#conditionOptions), keep, items };
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
    const required = this.stateAt(key)?.required === true && !this.maskedAt(key);
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
   * in group items too), which stay as stored (`keep`) unless typed again. Each group item holds the identity of
   * the stored item it is (`itemIds`), which its masked answers are found by and `items` names.
   */
  adopt(application: Pick<Application, 'answers' | 'attachments' | 'itemIds'>): void {
    const uploads = new Map(application.attachments.map((upload) => [upload.id, upload]));
    /** The value of an answer as a control holds it; a masked one is kept under `maskedKey` (if it can be kept). */
    const take = (field: FormField, key: string, answer: unknown, maskedKey: string | undefined = key): FieldValue | undefined => {
      if (isMaskedField(field)) {
        if (typeof answer === 'string' && answer && maskedKey !== undefined) this.masked.set(maskedKey, { value: answer, from: 'kept' });
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
        const ids = application.itemIds?.[field.name] ?? [];
        values[field.name] = answer.filter(isRecord).map((item, i) => {
          const stored = ids[i];
          const taken: GroupItem = stored === undefined ? {} : { [STORED_ITEM]: stored };
          for (const member of this.#members(field)) {
            // A masked answer is found by its stored item: without one (an older gateway), it cannot be kept.
            const masked = stored === undefined ? undefined : `${field.name}/${stored}/${member.name}`;
            const value = take(member, itemKey(field.name, i, member.name), item[member.name], masked);
            if (value !== undefined) taken[member.name] = value;
          }
          return taken;
        });
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
