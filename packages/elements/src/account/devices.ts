/**
 * The active devices of `<padu-login>` ("Perangkat aktif"): every session of the signed-in account, with its device,
 * the site it started on, its last use, and a button to end it. A chunk of its own in bundles, imported when the
 * citizen first opens it, so the login panel costs a page nothing more at load.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { MessageParams, Schemas } from '@padu/contract';
import '../i18n/id-account.ts';
import type { PaduClient } from '../base/client.ts';
import type { Message } from '../base/padu-element.ts';
import type { Locale, StringKey } from '../i18n/i18n.ts';

type ActiveSession = Schemas['ActiveSession'];

/**
 * What the list needs of its login panel: the panel itself, through its (protected) element helpers, and what
 * ending this device's session means there.
 */
export interface DevicesHost {
  readonly api: PaduClient | undefined;
  readonly locale: Locale;
  t(key: StringKey, params?: MessageParams): string;
  date(at: string, style: 'time'): string;
  failure(error: unknown): Message;
  problemBox(message: Message | null, retry: (() => void) | null): TemplateResult;
  requestUpdate(): void;
  focusAfterRender(selector: string): Promise<void>;
  /** This device's session was ended from the list: the panel says so and shows the login again. */
  loggedOut(): void;
}

const intlTag: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };

/** Up to a week ago as relative time ("5 menit yang lalu", "kemarin"), older as a date and time in WIB. */
function lastUse(host: DevicesHost, at: string): string {
  const minutes = (Date.now() - new Date(at).getTime()) / 60_000;
  if (!(minutes >= 1)) return host.t('devicesJustNow');
  const relative = (amount: number, unit: Intl.RelativeTimeFormatUnit) =>
    new Intl.RelativeTimeFormat(intlTag[host.locale], { numeric: 'auto' }).format(-Math.floor(amount), unit);
  if (minutes < 60) return relative(minutes, 'minute');
  if (minutes < 24 * 60) return relative(minutes / 60, 'hour');
  if (minutes < 7 * 24 * 60) return relative(minutes / (24 * 60), 'day');
  return host.date(at, 'time');
}

/** An origin shown as its host name; an OIDC client's name or `API` as it is. */
const siteName = (site: string) => site.replace(/^https?:\/\//, '');

/** The list's state, drawn by the login panel with `render()`. */
export class ActiveDevices {
  readonly #host: DevicesHost;
  #sessions: ActiveSession[] = [];
  #phase: 'loading' | 'ready' | 'error' = 'loading';
  #problem: Message | null = null;
  /** What the polite status region says (a session ended). */
  #status: Message | null = null;
  /** The session being ended: its button waits. */
  #ending: string | null = null;

  constructor(host: DevicesHost) {
    this.#host = host;
  }

  /** Reads the list (again). */
  readonly load = async (): Promise<void> => {
    const api = this.#host.api;
    if (!api) return;
    this.#phase = 'loading';
    this.#problem = null;
    this.#host.requestUpdate();
    try {
      const page = await api.auth.sessions({ limit: 100 }).firstPage();
      // This device first, then the most recently used (the gateway's order).
      this.#sessions = [...page.data].sort((a, b) => Number(b.current) - Number(a.current));
      this.#phase = 'ready';
    } catch (error) {
      this.#problem = this.#host.failure(error);
      this.#phase = 'error';
    }
    this.#host.requestUpdate();
  };

  async #end(session: ActiveSession): Promise<void> {
    const api = this.#host.api;
    if (!api || this.#ending) return;
    this.#ending = session.id;
    this.#status = null;
    this.#problem = null;
    this.#host.requestUpdate();
    try {
      await api.auth.endSession(session.id);
      if (session.current) {
        // Ended at the gateway already: only this page's copy is left to clear.
        api.session.set(null, 'logout');
        return this.#host.loggedOut();
      }
      this.#sessions = this.#sessions.filter((other) => other.id !== session.id);
      this.#status = { key: 'devicesEnded', params: { device: this.#device(session) } };
      void this.#host.focusAfterRender('[part=devices-toggle]');
    } catch (error) {
      this.#problem = this.#host.failure(error);
      void this.#host.focusAfterRender('#devices [role=alert]');
    } finally {
      this.#ending = null;
      this.#host.requestUpdate();
    }
  }

  #device(session: ActiveSession): string {
    return session.device ?? this.#host.t('devicesUnknown');
  }

  render(): TemplateResult {
    const host = this.#host;
    const status = html`<div class="visually-hidden" role="status">${this.#status ? host.t(this.#status.key, this.#status.params) : ''}</div>`;
    if (this.#phase === 'loading') return html`<p class="muted" role="status">${host.t('loading')}</p>`;
    if (this.#phase === 'error') return host.problemBox(this.#problem, this.load);
    return html`
      ${this.#problem ? host.problemBox(this.#problem, null) : nothing}
      <ul part="devices" class="devices">
        ${this.#sessions.map((session) => {
          const device = this.#device(session);
          const site = siteName(session.site);
          const ending = this.#ending === session.id;
          return html`<li part="device" class="device">
            <p>
              <strong>${device}</strong>
              ${session.current ? html`<span part="this-device" class="chip">${host.t('devicesThis')}</span>` : nothing}
            </p>
            <dl class="facts">
              <div><dt>${host.t('devicesSite')}</dt><dd>${site}</dd></div>
              <div>
                <dt>${host.t('devicesLastUsed')}</dt>
                <dd><time datetime=${session.lastUsedAt}>${lastUse(host, session.lastUsedAt)}</time></dd>
              </div>
            </dl>
            <button
              type="button"
              part="end"
              class="button secondary"
              aria-disabled=${ending ? 'true' : nothing}
              @click=${() => this.#end(session)}
            >
              ${host.t('devicesEnd')}<span class="visually-hidden">: ${device}, ${site}</span>
            </button>
          </li>`;
        })}
      </ul>
      ${this.#sessions.every((session) => session.current) ? html`<p class="muted">${host.t('devicesNone')}</p>` : nothing}
      ${status}
    `;
  }
}
