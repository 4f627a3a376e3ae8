import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { formatNumber } from '@padu/contract';
import type { Agency, ServiceSummary } from '@padu/sdk';
import type { PaduClient } from '../base/client.ts';
import { agenciesOf, safeUrl } from '../base/data.ts';
import { define } from '../base/define.ts';
import { ServiceSection } from './service-section.ts';
import type { Message } from '../base/padu-element.ts';
import type { StringKey } from '../i18n/i18n.ts';
import { fieldStyles } from '../styles/field.ts';
import '../text-input/text-input.ts';
import type { PaduTextInput } from '../text-input/text-input.ts';
import { serviceCatalogueStyles } from './service-catalogue.styles.ts';

type Category = ServiceSummary['category'];

/** The label of each category; a `Record`, so a category added to the contract fails the type check here. */
const categoryLabels: Record<Category, StringKey> = {
  kependudukan: 'categoryKependudukan',
  perizinan: 'categoryPerizinan',
  sosial: 'categorySosial',
  kelurahan: 'categoryKelurahan',
  kesehatan: 'categoryKesehatan',
  pendidikan: 'categoryPendidikan',
  lainnya: 'categoryLainnya',
};

/** How long typing pauses before the search runs, in ms. */
const SEARCH_DELAY = 300;

/**
 * @tagname padu-service-catalogue
 * @summary One catalogue of every OPD's services: search as you type, filter by OPD and category, and page on
 * with "Muat lebih banyak". Each service shows its Standar Pelayanan summary: requirements, time frame, fee
 * (with its legal basis), product and where to complain.
 *
 * Choosing a service fires `padu-service-select`. With `link-template`, each service gets a real link (e.g.
 * `/layanan.html?service={id}`) that works without any JavaScript on the host page; cancelling the event keeps
 * the link from navigating.
 *
 * @csspart filters - The search field and the filters.
 * @csspart count - How many services are shown (a polite live region).
 * @csspart list - The list of services.
 * @csspart service - One service.
 * @csspart service-name - A service's name (a heading).
 * @csspart standard - A service's Standar Pelayanan summary.
 * @csspart select - A service's link or button.
 * @csspart more - The "Muat lebih banyak" button.
 * @csspart problem - Error messages.
 *
 * @fires padu-service-select - A service was chosen; `detail.serviceId`. Cancelable: cancelling stops a
 *   `link-template` link from navigating.
 */
export class PaduServiceCatalogue extends ServiceSection {
  static override styles = [ServiceSection.styles, fieldStyles, serviceCatalogueStyles];

  static override properties: PropertyDeclarations = {
    query: {},
    agencyId: { attribute: 'agency-id' },
    category: {},
    linkTemplate: { attribute: 'link-template' },
    pageSize: { type: Number, attribute: 'page-size' },
    services: { state: true, attribute: false },
    nextCursor: { state: true, attribute: false },
    agencies: { state: true, attribute: false },
    phase: { state: true, attribute: false },
    problem: { state: true, attribute: false },
  };

  /** The search words; typing in the search field updates it. */
  declare query: string;
  /** Only services of this OPD, e.g. `disdukcapil`; the citizen can change the filter. */
  declare agencyId: string;
  /** Only services in this category, e.g. `kependudukan`. */
  declare category: Category | '';
  /** A link per service, with `{id}` standing for the service id, e.g. `/layanan.html?service={id}`. */
  declare linkTemplate: string;
  /** Services per page. Default 10. */
  declare pageSize: number;
  protected declare services: ServiceSummary[];
  protected declare nextCursor: string | null;
  protected declare agencies: Map<string, Agency>;
  protected declare phase: 'loading' | 'more' | 'ready' | 'error';
  protected declare problem: Message | null;

  #typing: ReturnType<typeof setTimeout> | undefined;
  /** Aborts when the search changes. */
  #searchSignal: AbortSignal | undefined;

  constructor() {
    super();
    this.query = '';
    this.agencyId = '';
    this.category = '';
    this.linkTemplate = '';
    this.pageSize = 10;
    this.services = [];
    this.nextCursor = null;
    this.agencies = new Map();
    this.phase = 'loading';
    this.problem = null;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#typing);
  }

  /** The search and filters: changing any of them searches again from the first page. */
  protected override loadKey(): string {
    return JSON.stringify([this.query.trim(), this.agencyId, this.category, this.pageSize]);
  }

  protected override load(api: PaduClient, signal: AbortSignal): Promise<void> {
    this.#searchSignal = signal;
    return this.#fetch(api, signal, false);
  }

