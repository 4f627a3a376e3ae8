/**
 * What `<padu-service-form>` shows once it has a service (or an application) to show: the Standar Pelayanan, the
 * pages of questions with the contract's rules, the check-answers page, the submit, the drafts and the revision of
 * an application. The element (`service-form.ts`) imports it on demand, so a page whose form still waits for a
 * choice in the catalogue does not download it; bundles make it a chunk of its own. It is the element's own code:
 * its state lives in the element's reactive properties, and it renders into the element's shadow root.
 *
 * Beside it: `form-model.ts` (how a definition is read, the views and problems), `form-controls.ts` (one field
 * control per question) and `form-pages.ts` (the introduction and the receipt); all travel in the same chunk.
 */
import { adoptStyles, html, nothing, supportsAdoptingStyleSheets } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { isErrorCode } from '@padu/contract';
import type { Answers, ApplicationStatus, ErrorCode, LocalizedText, MessageParams, StepState } from '@padu/contract';
import { ConflictError, ForbiddenError, NotFoundError, UnauthorizedError, ValidationError } from '@padu/sdk';
import type { Application, Service, SessionChange, User } from '@padu/sdk';
import type { PaduClient } from '../base/client.ts';
import type { PaduEventMap } from '../base/events.ts';
import type { Message } from '../base/padu-element.ts';
import { errorMessage } from '../i18n/messages.ts';
import '../i18n/id-form.ts';
import type { InstantStyle, Locale, StringKey } from '../i18n/i18n.ts';
import type { PaduChoice } from '../choice/choice.ts';
import type { PaduFileInput } from '../file-input/file-input.ts';
import '../login/login.ts';
import '../nik-input/nik-input.ts';
import '../status-tracker/status-tracker.ts';
import '../text-input/text-input.ts';
import { draftKey, isRecord, readDraft, removeDraft, removeDrafts, writeDraft } from './draft.ts';
import type { FieldValue } from './draft.ts';
import type { PaduServiceForm } from './service-form.ts';
import { serviceFormStyles } from './service-form.styles.ts';
import { controlsReady, hasControl, loadControls, newKey, unknownTypes } from './form-model.ts';
import { FieldControls } from './form-controls.ts';
import { copyCode, introPage, pageHeading, receiptPage, subheading } from './form-pages.ts';
import { answers, itemName, question } from './form-questions.ts';
import type { QuestionContext } from './form-questions.ts';
import { FormSession, itemKey } from './form-session.ts';
import type { Issue, Notice, View } from './form-model.ts';

export type { Issue, Notice, View } from './form-model.ts';


/**
 * The element as its view uses it: its public API, and the protected members of Padu's elements (strings, events,
 * problem boxes) and of the form (its reactive state), which the view reaches as the element's own code would.
 */
export type FormHost = Pick<
  PaduServiceForm,
  | 'service'
  | 'applicationId'
  | 'draftStorage'
  | 'trackLinkTemplate'
  | 'serviceData'
  | 'definition'
  | 'answers'
  | 'strings'
  | 'headingLevel'
  | 'updateComplete'
  | 'renderRoot'
  | 'isConnected'
  | 'requestUpdate'
> & {
  view: View;
  page: number;
  loaded: Service | undefined;
  application: Application | undefined;
  issues: Issue[];
  fieldIssues: Map<string, Issue>;
  notice: Notice | null;
  busy: boolean;
  result: Application | undefined;
  announcement: string;
  tracking: boolean;
  readonly locale: Locale;
  readonly api: PaduClient | undefined;
  t(key: StringKey, params?: MessageParams): string;
  say(message: Message): string;
  localized(text: LocalizedText | undefined): string;
  statusText(status: ApplicationStatus): string;
  date(at: string, style?: InstantStyle): string;
  failure(error: unknown): Message;
  emit<K extends keyof PaduEventMap>(type: K, detail: PaduEventMap[K], options?: { cancelable?: boolean }): boolean;
  focusAfterRender(selector: string): Promise<void>;
  problemBox(message: Message | null, retry?: (() => void) | null): TemplateResult;
  heading(content: unknown, part?: string, depth?: number): TemplateResult;
  standardFacts(standard: Service['standard']): TemplateResult;
  verifiedOnly(): TemplateResult;
  reload(): void;
};

