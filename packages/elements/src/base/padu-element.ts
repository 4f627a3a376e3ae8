import { ContextConsumer } from '@lit/context';
import { LitElement } from 'lit';
import type { CSSResult, CSSResultGroup, PropertyDeclarations, PropertyValues } from 'lit';
import { NetworkError, RateLimitedError, TimeoutError } from '@padu/sdk';
import type { User } from '@padu/sdk';
import type { ApplicationStatus, LocalizedText, MessageParams } from '@padu/contract';
import { formatInstant, hasLocale, loadLocale, statusLabel, toLocale, translate } from '../i18n/i18n.ts';
import type { InstantStyle, Locale, StringKey, Strings } from '../i18n/i18n.ts';
import { shared } from '../styles/shared.ts';
import { applyTheme } from '../styles/theme.ts';
import { tokens } from '../styles/tokens.ts';
import { clientContext, defaultClient, onDefaultClientChange } from './client.ts';
import type { PaduClient } from './client.ts';
import type { PaduEventMap } from './events.ts';
import { resolveLang, unwatchLanguage, watchLanguage } from './language.ts';

/** A domain event: bubbling and composed, so it leaves every shadow root. */
function paduEvent<K extends keyof PaduEventMap>(type: K, detail: PaduEventMap[K], cancelable: boolean): CustomEvent {
  return new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable });
}

/** Whether the page was told that a language's strings failed to load (once is enough). */
let warnedLanguage = false;

/** A catalogue text to show later, in whatever language is current by then. */
export interface Message {
  key: StringKey;
  params?: MessageParams;
}

/**
 * The base of every Padu element: language, strings, the SDK client and its shared session, typed events and
 * the theme.
 *
 * @cssprop --padu-brand - The OPD's brand colour: buttons, links, focus rings and the current step. Text on it and
 *   its shade for links are derived to meet WCAG 2.2 AA. Default `#0b5cad`.
 * @cssprop --padu-color-text - Body text. Default `#1a1d1f`.
 * @cssprop --padu-color-text-muted - Secondary text (hints, dates). Default `#4b5257`.
 * @cssprop --padu-color-surface - Background of the element's content. Default `#ffffff`.
 * @cssprop --padu-color-surface-alt - Background of notices and cards. Default `#f2f4f5`.
 * @cssprop --padu-color-border - Borders of inputs and cards (3:1 against the surface). Default `#6b7378`.
 * @cssprop --padu-color-danger - Errors and rejected applications. Default `#b42318`.
 * @cssprop --padu-color-success - Completed applications. Default `#1d6b36`.
 * @cssprop --padu-color-warning - Applications that need the citizen's action. Default `#8a4600`.
 * @cssprop --padu-focus-color - The focus ring. Default: the brand colour's readable shade.
 * @cssprop --padu-focus-width - The focus ring's width. Default `3px`.
 * @cssprop --padu-font-family - Default: the system UI font.
 * @cssprop --padu-font-size-s - Small text. Default `0.875rem`.
 * @cssprop --padu-font-size-m - Body text. Default `1rem`.
 * @cssprop --padu-font-size-l - Headings. Default `1.1875rem`.
 * @cssprop --padu-font-size-xl - Large figures. Default `1.5rem`.
 * @cssprop --padu-space-xs - Default `0.25rem`.
 * @cssprop --padu-space-s - Default `0.5rem`.
 * @cssprop --padu-space-m - Default `1rem`.
 * @cssprop --padu-space-l - Default `1.5rem`.
 * @cssprop --padu-radius - Corner radius of inputs, buttons and cards. Default `0.375rem`.
 */
export class PaduElement extends LitElement {
  static override styles: CSSResultGroup = [tokens, shared];

  static override properties: PropertyDeclarations = {
    strings: { attribute: false },
    client: { attribute: false },
    locale: { state: true, attribute: false },
    user: { state: true, attribute: false },
    api: { state: true, attribute: false },
    restoring: { state: true, attribute: false },
  };

  /**
   * Text overrides for this element: any key of the string catalogue, `status.<id>` for a status label, or a
   * contract error code, e.g. `{ loginSubmit: 'Masuk ke layanan' }`. Placeholders such as `{seconds}` work.
   */
  declare strings: Strings | undefined;
  /** The `@padu/sdk` client to use, instead of the nearest `<padu-provider>`'s or the page default. */
  declare client: PaduClient | undefined;
  /**
   * The language in use: the element's own `lang`, else the nearest ancestor's across shadow roots. English
   * takes over once its strings have loaded (a chunk of their own); until then, Indonesian.
   */
  protected declare locale: Locale;
  /** The logged-in user of the client's session (shared by every element on that client). */
  protected declare user: User | null;
  /** The client in use, once connected. */
  protected declare api: PaduClient | undefined;
  /**
   * Whether the client is still finding the session the page already has (`session.restore()`): the element shows
   * a neutral busy state meanwhile, never the signed-out view, so a signed-in citizen sees no flash of a login.
   */
  protected declare restoring: boolean;

  #providedClient: PaduClient | undefined;
  /** The strings of the `lang` asked for, while they load. */
  #languageLoading: Promise<void> | undefined;
  #stopSession: (() => void) | undefined;
  #stopDefault: (() => void) | undefined;
  /** The client whose `restore()` this element waits for. */
  #restoreOf: PaduClient | undefined;