  /** One page: the first (replacing the list) or the next (appended). */
  async #fetch(api: PaduClient, signal: AbortSignal, more: boolean): Promise<void> {
    const firstNew = more ? this.services.length : 0;
    this.phase = more ? 'more' : 'loading';
    this.problem = null;
    try {
      // The OPD names come with the first page, so cards never show bare ids.
      const agencies = agenciesOf(api).catch(() => this.agencies);
      const page = await api.services
        .list(
          {
            q: this.query.trim().slice(0, 100) || undefined,
            agencyId: this.agencyId || undefined,
            category: this.category || undefined,
            limit: this.pageSize,
            cursor: (more && this.nextCursor) || undefined,
          },
          { signal },
        )
        .firstPage();
      this.agencies = await agencies;
      if (signal.aborted) return;
      this.services = more ? [...this.services, ...page.data] : page.data;
      this.nextCursor = page.nextCursor;
      this.phase = 'ready';
      if (more) {
        // Keyboard and screen-reader users continue from the first new service.
        await this.updateComplete;
        this.renderRoot.querySelectorAll<HTMLElement>('.service')[firstNew]?.focus();
      }
    } catch (error) {
      if (signal.aborted) return;
      this.phase = more ? 'ready' : 'error';
      this.problem = this.failure(error);
    }
  }

  #search(event: Event): void {
    const value = (event.currentTarget as PaduTextInput).value;
    clearTimeout(this.#typing);
    this.#typing = setTimeout(() => (this.query = value), SEARCH_DELAY);
  }

  #filter(event: Event): void {
    const select = event.currentTarget as HTMLSelectElement;
    if (select.id === 'agency') this.agencyId = select.value;
    else this.category = select.value as Category | '';
  }

  #more(): void {
    // With the current search's signal: a new search drops this page, which belongs to the old one.
    if (this.phase === 'ready' && this.nextCursor && this.api && this.#searchSignal) void this.#fetch(this.api, this.#searchSignal, true);
  }

  #select(event: Event, serviceId: string): void {
    if (!this.emit('padu-service-select', { serviceId }, { cancelable: true })) event.preventDefault();
  }

  override render(): TemplateResult {
    return html`
      <div part="filters" class="filters" role="search">
        <padu-text-input
          id="search"
          type="search"
          label=${this.t('catalogueSearch')}
          hint=${this.t('catalogueSearchHint')}
          autocomplete="off"
          .value=${this.query}
          .strings=${this.strings}
          @input=${this.#search}
        ></padu-text-input>
        <div class="field">
          <label class="label" for="agency">${this.t('catalogueAgency')}</label>
          <select id="agency" class="input" @change=${this.#filter}>
            <option value="">${this.t('catalogueAllAgencies')}</option>
            ${[...this.agencies.values()].map(
              (agency) => html`<option value=${agency.id} ?selected=${agency.id === this.agencyId}>${agency.shortName}</option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label class="label" for="category">${this.t('catalogueCategory')}</label>
          <select id="category" class="input" @change=${this.#filter}>
            <option value="">${this.t('catalogueAllCategories')}</option>
            ${Object.entries(categoryLabels).map(
              ([category, label]) =>
                html`<option value=${category} ?selected=${category === this.category}>${this.t(label)}</option>`,
            )}
          </select>
        </div>
      </div>
      <p part="count" role="status">${this.#countText()}</p>
      ${this.phase === 'error' ? this.problemBox(this.problem) : this.#renderResults()}
    `;
  }

  #countText(): string {
    if (this.phase === 'loading') return this.t('loading');
    if (this.phase === 'error') return '';
    const count = formatNumber(this.services.length);
    return this.t(this.nextCursor ? 'catalogueCountMore' : 'catalogueCount', { count });
  }

  #renderResults(): TemplateResult | typeof nothing {
    if (this.phase === 'loading') return nothing;
    if (!this.services.length) return html`<p class="notice">${this.t('catalogueEmpty')}</p>`;
    return html`
      <ul part="list" class="services">
        ${this.services.map((service) => html`<li part="service" class="service" tabindex="-1">${this.#renderService(service)}</li>`)}
      </ul>
      ${this.problem ? html`<p part="problem" class="notice danger" role="alert">${this.say(this.problem)}</p>` : nothing}
      ${this.nextCursor
        ? html`<button
            type="button"
            part="more"
            class="button secondary"
            aria-disabled=${this.phase === 'more' ? 'true' : nothing}
            @click=${this.#more}
          >
            ${this.t(this.phase === 'more' ? 'loading' : 'catalogueMore')}
          </button>`
        : nothing}
    `;
  }

  #renderService(service: ServiceSummary): TemplateResult {
    const { standard } = service;
    const name = this.localized(service.name);
    const agency = this.agencies.get(service.agencyId);
    const href = this.linkTemplate ? safeUrl(this.linkTemplate.replaceAll('{id}', encodeURIComponent(service.id))) : undefined;
    const action = html`${this.t('catalogueSelect')}<span class="visually-hidden">: ${name}</span>`;
    const choose = (event: Event) => this.#select(event, service.id);
    return html`
      <article>
        ${this.heading(name, 'service-name')}
        <p class="muted">${agency?.shortName ?? service.agencyId} · ${this.t(categoryLabels[service.category])}</p>
        <p>${this.localized(service.summary)}</p>
        ${service.requiresVerifiedAccount ? this.verifiedOnly() : nothing}
        <dl part="standard" class="standard">
          <dt>${this.t('catalogueRequirements')}</dt>
          <dd>
            <ul>
              ${standard.requirements.map((requirement) => html`<li>${this.localized(requirement)}</li>`)}
            </ul>
          </dd>
          ${this.standardFacts(standard)}
        </dl>
        ${href
          ? html`<a part="select" class="button" href=${href} @click=${choose}>${action}</a>`
          : html`<button type="button" part="select" class="button" @click=${choose}>${action}</button>`}
      </article>
    `;
  }

}

define('padu-service-catalogue', PaduServiceCatalogue);

declare global {
  interface HTMLElementTagNameMap {
    'padu-service-catalogue': PaduServiceCatalogue;
  }
}