export class ServiceFormView {
  /** The element shown; see `FormHost`. */
  readonly host: FormHost;
  /** Whether the citizen pressed "Mulai" (another service starts again with its Standar Pelayanan). */
  started = false;

  /** Call once the element has rendered (its shadow root exists): the form's styles join the element's. */
  constructor(host: FormHost) {
    this.host = host;
    const root = host.renderRoot as ShadowRoot;
    if (supportsAdoptingStyleSheets) root.adoptedStyleSheets = [...root.adoptedStyleSheets, serviceFormStyles.styleSheet!];
    else adoptStyles(root, [serviceFormStyles]);
  }

  /** The answers as they will be submitted (`PaduServiceForm.answers`): the visible ones. */
  get answers(): Answers {
    return this.#session.submission().answers;
  }

  /** Moves to page `index` (`PaduServiceForm.step`) while the form is shown. */
  set step(index: number) {
    if (this.host.view === 'form') this.#go(index);
  }

  /** Follows the session of the element's client (again when it changes). */
  watchSession(): void {
    this.#watchSession();
  }

  /** The element left the page. */
  disconnected(): void {
    this.#stopWatching?.();
    this.#stopWatching = undefined;
    this.#restoreTitle();
  }

  /** Drops every answer in memory (another application to revise). */
  forget(): void {
    this.#forget();
  }

  /** After each render of the element: the definition's report and the page's title while there are errors. */
  updated(changed: PropertyValues): void {
    if (changed.has('definition')) this.#report();
    const failing = this.host.view === 'form' && this.host.issues.length > 0;
    if (failing && this.#titleBefore === null) {
      this.#titleBefore = document.title;
      document.title = `${this.host.t('error')}: ${document.title}`;
    } else if (!failing) this.#restoreTitle();
  }

  /** What the element shows inside its `base` part once it has a service or an application. */
  render(): TemplateResult | typeof nothing {
    return this.#renderView();
  }

