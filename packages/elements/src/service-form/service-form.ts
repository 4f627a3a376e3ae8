import { css, html } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import type { Answers, FieldError, FormDefinition } from '@padu/contract';
import type { Application, Service } from '@padu/sdk';
import type { PaduClient } from '../base/client.ts';
import { define } from '../base/define.ts';
import { lazyModule } from '../base/lazy.ts';
import type { PaduEvent } from '../base/events.ts';
import { ServiceSection } from '../service-catalogue/service-section.ts';
import type { DraftStorage } from './draft.ts';
import type { FormHost, Issue, Notice, ServiceFormView, View } from './form-view.ts';

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

/**
 * The form itself (`form-view.ts`: its pages, the contract's rules, drafts, submitting, revising): a chunk of its
 * own in bundles, fetched once the element has a service or an application to show, so a page whose form waits for
 * a choice in the catalogue downloads only this element.
 */
const view = lazyModule(() => {
  // The field controls side by side, not after the form: it asks for them as soon as it runs (and shows its own
  // failure should they not come).
  import('./steps.ts').catch(() => {});
  return import('./form-view.ts');
});

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
 * the gateway's responses). So when revising, the ones the citizen leaves empty keep their stored answers
 * (the resubmit's `keep`; in a group item, by the stored item it is) and are shown masked, "tidak diubah";
 * typing one replaces it.
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
 * @csspart group - A repeating group's fieldset.
 * @csspart group-item - One item of a group ("Anggota keluarga 1").
 * @csspart add-item - A group's add button.
 * @csspart remove-item - An item's remove button.
 * @csspart group-answers - An item's name above its answers on the check-answers page and the receipt.
 * @csspart content - A content block (guidance text and links).
 * @csspart locked-field - A field shown with the account's value, not editable (`prefillLocked`).
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
  static override styles = [
    ServiceSection.styles,
    // While a service loads, the form keeps a screen's height: what it shows next (the Standar Pelayanan) is
    // taller, so the page below does not jump into view and out again, and a link to the form (#formulir) can
    // scroll it to the top at once. The form's own styles come with it (`form-view.ts`).
    css`
      @layer padu {
        .loading {
          min-height: 100vh;
        }
      }
    `,
  ];

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

  /** The form once it is loaded (`form-view.ts`); until then the element shows its idle or loading state. */
  #view: ServiceFormView | undefined;
  /** Bumped when `serviceData` changes, so the load key changes with it. */
  #dataStamp = 0;
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
    if (this.#view) this.#view.step = index;
  }

  /**
   * The answers as they will be submitted (read-only): normalised as the contract says (NIK and No. KK digits
   * only, phone numbers in E.164, numbers parsed), empty ones and those of hidden fields left out (when revising,
   * the NIK and No. KK left empty go as `keep`, in group items too: their stored answers stay).
   */
  get answers(): Answers {
    return this.#view?.answers ?? {};
  }

  // ---------------------------------------------------------------- loading and the page's requests

  /** Who is signed in decides between the form and the login: the page's session is restored first. */
  protected override get restoresSession(): boolean {
    return true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#view?.watchSession();
    document.addEventListener('padu-revise-request', this.#onReviseRequest as EventListener);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('padu-revise-request', this.#onReviseRequest as EventListener);
    this.#view?.disconnected();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('serviceData')) this.#dataStamp++;
    // Another service starts with its own Standar Pelayanan.
    if (changed.has('service') && this.#view) this.#view.started = false;
    if (changed.has('fromUrl') && this.fromUrl && !this.service && !this.applicationId) this.#readUrl();
    // The form is fetched as soon as there is something to show, alongside the page's session.
    if (!this.#idle) view.load().catch(() => {});
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
    if (applicationId !== this.applicationId) this.#view?.forget();
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

  protected override async load(api: PaduClient, signal: AbortSignal): Promise<void> {
    this.view = 'loading';
    this.notice = null;
    if (!this.#view) {
      try {
        const { ServiceFormView } = await view.load();
        // The element's own code in another module: it reaches the element's protected members (see `FormHost`).
        this.#view ??= new ServiceFormView(this as unknown as FormHost);
        this.#view.watchSession();
      } catch (error) {
        if (signal.aborted) return;
        this.notice = { ...this.failure(error), retry: true };
        this.view = 'failed';
        return;
      }
    }
    if (!signal.aborted) await this.#view.load(api, signal);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('api')) this.#view?.watchSession();
    this.#view?.updated(changed);
    if (this.#focusOnShow && this.view !== 'loading') {
      this.#focusOnShow = false;
      void this.focusAfterRender('[data-focus], [part=problem]');
    }
  }

  // ---------------------------------------------------------------- rendering

  get #idle(): boolean {
    return !this.service && !this.serviceData && !this.applicationId;
  }

  override render(): TemplateResult {
    const idle = this.#idle;
    return html`<div part="base" class=${this.view === 'loading' && !idle ? 'form loading' : 'form'}>
      ${idle
        ? html`<slot name="idle"></slot>`
        : this.#view
          ? this.#view.render()
          : this.view === 'failed'
            ? this.problemBox(this.notice)
            : html`<p role="status">${this.t('loading')}</p>`}
    </div>`;
  }
}

define('padu-service-form', PaduServiceForm);

declare global {
  interface HTMLElementTagNameMap {
    'padu-service-form': PaduServiceForm;
  }
}
