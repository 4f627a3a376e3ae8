import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { isTrackingCode, normalizeTrackingCode } from '@padu/contract';
import type { ApplicationStatus } from '@padu/contract';
import { NotFoundError, UnauthorizedError } from '@padu/sdk';
import type { Agency, Application, PublicTracking } from '@padu/sdk';
import type { PaduClient } from '../base/client.ts';
import { agenciesOf } from '../base/data.ts';
import { define } from '../base/define.ts';
import { lazyModule } from '../base/lazy.ts';
import type { FieldValidator } from '../base/field.ts';
import type { Message } from '../base/padu-element.ts';
import { PaduSection } from '../base/section.ts';
import '../i18n/id-tracker.ts';
import '../text-input/text-input.ts';
import type { PaduTextInput } from '../text-input/text-input.ts';
import { statusTrackerStyles } from './status-tracker.styles.ts';
import type { Tracked } from './tracked-view.ts';

/**
 * How a tracked application is drawn (with its styles and strings): a chunk of its own in bundles, imported while
 * the tracker reads its first application.
 */
const view = lazyModule(() => import('./tracked-view.ts'));

type Phase = 'idle' | 'loading' | 'ready' | 'not-found' | 'login-required' | 'error';

/** Statuses whose officer's note the citizen needs to act on or understand. */
const withNote: readonly ApplicationStatus[] = ['needs_revision', 'rejected', 'cancelled'];

const codeRule: FieldValidator = (value) => (isTrackingCode(normalizeTrackingCode(value)) ? null : { key: 'trackerCodeInvalid' });

function fromTracking(tracking: PublicTracking): Tracked {
  return {
    trackingCode: tracking.trackingCode,
    applicationId: null,
    serviceName: tracking.serviceName,
    serviceId: tracking.serviceId,
    agencyName: tracking.agencyName,
    status: tracking.status,
    history: tracking.history.map((change) => ({ ...change, note: null })),
    due: tracking.due,
    personal: false,
  };
}

function fromApplication(application: Application, agency: Agency | undefined): Tracked {
  return {
    trackingCode: application.trackingCode,
    applicationId: application.id,
    serviceName: application.serviceName,
    serviceId: application.serviceId,
    agencyName: agency?.name,
    status: application.status,
    history: application.history.map((change) => ({ ...change, actorRole: change.actor.role })),
    due: application.due,
    personal: true,
  };
}

/** The applicant's own application with this tracking code, if the session has one. */
async function findOwn(api: PaduClient, trackingCode: string, signal: AbortSignal): Promise<Application | undefined> {
  for await (const application of api.applications.list({ limit: 100 }, { signal })) {
    if (application.trackingCode === trackingCode) return application;
  }
  return undefined;
}

/**
 * @tagname padu-status-tracker
 * @summary Shows where an application stands: service and OPD, the progress steps it passed through and those
 * still ahead, a newest-first timeline and the expected completion date in working days. Updates live,
 * announcing each change politely.
 *
 * Track by `code` (public, anonymous: no personal data and no notes), by a code the citizen types into the
 * built-in form (when neither attribute is set), or by `application-id` for the logged-in applicant. When the
 * applicant is logged in, the officer's note on "Perlu Perbaikan" and the reason of a rejection are shown;
 * otherwise the tracker says to log in to see them.
 *
 * @slot revise - Replaces the "Perbaiki permohonan" button, e.g. with a link to the OPD's revise page.
 * @slot login - Shown when `application-id` needs a logged-in applicant, e.g. a `<padu-login>` or a link.
 *
 * @csspart form - The tracking-code form.
 * @csspart restoring - The busy state while the page's session is restored (an application by id).
 * @csspart tracker - The tracked application.
 * @csspart summary - Service, OPD, code, status and due date.
 * @csspart heading - The service name.
 * @csspart status - The status chip.
 * @csspart due - The time frame and expected completion date.
 * @csspart action - The "Perlu Perbaikan" or rejection box.
 * @csspart action-heading - The heading of that box.
 * @csspart revise - The default revise button.
 * @csspart steps-heading - The heading of the progress steps.
 * @csspart steps - The progress steps.
 * @csspart history-heading - The heading of the history.
 * @csspart timeline - The history, newest first.
 * @csspart problem - Unknown code and error messages.
 * @csspart connection - The "reconnecting" notice while offline.
 *
 * @fires padu-status-change - The status changed while watching. `detail`: `trackingCode`, `status`,
 *   `previousStatus`.
 * @fires padu-revise-request - The citizen chose to correct the application. `detail`: `applicationId` (when
 *   known), `trackingCode`.
 */
