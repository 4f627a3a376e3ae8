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
import {
  formatDate,
  formatNumber,
  isMaskedField,
  normalizeAnswer,
  validateAnswers,
  validateField,
  formatMessage,
  isErrorCode,
} from '@padu/contract';
import type { AnswerValue, Answers, ApplicationStatus, ErrorCode, FieldError, FormDefinition, FormField, FormStep, LocalizedText, MessageParams } from '@padu/contract';
import { ConflictError, ForbiddenError, NotFoundError, UnauthorizedError, ValidationError } from '@padu/sdk';
import type { Application, Service, SessionChange, User } from '@padu/sdk';
import type { PaduClient } from '../base/client.ts';
import type { PaduEventMap } from '../base/events.ts';
import type { Message } from '../base/padu-element.ts';
import { errorMessage } from '../i18n/messages.ts';
import { formatSize, parseDecimal } from '../i18n/numbers.ts';
import '../i18n/id-form.ts';
import type { InstantStyle, Locale, StringKey } from '../i18n/i18n.ts';
import type { PaduChoice } from '../choice/choice.ts';
import type { PaduFileInput } from '../file-input/file-input.ts';
import '../login/login.ts';
import '../nik-input/nik-input.ts';
import '../status-tracker/status-tracker.ts';
import '../text-input/text-input.ts';
import { draftKey, isRecord, readDraft, removeDraft, removeDrafts, writeDraft } from './draft.ts';
import type { DraftValue, FileInfo } from './draft.ts';
import type { PaduServiceForm } from './service-form.ts';
import { serviceFormStyles } from './service-form.styles.ts';
import { answerName, controlsReady, isEmpty, isRenderedFieldType, isYesNo, loadControls, newKey, readForm } from './form-model.ts';
import { FieldControls } from './form-controls.ts';
import { introPage, pageHeading, receiptPage, subheading } from './form-pages.ts';
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

  /** The answers as they will be submitted (`PaduServiceForm.answers`). */
  get answers(): Answers {
    return Object.fromEntries(
      this.#fields.flatMap((field) => {
        const answer = this.#toAnswer(field, this.#values[field.name]);
        return answer === undefined ? [] : [[field.name, answer]];
      }),
    ) as Answers;
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

  /** The answers as the controls hold them (not reactive: the controls show them). */
  #values: Record<string, DraftValue> = {};
  #files: Record<string, FileInfo> = {};
  /** NIK and No. KK answers of the application being revised, masked as sent: left empty, each stays as stored. */
  #kept = new Map<string, string>();
  #idempotencyKey = '';
  /** The user whose answers are in memory; another user never sees them. */
  #owner: string | null = null;
  /** The draft the answers in memory belong to (user, service, application): another one starts afresh. */
  #adopted = '';
  /** The page "Lanjutkan" returns to after an "Ubah" (the check-answers page). */
  #returnTo: number | null = null;
  readonly #controls: FieldControls = new FieldControls({
    host: () => this.host,
    valueOf: (name) => this.#values[name],
    fileOf: (name) => this.#files[name],
    keptOf: (name) => this.#kept.get(name),
    issueText: (issue) => this.#issueText(issue),
    check: (name) => {
      const field = this.#fieldNamed(name);
      const problem = field && validateField(field, this.#toAnswer(field, this.#values[name]), { locale: this.host.locale });
      return problem ? { code: problem.code as ErrorCode, params: problem.params ?? {} } : null;
    },
    onInput: (name) => this.#take(name),
    onChange: (name) => this.#changed(name),
  });
  #shape: { form: unknown; steps: FormStep[]; fields: FormField[] } | undefined;
  #watched: PaduClient | undefined;
  #stopWatching: (() => void) | undefined;
  #titleBefore: string | null = null;
  #reported: unknown;

  // ---------------------------------------------------------------- the form and its answers

  get #form(): unknown {
    return this.host.definition ?? this.host.loaded?.form;
  }

  get #model(): { steps: FormStep[]; fields: FormField[] } {
    const form = this.#form;
    let shape = this.#shape;
    if (!shape || shape.form !== form) this.#shape = shape = { form, ...readForm(form) };
    return shape;
  }

  get #steps(): FormStep[] {
    return this.#model.steps;
  }

  /** Every field of a known type, once. */
  get #fields(): FormField[] {
    return this.#model.fields;
  }

  get #serviceId(): string {
    return this.host.loaded?.id ?? this.host.service;
  }

  /** The logged-in user, read from the session itself (fresher than the rendered `user` during a change). */
  get #account(): User | null {
    return this.host.api?.session.current?.user ?? null;
  }

  #fieldNamed(name: string): FormField | undefined {
    return this.#fields.find((field) => field.name === name);
  }

  #pageOf(name: string): number {
    return this.#steps.findIndex((step) => step.fields.some((field) => field.name === name));
  }

  /** A value as the contract wants it, or `undefined` for no answer. */
  #toAnswer(field: FormField, value: DraftValue | undefined): AnswerValue | undefined {
    if (typeof value === 'string') {
      if (!value.trim()) return undefined;
      if (field.type === 'number') value = parseDecimal(value, this.host.locale);
    }
    return isEmpty(value) ? undefined : normalizeAnswer(field, value);
  }

  /** The text of an issue in the current language, with this element's overrides. */
  #issueText(issue: Issue): string {
    if (!('error' in issue)) return this.host.say(issue);
    const { code, params = {}, message } = issue.error;
    const field = issue.name ? this.#fieldNamed(issue.name) : undefined;
    if (code === 'pattern' && field?.patternMessage) return this.host.localized(field.patternMessage);
    if (!isErrorCode(code)) return message; // a code newer than this version: the gateway's words
    const label = field ? this.host.localized(field.label) || field.name : params.label;
    return errorMessage(this.host.locale, code, { ...params, ...(label === undefined ? {} : { label }) }, this.host.strings);
  }

  /**
   * The problems of the fields of `stepIds` (all steps when absent), in the order of the form: the contract's
   * verdict, or a request to wait for an upload still under way.
   */
  #check(stepIds?: string[]): Issue[] {
    const form = this.#form as FormDefinition;
    const errors = new Map(
      validateAnswers(form, this.host.answers, { locale: this.host.locale, keep: [...this.#kept.keys()], ...(stepIds ? { steps: stepIds } : {}) }).map((error) => [
        answerName(error.pointer),
        error,
      ]),
    );
    const issues: Issue[] = [];
    for (const step of this.#steps) {
      if (stepIds && !stepIds.includes(step.id)) continue;
      for (const { name } of step.fields) {
        const uploading = (this.#controls.get(name) as PaduFileInput | undefined)?.uploading;
        const error = errors.get(name);
        if (uploading) issues.push({ name, key: 'fileWait', params: { label: this.host.localized(this.#fieldNamed(name)?.label) } });
        else if (error) issues.push({ name, error });
      }
    }
    return issues;
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
    const errors: FieldError[] = [];
    (Array.isArray(form.steps) ? form.steps : []).forEach((step: unknown, i) =>
      (isRecord(step) && Array.isArray(step.fields) ? step.fields : []).forEach((field: unknown, j) => {
        if (!isRecord(field) || isRenderedFieldType(field.type)) return;
        const params = { field: String(field.name), type: String(field.type) };
        const message = formatMessage('definition.unknown_type', params, this.host.locale);
        errors.push({ pointer: `/steps/${i}/fields/${j}`, code: 'definition.unknown_type', message, params });
      }),
    );
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
    if (key !== this.#adopted) this.#adopt(user.id, key);
    if (this.#idempotencyKey || this.host.application) this.#go(this.host.page, focus);
    else if (this.started) {
      this.#idempotencyKey = newKey();
      this.#go(0, focus);
    } else this.#show('intro', focus);
  }

  /** Takes on a draft: the saved one if there is one, else the application being revised, else a fresh form. */
  #adopt(userId: string, key: string): void {
    this.#forget();
    this.#owner = userId;
    this.#adopted = key;
    const draft = readDraft(this.host.draftStorage, this.#draftKey());
    const known = new Set(this.#fields.map((field) => field.name));
    const answers = this.host.application?.answers ?? {};
    for (const field of this.#fields.filter(isMaskedField)) {
      const masked = answers[field.name];
      if (typeof masked === 'string' && masked) this.#kept.set(field.name, masked);
    }
    if (draft) {
      this.#values = Object.fromEntries(Object.entries(draft.values).filter(([name]) => known.has(name)));
      this.#files = Object.fromEntries(Object.entries(draft.files).filter(([name]) => known.has(name)));
      this.#idempotencyKey = draft.idempotencyKey;
      this.host.page = draft.page;
      this.#returnTo = draft.returnTo;
    } else if (this.host.application) {
      this.#prefill(this.host.application);
      this.host.page = this.#steps.length;
    }
  }

  /** The application's answers in the form, but the masked ones (`#kept`): those stay as stored unless retyped. */
  #prefill(application: Application): void {
    const uploads = new Map(application.attachments.map((upload) => [upload.id, upload]));
    const entries: [string, DraftValue][] = [];
    for (const field of this.#fields) {
      const answer = application.answers[field.name];
      if (answer === undefined || this.#kept.has(field.name)) continue;
      // Group answers (lists of items) belong to fields this form does not draw yet.
      if (Array.isArray(answer) && !answer.every((item) => typeof item === 'string')) continue;
      entries.push([field.name, typeof answer === 'number' ? String(answer) : (answer as DraftValue)]);
      const upload = field.type === 'file' ? uploads.get(String(answer)) : undefined;
      if (upload) this.#files = { ...this.#files, [field.name]: { name: upload.fileName, size: upload.bytes } };
    }
    this.#values = Object.fromEntries(entries);
  }

  /** Drops every answer in memory (not in storage). */
  #forget(): void {
    this.#owner = null;
    this.#adopted = '';
    this.#values = {};
    this.#files = {};
    this.#kept = new Map();
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
      values: this.#values,
      files: this.#files,
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
    const total = this.#steps.length;
    this.host.page = Math.max(0, Math.min(Math.trunc(page) || 0, total));
    this.host.view = 'form';
    this.host.issues = [];
    this.host.notice = null;
    this.#save();
    this.host.emit('padu-step-change', { index: this.host.page, stepId: this.#steps[this.host.page]?.id ?? null, total });
    if (focus) void this.host.focusAfterRender('[data-focus]');
  }

  #back(event: Event): void {
    event.preventDefault();
    const total = this.#steps.length;
    if (this.#returnTo !== null && this.host.page < total) {
      const target = this.#returnTo;
      this.#returnTo = null;
      this.#go(target);
    } else if (this.host.page === 0 && !this.host.application) this.#show('intro', true);
    else this.#go(this.host.page === 0 ? total : this.host.page - 1);
  }

  /** "Lanjutkan": the page's answers are checked with the contract's rules before moving on. */
  #next(event: Event): void {
    event.preventDefault();
    const step = this.#steps[this.host.page];
    if (!step) return;
    const issues = this.#check([step.id]);
    this.#mark(step, issues);
    if (issues.length) return this.#showIssues(issues);
    const target = this.#returnTo ?? this.host.page + 1;
    this.#returnTo = null;
    this.#go(target);
  }

  /** Sets the messages of one step's fields: the new issues, and none for the fields that are fine now. */
  #mark(step: FormStep | undefined, issues: Issue[]): void {
    const marks = new Map(this.host.fieldIssues);
    for (const field of step?.fields ?? []) marks.delete(field.name);
    for (const issue of issues) if (issue.name) marks.set(issue.name, issue);
    this.host.fieldIssues = marks;
  }

  #showIssues(issues: Issue[]): void {
    this.host.issues = issues;
    void this.host.focusAfterRender('[part=error-summary]');
  }

  /** Opens the first page with a problem and shows its issues (after a check of every step, or a 422). */
  #showFirstProblem(issues: Issue[]): void {
    const pages = issues.map((issue) => (issue.name ? this.#pageOf(issue.name) : -1)).filter((page) => page >= 0);
    const marks = new Map(this.host.fieldIssues);
    for (const issue of issues) if (issue.name) marks.set(issue.name, issue);
    this.host.fieldIssues = marks;
    if (!pages.length) return this.#showIssues(issues);
    const page = Math.min(...pages);
    this.#returnTo = this.#steps.length;
    this.#go(page, false);
    this.#showIssues(issues.filter((issue) => !issue.name || this.#pageOf(issue.name) === page));
  }

  /** An error summary link: focus the field's control and bring its label into view (GOV.UK). */
  #jump(event: Event, name: string): void {
    event.preventDefault();
    const control = this.#controls.get(name);
    control?.focus({ preventScroll: true });
    control?.scrollIntoView({ block: 'start' });
  }

  /** "Ubah" on the check-answers page: that field's page, then back to the check-answers page. */
  async #change(event: Event, name: string): Promise<void> {
    event.preventDefault();
    this.#returnTo = this.#steps.length;
    this.#go(this.#pageOf(name), false);
    await this.host.updateComplete;
    this.#controls.get(name)?.focus();
  }

  // ---------------------------------------------------------------- controls

  /** Reads a control's value into the answers (and the draft). */
  #take(name: string): void {
    const control = this.#controls.get(name);
    if (!control) return;
    let value: DraftValue = control.value;
    if (control.localName === 'padu-choice') {
      const choice = control as PaduChoice;
      if (choice.type === 'checkbox') value = choice.options.length ? [...choice.values] : choice.checked;
    }
    this.#values = { ...this.#values, [name]: value };
    if (control.localName === 'padu-file-input') {
      const { fileName, fileSize } = control as PaduFileInput;
      const files = { ...this.#files };
      if (value) files[name] = { name: fileName, size: fileSize };
      else delete files[name];
      this.#files = files;
    }
    this.#save();
  }

  /**
   * Messages stay until the next "Lanjutkan" (GOV.UK): text fields commit on blur, and a message vanishing then
   * would move the button away from under the citizen's finger. A newly chosen file brings its own verdict.
   */
  #changed(name: string): void {
    this.#take(name);
    if (!this.host.fieldIssues.has(name) || this.#controls.get(name)?.localName !== 'padu-file-input') return;
    const marks = new Map(this.host.fieldIssues);
    marks.delete(name);
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
      const answers = this.host.answers;
      // The masked answers left empty stay as stored: named, never sent back as masks.
      const keep = [...this.#kept.keys()].filter((name) => !Object.hasOwn(answers, name));
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
      const issues: Issue[] = error.errors.map((fieldError) => {
        const name = answerName(fieldError.pointer);
        return { name: name && this.#pageOf(name) >= 0 ? name : null, error: fieldError };
      });
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

  async #copy(): Promise<void> {
    const code = this.host.result?.trackingCode ?? '';
    let copied = false;
    try {
      await navigator.clipboard.writeText(code);
      copied = true;
    } catch {
      // No Clipboard API (a plain-http page, an old browser, permission refused): select the code so it can be
      // copied by hand, and try the old command.
      const node = this.host.renderRoot.querySelector('#code');
      const selection = getSelection();
      if (node && selection) {
        const range = document.createRange();
        range.selectNodeContents(node);
        selection.removeAllRanges();
        selection.addRange(range);
      }
      try {
        copied = document.execCommand('copy');
      } catch {
        copied = false;
      }
    }
    this.host.announcement = this.host.t(copied ? 'formCopied' : 'formCopyManual');
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
        const step = this.#steps[this.host.page];
        return html`${this.#renderRevisionNote()}${step ? this.#renderStep(step) : this.#renderCheck()}`;
      }
      case 'done':
        return receiptPage(this.host, this.#steps, { copy: () => void this.#copy(), answers: (step) => this.#renderAnswers(step, false) });
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

  #renderStep(step: FormStep): TemplateResult {
    const single = step.fields.length === 1 && isRenderedFieldType(step.fields[0]!.type);
    return html`
      <a href="#" part="back" class="back-link" @click=${(event: Event) => this.#back(event)}>${this.host.t('formBack')}</a>
      <form novalidate @submit=${(event: Event) => this.#next(event)}>
        ${this.#renderIssues()}
        <p part="step-count" class="caption" tabindex=${single ? '-1' : nothing} ?data-focus=${single}>
          ${this.host.t('formStepOf', { current: this.host.page + 1, total: this.#steps.length })}
        </p>
        ${single ? nothing : pageHeading(this.host, this.host.localized(step.title))}
        ${step.description ? html`<p class="hint">${this.host.localized(step.description)}</p>` : nothing}
        ${step.fields.map((field) =>
          isRenderedFieldType(field.type)
            ? this.#controls.control(field, single)
            : html`<div part="unknown-field" class="notice warning">
                <p><strong>${this.host.localized(field.label) || field.name}</strong></p>
                <p>${this.host.t('formUnknownType', { type: String(field.type) })}</p>
              </div>`,
        )}
        <button part="continue" class="button" type="submit">${this.host.t('formContinue')}</button>
      </form>
    `;
  }

  #renderCheck(): TemplateResult {
    const steps = this.#steps;
    return html`
      ${steps.length ? html`<a href="#" part="back" class="back-link" @click=${(event: Event) => this.#back(event)}>${this.host.t('formBack')}</a>` : nothing}
      ${this.#renderIssues()} ${this.#renderNotice()}
      <p class="caption">${this.host.localized(this.host.loaded?.name)}</p>
      ${pageHeading(this.host, this.host.t('formCheckHeading'))}
      ${steps.map((step) => html`${subheading(this.host, this.host.localized(step.title))} ${this.#renderAnswers(step, true)}`)}
      <button part="submit" class="button" type="button" aria-disabled=${this.host.busy ? 'true' : nothing} @click=${() => void this.#submit()}>
        ${this.host.t(this.host.busy ? 'formSubmitting' : this.host.application ? 'formResubmit' : 'formSubmit')}
      </button>
    `;
  }

  /** One step's answers as a GOV.UK summary list, with "Ubah" links on the check-answers page. */
  #renderAnswers(step: FormStep, editable: boolean): TemplateResult {
    const fields = step.fields.filter((field) => isRenderedFieldType(field.type));
    return html`<dl part="summary-list" class="summary-list">
      ${fields.map((field) => {
        const label = this.host.localized(field.label) || field.name;
        return html`<div class="summary-row">
          <dt>${label}</dt>
          <dd>${this.#display(field)}</dd>
          ${editable
            ? html`<dd>
                <a href="#field-${field.name}" @click=${(event: Event) => this.#change(event, field.name)}
                  >${this.host.t('formChange')}<span class="visually-hidden"> ${label}</span></a
                >
              </dd>`
            : nothing}
        </div>`;
      })}
    </dl>`;
  }

  /** An answer as the citizen recognises it: option labels, dates and numbers the local way, file names. */
  #display(field: FormField): TemplateResult | string {
    const answer = this.#toAnswer(field, this.#values[field.name]);
    if (isYesNo(field)) return this.host.t(answer === true ? 'formYes' : 'formNo');
    const kept = this.#kept.get(field.name);
    if (answer === undefined) {
      return kept
        ? html`${kept} <span class="muted">(${this.host.t('formKept')})</span>`
        : html`<span class="muted">${this.host.t('formNotAnswered')}</span>`;
    }
    const label = (value: unknown) => this.#controls.optionsOf(field).find((option) => option.value === value)?.label ?? String(value);
    const file = this.#files[field.name];
    switch (field.type) {
      case 'select':
      case 'radio':
        return label(answer);
      case 'checkbox':
        return ([] as unknown[]).concat(answer).map(label).join(', ');
      case 'date':
        return formatDate(String(answer), this.host.locale);
      case 'number':
        return typeof answer === 'number' ? formatNumber(answer, this.host.locale) : String(answer);
      case 'file':
        return file ? `${file.name} (${formatSize(file.size)})` : String(answer);
      default:
        return String(answer);
    }
  }
}
