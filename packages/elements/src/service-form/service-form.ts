import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import {
  formatDate as formatIsoDate,
  formatNumber as formatPlainNumber,
  formatTimeFrame,
  isKnownFieldType,
  normalizeAnswer,
  validateAnswers,
  validateField,
  formatMessage,
  isErrorCode,
} from '@padu/contract';
import type { AnswerValue, Answers, ErrorCode, FieldError, FieldType, FormDefinition, FormField, FormStep, LocalizedText } from '@padu/contract';
import { ConflictError, ForbiddenError, NotFoundError, UnauthorizedError, ValidationError } from '@padu/sdk';
import type { Application, Service, SessionChange, User } from '@padu/sdk';
import type { PaduClient } from '../base/client.ts';
import { safeUrl } from '../base/data.ts';
import { define } from '../base/define.ts';
import type { PaduEvent } from '../base/events.ts';
import type { FieldValidator, PaduField } from '../base/field.ts';
import type { Message } from '../base/padu-element.ts';
import { ServiceSection } from '../service-catalogue/service-section.ts';
import { errorMessage } from '../i18n/messages.ts';
import { formatSize, parseDecimal } from '../i18n/numbers.ts';
import '../i18n/id-form.ts';
import type { StringKey } from '../i18n/i18n.ts';
import type { ChoiceOption, PaduChoice } from '../choice/choice.ts';
import type { PaduFileInput } from '../file-input/file-input.ts';
import type { PaduNumberInput } from '../number-input/number-input.ts';
import type { PaduTextInput } from '../text-input/text-input.ts';
import '../login/login.ts';
import '../nik-input/nik-input.ts';
import '../status-tracker/status-tracker.ts';
import '../text-input/text-input.ts';
import { draftKey, isRecord, readDraft, removeDraft, removeDrafts, writeDraft } from './draft.ts';
import type { DraftStorage, DraftValue, FileInfo } from './draft.ts';
import { serviceFormStyles } from './service-form.styles.ts';

declare module '../base/events.ts' {
  interface PaduEventMap {
    /** A page of the form is shown: a step (`stepId`), or the check-answers page (`index === total`, `stepId` null). */
    'padu-step-change': { index: number; stepId: string | null; total: number };
    /** Before submitting (or resubmitting) the application (cancelable). */
    'padu-submit': { serviceId: string; applicationId: string | null };
    /** The application was submitted (or resubmitted); its answers carry NIK and No. KK masked. */
    'padu-submitted': { application: Application; trackingCode: string };
    /** The service's form definition has problems (unknown field types, duplicate names …); the form still works. */
    'padu-definition-error': { serviceId: string; errors: FieldError[] };
  }
}

declare global {
  interface HTMLElementEventMap {
    'padu-step-change': PaduEvent<'padu-step-change'>;
    'padu-submit': PaduEvent<'padu-submit'>;
    'padu-submitted': PaduEvent<'padu-submitted'>;
    'padu-definition-error': PaduEvent<'padu-definition-error'>;
  }
}

type View = 'loading' | 'failed' | 'intro' | 'login' | 'form' | 'done' | 'blocked';

/** A problem shown in the error summary and at its field (`name`), as a contract error or a catalogue text. */
type Issue = { name: string | null } & ({ error: FieldError } | Message);

/** What the citizen is told above the page; `retry` offers to do the same again (network failures). */
type Notice = Message & { retry?: boolean };

/** The control for each field type; a full record, so a type added to the contract fails the type check here. */
const controlTags: Record<FieldType, string> = {
  text: 'padu-text-input',
  email: 'padu-text-input',
  tel: 'padu-text-input',
  date: 'padu-text-input',
  number: 'padu-number-input',
  textarea: 'padu-textarea',
  nik: 'padu-nik-input',
  kk: 'padu-kk-input',
  select: 'padu-choice',
  radio: 'padu-choice',
  checkbox: 'padu-choice',
  file: 'padu-file-input',
};

let controls: Promise<unknown> | undefined;
let controlsLoaded = false;

/**
 * The other field controls (choice, file, number, textarea, KK) and the strings of the pages of questions: a chunk
 * of their own in bundles, fetched once a form has a service to show, so a page whose form waits for a choice in
 * the catalogue does not download them. A failed fetch is tried again next time.
 */
function loadControls(): Promise<unknown> {
  return (controls ??= import('./steps.ts').then(
    () => (controlsLoaded = true),
    (error: unknown) => {
      controls = undefined;
      throw error;
    },
  ));
}

const hasOptions = (field: FormField) => Array.isArray(field.options) && field.options.length > 0;
const isYesNo = (field: FormField) => field.type === 'checkbox' && !hasOptions(field);
const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && !value.length);

/** The field name a JSON pointer `/answers/<name>` points at (RFC 6901 escapes undone), else `null`. */
function answerName(pointer: string): string | null {
  const match = /^\/answers\/([^/]+)$/.exec(pointer);
  return match ? match[1]!.replace(/~1/g, '/').replace(/~0/g, '~') : null;
}

