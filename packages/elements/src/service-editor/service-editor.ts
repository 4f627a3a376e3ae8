import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { authoringResource, staffResource } from '@padu/sdk/core';
import { ConflictError, ForbiddenError, NotFoundError, PreconditionFailedError, UnauthorizedError, ValidationError } from '@padu/sdk';
import type { Agency, AuthoredService, FieldError, Padu, Service, ServiceDiff, ServiceDraft } from '@padu/sdk';
import { coreOf } from '../base/client.ts';
import type { PaduClient } from '../base/client.ts';
import { define } from '../base/define.ts';
import { PaduSection } from '../base/section.ts';
import type { Message } from '../base/padu-element.ts';
import '../i18n/id-editor.ts';
import { lazyModule } from '../base/lazy.ts';
import { getAt, inputId, listAt, moveItem, previewService, problemAnchor, setAt } from './draft-model.ts';
import type { Content } from './draft-model.ts';
import type { EditorContext } from './inputs.ts';
import { renderFormSection } from './form-editor.ts';
import { renderDiff, renderNewService, renderPreview, renderPublished, renderSummary, type EditorView } from './panels.ts';
import { renderHistory, ServiceHistory } from './history.ts';
import { categories, renderProtectionSection, renderServiceSection, renderStandardSection } from './standard-editor.ts';
import { editorStyles } from './service-editor.styles.ts';

/** The form of the preview: fetched once a draft is open (its own chunk in bundles, shared with the form's pages). */
const serviceForm = lazyModule(() => import('../service-form/service-form.ts'));

/** How long the preview waits after the last key before it redraws the form. */
const PREVIEW_DELAY_MS = 300;

/** The resources of the editor that the page default client lacks. */
type AdminResources = Pick<Padu, 'authoring' | 'staff'>;
const adminResources = { authoring: authoringResource, staff: staffResource };
const added = new WeakMap<PaduClient, Partial<AdminResources>>();

/** A client's `authoring` or `staff`: its own (a full `createPadu()` client), else one on the page default's core. */
function resourceOf<K extends keyof AdminResources>(client: PaduClient, key: K): AdminResources[K] {
  if (key in client) return (client as Padu)[key];
  let resources = added.get(client);
  if (!resources) added.set(client, (resources = {}));
  if (!resources[key]) {
    const core = coreOf(client);
    if (!core) throw new Error('[padu] <padu-service-editor> needs a client made by createPadu() or the page default.');
    resources[key] = adminResources[key](core) as AdminResources[K];
  }
  return resources[key]!;
}

const authoringOf = (client: PaduClient) => resourceOf(client, 'authoring');

type Phase = 'logged-out' | 'loading' | 'new' | 'editing' | 'published' | 'error';

/**
 * @tagname padu-service-editor
 * @summary The designer of a service, for OPD admins: its Standar Pelayanan, data-protection notice and form
 * (steps and fields of every type, options, limits, groups, prefill, conditions picked from earlier fields), with
 * the real `<padu-service-form>` beside it as a live preview (Indonesian or English, phone width). Saves the draft
 * under its ETag (someone else's save in between shows a conflict, with their version to load), shows the
 * gateway's validation problems at their inputs and in a summary, the changes from the published version, and
 * publishes with a change note. Beside the draft, the service itself: its state, its published versions (when, by
 * whom, with their change notes) with any two compared, and retiring it after a confirmation (new applications
 * stop, those already made go on). Without `service-id` it creates a new service first: of the OPD admin's own OPD,
 * or of the OPD the city's admin chooses (`agency-id` preselects it).
 *
 * @csspart summary - The summary of validation problems.
 * @csspart conflict - The notice that someone else saved the draft.
 * @csspart preview - The preview's frame.
 * @csspart published - The confirmation of a published version.
 * @csspart retire - The confirmation before retiring the service.
 * @csspart problem - Messages for logged-out and error states.
 *
 * @fires padu-service-created - A new service was created; `detail`: `serviceId`.
 * @fires padu-draft-saved - The draft was saved; `detail`: `serviceId`, `valid`.
 * @fires padu-service-published - The draft was published; `detail`: `serviceId`, `version`.
 * @fires padu-service-retired - The service was retired; `detail`: `serviceId`.
 */
export class PaduServiceEditor extends PaduSection {
  static override styles = [PaduSection.styles, editorStyles];

