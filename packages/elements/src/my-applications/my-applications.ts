import { html } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import type { Agency, Application } from '@padu/sdk';
import type { PaduClient } from '../base/client.ts';
import { agenciesOf } from '../base/data.ts';
import { define } from '../base/define.ts';
import { lazyModule } from '../base/lazy.ts';
import '../i18n/id-apps.ts';
import { PaduSection } from '../base/section.ts';
import type { Message } from '../base/padu-element.ts';

/** The most applications one list shows; a citizen has a handful. */
const MAX_APPLICATIONS = 500;

/** How the list is drawn: fetched with the citizen's first list (`applications-view.ts`). */
const listView = lazyModule(() => import('./applications-view.ts'));

/**
 * @tagname padu-my-applications
 * @summary The logged-in citizen's applications from every OPD in one list: status, service, OPD, submitted
 * and expected dates, with the ones that need the citizen's action first. Choosing one opens it in a
 * `<padu-status-tracker>` (or, when the `padu-application-select` event is cancelled, lets the host open it).
 * Follows the shared session: it fills on login and empties on logout. On load it restores the page's session
 * (the city's session cookie), saying only "Memuat…" until then, so a signed-in citizen never sees the logged-out
 * notice flash.
 *
 * @slot logged-out - Shown to visitors who are not logged in, e.g. a `<padu-login>` or a link to the login page.
 * @slot empty - Shown when the citizen has no applications yet, e.g. a link to the service catalogue.
 *
 * @csspart count - How many applications there are.
 * @csspart list - The list.
 * @csspart application - One application.
 * @csspart heading - An application's service name.
 * @csspart status - An application's status chip.
 * @csspart open - An application's "Lihat status" button.
 * @csspart back - The button back to the list from the tracker.
 * @csspart tracker - The tracker of the opened application.
 * @csspart problem - Messages for logged-out, empty and error states.
 * @csspart restoring - The busy state while the page's session is restored.
 *
 * @fires padu-application-select - An application was chosen; `detail`: `applicationId`, `trackingCode`.
 *   Cancelable: cancelling keeps it from opening in the built-in tracker.
 */
export class PaduMyApplications extends PaduSection {
  static override styles = PaduSection.styles;

  static override properties: PropertyDeclarations = {
    applications: { state: true, attribute: false },
    agencies: { state: true, attribute: false },
    phase: { state: true, attribute: false },
    problem: { state: true, attribute: false },
    selected: { state: true, attribute: false },
  };

  protected declare applications: Application[];
  protected declare agencies: Map<string, Agency>;
  protected declare phase: 'logged-out' | 'loading' | 'ready' | 'error';
  protected declare problem: Message | null;
  /** The application open in the tracker. */
  protected declare selected: Application | null;

  constructor() {
    super();
    this.applications = [];
    this.agencies = new Map();
    this.phase = 'logged-out';
    this.problem = null;
    this.selected = null;
  }

  protected override get restoresSession(): boolean {
    return true;
  }

  /** Whose applications: the list follows the shared session. */
  protected override loadKey(): string {
    return this.user?.id ?? '';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.adoptStyles(listView.loaded?.applicationsViewStyles);
  }

  protected override async load(api: PaduClient, signal: AbortSignal): Promise<void> {
    this.selected = null;
    this.problem = null;
    if (!this.user) {
      // Logged out: nothing of the previous citizen stays on screen.
      this.applications = [];
      this.phase = 'logged-out';
      return;
    }
    this.phase = 'loading';
    try {
      const [applications, agencies, { byUrgency }] = await Promise.all([
        (async () => {
          const all: Application[] = [];
          for await (const application of api.applications.list({ limit: 100 }, { signal })) {
            if (all.push(application) >= MAX_APPLICATIONS) break;
          }
          return all;
        })(),
        agenciesOf(api).catch(() => new Map<string, Agency>()),
        listView.load(),
      ]);
      if (signal.aborted) return;
      this.applications = applications.sort(byUrgency);
      this.agencies = agencies;
      this.phase = 'ready';
    } catch (error) {
      if (signal.aborted) return;
      this.phase = 'error';
      this.problem = this.failure(error);
    }
  }

  async #open(application: Application): Promise<void> {
    const detail = { applicationId: application.id, trackingCode: application.trackingCode };
    if (!this.emit('padu-application-select', detail, { cancelable: true })) return;
    this.selected = application;
    await this.focusAfterRender('.back');
  }

  async #back(): Promise<void> {
    const id = this.selected?.id;
    this.selected = null;
    await this.focusAfterRender(`[data-id="${id}"]`);
  }

  override render(): TemplateResult {
    if (this.selected) {
      return html`
        <button type="button" part="back" class="button secondary back" @click=${this.#back}>
          <span aria-hidden="true">←</span> ${this.t('appsBack')}
        </button>
        <padu-status-tracker
          part="tracker"
          application-id=${this.selected.id}
          heading-level=${this.headingLevel}
          .client=${this.api}
          .strings=${this.strings}
        ></padu-status-tracker>
      `;
    }
    if (this.restoring) return this.restoringState();
    switch (this.phase) {
      case 'logged-out':
        return this.slotNotice('appsLoggedOut', 'logged-out');
      case 'loading':
        return html`<p role="status" class="muted">${this.t('loading')}</p>`;
      case 'error':
        return this.problemBox(this.problem);
      default:
        return this.#renderList();
    }
  }

  #renderList(): TemplateResult {
    return this.applications.length && listView.loaded
      ? listView.loaded.renderApplications(this.sectionView, this.applications, this.agencies, (application) => this.#open(application))
      : this.slotNotice('appsEmpty', 'empty');
  }
}

define('padu-my-applications', PaduMyApplications);

declare global {
  interface HTMLElementTagNameMap {
    'padu-my-applications': PaduMyApplications;
  }
}
