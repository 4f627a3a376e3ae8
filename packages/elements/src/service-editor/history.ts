/**
 * The service around its draft: whether it is published, retired or not yet published; its published versions
 * (number, when, who, change note) with any two compared through the gateway's diff; and retiring it, after a
 * confirmation that says what stops (new applications) and what goes on (those already made). The state lives
 * here, the editor draws it with `renderHistory` and asks for a redraw through `changed`.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { ConflictError, ValidationError } from '@padu/sdk';
import type { AuthoredService, AuthoringResource, ServiceDiff, ServiceVersionInfo, StaffResource } from '@padu/sdk';
import type { Message } from '../base/padu-element.ts';
import { renderDiff, type EditorView } from './panels.ts';

/** Versions shown per page. */
const VERSIONS_PAGE = 20;

/** What the history needs of its editor. */
export interface HistoryHost {
  authoring(): AuthoringResource;
  /** The staff accounts, to name who published (a `createPadu()` client or the page default's core). */
  staff(): StaffResource;
  /** Redraws the editor. */
  changed(): void;
  focusAfterRender(selector: string): Promise<void>;
  failure(error: unknown): Message;
  /** The service was retired (the editor says so to the page). */
  retired(service: AuthoredService): void;
}

export class ServiceHistory {
  readonly #host: HistoryHost;
  service: AuthoredService | null = null;
  versions: ServiceVersionInfo[] = [];
  #nextCursor: string | null = null;
  /** Names of the OPD's staff by account id; the rest are said by their role. */
  #names = new Map<string, string>();
  loading = false;
  problem: Message | null = null;
  /** The two versions to compare, as chosen. */
  compareFrom = 0;
  compareTo = 0;
  compareSame = false;
  comparison: ServiceDiff | null = null;
  busy: 'more' | 'compare' | 'retire' | null = null;
  /** The retirement's confirmation is open. */
  confirming = false;
  retireNote = '';
  noteProblem: string | null = null;
  /** The last outcome (a retirement, or why it failed), said in a live region. */
  status: Message | null = null;
  #signal: AbortSignal | undefined;

  constructor(host: HistoryHost) {
    this.#host = host;
  }