  static override properties: PropertyDeclarations = {
    serviceId: { attribute: 'service-id', reflect: true },
    agencyId: { attribute: 'agency-id' },
    phase: { state: true, attribute: false },
    content: { state: true, attribute: false },
    problems: { state: true, attribute: false },
    conflict: { state: true, attribute: false },
    busy: { state: true, attribute: false },
    status: { state: true, attribute: false },
    preview: { state: true, attribute: false },
    previewLocale: { state: true, attribute: false },
    phone: { state: true, attribute: false },
    diff: { state: true, attribute: false },
    published: { state: true, attribute: false },
    noteProblem: { state: true, attribute: false },
    agencies: { state: true, attribute: false },
  };

  /** The service whose draft to edit (opened from its published version when it has none). Empty: a new service. */
  declare serviceId: string;
  /** The OPD of a new service, preselected for the city's admin (an OPD admin's is their own). */
  declare agencyId: string | undefined;
  protected declare phase: Phase;
  protected declare content: Content;
  protected declare problems: FieldError[];
  /** Someone else saved the draft since it was loaded: the next save would overwrite them. */
  protected declare conflict: boolean;
  protected declare busy: 'create' | 'save' | 'publish' | 'diff' | null;
  /** The last outcome, said in the status line (a live region). */
  protected declare status: Message | null;
  protected declare preview: Service | undefined;
  protected declare previewLocale: 'id' | 'en';
  protected declare phone: boolean;
  protected declare diff: ServiceDiff | 'never' | null;
  protected declare published: Service | null;
  protected declare noteProblem: boolean;
  /** The OPDs the city's admin chooses from for a new service (`null` for an OPD admin, or while loading). */
  protected declare agencies: Agency[] | null;
  protected problem: Message | null = null;