export class PaduStatusTracker extends PaduSection {
  static override styles = [PaduSection.styles, statusTrackerStyles];

  static override properties: PropertyDeclarations = {
    code: {},
    applicationId: { attribute: 'application-id' },
    typedCode: { state: true, attribute: false },
    phase: { state: true, attribute: false },
    tracked: { state: true, attribute: false },
    problem: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    offline: { state: true, attribute: false },
  };

  /** The tracking code to show, e.g. `DKC-7KQ4-M2XP` (any letter case). Hides the form. */
  declare code: string;
  /** The id of one of the logged-in applicant's applications. Hides the form. */
  declare applicationId: string;
  protected declare typedCode: string;
  protected declare phase: Phase;
  protected declare tracked: Tracked | null;
  protected declare problem: Message | null;
  protected declare announcement: string;
  protected declare offline: boolean;

  #lastAnnounced = 0;
  #focusResult = false;

  constructor() {
    super();
    this.code = '';
    this.applicationId = '';
    this.typedCode = '';
    this.phase = 'idle';
    this.tracked = null;
    this.problem = null;
    this.announcement = '';
    this.offline = false;
  }

  readonly #onConnection = (): void => {
    this.offline = !navigator.onLine;
    // Back online: read the latest state and watch again.
    if (!this.offline) this.reload();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('online', this.#onConnection);
    addEventListener('offline', this.#onConnection);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('online', this.#onConnection);
    removeEventListener('offline', this.#onConnection);
  }

  get #trackingCode(): string {
    return normalizeTrackingCode(this.code || this.typedCode);
  }

  /**
   * An application by id is the applicant's own: the tracker restores the page's session before reading it. A
   * tracking code is public and is read at once (notes follow when a session is known).
   */
  protected override get restoresSession(): boolean {
    return !!this.applicationId;
  }

  /** What to show, and who asks: logging in or out shows or hides the officer's notes. */
  protected override loadKey(): string {
    return `${this.applicationId ? `a:${this.applicationId}` : `c:${this.#trackingCode}`}|${this.user?.id ?? ''}`;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The view's styles join the element's the first time it shows an application.
    if (this.phase === 'ready') this.adoptStyles(view.loaded?.trackedStyles);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#focusResult && this.phase !== 'loading' && this.phase !== 'idle') {
      this.#focusResult = false;
      this.renderRoot.querySelector<HTMLElement>('.summary, #problem')?.focus();
    }
  }

  protected override async load(api: PaduClient, signal: AbortSignal): Promise<void> {
    this.problem = null;
    if (!this.applicationId && !this.#trackingCode) {
      this.phase = 'idle';
      this.tracked = null;
      return;
    }
    if (this.applicationId && !this.user) {
      this.phase = 'login-required';
      this.tracked = null;
      return;
    }
    this.phase = 'loading';
    try {
      const [tracked] = await Promise.all([this.#read(api, signal), view.load()]);
      if (signal.aborted) return;
      this.tracked = tracked;
      this.#lastAnnounced = tracked.history.at(-1)?.sequence ?? 0;
      this.phase = 'ready';
      void this.#follow(api, tracked, signal);
    } catch (error) {
      if (signal.aborted) return;
      this.tracked = null;
      if (error instanceof NotFoundError) this.phase = 'not-found';
      else if (error instanceof UnauthorizedError) this.phase = 'login-required';
      else {
        this.phase = 'error';
        this.problem = this.failure(error);
      }
    }
  }

  async #read(api: PaduClient, signal: AbortSignal): Promise<Tracked> {
    const agencyOf = async (id: string) => (await agenciesOf(api).catch(() => undefined))?.get(id);
    if (this.applicationId) {
      const application = await api.applications.get(this.applicationId, { signal });
      return fromApplication(application, await agencyOf(application.agencyId));
    }
    const tracking = await api.tracking.get(this.#trackingCode, { signal });
    const publicView = fromTracking(tracking);
    // Public tracking never carries notes; the logged-in applicant may read them from their own application.
    if (this.user?.role === 'citizen' && withNote.includes(tracking.status)) {
      const own = await findOwn(api, tracking.trackingCode, signal).catch(() => undefined);
      if (own) return { ...fromApplication(own, undefined), serviceName: publicView.serviceName, agencyName: publicView.agencyName };
    }
    return publicView;
  }

  /** Follows live changes until the tracker shows something else or leaves the page. */
  async #follow(api: PaduClient, tracked: Tracked, signal: AbortSignal): Promise<void> {
    const options = { since: this.#lastAnnounced, signal };
    const watch =
      tracked.personal && tracked.applicationId
        ? api.applications.watch(tracked.applicationId, options)
        : api.tracking.watch(tracked.trackingCode, options);
    try {
      for await (const event of watch) {
        if (signal.aborted) return;
        if (event.sequence <= this.#lastAnnounced) continue;
        this.#lastAnnounced = event.sequence;
        const previousStatus = this.tracked?.status ?? null;
        const fresh = await this.#read(api, signal).catch(() => null);
        if (signal.aborted) return;
        if (fresh) this.tracked = fresh;
        // Said once per change, politely, in the language of the moment.
        this.announcement = this.t('trackerChanged', { code: tracked.trackingCode, status: this.statusText(event.status) });
        this.emit('padu-status-change', { trackingCode: tracked.trackingCode, status: event.status, previousStatus });
      }
    } catch {
      // The watch gave up (the SDK already retried); the last known state stays on screen.
    }
  }

  #lookup(event: Event): void {
    event.preventDefault();
    const field = this.renderRoot.querySelector<PaduTextInput>('#code');
    if (!field) return;
    if (!field.checkValidity()) {
      field.focus();
      return;
    }
    this.typedCode = normalizeTrackingCode(field.value);
    this.#focusResult = true;
    // The same code again: read it afresh.
    this.reload();
  }

  #revise(): void {
    const tracked = this.tracked;
    if (tracked) this.emit('padu-revise-request', { applicationId: tracked.applicationId, trackingCode: tracked.trackingCode });
  }

  override render(): TemplateResult {
    return html`
      ${this.code || this.applicationId ? nothing : this.#renderForm()}
      <div role="status" part="connection">
        ${this.offline ? html`<p class="notice warning">${this.t('trackerReconnecting')}</p>` : nothing}
      </div>
      ${this.#renderPhase()}
      <div class="visually-hidden" role="status">${this.announcement}</div>
    `;
  }

  #renderForm(): TemplateResult {
    return html`
      <form part="form" class="lookup" novalidate @submit=${this.#lookup}>
        <padu-text-input
          id="code"
          label=${this.t('trackerCode')}
          hint=${this.t('trackerCodeHint')}
          autocomplete="off"
          required
          .value=${this.typedCode}
          .validators=${[codeRule]}
          .strings=${this.strings}
        ></padu-text-input>
        <button type="submit" class="button">${this.t('trackerSubmit')}</button>
      </form>
    `;
  }

  #renderPhase(): TemplateResult | typeof nothing {
    if (this.restoring) return this.restoringState();
    switch (this.phase) {
      case 'loading':
        return html`<p class="muted">${this.t('loading')}</p>`;
      case 'not-found':
        return this.problemBox({ key: 'trackerNotFound', params: { code: this.#trackingCode } }, null);
      case 'login-required':
        return this.slotNotice('trackerLoginRequired', 'login');
      case 'error':
        return this.problemBox(this.problem);
      case 'ready':
        if (!this.tracked || !view.loaded) return nothing;
        return view.loaded.renderTracked(this.sectionView, this.tracked, () => this.#revise());
      default:
        return nothing;
    }
  }

}

define('padu-status-tracker', PaduStatusTracker);

declare global {
  interface HTMLElementTagNameMap {
    'padu-status-tracker': PaduStatusTracker;
  }
}