/** A random idempotency key (a UUID where the platform has one; pages on plain http lack `randomUUID`). */
function newKey(): string {
  return typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The steps and fields of a definition as far as they can be read. Definitions are data from each OPD (or a
 * host page), so nothing is trusted: unreadable steps and fields are left out and reported, duplicate names
 * keep their first field (as the contract's validator does).
 */
function readForm(form: unknown): { steps: FormStep[]; fields: FormField[] } {
  const names = new Set<string>();
  const fields: FormField[] = [];
  const steps = (isRecord(form) && Array.isArray(form.steps) ? form.steps : []).filter(isRecord).map((step) => {
    const own = (Array.isArray(step.fields) ? step.fields : []).filter(
      (field): field is FormField => isRecord(field) && typeof field.name === 'string' && !names.has(field.name),
    );
    for (const field of own) {
      names.add(field.name);
      if (isKnownFieldType(field.type)) fields.push(field);
    }
    return { ...step, fields: own } as FormStep;
  });
  return { steps, fields };
}

/**
 * @tagname padu-service-form
 * @summary The application form of any service the gateway serves, drawn from its form definition: first the
 * Standar Pelayanan and the data-protection notice, then one page per step ("Langkah X dari Y"), a
 * check-answers page, and a confirmation with the tracking code. GOV.UK patterns throughout: questions as page
 * headings, "(opsional)" on optional fields, an error summary that takes focus and links to each field,
 * "Ubah" links that return to the summary.
 *
 * Answers are checked on "Lanjutkan" with the same `@padu/contract` rules the gateway uses, and a 422 from the
 * gateway lands on the right step and field. A draft is kept as the citizen goes (`draft-storage`): a reload or
 * a closed tab resumes on the same page, and one idempotency key per draft makes double clicks, retries and
 * reloads during a submit create one application. Documents upload as soon as they are chosen; only their
 * upload ids (with name and size) are kept, never the files.
 *
 * Without a logged-in citizen it shows `<padu-login>` inline and continues where it was. With
 * `application-id` of an application in "Perlu Perbaikan" it opens that application prefilled, on the
 * check-answers page, with the officer's note on top, and resubmits it.
 *
 * NIK and No. KK answers are shown on the check-answers page as typed, not masked: it is the citizen's own
 * screen, and a masked number could not be checked for typos. They are masked everywhere else (events,
 * the gateway's responses).
 *
 * @slot track - Replaces the confirmation's "Lacak permohonan" button, e.g. with a link to the OPD's tracking
 *   page (or set `track-link-template`).
 * @slot idle - Shown while there is no service or application to show yet, e.g. "Pilih layanan di katalog".
 *
 * @csspart base - The wrapper of every page.
 * @csspart heading - The page's heading.
 * @csspart standard - The Standar Pelayanan before the first question.
 * @csspart privacy - The data-protection notice.
 * @csspart start - The "Mulai" button.
 * @csspart back - The "Kembali" link.
 * @csspart step-count - "Langkah X dari Y".
 * @csspart error-summary - The error summary ("Ada masalah").
 * @csspart continue - The "Lanjutkan" button.
 * @csspart unknown-field - The notice in place of a field of a type this version does not know.
 * @csspart summary-list - The answers of one step on the check-answers page and the receipt.
 * @csspart submit - The "Ajukan permohonan" button.
 * @csspart problem - A failure (network, refused) with its "Coba lagi" button.
 * @csspart revision-note - The officer's note when revising.
 * @csspart panel - The confirmation panel.
 * @csspart tracking-code - The tracking code.
 * @csspart copy - The "Salin kode" button.
 * @csspart print - The print button.
 * @csspart track - The default "Lacak permohonan" button or link.
 * @csspart receipt - The printable summary of the application.
 *
 * @fires padu-step-change - A page of the form is shown. `detail`: `index` (0-based; the check-answers page has
 *   `index === total`), `stepId` (null on the check-answers page), `total` (the number of steps).
 * @fires padu-submit - Before the application is submitted or resubmitted; cancelable. `detail`: `serviceId`,
 *   `applicationId` (when revising, else null).
 * @fires padu-submitted - The gateway accepted it. `detail`: `application` (NIK and No. KK masked),
 *   `trackingCode`.
 * @fires padu-definition-error - The form definition has problems, e.g. a field type this version does not
 *   know. `detail`: `serviceId`, `errors` (the contract's definition errors). Also reported on the console.
 */
export class PaduServiceForm extends ServiceSection {
  static override styles = [ServiceSection.styles, serviceFormStyles];

  static override properties: PropertyDeclarations = {
    service: {},
    applicationId: { attribute: 'application-id' },
    draftStorage: { attribute: 'draft-storage' },
    trackLinkTemplate: { attribute: 'track-link-template' },
    fromUrl: { type: Boolean, attribute: 'from-url' },
    reviseRequests: { type: Boolean, attribute: 'revise-requests' },
    serviceData: { attribute: false },
    definition: { attribute: false },
    view: { state: true, attribute: false },
    page: { state: true, attribute: false },
    loaded: { state: true, attribute: false },
    application: { state: true, attribute: false },
    issues: { state: true, attribute: false },
    fieldIssues: { state: true, attribute: false },
    notice: { state: true, attribute: false },
    busy: { state: true, attribute: false },
    result: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    tracking: { state: true, attribute: false },
  };

  /** The service to apply for, e.g. `akta-kelahiran`. */
  declare service: string;
  /** An application in "Perlu Perbaikan" to revise and resubmit (the service then comes from it). */
  declare applicationId: string;
  /**
   * Where the draft is kept: `session` (default: this tab, until it is closed), `local` (this browser, until
   * submitted or logged out: it survives closing the browser, so on a shared device the next person could see the
   * answers; use it only on personal devices), or `none` (a reload starts again).
   */
  declare draftStorage: DraftStorage;
  /** A link to track the application, with `{code}` for the tracking code, e.g. `/lacak.html?code={code}`. */
  declare trackLinkTemplate: string;
  /**
   * Takes `service` and `application-id` from the page URL (`?service=akta-kelahiran`, `?application=<id>`)
   * when neither is set, so a catalogue's `link-template="?service={id}#formulir"` opens this form with markup
   * only.
   */
  declare fromUrl: boolean;
  /**
   * Opens the application of any `padu-revise-request` on the page (the "Perbaiki permohonan" of a tracker or
   * of My Applications), scrolls to this form and moves the focus to it: revising needs no script on the page.
   */
  declare reviseRequests: boolean;
  /** The service itself, instead of loading `service` from the gateway (offline stories, previews). */
  declare serviceData: Service | undefined;
  /** A form definition to use instead of the service's own (the gateway still validates against its own). */
  declare definition: FormDefinition | undefined;

  protected declare view: View;
  protected declare page: number;
  protected declare loaded: Service | undefined;
  protected declare application: Application | undefined;
  /** The error summary of the current page. */
  protected declare issues: Issue[];
  /** The message at each field, from the last check or the gateway. */
  protected declare fieldIssues: Map<string, Issue>;
  protected declare notice: Notice | null;
  protected declare busy: boolean;
  protected declare result: Application | undefined;
  protected declare announcement: string;
  protected declare tracking: boolean;

  /** The answers as the controls hold them (not reactive: the controls show them). */
  #values: Record<string, DraftValue> = {};
  #files: Record<string, FileInfo> = {};
  /** NIK and No. KK answers the gateway sent back masked when revising: they must be typed again. */
  #refill = new Set<string>();
  #idempotencyKey = '';
  /** The user whose answers are in memory; another user never sees them. */
  #owner: string | null = null;
  /** The draft the answers in memory belong to (user, service, application): another one starts afresh. */
  #adopted = '';
  /** The page "Lanjutkan" returns to after an "Ubah" (the check-answers page). */
  #returnTo: number | null = null;
  #started = false;
  #controls = new Map<string, PaduField>();
  #rules = new Map<string, FieldValidator[]>();
  #optionLists = new WeakMap<object, { locale: string; options: ChoiceOption[] }>();
  #shape: { form: unknown; steps: FormStep[]; fields: FormField[] } | undefined;
  /** Bumped when `serviceData` changes, so the load key changes with it. */
  #dataStamp = 0;
  #watched: PaduClient | undefined;
  #stopWatching: (() => void) | undefined;
  #titleBefore: string | null = null;
  #reported: unknown;
  /** A revise request asked for the focus: it moves once the application is shown. */
  #focusOnShow = false;

  constructor() {
    super();
    this.service = '';
    this.applicationId = '';
    this.draftStorage = 'session';
    this.trackLinkTemplate = '';
    this.fromUrl = false;
    this.reviseRequests = false;
    this.headingLevel = 1;
    this.view = 'loading';
    this.page = 0;
    this.issues = [];
    this.fieldIssues = new Map();
    this.notice = null;
    this.busy = false;
    this.announcement = '';
    this.tracking = false;
  }

  // ---------------------------------------------------------------- public API

  /**
   * The page shown: a step index from 0, or the number of steps for the check-answers page. Setting it moves
   * there (while the form is shown).
   */
  get step(): number {
    return this.page;
  }

  set step(index: number) {
    if (this.view === 'form') this.#go(index);
  }

  /**
   * The answers as they will be submitted (read-only): normalised as the contract says (NIK and No. KK digits
   * only, phone numbers in E.164, numbers parsed), empty ones left out.
   */
  get answers(): Answers {
    return Object.fromEntries(
      this.#fields.flatMap((field) => {
        const answer = this.#toAnswer(field, this.#values[field.name]);
        return answer === undefined ? [] : [[field.name, answer]];
      }),
    ) as Answers;
  }

  // ---------------------------------------------------------------- the form and its answers

  get #form(): unknown {
    return this.definition ?? this.loaded?.form;
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
    return this.loaded?.id ?? this.service;
  }

  /** The logged-in user, read from the session itself (fresher than the rendered `user` during a change). */
  get #account(): User | null {
    return this.api?.session.current?.user ?? null;
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
      if (field.type === 'number') value = parseDecimal(value, this.locale);
    }
    return isEmpty(value) ? undefined : normalizeAnswer(field, value);
  }

  /** The text of an issue in the current language, with this element's overrides. */
  #issueText(issue: Issue): string {
    if (!('error' in issue)) return this.say(issue);
    const { code, params = {}, message } = issue.error;
    const field = issue.name ? this.#fieldNamed(issue.name) : undefined;
    if (code === 'pattern' && field?.patternMessage) return this.localized(field.patternMessage);
    if (!isErrorCode(code)) return message; // a code newer than this version: the gateway's words
    const label = field ? this.localized(field.label) || field.name : params.label;
    return errorMessage(this.locale, code, { ...params, ...(label === undefined ? {} : { label }) }, this.strings);
  }

  /**
   * The problems of the fields of `stepIds` (all steps when absent), in the order of the form: the contract's
   * verdict, or a request to wait for an upload still under way.
   */
  #check(stepIds?: string[]): Issue[] {
    const form = this.#form as FormDefinition;
    const errors = new Map(
      validateAnswers(form, this.answers, { locale: this.locale, ...(stepIds ? { steps: stepIds } : {}) }).map((error) => [
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
        if (uploading) issues.push({ name, key: 'fileWait', params: { label: this.localized(this.#fieldNamed(name)?.label) } });
        else if (error) issues.push({ name, error });
      }
    }
    return issues;
  }

  // ---------------------------------------------------------------- loading, session and drafts

  /** Who is signed in decides between the form and the login: the page's session is restored first. */
  protected override get restoresSession(): boolean {
    return true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#watchSession();
    document.addEventListener('padu-revise-request', this.#onReviseRequest as EventListener);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('padu-revise-request', this.#onReviseRequest as EventListener);
    this.#stopWatching?.();
    this.#stopWatching = undefined;
    this.#restoreTitle();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('serviceData')) this.#dataStamp++;
    if (changed.has('service')) this.#started = false; // another service starts with its own Standar Pelayanan
    if (changed.has('fromUrl') && this.fromUrl && !this.service && !this.applicationId) this.#readUrl();
  }

  /** `service` and `application-id` from the page URL (see `from-url`). */
  #readUrl(): void {
    const query = new URLSearchParams(location.search);
    this.applicationId = query.get('application') ?? '';
    if (!this.applicationId) this.service = query.get('service') ?? '';
  }

  /** See `revise-requests`. */
  readonly #onReviseRequest = (event: PaduEvent<'padu-revise-request'>): void => {
    const { applicationId } = event.detail;
    if (!this.reviseRequests || !applicationId) return;
    // Another application: nothing of the form shown before stays (its draft, if any, is still in storage).
    if (applicationId !== this.applicationId) this.#forget();
    this.service = '';
    this.applicationId = applicationId;
    this.#focusOnShow = true;
    this.scrollIntoView({ block: 'start' });
  };

  /**
   * The service, the application being revised and, when revising, who is logged in (the application can only
   * be read by its applicant, so logging in loads it).
   */
  protected override loadKey(): string | null {
    if (this.#idle) return null;
    const reader = this.applicationId ? (this.user?.id ?? '') : '';
    return JSON.stringify([this.service, this.applicationId, reader, this.#dataStamp]);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('api')) this.#watchSession();
    if (changed.has('definition')) this.#report();
    if (this.#focusOnShow && this.view !== 'loading') {
      this.#focusOnShow = false;
      void this.focusAfterRender('[data-focus], [part=problem]');
    }
    const failing = this.view === 'form' && this.issues.length > 0;
    if (failing && this.#titleBefore === null) {
      this.#titleBefore = document.title;
      document.title = `${this.t('error')}: ${document.title}`;
    } else if (!failing) this.#restoreTitle();
  }

  #restoreTitle(): void {
    if (this.#titleBefore === null) return;
    document.title = this.#titleBefore;
    this.#titleBefore = null;
  }

  #watchSession(): void {
    const api = this.api;
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
      this.#started = false;
      if (this.applicationId) this.application = undefined;
      this.#enter();
    } else if (type === 'session-ended') {
      if (this.view !== 'done') {
        this.notice = { key: 'formSessionEnded' };
        this.#show('login', true);
      }
    } else {
      this.notice = null;
      this.#enter(true);
    }
  }

  protected override async load(api: PaduClient, signal: AbortSignal): Promise<void> {
    this.view = 'loading';
    this.notice = null;
    loadControls().catch(() => {}); // alongside the service; a page of questions waits for them (`#go`)
    try {
      let application: Application | undefined;
      if (this.applicationId) {
        // The application is the applicant's own: it can only be read logged in.
        if (!this.#account) return this.#show('login', false);
        application = await api.applications.get(this.applicationId, { signal });
      }
      const id = application?.serviceId ?? this.serviceData?.id ?? this.service;
      const service = this.serviceData?.id === id ? this.serviceData : await api.services.get(id, { signal });
      if (signal.aborted) return;
      this.application = application;
      this.loaded = service;
      this.#report();
      this.#enter();
    } catch (error) {
      if (signal.aborted) return;
      if (error instanceof UnauthorizedError) return this.#show('login', false);
      this.notice = error instanceof NotFoundError ? { key: 'formNotFound' } : { ...this.failure(error), retry: true };
      this.view = 'failed';
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
        if (!isRecord(field) || isKnownFieldType(field.type)) return;
        const params = { field: String(field.name), type: String(field.type) };
        const message = formatMessage('definition.unknown_type', params, this.locale);
        errors.push({ pointer: `/steps/${i}/fields/${j}`, code: 'definition.unknown_type', message, params });
      }),
    );
    if (!errors.length) return;
    console.warn(`[padu] The form of service "${this.#serviceId}" has problems: ${errors.map((e) => e.message).join(' ')}`);
    this.emit('padu-definition-error', { serviceId: this.#serviceId, errors });
  }

  /** Decides what to show once the service is known: intro, login, the form (resumed), or why not. */
  #enter(focus = false): void {
    const user = this.#account;
    if (!user) {
      if (this.loaded || this.applicationId) this.#show(this.applicationId || this.#started ? 'login' : 'intro', focus);
      return;
    }
    // Logging in changes the load key when revising: the load under way ends with a call here.
    if (!this.loaded || (this.applicationId && !this.application)) return;
    const key = draftKey(user.id, this.#serviceId, this.application?.id);
    if (this.view === 'done' && key === this.#adopted) return;
    if (this.application && this.application.status !== 'needs_revision') return this.#show('blocked', focus);
    if (!this.application && this.loaded.requiresVerifiedAccount && !user.verified) return this.#show('intro', focus);
    if (key !== this.#adopted) this.#adopt(user.id, key);
    if (this.#idempotencyKey || this.application) this.#go(this.page, focus);
    else if (this.#started) {
      this.#idempotencyKey = newKey();
      this.#go(0, focus);
    } else this.#show('intro', focus);
  }

  /** Takes on a draft: the saved one if there is one, else the application being revised, else a fresh form. */
  #adopt(userId: string, key: string): void {
    this.#forget();
    this.#owner = userId;
    this.#adopted = key;
    const draft = readDraft(this.draftStorage, this.#draftKey());
    const known = new Set(this.#fields.map((field) => field.name));
    if (draft) {
      this.#values = Object.fromEntries(Object.entries(draft.values).filter(([name]) => known.has(name)));
      this.#files = Object.fromEntries(Object.entries(draft.files).filter(([name]) => known.has(name)));
      this.#refill = new Set(draft.refill);
      this.#idempotencyKey = draft.idempotencyKey;
      this.page = draft.page;
      this.#returnTo = draft.returnTo;
    } else if (this.application) {
      this.#prefill(this.application);
      this.page = this.#steps.length;
    }
  }

  /** The application's answers in the form. NIK and No. KK come back masked, so those are asked again. */
  #prefill(application: Application): void {
    const uploads = new Map(application.attachments.map((upload) => [upload.id, upload]));
    const entries: [string, DraftValue][] = [];
    for (const field of this.#fields) {
      const answer = application.answers[field.name];
      if (answer === undefined) continue;
      if ((field.type === 'nik' || field.type === 'kk') && String(answer).includes('*')) {
        this.#refill.add(field.name);
        continue;
      }
      entries.push([field.name, typeof answer === 'number' ? String(answer) : answer]);
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
    this.#refill = new Set();
    this.#idempotencyKey = '';
    this.#returnTo = null;
    this.page = 0;
    this.issues = [];
    this.fieldIssues = new Map();
    this.result = undefined;
    for (const control of this.#controls.values()) control.remove();
    this.#controls.clear();
  }

  #draftKey(): string {
    return draftKey(this.#owner ?? '', this.#serviceId, this.application?.id);
  }

  #save(): void {
    // A form taken off the page (a reload in progress, a finished submit) must not write a stale draft back.
    if (!this.isConnected || !this.#owner || this.view !== 'form') return;
    writeDraft(this.draftStorage, this.#draftKey(), {
      serviceVersion: this.loaded?.version ?? 0,
      page: this.page,
      returnTo: this.#returnTo,
      values: this.#values,
      files: this.#files,
      refill: [...this.#refill],
      idempotencyKey: this.#idempotencyKey,
    });
  }

  // ---------------------------------------------------------------- moving between pages

  #show(view: View, focus: boolean): void {
    this.view = view;
    if (focus) void this.focusAfterRender('[data-focus]');
  }

  #start(): void {
    this.#started = true;
    this.#enter(true);
  }

  /** Shows page `page` (a step, or the check-answers page) and remembers it in the draft. */
  #go(page: number, focus = true): void {
    if (!controlsLoaded) {
      // Fetched with the service, so usually here already; if not, the citizen sees that the form is loading.
      this.view = 'loading';
      void loadControls().then(
        () => this.#go(page, focus),
        (error: unknown) => {
          this.notice = { ...this.failure(error), retry: true };
          this.view = 'failed';
        },
      );
      return;
    }
    const total = this.#steps.length;
    this.page = Math.max(0, Math.min(Math.trunc(page) || 0, total));
    this.view = 'form';
    this.issues = [];
    this.notice = null;
    this.#save();
    this.emit('padu-step-change', { index: this.page, stepId: this.#steps[this.page]?.id ?? null, total });
    if (focus) void this.focusAfterRender('[data-focus]');
  }

  #back(event: Event): void {
    event.preventDefault();
    const total = this.#steps.length;
    if (this.#returnTo !== null && this.page < total) {
      const target = this.#returnTo;
      this.#returnTo = null;
      this.#go(target);
    } else if (this.page === 0 && !this.application) this.#show('intro', true);
    else this.#go(this.page === 0 ? total : this.page - 1);
  }

  /** "Lanjutkan": the page's answers are checked with the contract's rules before moving on. */
  #next(event: Event): void {
    event.preventDefault();
    const step = this.#steps[this.page];
    if (!step) return;
    const issues = this.#check([step.id]);
    this.#mark(step, issues);
    if (issues.length) return this.#showIssues(issues);
    const target = this.#returnTo ?? this.page + 1;
    this.#returnTo = null;
    this.#go(target);
  }

  /** Sets the messages of one step's fields: the new issues, and none for the fields that are fine now. */
  #mark(step: FormStep | undefined, issues: Issue[]): void {
    const marks = new Map(this.fieldIssues);
    for (const field of step?.fields ?? []) marks.delete(field.name);
    for (const issue of issues) if (issue.name) marks.set(issue.name, issue);
    this.fieldIssues = marks;
  }

  #showIssues(issues: Issue[]): void {
    this.issues = issues;
    void this.focusAfterRender('[part=error-summary]');
  }

  /** Opens the first page with a problem and shows its issues (after a check of every step, or a 422). */
  #showFirstProblem(issues: Issue[]): void {
    const pages = issues.map((issue) => (issue.name ? this.#pageOf(issue.name) : -1)).filter((page) => page >= 0);
    const marks = new Map(this.fieldIssues);
    for (const issue of issues) if (issue.name) marks.set(issue.name, issue);
    this.fieldIssues = marks;
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
    await this.updateComplete;
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
    if (!isEmpty(value)) this.#refill.delete(name);
    this.#save();
  }

  /**
   * Messages stay until the next "Lanjutkan" (GOV.UK): text fields commit on blur, and a message vanishing then
   * would move the button away from under the citizen's finger. A newly chosen file brings its own verdict.
   */
  #changed(name: string): void {
    this.#take(name);
    if (!this.fieldIssues.has(name) || this.#controls.get(name)?.localName !== 'padu-file-input') return;
    const marks = new Map(this.fieldIssues);
    marks.delete(name);
    this.fieldIssues = marks;
  }

  /** The contract's check of one field, as the control's own validator, so its live messages match. */
  #rulesFor(name: string): FieldValidator[] {
    let rules = this.#rules.get(name);
    if (!rules) {
      rules = [
        () => {
          const field = this.#fieldNamed(name);
          const problem = field && validateField(field, this.#toAnswer(field, this.#values[name]), { locale: this.locale });
          return problem ? { code: problem.code as ErrorCode, params: problem.params ?? {} } : null;
        },
      ];
      this.#rules.set(name, rules);
    }
    return rules;
  }

  /** The options of a field in the current language, made once per list (a list may hold thousands). */
  #optionsOf(field: FormField): ChoiceOption[] {
    const list = field.options;
    if (!Array.isArray(list)) return [];
    let cached = this.#optionLists.get(list);
    if (cached?.locale !== this.locale) {
      const options = list
        .filter((option) => isRecord(option) && typeof option.value === 'string')
        .map((option) => ({ value: option.value, label: this.localized(option.label) || option.value }));
      this.#optionLists.set(list, (cached = { locale: this.locale, options }));
    }
    return cached.options;
  }

  /**
   * The control of a field: made once per field and kept while the form lives, so moving between pages keeps
   * its state (an upload goes on in the background). Everything from the definition is set as properties and
   * rendered by the controls as text.
   */
  #control(field: FormField, asHeading: boolean): PaduField {
    const { name } = field;
    const tag = controlTags[field.type as FieldType];
    let control = this.#controls.get(name);
    if (control?.localName !== tag) {
      control = document.createElement(tag) as PaduField;
      control.id = `field-${name}`;
      control.addEventListener('input', () => this.#take(name));
      control.addEventListener('change', () => this.#changed(name));
      this.#controls.set(name, control);
    }
    const value = this.#values[name];
    const issue = this.fieldIssues.get(name);
    const patternMessage = field.patternMessage && this.localized(field.patternMessage);
    Object.assign(control, {
      client: this.api,
      name,
      label: this.localized(field.label) || name,
      hint: this.localized(field.hint),
      required: field.required === true,
      markOptional: true,
      autocomplete: typeof field.autocomplete === 'string' ? field.autocomplete : '',
      labelLevel: asHeading ? this.headingLevel : 0,
      error: issue ? this.#issueText(issue) : '',
      strings: patternMessage ? { ...this.strings, pattern: patternMessage } : this.strings,
      validators: this.#rulesFor(name),
    });
    switch (tag) {
      case 'padu-choice':
        Object.assign(control as PaduChoice, {
          type: field.type,
          options: this.#optionsOf(field),
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
          fileName: this.#files[name]?.name ?? '',
          fileSize: this.#files[name]?.size ?? 0,
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

  // ---------------------------------------------------------------- submitting

  /** "Ajukan permohonan": every step checked again, then one submission per draft (its idempotency key). */
  async #submit(): Promise<void> {
    if (this.busy || !this.api || !this.loaded) return;
    const issues = this.#check();
    if (issues.length) return this.#showFirstProblem(issues);
    const applicationId = this.application?.id ?? null;
    if (!this.emit('padu-submit', { serviceId: this.#serviceId, applicationId }, { cancelable: true })) return;
    this.busy = true;
    this.notice = null;
    this.issues = [];
    try {
      const answers = this.answers;
      this.#finish(
        applicationId
          ? await this.api.applications.resubmit(applicationId, { answers })
          : await this.api.applications.submit({ serviceId: this.#serviceId, answers }, { idempotencyKey: this.#idempotencyKey }),
      );
    } catch (error) {
      await this.#refused(error);
    } finally {
      this.busy = false;
    }
  }

  #finish(application: Application): void {
    if (this.#owner) removeDraft(this.draftStorage, this.#draftKey());
    this.result = application;
    this.tracking = false;
    this.announcement = '';
    this.fieldIssues = new Map();
    this.#show('done', true);
    this.emit('padu-submitted', { application, trackingCode: application.trackingCode });
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
    if (error instanceof ConflictError && this.application) {
      // A resubmit that got through before (its answer lost on the way) finds the application moved on.
      const current = await this.api?.applications.get(this.application.id).catch(() => undefined);
      if (current && current.status !== 'needs_revision') return this.#finish(current);
    }
    if (error instanceof UnauthorizedError) {
      this.notice = { key: 'formSessionEnded' };
      return this.#show('login', true);
    }
    if (error instanceof ConflictError) {
      this.#idempotencyKey = newKey();
      this.#save();
      this.notice = { key: 'formSubmitConflict' };
    } else if (error instanceof ForbiddenError) this.notice = { key: 'formForbidden' };
    else this.notice = { ...this.failure(error), retry: true };
    void this.focusAfterRender('#problem');
  }

  async #copy(): Promise<void> {
    const code = this.result?.trackingCode ?? '';
    let copied = false;
    try {
      await navigator.clipboard.writeText(code);
      copied = true;
    } catch {
      // No Clipboard API (a plain-http page, an old browser, permission refused): select the code so it can be
      // copied by hand, and try the old command.
      const node = this.renderRoot.querySelector('#code');
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
    this.announcement = this.t(copied ? 'formCopied' : 'formCopyManual');
  }

  // ---------------------------------------------------------------- rendering

  get #idle(): boolean {
    return !this.service && !this.serviceData && !this.applicationId;
  }

  override render(): TemplateResult {
    return html`<div part="base" class=${this.view === 'loading' && !this.#idle ? 'form loading' : 'form'}>${this.#renderView()}</div>`;
  }

  #renderView(): TemplateResult | typeof nothing {
    if (this.#idle) return html`<slot name="idle"></slot>`;
    switch (this.view) {
      case 'loading':
        return html`<p role="status">${this.t('loading')}</p>`;
      case 'failed':
        return this.#renderNotice();
      case 'blocked': {
        const { trackingCode: code, status } = this.application!;
        return this.problemBox({ key: 'formNotRevisable', params: { code, status: this.statusText(status) } }, null);
      }
      case 'intro':
        return this.#renderIntro();
      case 'login':
        return html`
          ${this.#pageHeading(this.t('formLoginHeading'))} ${this.#renderNotice()}
          <p>${this.t('formLoginIntro')}</p>
          <padu-login heading-level=${this.headingLevel + 1} .client=${this.api} .strings=${this.strings}></padu-login>
        `;
      case 'form': {
        const step = this.#steps[this.page];
        return html`${this.#renderRevisionNote()}${step ? this.#renderStep(step) : this.#renderCheck()}`;
      }
      case 'done':
        return this.#renderDone();
    }
  }

  /** The page's heading, focused when the page changes. */
  #pageHeading(text: string): TemplateResult {
    return html`<div part="heading" class="heading page-heading" role="heading" aria-level=${this.headingLevel} tabindex="-1" data-focus>
      ${text}
    </div>`;
  }

  #renderNotice(): TemplateResult | typeof nothing {
    const notice = this.notice;
    if (!notice) return nothing;
    return this.problemBox(notice, notice.retry ? (this.view === 'failed' ? this.reload : this.#submit) : null);
  }

  /** Texts from the service as list items. */
  #items(texts: LocalizedText[] | undefined): TemplateResult[] {
    return (texts ?? []).map((text) => html`<li>${this.localized(text)}</li>`);
  }

  /** A heading one level below the page's. */
  #subheading(text: string, depth = 1): TemplateResult {
    return this.heading(text, 'subheading', depth);
  }

  #renderIntro(): TemplateResult {
    const service = this.loaded!;
    const { standard, dataProtection: privacy } = service;
    const user = this.#account;
    const unverified = service.requiresVerifiedAccount && user && !user.verified;
    const fact = (key: StringKey, value: unknown) => html`<dt>${this.t(key)}</dt><dd>${value}</dd>`;
    return html`
      ${this.#pageHeading(this.localized(service.name))}
      <p>${this.localized(service.summary)}</p>
      ${service.requiresVerifiedAccount ? this.verifiedOnly() : nothing}
      <section part="standard">
        ${this.#subheading(this.t('catalogueRequirements'))}
        <ul class="checklist">
          ${this.#items(standard.requirements)}
        </ul>
        ${this.#subheading(this.t('formProcedure'))}
        <ol>
          ${this.#items(standard.procedure)}
        </ol>
        <dl class="facts">
          ${this.standardFacts(standard)}
          ${standard.legalBasis?.length
            ? fact('formLegalBasis', html`<ul>${this.#items(standard.legalBasis)}</ul>`)
            : nothing}
        </dl>
      </section>
      <section part="privacy">
        ${this.#subheading(this.t('formPrivacy'))}
        <dl class="facts">
          ${fact('formPurpose', this.localized(privacy.purpose))} ${fact('formLawfulBasis', this.localized(privacy.lawfulBasis))}
          ${fact('formRetention', this.localized(privacy.retention))} ${fact('formController', this.localized(privacy.controller))}
          ${privacy.sensitiveData?.length
            ? fact('formSensitive', html`<ul>${this.#items(privacy.sensitiveData)}</ul>`)
            : nothing}
        </dl>
      </section>
      ${unverified
        ? html`<p part="problem" class="notice warning" role="alert">${this.t('formUnverified')}</p>`
        : html`<button type="button" part="start" class="button" @click=${this.#start}>${this.t('formStart')}</button>`}
    `;
  }

  #renderRevisionNote(): TemplateResult | typeof nothing {
    const application = this.application;
    if (!application) return nothing;
    const note = [...application.history].reverse().find((change) => change.status === 'needs_revision')?.note;
    return html`<div part="revision-note" class="notice warning">
      <p><strong>${this.t('formRevisionIntro', { code: application.trackingCode })}</strong></p>
      ${note ? html`<p>${this.t('formOfficerNote')}: ${note}</p>` : nothing}
    </div>`;
  }

  #renderIssues(): TemplateResult | typeof nothing {
    if (!this.issues.length) return nothing;
    return html`<div part="error-summary" class="error-summary" role="alert" tabindex="-1" aria-labelledby="issues-title">
      <div id="issues-title" class="heading" role="heading" aria-level=${this.headingLevel + 1}>${this.t('formErrorSummary')}</div>
      <ul>
        ${this.issues.map(
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
    const single = step.fields.length === 1 && isKnownFieldType(step.fields[0]!.type);
    return html`
      <a href="#" part="back" class="back-link" @click=${this.#back}>${this.t('formBack')}</a>
      <form novalidate @submit=${this.#next}>
        ${this.#renderIssues()}
        <p part="step-count" class="caption" tabindex=${single ? '-1' : nothing} ?data-focus=${single}>
          ${this.t('formStepOf', { current: this.page + 1, total: this.#steps.length })}
        </p>
        ${single ? nothing : this.#pageHeading(this.localized(step.title))}
        ${step.description ? html`<p class="hint">${this.localized(step.description)}</p>` : nothing}
        ${step.fields.map((field) =>
          isKnownFieldType(field.type)
            ? this.#control(field, single)
            : html`<div part="unknown-field" class="notice warning">
                <p><strong>${this.localized(field.label) || field.name}</strong></p>
                <p>${this.t('formUnknownType', { type: String(field.type) })}</p>
              </div>`,
        )}
        <button part="continue" class="button" type="submit">${this.t('formContinue')}</button>
      </form>
    `;
  }

  #renderCheck(): TemplateResult {
    const steps = this.#steps;
    return html`
      ${steps.length ? html`<a href="#" part="back" class="back-link" @click=${this.#back}>${this.t('formBack')}</a>` : nothing}
      ${this.#renderIssues()} ${this.#renderNotice()}
      <p class="caption">${this.localized(this.loaded?.name)}</p>
      ${this.#pageHeading(this.t('formCheckHeading'))}
      ${this.#refill.size ? html`<p class="notice warning">${this.t('formRefillNote')}</p>` : nothing}
      ${steps.map((step) => html`${this.#subheading(this.localized(step.title))} ${this.#renderAnswers(step, true)}`)}
      <button part="submit" class="button" type="button" aria-disabled=${this.busy ? 'true' : nothing} @click=${this.#submit}>
        ${this.t(this.busy ? 'formSubmitting' : this.application ? 'formResubmit' : 'formSubmit')}
      </button>
    `;
  }

  /** One step's answers as a GOV.UK summary list, with "Ubah" links on the check-answers page. */
  #renderAnswers(step: FormStep, editable: boolean): TemplateResult {
    const fields = step.fields.filter((field) => isKnownFieldType(field.type));
    return html`<dl part="summary-list" class="summary-list">
      ${fields.map((field) => {
        const label = this.localized(field.label) || field.name;
        return html`<div class="summary-row">
          <dt>${label}</dt>
          <dd>${this.#display(field)}</dd>
          ${editable
            ? html`<dd>
                <a href="#field-${field.name}" @click=${(event: Event) => this.#change(event, field.name)}
                  >${this.t('formChange')}<span class="visually-hidden"> ${label}</span></a
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
    if (isYesNo(field)) return this.t(answer === true ? 'formYes' : 'formNo');
    if (answer === undefined) {
      return this.#refill.has(field.name)
        ? html`<strong class="refill">${this.t('formRefill')}</strong>`
        : html`<span class="muted">${this.t('formNotAnswered')}</span>`;
    }
    const label = (value: unknown) => this.#optionsOf(field).find((option) => option.value === value)?.label ?? String(value);
    const file = this.#files[field.name];
    switch (field.type) {
      case 'select':
      case 'radio':
        return label(answer);
      case 'checkbox':
        return ([] as unknown[]).concat(answer).map(label).join(', ');
      case 'date':
        return formatIsoDate(String(answer), this.locale);
      case 'number':
        return typeof answer === 'number' ? formatPlainNumber(answer, this.locale) : String(answer);
      case 'file':
        return file ? `${file.name} (${formatSize(file.size)})` : String(answer);
      default:
        return String(answer);
    }
  }

  #renderDone(): TemplateResult {
    const application = this.result!;
    const code = application.trackingCode;
    const { due } = application;
    const timeFrame = formatTimeFrame(due.timeFrame, this.locale);
    const link = this.trackLinkTemplate ? safeUrl(this.trackLinkTemplate.replaceAll('{code}', encodeURIComponent(code))) : undefined;
    const level = this.headingLevel;
    return html`
      <div part="panel" class="panel">
        <div class="panel-title" role="heading" aria-level=${level} tabindex="-1" data-focus>
          ${this.t(this.application ? 'formResubmitted' : 'formDone')}
        </div>
        <p>${this.t('trackerCode')}</p>
        <p part="tracking-code" class="code" id="code">${code}</p>
      </div>
      <div class="row no-print">
        <button type="button" part="copy" class="button secondary" @click=${this.#copy}>${this.t('formCopy')}</button>
        <button type="button" part="print" class="button secondary" @click=${() => window.print()}>${this.t('formPrint')}</button>
      </div>
      <p class="status" role="status">${this.announcement}</p>
      <p part="due">${due.dueAt ? this.t('formDue', { date: this.date(due.dueAt, 'day'), timeFrame }) : this.t('formDueUnknown', { timeFrame })}</p>
      ${this.#subheading(this.t('formNext'))}
      <p>${this.t('formNextText')}</p>
      <ol>${this.#items(this.loaded?.standard.procedure)}</ol>
      <div class="no-print track">
        <slot name="track">
          ${link
            ? html`<a part="track" class="button" href=${link}>${this.t('formTrack')}</a>`
            : this.tracking
              ? html`<padu-status-tracker code=${code} heading-level=${level + 1} .client=${this.api} .strings=${this.strings}></padu-status-tracker>`
              : html`<button type="button" part="track" class="button" @click=${() => (this.tracking = true)}>${this.t('formTrack')}</button>`}
        </slot>
      </div>
      <section part="receipt" class="receipt">
        ${this.#subheading(this.t('formReceipt'))}
        <dl class="summary-list">
          <div class="summary-row"><dt>${this.t('formService')}</dt><dd>${this.localized(this.loaded?.name)}</dd></div>
          <div class="summary-row"><dt>${this.t('trackerCode')}</dt><dd>${code}</dd></div>
          <div class="summary-row"><dt>${this.t('formSubmittedAt')}</dt><dd>${this.date(application.submittedAt, 'time')}</dd></div>
        </dl>
        ${this.#steps.map((step) => html`${this.#subheading(this.localized(step.title), 2)} ${this.#renderAnswers(step, false)}`)}
      </section>
    `;
  }
}

define('padu-service-form', PaduServiceForm);

declare global {
  interface HTMLElementTagNameMap {
    'padu-service-form': PaduServiceForm;
  }
}