  /** The form's state without its view (answers, visibility, navigation, submission); see `form-session.ts`. */
  #current: { form: unknown; session: FormSession } | undefined;
  #idempotencyKey = '';
  /** The user whose answers are in memory; another user never sees them. */
  #owner: string | null = null;
  /** The draft the answers in memory belong to (user, service, application): another one starts afresh. */
  #adopted = '';
  /** The page "Lanjutkan" returns to after an "Ubah" (the check-answers page). */
  #returnTo: number | null = null;
  readonly #controls: FieldControls = new FieldControls({
    host: () => this.host,
    valueOf: (key) => this.#session.valueAt(key),
    fileOf: (key) => this.#session.files[key],
    maskedOf: (key) => this.#session.masked.get(key),
    requiredOf: (key) => this.#session.stateAt(key)?.required === true,
    prefilledOf: (key) => this.#session.prefilled.has(key),
    issueText: (issue) => this.#issueText(issue),
    check: (key) => {
      const problem = this.#session.checkField(key);
      return problem ? { code: problem.code as ErrorCode, params: problem.params ?? {} } : null;
    },
    onInput: (key) => this.#take(key),
    onChange: (key) => this.#changed(key),
  });
  #watched: PaduClient | undefined;
  #stopWatching: (() => void) | undefined;
  #titleBefore: string | null = null;
  #reported: unknown;

  // ---------------------------------------------------------------- the form and its answers

  get #form(): unknown {
    return this.host.definition ?? this.host.loaded?.form;
  }

  /**
   * The session of the form shown. A new definition (another version, an editor's live preview) gets a new
   * session that carries over everything typed so far.
   */
  get #session(): FormSession {
    const form = this.#form;
    const current = this.#current;
    if (current && current.form === form) {
      current.session.locale = this.host.locale;
      return current.session;
    }
    const session = new FormSession(form, { locale: this.host.locale });
    if (current) session.carry(current.session);
    this.#current = { form, session };
    return session;
  }

  get #questions(): QuestionContext {
    return {
      host: this.host,
      session: this.#session,
      controls: this.#controls,
      addItem: (group) => void this.#addItem(group),
      removeItem: (group, index) => void this.#removeItem(group, index),
      change: (event, key) => void this.#change(event, key),
      issueText: (issue) => this.#issueText(issue),
    };
  }

  get #serviceId(): string {
    return this.host.loaded?.id ?? this.host.service;
  }

  /** The logged-in user, read from the session itself (fresher than the rendered `user` during a change). */
  get #account(): User | null {
    return this.host.api?.session.current?.user ?? null;
  }

  /** The text of an issue in the current language, with this element's overrides; an item's field says which item. */
  #issueText(issue: Issue): string {
    if (!('error' in issue)) return this.host.say(issue);
    const { code, params = {}, message } = issue.error;
    const field = issue.name ? this.#session.fieldAt(issue.name) : undefined;
    const [group, index, member] = issue.name?.split('/') ?? [];
    const item = member === undefined ? '' : `${itemName(this.host, this.#session.fieldNamed(group!), Number(index))}: `;
    if (code === 'pattern' && field?.patternMessage) return item + this.host.localized(field.patternMessage);
    if (!isErrorCode(code)) return message; // a code newer than this version: the gateway's words
    const label = field ? this.host.localized(field.label) || field.name : params.label;
    return item + errorMessage(this.host.locale, code, { ...params, ...(label === undefined ? {} : { label }) }, this.host.strings);
  }

  /**
   * The problems of the fields of `stepIds` (all steps when absent), in the order of the form: the contract's
   * verdict, or a request to wait for an upload still under way.
   */
  #check(stepIds?: string[]): Issue[] {
    const session = this.#session;
    const uploads: Issue[] = [];
    for (const [key, control] of this.#controls.entries()) {
      const page = session.pageOf(key);
      if (!(control as PaduFileInput).uploading || !session.visible(key) || (stepIds && !stepIds.includes(session.steps[page]?.id ?? ''))) continue;
      uploads.push({ name: key, key: 'fileWait', params: { label: this.host.localized(session.fieldAt(key)?.label) } });
    }
    for (const key of session.retypes(stepIds)) {
      const [group, index] = key.split('/');
      const item = itemName(this.host, session.fieldNamed(group!), Number(index));
      const params = { item, label: this.host.localized(session.fieldAt(key)?.label), value: session.masked.get(key)!.value };
      uploads.push({ name: key, key: 'formRetype', params });
    }
    const waiting = new Set(uploads.map((issue) => issue.name));
    const errors = session.place(session.check(stepIds)).filter(({ key }) => !waiting.has(key));
    return [...uploads, ...errors.map(({ key, error }) => ({ name: key, error }))];
  }

  #restoreTitle(): void {
    if (this.#titleBefore === null) return;
    document.title = this.#titleBefore;
    this.#titleBefore = null;
  }

  #watchSession(): void {
    const api = this.host.api;
    if (!api || (api === this.#watched && this.#stopWatching)) return;
    this.#stopWatching?.();
    this.#watched = api;
    this.#stopWatching = api.session.subscribe((change) => this.#onSession(change));
  }

  #onSession({ type }: SessionChange): void {
    if (type === 'refresh') return;
    if (type === 'logout') {
      // A shared device: nothing of this citizen stays behind, in memory or in storage.
      if (this.#owner) removeDrafts(this.#owner);
      this.#forget();
      this.started = false;
      if (this.host.applicationId) this.host.application = undefined;
      this.#enter();
    } else if (type === 'session-ended') {
      if (this.host.view !== 'done') {
        this.host.notice = { key: 'formSessionEnded' };
        this.#show('login', true);
      }
    } else {
      this.host.notice = null;
      this.#enter(true);
    }
  }

  /** Loads the service (and the application being revised) for the element (`PaduSection.load`). */
  async load(api: PaduClient, signal: AbortSignal): Promise<void> {
    this.host.view = 'loading';
    this.host.notice = null;
    loadControls().catch(() => {}); // alongside the service; a page of questions waits for them (`#go`)
    try {
      let application: Application | undefined;
      if (this.host.applicationId) {
        // The application is the applicant's own: it can only be read logged in.
        if (!this.#account) return this.#show('login', false);
        application = await api.applications.get(this.host.applicationId, { signal });
      }
      const id = application?.serviceId ?? this.host.serviceData?.id ?? this.host.service;
      const service = this.host.serviceData?.id === id ? this.host.serviceData : await api.services.get(id, { signal });
      if (signal.aborted) return;
      this.host.application = application;
      this.host.loaded = service;
      this.#report();
      this.#enter();
    } catch (error) {
      if (signal.aborted) return;
      if (error instanceof UnauthorizedError) return this.#show('login', false);
      this.host.notice = error instanceof NotFoundError ? { key: 'formNotFound' } : { ...this.host.failure(error), retry: true };
      this.host.view = 'failed';
    }
  }

  /**
   * Reports the fields this version cannot render (a type newer than it), once per definition: on the console and
   * as `padu-definition-error`, with the contract's code and words. The gateway checks everything else in a
   * definition when it publishes it.
   */
  #report(): void {
    const form = this.#form;
    if (!isRecord(form) || form === this.#reported) return;
    this.#reported = form;
    const errors = unknownTypes(form, this.host.locale);
    if (!errors.length) return;
    console.warn(`[padu] The form of service "${this.#serviceId}" has problems: ${errors.map((e) => e.message).join(' ')}`);
    this.host.emit('padu-definition-error', { serviceId: this.#serviceId, errors });
  }

  /** Decides what to show once the service is known: intro, login, the form (resumed), or why not. */
  #enter(focus = false): void {
    const user = this.#account;
    if (!user) {
      if (this.host.loaded || this.host.applicationId) this.#show(this.host.applicationId || this.started ? 'login' : 'intro', focus);
      return;
    }
    // Logging in changes the load key when revising: the load under way ends with a call here.
    if (!this.host.loaded || (this.host.applicationId && !this.host.application)) return;
    const key = draftKey(user.id, this.#serviceId, this.host.application?.id);
    if (this.host.view === 'done' && key === this.#adopted) return;
    if (this.host.application && this.host.application.status !== 'needs_revision') return this.#show('blocked', focus);
    if (!this.host.application && this.host.loaded.requiresVerifiedAccount && !user.verified) return this.#show('intro', focus);
    if (key !== this.#adopted) this.#adopt(user, key);
    if (this.#idempotencyKey || this.host.application) this.#go(this.host.page, focus);
    else if (this.started) {
      this.#idempotencyKey = newKey();
      this.#go(0, focus);
    } else this.#show('intro', focus);
  }

  /**
   * Takes on a draft: the saved one if there is one (over the application being revised, whose masked answers it
   * keeps), else the application being revised, else a fresh form filled from the account where the definition
   * says so.
   */
  #adopt(user: User, key: string): void {
    this.#forget();
    this.#owner = user.id;
    this.#adopted = key;
    const session = this.#session;
    const draft = readDraft(this.host.draftStorage, this.#draftKey());
    if (this.host.application) session.adopt(this.host.application);
    if (draft) {
      session.restore(draft.values, draft.files);
      this.#idempotencyKey = draft.idempotencyKey;
      this.host.page = draft.page;
      this.#returnTo = draft.returnTo;
    } else if (this.host.application) this.host.page = session.steps.length;
    if (!this.host.application) session.prefill(user);
  }

  /** Drops every answer in memory (not in storage). */
  #forget(): void {
    this.#owner = null;
    this.#adopted = '';
    this.#current = undefined;
    this.#idempotencyKey = '';
    this.#returnTo = null;
    this.host.page = 0;
    this.host.issues = [];
    this.host.fieldIssues = new Map();
    this.host.result = undefined;
    this.#controls.clear();
  }

  #draftKey(): string {
    return draftKey(this.#owner ?? '', this.#serviceId, this.host.application?.id);
  }

  #save(): void {
    // A form taken off the page (a reload in progress, a finished submit) must not write a stale draft back.
    if (!this.host.isConnected || !this.#owner || this.host.view !== 'form') return;
    writeDraft(this.host.draftStorage, this.#draftKey(), {
      serviceVersion: this.host.loaded?.version ?? 0,
      page: this.host.page,
      returnTo: this.#returnTo,
      values: this.#session.values,
      files: this.#session.files,
      idempotencyKey: this.#idempotencyKey,
    });
  }

  // ---------------------------------------------------------------- moving between pages

  #show(view: View, focus: boolean): void {
    this.host.view = view;
    if (focus) void this.host.focusAfterRender('[data-focus]');
  }

  #start(): void {
    this.started = true;
    this.#enter(true);
  }

  /** Shows page `page` (a step, or the check-answers page) and remembers it in the draft. */
  #go(page: number, focus = true): void {
    if (!controlsReady()) {
      // Fetched with the service, so usually here already; if not, the citizen sees that the form is loading.
      this.host.view = 'loading';
      void loadControls().then(
        () => this.#go(page, focus),
        (error: unknown) => {
          this.host.notice = { ...this.host.failure(error), retry: true };
          this.host.view = 'failed';
        },
      );
      return;
    }
    const session = this.#session;
    const total = session.steps.length;
    this.host.page = session.shownFrom(page);
    this.host.view = 'form';
    this.host.issues = [];
    this.host.notice = null;
    this.#save();
    this.host.emit('padu-step-change', { index: this.host.page, stepId: session.steps[this.host.page]?.id ?? null, total });
    if (focus) void this.host.focusAfterRender('[data-focus]');
  }

  #back(event: Event): void {
    event.preventDefault();
    const session = this.#session;
    const total = session.steps.length;
    const previous = session.previous(this.host.page);
    if (this.#returnTo !== null && this.host.page < total) {
      const target = this.#returnTo;
      this.#returnTo = null;
      this.#go(target);
    } else if (previous < 0 && !this.host.application) this.#show('intro', true);
    else this.#go(previous < 0 ? total : previous);
  }

  /** "Lanjutkan": the page's answers are checked with the contract's rules before moving on. */
  #next(event: Event): void {
    event.preventDefault();
    const step = this.#session.steps[this.host.page];
    if (!step) return;
    const issues = this.#check([step.id]);
    this.#mark(this.host.page, issues);
    if (issues.length) return this.#showIssues(issues);
    const target = this.#returnTo ?? this.#session.next(this.host.page);
    this.#returnTo = null;
    this.#go(target);
  }

  /** Sets the messages of one page's fields: the new issues, and none for the fields that are fine now. */
  #mark(page: number, issues: Issue[]): void {
    const marks = new Map(this.host.fieldIssues);
    for (const key of marks.keys()) if (this.#session.pageOf(key) === page) marks.delete(key);
    for (const issue of issues) if (issue.name) marks.set(issue.name, issue);
    this.host.fieldIssues = marks;
  }

  #showIssues(issues: Issue[]): void {
    this.host.issues = issues;
    void this.host.focusAfterRender('[part=error-summary]');
  }

  /** Opens the first page with a problem and shows its issues (after a check of every step, or a 422). */
  #showFirstProblem(issues: Issue[]): void {
    const session = this.#session;
    const pages = issues.map((issue) => (issue.name ? session.pageOf(issue.name) : -1)).filter((page) => page >= 0);
    const marks = new Map(this.host.fieldIssues);
    for (const issue of issues) if (issue.name) marks.set(issue.name, issue);
    this.host.fieldIssues = marks;
    if (!pages.length) return this.#showIssues(issues);
    const page = Math.min(...pages);
    this.#returnTo = session.steps.length;
    this.#go(page, false);
    this.#showIssues(issues.filter((issue) => !issue.name || session.pageOf(issue.name) === page));
  }

  /** An error summary link: focus the field's control (a group's add button) and bring its label into view (GOV.UK). */
  #jump(event: Event, key: string): void {
    event.preventDefault();
    const control = this.#controls.get(key) ?? this.host.renderRoot.querySelector<HTMLElement>(`[data-add="${key}"]`);
    control?.focus({ preventScroll: true });
    control?.scrollIntoView({ block: 'start' });
  }

  /** "Ubah" on the check-answers page: that field's page, then back to the check-answers page. */
  async #change(event: Event, key: string): Promise<void> {
    event.preventDefault();
    this.#returnTo = this.#session.steps.length;
    this.#go(this.#session.pageOf(key), false);
    await this.host.updateComplete;
    this.#controls.get(key)?.focus();
  }

  /** Adds an item to a group: its first field takes the focus, and the addition is announced. */
  async #addItem(group: string): Promise<void> {
    const session = this.#session;
    const index = session.addItem(group);
    this.#save();
    this.host.announcement = this.host.t('formItemAdded', { item: this.#itemLabel(group), number: index + 1 });
    this.host.requestUpdate();
    await this.host.updateComplete;
    const first = session.stateAt(group)?.group?.items[index]?.find((member) => member.visible);
    if (first) this.#controls.get(itemKey(group, index, first.name))?.focus();
  }

  /**
   * Removes an item from a group, announced: the focus goes to the first field of the item that takes its place,
   * else to the add button. Messages of the group's items are dropped (their numbers changed).
   */
  async #removeItem(group: string, index: number): Promise<void> {
    const session = this.#session;
    session.removeItem(group, index);
    const marks = new Map([...this.host.fieldIssues].filter(([key]) => !key.startsWith(`${group}/`)));
    this.host.fieldIssues = marks;
    this.host.issues = this.host.issues.filter((issue) => !issue.name?.startsWith(`${group}/`));
    this.#save();
    this.host.announcement = this.host.t('formItemRemoved', { item: this.#itemLabel(group), number: index + 1 });
    this.host.requestUpdate();
    await this.host.updateComplete;
    const next = session.stateAt(group)?.group?.items[index]?.find((member) => member.visible);
    const target = next ? this.#controls.get(itemKey(group, index, next.name)) : this.host.renderRoot.querySelector<HTMLElement>(`[data-add="${group}"]`);
    target?.focus();
  }

  #itemLabel(group: string): string {
    const field = this.#session.fieldNamed(group);
    return this.host.localized(field?.itemLabel) || this.host.localized(field?.label) || group;
  }

  // ---------------------------------------------------------------- controls

  /** Reads a control's value into the answers (and the draft). */
  #take(key: string): void {
    const control = this.#controls.get(key);
    if (!control) return;
    const session = this.#session;
    let value: FieldValue = control.value;
    if (control.localName === 'padu-choice') {
      const choice = control as PaduChoice;
      if (choice.type === 'checkbox') value = choice.options.length ? [...choice.values] : choice.checked;
    }
    session.set(key, value);
    if (control.localName === 'padu-file-input') {
      const { fileName, fileSize } = control as PaduFileInput;
      const files = { ...session.files };
      if (value) files[key] = { name: fileName, size: fileSize };
      else delete files[key];
      session.files = files;
    }
    this.#save();
    // Conditions are evaluated again: fields and steps appear and disappear as the citizen answers.
    this.host.requestUpdate();
  }

  /**
   * Messages stay until the next "Lanjutkan" (GOV.UK): text fields commit on blur, and a message vanishing then
   * would move the button away from under the citizen's finger. A newly chosen file brings its own verdict.
   */
  #changed(key: string): void {
    this.#take(key);
    if (!this.host.fieldIssues.has(key) || this.#controls.get(key)?.localName !== 'padu-file-input') return;
    const marks = new Map(this.host.fieldIssues);
    marks.delete(key);
    this.host.fieldIssues = marks;
  }

  // ---------------------------------------------------------------- submitting

  /** "Ajukan permohonan": every step checked again, then one submission per draft (its idempotency key). */
  async #submit(): Promise<void> {
    if (this.host.busy || !this.host.api || !this.host.loaded) return;
    const issues = this.#check();
    if (issues.length) return this.#showFirstProblem(issues);
    const applicationId = this.host.application?.id ?? null;
    if (!this.host.emit('padu-submit', { serviceId: this.#serviceId, applicationId }, { cancelable: true })) return;
    this.host.busy = true;
    this.host.notice = null;
    this.host.issues = [];
    try {
      // The masked answers left empty stay as stored: named, never sent back as masks.
      const { answers, keep } = this.#session.submission();
      this.#finish(
        applicationId
          ? await this.host.api.applications.resubmit(applicationId, { answers, ...(keep.length ? { keep } : {}) })
          : await this.host.api.applications.submit({ serviceId: this.#serviceId, answers }, { idempotencyKey: this.#idempotencyKey }),
      );
    } catch (error) {
      await this.#refused(error);
    } finally {
      this.host.busy = false;
    }
  }

  #finish(application: Application): void {
    if (this.#owner) removeDraft(this.host.draftStorage, this.#draftKey());
    this.host.result = application;
    this.host.tracking = false;
    this.host.announcement = '';
    this.host.fieldIssues = new Map();
    this.#show('done', true);
    this.host.emit('padu-submitted', { application, trackingCode: application.trackingCode });
  }

  async #refused(error: unknown): Promise<void> {
    if (error instanceof ValidationError) {
      // Nothing was created, so corrected answers go out under a new key (the old one stays bound to these).
      this.#idempotencyKey = newKey();
      const issues: Issue[] = this.#session.place(error.errors).map(({ key, error }) => ({ name: key, error }));
      this.#showFirstProblem(issues.length ? issues : [{ name: null, key: 'errorGeneric' }]);
      this.#save();
      return;
    }
    if (error instanceof ConflictError && this.host.application) {
      // A resubmit that got through before (its answer lost on the way) finds the application moved on.
      const current = await this.host.api?.applications.get(this.host.application.id).catch(() => undefined);
      if (current && current.status !== 'needs_revision') return this.#finish(current);
    }
    if (error instanceof UnauthorizedError) {
      this.host.notice = { key: 'formSessionEnded' };
      return this.#show('login', true);
    }
    if (error instanceof ConflictError) {
      this.#idempotencyKey = newKey();
      this.#save();
      this.host.notice = { key: 'formSubmitConflict' };
    } else if (error instanceof ForbiddenError) this.host.notice = { key: 'formForbidden' };
    else this.host.notice = { ...this.host.failure(error), retry: true };
    void this.host.focusAfterRender('#problem');
  }

  #renderView(): TemplateResult | typeof nothing {
    switch (this.host.view) {
      case 'loading':
        return html`<p role="status">${this.host.t('loading')}</p>`;
      case 'failed':
        return this.#renderNotice();
      case 'blocked': {
        const { trackingCode: code, status } = this.host.application!;
        return this.host.problemBox({ key: 'formNotRevisable', params: { code, status: this.host.statusText(status) } }, null);
      }
      case 'intro':
        return introPage(this.host, this.#account, () => this.#start());
      case 'login':
        return html`
          ${pageHeading(this.host, this.host.t('formLoginHeading'))} ${this.#renderNotice()}
          <p>${this.host.t('formLoginIntro')}</p>
          <padu-login heading-level=${this.host.headingLevel + 1} .client=${this.host.api} .strings=${this.host.strings}></padu-login>
        `;
      case 'form': {
        const step = this.#session.state.steps[this.host.page];
        return html`${this.#renderRevisionNote()}${step ? this.#renderStep(step) : this.#renderCheck()}`;
      }
      case 'done':
        return receiptPage(this.host, this.#shownSteps, { copy: () => void copyCode(this.host), answers: (step) => answers(this.#questions, step.fields, false) });
    }
  }

  #renderNotice(): TemplateResult | typeof nothing {
    const notice = this.host.notice;
    if (!notice) return nothing;
    return this.host.problemBox(notice, notice.retry ? (this.host.view === 'failed' ? () => this.host.reload() : () => void this.#submit()) : null);
  }

  #renderRevisionNote(): TemplateResult | typeof nothing {
    const application = this.host.application;
    if (!application) return nothing;
    const note = [...application.history].reverse().find((change) => change.status === 'needs_revision')?.note;
    return html`<div part="revision-note" class="notice warning">
      <p><strong>${this.host.t('formRevisionIntro', { code: application.trackingCode })}</strong></p>
      ${note ? html`<p>${this.host.t('formOfficerNote')}: ${note}</p>` : nothing}
    </div>`;
  }

  #renderIssues(): TemplateResult | typeof nothing {
    if (!this.host.issues.length) return nothing;
    return html`<div part="error-summary" class="error-summary" role="alert" tabindex="-1" aria-labelledby="issues-title">
      <div id="issues-title" class="heading" role="heading" aria-level=${this.host.headingLevel + 1}>${this.host.t('formErrorSummary')}</div>
      <ul>
        ${this.host.issues.map(
          (issue) => html`<li>
            ${issue.name
              ? html`<a href="#field-${issue.name}" @click=${(event: Event) => this.#jump(event, issue.name!)}>${this.#issueText(issue)}</a>`
              : this.#issueText(issue)}
          </li>`,
        )}
      </ul>
    </div>`;
  }

  /** The steps shown for the answers given now. */
  get #shownSteps(): StepState[] {
    return this.#session.state.steps.filter((step) => step.visible);
  }

  #renderStep(step: StepState): TemplateResult {
    const fields = step.fields.filter((field) => field.visible);
    const single = fields.length === 1 && hasControl(fields[0]!.field.type) && !this.#session.locked(fields[0]!.name);
    const { current, total } = this.#session.position(this.host.page);
    return html`
      <a href="#" part="back" class="back-link" @click=${(event: Event) => this.#back(event)}>${this.host.t('formBack')}</a>
      <form novalidate @submit=${(event: Event) => this.#next(event)}>
        ${this.#renderIssues()}
        <p part="step-count" class="caption" tabindex=${single ? '-1' : nothing} ?data-focus=${single}>
          ${this.host.t('formStepOf', { current, total })}
        </p>
        ${single ? nothing : pageHeading(this.host, this.host.localized(step.step.title))}
        ${step.step.description ? html`<p class="hint">${this.host.localized(step.step.description)}</p>` : nothing}
        ${fields.map((field) => question(this.#questions, field, field.name, single))}
        <p class="visually-hidden" role="status">${this.host.announcement}</p>
        <button part="continue" class="button" type="submit">${this.host.t('formContinue')}</button>
      </form>
    `;
  }

  #renderCheck(): TemplateResult {
    const steps = this.#shownSteps;
    return html`
      ${steps.length ? html`<a href="#" part="back" class="back-link" @click=${(event: Event) => this.#back(event)}>${this.host.t('formBack')}</a>` : nothing}
      ${this.#renderIssues()} ${this.#renderNotice()}
      <p class="caption">${this.host.localized(this.host.loaded?.name)}</p>
      ${pageHeading(this.host, this.host.t('formCheckHeading'))}
      ${steps.map((step) => html`${subheading(this.host, this.host.localized(step.step.title))} ${answers(this.#questions, step.fields, true)}`)}
      <button part="submit" class="button" type="button" aria-disabled=${this.host.busy ? 'true' : nothing} @click=${() => void this.#submit()}>
        ${this.host.t(this.host.busy ? 'formSubmitting' : this.host.application ? 'formResubmit' : 'formSubmit')}
      </button>
    `;
  }
}