  /** Forgets everything, for another service (or the same one, loaded again). */
  #reset(service: AuthoredService | null): void {
    Object.assign(this, { service, versions: [], loading: false, problem: null, comparison: null, compareSame: false, busy: null, confirming: false, retireNote: '', noteProblem: null, status: null });
    this.#nextCursor = null;
  }

  /** Shows `service` and loads its versions (and the names of who published them). */
  async load(service: AuthoredService, signal: AbortSignal): Promise<void> {
    this.#reset(service);
    this.#signal = signal;
    if (service.currentVersion === null) return this.#host.changed();
    this.loading = true;
    this.#host.changed();
    await Promise.all([this.#loadNames(service.agencyId, signal), this.#loadVersions(signal)]);
  }

  async #loadVersions(signal: AbortSignal | undefined, more = false): Promise<void> {
    const service = this.service!;
    try {
      const query = { limit: VERSIONS_PAGE, ...(more && this.#nextCursor ? { cursor: this.#nextCursor } : {}) };
      const page = await this.#host.authoring().versions(service.id, query, { signal }).firstPage();
      if (signal?.aborted) return;
      this.versions = more ? [...this.versions, ...page.data] : page.data;
      this.#nextCursor = page.nextCursor;
      this.problem = null;
      if (!more && this.versions.length > 1) {
        // Preset to what an admin most often asks: what the current version changed.
        this.compareTo = this.versions[0]!.version;
        this.compareFrom = this.versions[1]!.version;
      }
    } catch {
      if (signal?.aborted) return;
      this.problem = { key: 'edVersionsFailed' };
    } finally {
      this.loading = false;
      this.busy = null;
      this.#host.changed();
    }
  }

  /** The names of the OPD's staff; without them (a failed call), who published is said by role. */
  async #loadNames(agencyId: string, signal: AbortSignal): Promise<void> {
    try {
      const page = await this.#host.staff().list({ agencyId, limit: 100 }, { signal }).firstPage();
      this.#names = new Map(page.data.map((officer) => [officer.id, officer.name]));
    } catch {
      this.#names = new Map();
    }
  }

  /** Who published a version, as the admin reads it. */
  author(view: EditorView, info: ServiceVersionInfo): string {
    const by = info.publishedBy;
    if (!by) return view.t('edBySeed');
    const role = view.t(by.role === 'admin' ? 'edByAdmin' : 'edByOpdAdmin');
    const name = this.#names.get(by.userId);
    return name ? view.t('edByNamed', { name, role }) : role;
  }

  /** Tries the versions again after a failure. */
  async retry(): Promise<void> {
    this.loading = true;
    this.#host.changed();
    await this.#loadVersions(this.#signal);
  }

  get hasMore(): boolean {
    return this.#nextCursor !== null;
  }

  async more(): Promise<void> {
    if (this.busy || !this.#nextCursor) return;
    this.busy = 'more';
    this.#host.changed();
    const count = this.versions.length;
    await this.#loadVersions(this.#signal, true);
    // The focus goes to the first version just shown.
    if (this.versions.length > count) await this.#host.focusAfterRender(`#version-${this.versions[count]!.version}`);
  }

  async compare(): Promise<void> {
    if (this.busy || !this.service) return;
    this.compareSame = this.compareFrom === this.compareTo;
    this.comparison = null;
    if (this.compareSame) {
      this.#host.changed();
      return this.#host.focusAfterRender('#compare-from');
    }
    this.busy = 'compare';
    this.#host.changed();
    try {
      const [from, to] = [this.compareFrom, this.compareTo];
      this.comparison = await this.#host.authoring().diff(this.service.id, { from, to });
    } catch (error) {
      this.status = this.#host.failure(error);
    } finally {
      this.busy = null;
      this.#host.changed();
    }
    if (this.comparison) await this.#host.focusAfterRender('#version-diff');
  }

  startRetire(): void {
    this.confirming = true;
    this.status = null;
    this.#host.changed();
    void this.#host.focusAfterRender('#retire-note');
  }

  cancelRetire(): void {
    this.confirming = false;
    this.noteProblem = null;
    this.#host.changed();
    void this.#host.focusAfterRender('#retire-start');
  }

  async retire(view: EditorView): Promise<void> {
    if (this.busy || !this.service) return;
    const note = this.retireNote.trim();
    this.noteProblem = note.length < 3 ? view.t('edRetireNoteMissing') : null;
    if (this.noteProblem) {
      this.#host.changed();
      return this.#host.focusAfterRender('#retire-note');
    }
    this.busy = 'retire';
    this.#host.changed();
    try {
      const retired = await this.#host.authoring().retire(this.service.id, { note });
      this.service = retired;
      this.confirming = false;
      this.retireNote = '';
      this.status = { key: 'edRetired', params: { name: view.localized(retired.name) } };
      this.#host.retired(retired);
    } catch (error) {
      if (error instanceof ValidationError) {
        this.noteProblem = error.errors.map((problem) => problem.message).join(' ');
      } else if (error instanceof ConflictError) {
        // Retired by someone else in between, or not published: show the service as it is now.
        this.confirming = false;
        this.status = { key: 'edRetireConflict' };
        this.service = await this.#host.authoring().get(this.service.id).catch(() => this.service);
      } else {
        this.status = this.#host.failure(error);
      }
    } finally {
      this.busy = null;
      this.#host.changed();
    }
    await this.#host.focusAfterRender(this.noteProblem ? '#retire-note' : '#service-state');
  }
}

/** The history's panel: the service's state, its retirement, its versions and their comparison. */
export function renderHistory(view: EditorView, history: ServiceHistory): TemplateResult {
  const service = history.service;
  if (!service) return html`<p role="status" class="muted">${view.t('loading')}</p>`;
  const state =
    service.state === 'retired'
      ? view.t('edStateRetired', { at: service.retiredAt ? view.date(service.retiredAt) : '' })
      : service.state === 'published'
        ? view.t('edStatePublished', { version: service.currentVersion ?? 0 })
        : view.t('edStateUnpublished');
  return html`<p id="service-state" class="service-state" tabindex="-1"><strong>${state}</strong></p>
    <p class="save-status" role="status">${history.status ? view.say(history.status) : ''}</p>
    ${service.state === 'published' ? renderRetire(view, history) : nothing}
    <section class="versions-part" aria-labelledby="versions-title">
      <div id="versions-title">${view.heading(view.t('edVersionsTitle'), 2)}</div>
      ${renderVersions(view, history)}
    </section>`;
}

function renderRetire(view: EditorView, history: ServiceHistory): TemplateResult {
  const busy = history.busy !== null ? 'true' : 'false';
  if (!history.confirming) {
    return html`<button type="button" id="retire-start" class="button secondary" aria-disabled=${busy} @click=${() => history.startRetire()}>${view.t('edRetire')}</button>`;
  }
  const described = ['retire-warning', 'retire-note-hint', history.noteProblem ? 'retire-note-error' : ''].filter(Boolean).join(' ');
  return html`<div
    id="retire-confirm"
    part="retire"
    class="notice warning"
    role="group"
    aria-labelledby="retire-title"
    @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && history.cancelRetire()}
  >
    <div id="retire-title">${view.heading(view.t('edRetireTitle', { name: view.localized(history.service!.name) }), 2)}</div>
    <p id="retire-warning">${view.t('edRetireWarning')}</p>
    <div class="input">
      <label for="retire-note">${view.t('edRetireNote')}</label>
      <p class="hint" id="retire-note-hint">${view.t('edRetireNoteHint')}</p>
      ${history.noteProblem
        ? html`<p class="error" id="retire-note-error"><span class="visually-hidden">${view.t('error')}: </span>${history.noteProblem}</p>`
        : nothing}
      <textarea
        id="retire-note"
        rows="2"
        maxlength="1000"
        aria-invalid=${history.noteProblem ? 'true' : nothing}
        aria-describedby=${described}
        .value=${history.retireNote}
        @input=${(event: Event) => (history.retireNote = (event.target as HTMLTextAreaElement).value)}
      ></textarea>
    </div>
    <div class="row">
      <button type="button" class="button destructive" aria-disabled=${busy} @click=${() => void history.retire(view)}>
        ${history.busy === 'retire' ? view.t('edRetiring') : view.t('edRetireConfirm')}
      </button>
      <button type="button" class="button secondary" @click=${() => history.cancelRetire()}>${view.t('edRetireCancel')}</button>
    </div>
  </div>`;
}

function renderVersions(view: EditorView, history: ServiceHistory): TemplateResult {
  if (history.loading) return html`<p role="status" class="muted">${view.t('loading')}</p>`;
  if (history.problem) {
    return html`<p class="error">${view.say(history.problem)}</p>
      <button type="button" class="button secondary" @click=${() => void history.retry()}>${view.t('retry')}</button>`;
  }
  if (!history.versions.length) return html`<p>${view.t('edVersionsNone')}</p>`;
  const current = history.service?.currentVersion;
  const busy = history.busy !== null ? 'true' : 'false';
  return html`<ol class="versions">
      ${history.versions.map(
        (info) => html`<li>
          <div id="version-${info.version}" class="version-title" tabindex="-1">
            <strong>${view.t('edVersion', { version: info.version })}</strong>
            ${info.version === current && history.service?.state === 'published' ? html` <span class="chip">${view.t('edVersionLatest')}</span>` : nothing}
          </div>
          <p class="muted">${view.t('edVersionPublished', { at: view.date(info.publishedAt), who: history.author(view, info) })}</p>
          <p class="change-note">${info.changeNote ?? view.t('edVersionNoNote')}</p>
        </li>`,
      )}
    </ol>
    ${history.hasMore
      ? html`<button type="button" class="button secondary" aria-disabled=${busy} @click=${() => void history.more()}>${history.busy === 'more' ? view.t('loading') : view.t('edVersionsMore')}</button>`
      : nothing}
    ${history.versions.length > 1 ? renderCompare(view, history) : nothing}`;
}

function renderCompare(view: EditorView, history: ServiceHistory): TemplateResult {
  const select = (id: string, label: string, value: number, set: (version: number) => void) =>
    html`<div class="input">
      <label for=${id}>${label}</label>
      <select
        id=${id}
        aria-invalid=${history.compareSame ? 'true' : nothing}
        aria-describedby=${history.compareSame ? 'compare-error' : nothing}
        @change=${(event: Event) => set(Number((event.target as HTMLSelectElement).value))}
      >
        ${history.versions.map((info) => html`<option value=${info.version} ?selected=${info.version === value}>${view.t('edVersion', { version: info.version })}</option>`)}
      </select>
    </div>`;
  return html`<fieldset class="compare">
      <legend>${view.t('edCompareTitle')}</legend>
      ${history.compareSame ? html`<p class="error" id="compare-error"><span class="visually-hidden">${view.t('error')}: </span>${view.t('edCompareSame')}</p>` : nothing}
      <div class="pair">
        ${select('compare-from', view.t('edCompareFrom'), history.compareFrom, (version) => (history.compareFrom = version))}
        ${select('compare-to', view.t('edCompareTo'), history.compareTo, (version) => (history.compareTo = version))}
      </div>
      <button type="button" class="button secondary" aria-disabled=${history.busy !== null ? 'true' : 'false'} @click=${() => void history.compare()}>
        ${history.busy === 'compare' ? view.t('loading') : view.t('edCompare')}
      </button>
    </fieldset>
    ${history.comparison ? renderDiff(view, history.comparison, 'version-diff') : nothing}`;
}