  #draft: ServiceDraft | null = null;
  #dirty = false;
  /** The inputs of the last render (by pointer), and those of the render under way. */
  #inputs = new Set<string>();
  #rendering = new Set<string>();
  #previewTimer: ReturnType<typeof setTimeout> | undefined;
  /** Said once by the hidden live region: moves, additions, removals. */
  #announcement = '';
  #changeNote = '';
  readonly #history = new ServiceHistory({
    authoring: () => authoringOf(this.api!),
    staff: () => resourceOf(this.api!, 'staff'),
    changed: () => this.requestUpdate(),
    focusAfterRender: (selector) => this.focusAfterRender(selector),
    failure: (error) => this.failure(error),
    retired: (service) => this.emit('padu-service-retired', { serviceId: service.id }),
  });

  constructor() {
    super();
    this.serviceId = '';
    this.phase = 'loading';
    this.content = {};
    this.problems = [];
    this.conflict = false;
    this.busy = null;
    this.status = null;
    this.previewLocale = 'id';
    this.phone = false;
    this.diff = null;
    this.published = null;
    this.noteProblem = false;
    this.agencies = null;
  }

  protected override get restoresSession(): boolean {
    return true;
  }

  protected override loadKey(): string {
    return `${this.user?.id ?? ''} ${this.serviceId}`;
  }

  protected override async load(api: PaduClient, signal: AbortSignal): Promise<void> {
    this.problems = [];
    this.conflict = false;
    this.diff = null;
    this.published = null;
    this.status = null;
    if (!this.user) {
      this.phase = 'logged-out';
      return;
    }
    if (!this.serviceId) {
      this.content = {};
      this.phase = 'new';
      if (this.user.role === 'admin') await this.#loadAgencies(api, signal);
      return;
    }
    this.phase = 'loading';
    try {
      const { service, draft } = await this.#openDraft(api, signal);
      if (signal.aborted) return;
      this.#adopt(draft);
      this.phase = 'editing';
      void this.#history.load(service, signal);
    } catch (error) {
      if (signal.aborted) return;
      this.#fail(error);
    }
  }

  /** Every OPD, for the city's admin to choose the new service's (the list is short: a city's OPDs). */
  async #loadAgencies(api: PaduClient, signal: AbortSignal): Promise<void> {
    if (this.agencies) return;
    try {
      const agencies: Agency[] = [];
      for await (const agency of api.agencies.list({ limit: 100 }, { signal })) agencies.push(agency);
      this.agencies = agencies;
    } catch (error) {
      if (signal.aborted) return;
      this.#fail(error);
    }
  }

  /**
   * The service and its open draft, or a new draft copied from its published version (blank before the first
   * publish).
   */
  async #openDraft(api: PaduClient, signal: AbortSignal): Promise<{ service: AuthoredService; draft: ServiceDraft }> {
    const authoring = authoringOf(api);
    // Asked first, so an absent draft is not a failed request (a 404 in the console of every first edit).
    const service = await authoring.get(this.serviceId, { signal });
    if (service.hasDraft) return { service, draft: await authoring.draft(this.serviceId, { signal }) };
    try {
      return { service, draft: await authoring.openDraft(this.serviceId, service.currentVersion ? { fromVersion: service.currentVersion } : {}, { signal }) };
    } catch (error) {
      // Another admin opened one in between: edit theirs.
      if (error instanceof ConflictError) return { service, draft: await authoring.draft(this.serviceId, { signal }) };
      throw error;
    }
  }

  #adopt(draft: ServiceDraft): void {
    void serviceForm.load();
    this.#draft = draft;
    this.content = structuredClone(draft.content) as Content;
    this.#dirty = false;
    this.#refreshPreview(true);
  }

  #fail(error: unknown): void {
    this.phase = 'error';
    this.problem =
      error instanceof ForbiddenError || error instanceof NotFoundError
        ? { key: 'edForbidden' }
        : error instanceof UnauthorizedError
          ? { key: 'edLoggedOut' }
          : this.failure(error);
  }

  #refreshPreview(now = false): void {
    clearTimeout(this.#previewTimer);
    const draw = () => (this.preview = previewService(this.serviceId, this.#draft?.agencyId ?? this.agencyId ?? '', this.content));
    if (now) draw();
    else this.#previewTimer = setTimeout(draw, PREVIEW_DELAY_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#previewTimer);
  }

  /** What the section renderers use: reading and writing the draft by pointer, and the problems at each input. */
  get #context(): EditorContext {
    return {
      content: this.content,
      t: (key, params) => this.t(key, params),
      problemsAt: (pointer) => this.problems.filter((problem) => problemAnchor(problem.pointer, this.#inputs) === pointer),
      seen: (pointer) => this.#rendering.add(pointer),
      set: (pointer, value) => {
        setAt(this.content, pointer, value);
        this.#changed();
      },
      add: (pointer, item, name, focus) => {
        listAt(this.content, pointer).push(item);
        this.#changed(this.t('edAdded', { name }));
        if (focus) void this.focusAfterRender(`#${inputId(focus)}`);
      },
      remove: (pointer, index, name) => {
        const list = listAt(this.content, pointer);
        list.splice(index, 1);
        this.#changed(this.t('edRemoved', { name }));
        // The focus goes to the item now in its place (or the one before), else to the list itself.
        const next = Math.min(index, list.length - 1);
        void this.#focusItem(next >= 0 ? `${pointer}/${next}` : undefined, pointer);
      },
      move: (pointer, index, delta, name) => {
        const list = listAt(this.content, pointer);
        const to = moveItem(list, index, delta);
        if (to < 0) return;
        this.#changed(this.t('edMoved', { name, position: to + 1, count: list.length }));
        void this.#focusItem(`${pointer}/${to}`, pointer, delta < 0 ? 'up' : 'down');
      },
    };
  }

  /**
   * Puts the focus on the item at `pointer`: on its `direction` button (the one just used, after a move), else its
   * other move button once it reached an end; without the item, on the list at `list`.
   */
  async #focusItem(pointer: string | undefined, list: string, direction: 'up' | 'down' = 'down'): Promise<void> {
    await this.updateComplete;
    const id = pointer === undefined ? undefined : inputId(pointer);
    const candidates = id ? [`#${id}-${direction}`, `#${id}-${direction === 'up' ? 'down' : 'up'}`] : [];
    const button = candidates.map((selector) => this.renderRoot.querySelector<HTMLButtonElement>(selector)).find((found) => found && !found.disabled);
    (button ?? this.renderRoot.querySelector<HTMLElement>(`#${inputId(list)}`))?.focus();
  }

  #changed(announcement?: string): void {
    this.#dirty = true;
    if (announcement) this.#announcement = announcement;
    this.status = null;
    this.requestUpdate();
    this.#refreshPreview();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Problems find their inputs among those drawn: when the inputs changed, draw the problems at the new ones.
    const same = this.#rendering.size === this.#inputs.size && [...this.#rendering].every((pointer) => this.#inputs.has(pointer));
    if (!same) {
      this.#inputs = this.#rendering;
      if (this.problems.length) this.requestUpdate();
    }
    this.#announcement = '';
  }

  async #create(form: HTMLFormElement): Promise<void> {
    if (this.busy) return;
    const data = new FormData(form);
    const id = String(data.get('id') ?? '').trim();
    const category = String(data.get('category') ?? '');
    const name = { id: String(data.get('name-id') ?? '').trim(), ...(String(data.get('name-en') ?? '').trim() ? { en: String(data.get('name-en')).trim() } : {}) };
    // The city's admin chose the OPD in the form; an OPD admin's is their own.
    const agencyId = data.has('agency') ? String(data.get('agency')) || undefined : this.agencyId;
    this.busy = 'create';
    this.problems = [];
    try {
      const draft = await authoringOf(this.api!).create({ id, category: category as (typeof categories)[number], name, ...(agencyId ? { agencyId } : {}) });
      this.#draft = draft;
      this.serviceId = draft.serviceId;
      this.emit('padu-service-created', { serviceId: draft.serviceId });
    } catch (error) {
      this.problems =
        error instanceof ValidationError
          ? error.errors
          : [{ pointer: '/id', code: 'conflict', message: this.say(error instanceof ConflictError ? { key: 'edIdTaken' } : this.failure(error)) }];
      await this.focusAfterRender('#summary');
    } finally {
      this.busy = null;
    }
  }

  /** Saves the draft under its ETag, then asks the gateway what publishing would say of it. */
  async #save(): Promise<boolean> {
    const api = this.api;
    // Busy buttons stay focusable (aria-disabled), so the focus never drops to the page; a click then does nothing.
    if (!api || !this.#draft || this.busy) return false;
    this.busy = 'save';
    try {
      const draft = await authoringOf(api).saveDraft(this.serviceId, this.content, { etag: this.#draft.etag });
      this.#draft = draft;
      this.#dirty = false;
      const validation = await authoringOf(api).validate(this.serviceId);
      this.problems = validation.errors;
      this.status = validation.valid ? { key: 'edSavedValid' } : { key: 'edSaved', params: { count: validation.errorCount } };
      this.emit('padu-draft-saved', { serviceId: this.serviceId, valid: validation.valid });
      if (!validation.valid) await this.focusAfterRender('#summary');
      return true;
    } catch (error) {
      await this.#writeFailed(error);
      return false;
    } finally {
      this.busy = null;
    }
  }

  async #writeFailed(error: unknown): Promise<void> {
    if (error instanceof PreconditionFailedError) {
      this.conflict = true;
      await this.focusAfterRender('#conflict');
    } else if (error instanceof ValidationError) {
      this.problems = error.errors;
      await this.focusAfterRender('#summary');
    } else {
      this.status = this.failure(error);
    }
  }

  /** Loads the draft someone else saved, dropping the changes made here. */
  async #reloadTheirs(): Promise<void> {
    try {
      const draft = await authoringOf(this.api!).draft(this.serviceId);
      this.#adopt(draft);
      this.conflict = false;
      this.problems = [];
      this.status = null;
      await this.focusAfterRender('h2, [role=heading]');
    } catch (error) {
      this.#fail(error);
    }
  }

  async #showDiff(): Promise<void> {
    if (this.busy) return;
    const from = this.#draft?.basedOnVersion;
    if (!from) {
      this.diff = 'never';
    } else {
      if (this.#dirty && !(await this.#save())) return;
      this.busy = 'diff';
      try {
        this.diff = await authoringOf(this.api!).diff(this.serviceId, { from });
      } catch (error) {
        this.status = this.failure(error);
      } finally {
        this.busy = null;
      }
    }
    await this.focusAfterRender('#diff');
  }

  async #publish(): Promise<void> {
    if (this.busy) return;
    const note = this.#changeNote.trim();
    this.noteProblem = note.length < 3;
    if (this.noteProblem) return this.focusAfterRender('#change-note');
    if (this.#dirty && !(await this.#save())) return;
    if (this.problems.length) return;
    this.busy = 'publish';
    try {
      const service = await authoringOf(this.api!).publish(this.serviceId, { changeNote: note }, { etag: this.#draft!.etag });
      this.published = service;
      this.phase = 'published';
      this.#changeNote = '';
      this.emit('padu-service-published', { serviceId: service.id, version: service.version });
      await this.focusAfterRender('#published');
    } catch (error) {
      await this.#writeFailed(error);
    } finally {
      this.busy = null;
    }
  }

  /** The helpers the panels (`panels.ts`) need. */
  get #view(): EditorView {
    return {
      t: (key, params) => this.t(key, params),
      heading: (content, depth) => this.heading(content, 'heading', depth),
      localized: (text) => this.localized(text),
      say: (message) => this.say(message),
      date: (at) => this.date(at, 'time'),
      root: this.renderRoot,
    };
  }

  override render(): TemplateResult {
    this.#rendering = new Set();
    if (this.restoring) return this.restoringState();
    switch (this.phase) {
      case 'logged-out':
        return this.slotNotice('edLoggedOut', 'logged-out');
      case 'loading':
        return html`<p role="status" class="muted">${this.t('loading')}</p>`;
      case 'error':
        return this.problemBox(this.problem);
      case 'new':
        if (this.user?.role === 'admin' && !this.agencies) return html`<p role="status" class="muted">${this.t('loading')}</p>`;
        return renderNewService(
          this.#view,
          this.problems,
          this.busy === 'create',
          (form) => void this.#create(form),
          this.agencies && this.user?.role === 'admin' ? { agencies: this.agencies, selected: this.agencyId } : null,
        );
      case 'published':
        return renderPublished(this.#view, this.published!, () => this.reload());
      default:
        return this.#renderEditing();
    }
  }

  #renderEditing(): TemplateResult {
    const ctx = this.#context;
    const name = this.localized(getAt(this.content, '/name') as { id: string } | undefined) || this.serviceId;
    const basedOn = this.#draft?.basedOnVersion;
    const section = (key: Parameters<PaduServiceEditor['t']>[0], body: TemplateResult) =>
      html`<section class="part" aria-label=${this.t(key)}>${this.heading(this.t(key), 'heading', 1)}${body}</section>`;
    return html`
      ${this.heading(this.t('edTitle', { name }))}
      <p class="muted">${basedOn ? this.t('edDraftOf', { version: basedOn }) : this.t('edDraftBlank')}</p>
      <div class="visually-hidden" role="status" aria-live="polite">${this.#announcement}</div>
      ${this.conflict
        ? html`<div id="conflict" part="conflict" class="notice warning" role="alert" tabindex="-1">
            ${this.heading(this.t('edConflictTitle'), 'heading', 1)}
            <p>${this.t('edConflictBody')}</p>
            <button type="button" class="button" @click=${() => void this.#reloadTheirs()}>${this.t('edConflictReload')}</button>
          </div>`
        : nothing}
      ${renderSummary(this.#view, this.problems, this.#inputs)}
      <div class="layout">
        <div class="editor">
          ${section('edSectionService', renderServiceSection(ctx))} ${section('edSectionStandard', renderStandardSection(ctx, this.locale))}
          ${section('edSectionProtection', renderProtectionSection(ctx))} ${section('edSectionForm', renderFormSection(ctx))}
          ${section('edSectionActions', this.#renderActions())} ${section('edSectionHistory', renderHistory(this.#view, this.#history))}
        </div>
        ${renderPreview(this.#view, {
          service: this.preview,
          client: this.api,
          locale: this.previewLocale,
          phone: this.phone,
          headingLevel: this.headingLevel + 2,
          setLocale: (locale) => (this.previewLocale = locale),
          setPhone: (phone) => (this.phone = phone),
        })}
      </div>
    `;
  }

  #renderActions(): TemplateResult {
    const status = this.status ? this.say(this.status) : this.#dirty ? this.t('edUnsaved') : '';
    return html`
      <p class="save-status" role="status">${status}</p>
      <div class="row">
        <button type="button" class="button" aria-disabled=${this.busy !== null ? 'true' : 'false'} @click=${() => void this.#save()}>
          ${this.busy === 'save' ? this.t('edSaving') : this.t('edSave')}
        </button>
        <button type="button" class="button secondary" aria-disabled=${this.busy !== null ? 'true' : 'false'} @click=${() => void this.#showDiff()}>${this.t('edDiff')}</button>
      </div>
      ${this.diff ? renderDiff(this.#view, this.diff) : nothing}
      <div class="input">
        <label for="change-note">${this.t('edChangeNote')}</label>
        <p class="hint" id="change-note-hint">${this.t('edChangeNoteHint')}</p>
        ${this.noteProblem ? html`<p class="error" id="change-note-error"><span class="visually-hidden">${this.t('error')}: </span>${this.t('edChangeNoteMissing')}</p>` : nothing}
        <textarea
          id="change-note"
          rows="2"
          aria-invalid=${this.noteProblem ? 'true' : nothing}
          aria-describedby=${this.noteProblem ? 'change-note-hint change-note-error' : 'change-note-hint'}
          .value=${this.#changeNote}
          @input=${(event: Event) => (this.#changeNote = (event.target as HTMLTextAreaElement).value)}
        ></textarea>
      </div>
      <button type="button" class="button" aria-disabled=${this.busy !== null ? 'true' : 'false'} @click=${() => void this.#publish()}>
        ${this.busy === 'publish' ? this.t('edPublishing') : this.t('edPublish')}
      </button>
    `;
  }
}

define('padu-service-editor', PaduServiceEditor);

declare global {
  interface HTMLElementTagNameMap {
    'padu-service-editor': PaduServiceEditor;
  }
}