  constructor() {
    super();
    this.locale = 'id';
    this.user = null;
    this.restoring = false;
    new ContextConsumer(this, {
      context: clientContext,
      subscribe: true,
      callback: (client) => {
        this.#providedClient = client;
        this.#resolveClient();
      },
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchLanguage(this);
    this.refreshLanguage();
    this.#stopDefault = onDefaultClientChange(() => this.#resolveClient());
    this.#resolveClient();
    applyTheme(this, this.renderRoot as ShadowRoot);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLanguage(this);
    this.#stopDefault?.();
    this.#stopSession?.();
    this.#stopSession = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('client')) this.#resolveClient();
    this.#restore();
  }

  /**
   * Whether what the element shows depends on who is signed in, so it restores the page's session when it connects
   * (the login, a citizen's applications, a form). Elements that do not ask cost the page no session request.
   */
  protected get restoresSession(): boolean {
    return false;
  }

  /**
   * Asks the client for the page's session, once per client (the SDK shares one restore among all elements).
   * Called before each render rather than on connect, so a `client` set before the element upgraded is the one
   * asked. A session restored already (or one with nothing to find, in bearer mode) shows its state at once.
   */
  #restore(): void {
    const api = this.api;
    if (!api || api === this.#restoreOf || !this.restoresSession) return;
    const session = api.session;
    this.#restoreOf = api;
    if (session.restored) return;
    this.restoring = true;
    const settled = () => {
      if (this.api !== api) return;
      this.user = api.session.current?.user ?? null;
      this.restoring = false;
    };
    session.restore().then(settled, settled);
  }

  /**
   * Re-reads the language; the shared observer calls this when a `lang` attribute changes.
   * @internal
   */
  refreshLanguage(): void {
    const wanted = toLocale(resolveLang(this));
    const ready = hasLocale(wanted);
    // Never blank: Indonesian until the strings of the language asked for are here, then a re-render in it.
    this.locale = ready ? wanted : 'id';
    if (ready) return;
    const loading: Promise<void> = (this.#languageLoading = loadLocale(wanted).then(
      () => {
        if (this.#languageLoading === loading) this.#languageLoading = undefined;
        this.refreshLanguage();
      },
      () => {
        if (this.#languageLoading === loading) this.#languageLoading = undefined;
        if (!warnedLanguage) console.warn(`[padu] The "${wanted}" strings could not be loaded; showing Bahasa Indonesia.`);
        warnedLanguage = true;
      },
    ));
  }

  /** Also waits for the strings of the element's language, when they are still loading, and the re-render in it. */
  protected override getUpdateComplete(): Promise<boolean> {
    const loading = this.#languageLoading;
    return loading ? loading.then(() => super.getUpdateComplete()) : super.getUpdateComplete();
  }

  #resolveClient(): void {
    if (!this.isConnected) return;
    const next = this.client ?? this.#providedClient ?? defaultClient();
    if (next === this.api && this.#stopSession) return;
    this.#stopSession?.();
    this.api = next;
    this.restoring = false;
    this.#restoreOf = undefined;
    this.user = next.session.current?.user ?? null;
    this.#stopSession = next.session.subscribe(({ session }) => {
      this.user = session?.user ?? null;
    });
  }

  /**
   * Dispatches a typed domain event that bubbles out of shadow roots. Returns `false` when a listener cancelled it.
   */
  protected emit<K extends keyof PaduEventMap>(type: K, detail: PaduEventMap[K], { cancelable = false } = {}): boolean {
    return this.dispatchEvent(paduEvent(type, detail, cancelable));
  }

  /** A catalogue string in the current language, with this element's overrides. */
  protected t(key: StringKey, params?: MessageParams): string {
    return translate(this.locale, key, params, this.strings);
  }

  /** The text of a {@link Message}. */
  protected say(message: Message): string {
    return this.t(message.key, message.params);
  }

  protected statusText(status: ApplicationStatus): string {
    return statusLabel(this.locale, status, this.strings);
  }

  /** A `{ id, en }` text in the current language, falling back to Indonesian (the only required one). */
  protected localized(text: LocalizedText | undefined): string {
    return text ? (text[this.locale] ?? text.id) : '';
  }

  protected date(at: string, style?: InstantStyle): string {
    return formatInstant(at, this.locale, style);
  }

  /** Adds the styles of a view fetched on demand to the element's, once (adopted: a strict CSP allows it). */
  protected adoptStyles(styles: CSSResult | undefined): void {
    const sheet = styles?.styleSheet;
    const root = this.renderRoot as ShadowRoot;
    if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  /**
   * What to tell the citizen about a failed call that has no more specific message. Kept as a key, not a text,
   * so it follows a later language switch.
   */
  protected failure(error: unknown): Message {
    if (error instanceof NetworkError || error instanceof TimeoutError) return { key: 'errorNetwork' };
    if (error instanceof RateLimitedError) return { key: 'errorRateLimited', params: { seconds: error.retryAfter ?? 60 } };
    return { key: 'errorGeneric' };
  }
}
