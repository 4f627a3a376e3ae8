import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import type { ApplicationStatus, LocalizedText, MessageParams } from '@padu/contract';
import type { InstantStyle, Locale, StringKey } from '../i18n/i18n.ts';
import type { PaduClient } from './client.ts';
import { PaduElement } from './padu-element.ts';
import type { Message } from './padu-element.ts';

const loadingKey = Symbol.for('@padu/elements.loading');

/**
 * The Padu elements of the page loading what they show, shared by every copy of the package (a registered
 * symbol): where the browser has no scroll anchoring, the CDN loader keeps the page's fragment in view until none is
 * left (`cdn/anchor.ts`).
 */
const loadingElements: Set<Element> = ((globalThis as { [loadingKey]?: Set<Element> })[loadingKey] ??= new Set());

/**
 * What a view fetched on demand (a chunk of its own in bundles, e.g. a tracked application or a citizen's list)
 * needs of its element: the language and the section's helpers.
 */
export interface SectionView {
  readonly locale: Locale;
  t(key: StringKey, params?: MessageParams): string;
  heading(content: unknown, part?: string, depth?: number): TemplateResult;
  fact(key: StringKey, value: unknown, part?: string): TemplateResult;
  statusText(status: ApplicationStatus): string;
  date(at: string, style?: InstantStyle): string;
  localized(text: LocalizedText | undefined): string;
}

/**
 * The base of the elements that are regions of a page (login panel, tracker, catalogue, application list), as
 * opposed to form fields: headings that fit the host page's outline, data that reloads when what the element
 * shows (or its client) changes, and the problem box with "Coba lagi".
 */
export class PaduSection extends PaduElement {
  static override properties: PropertyDeclarations = {
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** The level of the element's headings, to fit the host page's outline. Default 2. */
  declare headingLevel: number;

  #loadedKey: string | undefined;
  #loadedClient: PaduClient | undefined;
  #loading: AbortController | undefined;
  #sectionView: SectionView | undefined;

  constructor() {
    super();
    this.headingLevel = 2;
  }

  /** What the element shows, as a key: when it or the client changes, `load` runs again. `null`: not yet. */
  protected loadKey(): string | null {
    return null;
  }

  /** Loads what `loadKey` names. `signal` aborts when the key changes or the element leaves the page. */
  protected async load(_api: PaduClient, _signal: AbortSignal): Promise<void> {}

  /** Loads again, e.g. after a failure or when the connection is back. */
  protected reload(): void {
    this.#loadedKey = undefined;
    this.requestUpdate();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Nothing loads before the page's session is known: it decides what there is to load.
    if (this.restoring) return;
    const key = this.loadKey();
    if (!this.api || key === null || (key === this.#loadedKey && this.api === this.#loadedClient)) return;
    this.#loadedKey = key;
    this.#loadedClient = this.api;
    this.#loading?.abort();
    const loading = (this.#loading = new AbortController());
    loadingElements.add(this);
    void this.load(this.api, loading.signal).finally(() => {
      if (this.#loading === loading) loadingElements.delete(this);
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#loading?.abort();
    loadingElements.delete(this);
    this.#loadedKey = undefined;
  }

  /**
   * A heading at `heading-level` (`depth` levels below it), so the element fits any page outline without a
   * dynamic tag name.
   */
  protected heading(content: unknown, part = 'heading', depth = 0): TemplateResult {
    return html`<div class="heading" role="heading" aria-level=${this.headingLevel + depth} part=${part}>${content}</div>`;
  }

  /**
   * An alert that takes focus (`#problem`), with a "Coba lagi" button that runs `retry` (default: reload).
   * Without a message: the generic failure.
   */
  protected problemBox(message: Message | null, retry: (() => void) | null = this.reload): TemplateResult {
    return html`<div id="problem" part="problem" class="notice danger" role="alert" tabindex="-1">
      <p>${this.say(message ?? { key: 'errorGeneric' })}</p>
      ${retry ? html`<button type="button" class="button secondary" @click=${retry}>${this.t('retry')}</button>` : nothing}
    </div>`;
  }

  /**
   * The neutral busy state while the page's session is restored (see `restoring`): neither signed in nor out, and
   * as tall as `min-height` says, so what follows does not move the page.
   */
  protected restoringState(): TemplateResult {
    return html`<p part="restoring" class="restoring muted" role="status">${this.t('loading')}</p>`;
  }

  /** A notice (`part="problem"`) with a catalogue text and a slot for the host's own content, e.g. a login. */
  protected slotNotice(key: StringKey, slot: string): TemplateResult {
    return html`<div part="problem" class="notice"><p>${this.t(key)}</p><slot name=${slot}></slot></div>`;
  }

  /** One fact of a grid of facts (`<dl class="facts">`): its term from the catalogue, and its value (`part`). */
  protected fact(key: StringKey, value: unknown, part?: string): TemplateResult {
    return html`<div><dt>${this.t(key)}</dt><dd part=${part ?? nothing}>${value}</dd></div>`;
  }

  /** This element's helpers, for a view fetched on demand. */
  protected get sectionView(): SectionView {
    const element = this;
    return (this.#sectionView ??= {
      get locale() {
        return element.locale;
      },
      t: (key, params) => this.t(key, params),
      heading: (content, part, depth) => this.heading(content, part, depth),
      fact: (key, value, part) => this.fact(key, value, part),
      statusText: (status) => this.statusText(status),
      date: (at, style) => this.date(at, style),
      localized: (text) => this.localized(text),
    });
  }

  /** Moves the focus to the first match of `selector` once the element has rendered what changed. */
  protected async focusAfterRender(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}
