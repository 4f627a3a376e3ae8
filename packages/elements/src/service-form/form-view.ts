/**
 * What `<padu-service-form>` shows once it has a service (or an application) to show: the Standar Pelayanan, the
 * pages of questions with the contract's rules, the check-answers page, the submit, the drafts and the revision of
 * an application. The element (`service-form.ts`) imports it on demand, so a page whose form still waits for a
 * choice in the catalogue does not download it; bundles make it a chunk of its own. It is the element's own code:
 * its state lives in the element's reactive properties, and it renders into the element's shadow root.
 *
 * This module holds the view's state and its moves: loading, the citizen's session, drafts, the pages and the
 * problems found on them, the answers read from the controls. Beside it, in the same chunk: `form-session.ts` (the
 * form's state without its view), `form-model.ts` (how a definition is read, the views and problems),
 * `form-render.ts` (what each page shows), `form-questions.ts` (the questions and their answers),
 * `form-controls.ts` (one field control per question), `form-pages.ts` (the introduction and the receipt) and
 * `form-submit.ts` (submitting, and the gateway's refusals).
 */
import { adoptStyles, supportsAdoptingStyleSheets } from 'lit';
import type { PropertyValues, TemplateResult, nothing } from 'lit';
import type { Answers, ErrorCode } from '@padu/contract';
import { NotFoundError, UnauthorizedError } from '@padu/sdk';
import type { Application, SessionChange, User } from '@padu/sdk';
import type { PaduClient } from '../base/client.ts';
import '../i18n/id-form.ts';
import '../login/login.ts';
import '../nik-input/nik-input.ts';
import '../status-tracker/status-tracker.ts';
import '../text-input/text-input.ts';
import { draftKey, isRecord, readDraft, removeDraft, removeDrafts, writeDraft } from './draft.ts';
import { serviceFormStyles } from './service-form.styles.ts';
import { controlsReady, loadControls, newKey, unknownTypes } from './form-model.ts';
import { FieldControls } from './form-controls.ts';
import type { FormHost } from './form-host.ts';
import { findIssues, issueText, markFields, showIssues } from './form-issues.ts';
import { renderPage } from './form-render.ts';
import type { PageContext } from './form-render.ts';
import { FormSession } from './form-session.ts';
import { submit } from './form-submit.ts';
import type { SubmitContext } from './form-submit.ts';
import type { Issue, View } from './form-model.ts';

export type { FormHost } from './form-host.ts';
export type { Issue, Notice, View } from './form-model.ts';

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
    return renderPage(this.#context);
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
    maskedOf: (key) => this.#session.maskedAt(key),
    requiredOf: (key) => this.#session.stateAt(key)?.required === true,
    prefilledOf: (key) => this.#session.prefilled.has(key),
    issueText: (issue) => issueText(this.#context, issue),
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

  /**
   * What the view's modules need of it, as it is now: one object for all of them (`form-issues.ts`,
   * `form-questions.ts`, `form-render.ts` and `form-submit.ts` each name the part they use).
   */
  get #context(): PageContext & SubmitContext {
    return {
      host: this.host,
      session: this.#session,
      controls: this.#controls,
      account: this.#account,
      save: () => this.#save(),
      change: (event, key) => void this.#change(event, key),
      start: () => this.#start(),
      back: (event) => this.#back(event),
      next: (event) => this.#next(event),
      submit: () => void submit(this.#context),
      idempotencyKey: this.#idempotencyKey,
      renewKey: () => {
        this.#idempotencyKey = newKey();
        this.#save();
      },
      showFirstProblem: (issues) => this.#showFirstProblem(issues),
      show: (view, focus) => this.#show(view, focus),
      dropDraft: () => {
        if (this.#owner) removeDraft(this.host.draftStorage, this.#draftKey());
      },
    };
  }

  get #serviceId(): string {
    return this.host.loaded?.id ?? this.host.service;
  }

  /** The logged-in user, read from the session itself (fresher than the rendered `user` during a change). */
  get #account(): User | null {
    return this.host.api?.session.current?.user ?? null;
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
    const issues = findIssues(this.#context, [step.id]);
    // The page's messages: the new ones, and none for the fields that are fine now.
    markFields(this.host, issues, (key) => this.#session.pageOf(key) === this.host.page);
    if (issues.length) return showIssues(this.host, issues);
    const target = this.#returnTo ?? this.#session.next(this.host.page);
    this.#returnTo = null;
    this.#go(target);
  }

  /** Opens the first page with a problem and shows its issues (after a check of every step, or a 422). */
  #showFirstProblem(issues: Issue[]): void {
    const session = this.#session;
    const pages = issues.map((issue) => (issue.name ? session.pageOf(issue.name) : -1)).filter((page) => page >= 0);
    markFields(this.host, issues);
    if (!pages.length) return showIssues(this.host, issues);
    const page = Math.min(...pages);
    this.#returnTo = session.steps.length;
    this.#go(page, false);
    showIssues(this.host, issues.filter((issue) => !issue.name || session.pageOf(issue.name) === page));
  }

  /** "Ubah" on the check-answers page: that field's page, then back to the check-answers page. */
  async #change(event: Event, key: string): Promise<void> {
    event.preventDefault();
    this.#returnTo = this.#session.steps.length;
    this.#go(this.#session.pageOf(key), false);
    await this.host.updateComplete;
    this.#controls.get(key)?.focus();
  }

  // ---------------------------------------------------------------- controls

  /** Reads a control's value into the answers (and the draft). */
  #take(key: string): void {
    const read = this.#controls.read(key);
    if (!read) return;
    const session = this.#session;
    session.set(key, read.value);
    if (read.file !== undefined) {
      const files = { ...session.files };
      if (read.file) files[key] = read.file;
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
    if (this.host.fieldIssues.has(key) && this.#controls.get(key)?.localName === 'padu-file-input') markFields(this.host, [], (marked) => marked === key);
  }
}
