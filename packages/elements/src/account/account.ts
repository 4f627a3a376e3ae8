/**
 * The parts of `<padu-login>` that not every page shows, a chunk of their own in bundles: the signed-in panel and
 * the active devices (imported once someone is signed in, or starts to sign in), and the single sign-on view
 * (imported on sites whose client signs in through the city, while the session is restored). Their strings and
 * styles come with them.
 */
import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { MessageParams } from '@padu/contract';
import type { User } from '@padu/sdk';
import '../i18n/id-account.ts';
import { coreOf } from '../base/client.ts';
import type { PaduClient } from '../base/client.ts';
import type { PaduEventMap } from '../base/events.ts';
import type { Message } from '../base/padu-element.ts';
import type { Locale, StringKey } from '../i18n/i18n.ts';

export { ActiveDevices } from './devices.ts';

/** What single sign-on needs of its login panel: the panel itself, through its (protected) element helpers. */
export interface SsoHost {
  readonly api: PaduClient | undefined;
  readonly locale: Locale;
  busy: boolean;
  problem: (Message & { retry?: boolean }) | null;
  t(key: StringKey, params?: MessageParams): string;
  failure(error: unknown): Message;
  problemBox(message: Message | null, retry: (() => void) | null): TemplateResult;
  emit<K extends keyof PaduEventMap>(type: K, detail: PaduEventMap[K], options?: { cancelable?: boolean }): boolean;
  focusAfterRender(selector: string): Promise<void>;
}

/** What the signed-in panel needs of its login panel, besides its helpers. */
export interface AccountActions {
  readonly devicesOpen: boolean;
  /** The active devices' part, when open. */
  readonly devices: TemplateResult | typeof nothing;
  logout(): void;
  toggleDevices(): void;
}

/** Signed in: who (name, masked NIK, officer's OPD), whether the account is verified, "Keluar" and "Perangkat aktif". */
export function renderAccount(host: SsoHost & { heading(content: unknown): TemplateResult }, user: User, actions: AccountActions): TemplateResult {
  return html`
    <section part="account" class="account" tabindex="-1">
      ${host.heading(host.t('loginSignedInAs'))}
      <p part="name" class="name">${user.name}</p>
      <dl>
        ${user.nikMasked ? html`<dt>${host.t('loginNikMasked')}</dt><dd>${user.nikMasked}</dd>` : nothing}
        ${user.role === 'officer' ? html`<dt>${host.t('loginOfficer')}</dt><dd>${user.agencyId}</dd>` : nothing}
      </dl>
      <p>
        <span class="chip ${user.verified ? 'tone-completed' : 'tone-needs_revision'}">
          ${host.t(user.verified ? 'loginVerified' : 'loginUnverified')}
        </span>
      </p>
      <p class="muted">${host.t(user.verified ? 'loginVerifiedHint' : 'loginUnverifiedHint')}</p>
      <div class="actions">
        <button type="button" part="logout" class="button secondary" @click=${actions.logout}>${host.t('loginLogout')}</button>
        <button
          type="button"
          part="devices-toggle"
          class="button secondary"
          aria-expanded=${actions.devicesOpen ? 'true' : 'false'}
          aria-controls="devices"
          @click=${actions.toggleDevices}
        >
          ${host.t('loginDevices')}
        </button>
      </div>
      <div id="devices">${actions.devices}</div>
    </section>
  `;
}

/** The name of the city account: the page client's `sso.name`, else "Kota". */
const accountName = (host: SsoHost) =>
  (host.api && coreOf(host.api)?.options.sso?.name) || host.t('loginSsoName');

/** Leaves for the city's sign-in page; comes back only when it cannot be reached. */
async function signIn(host: SsoHost): Promise<void> {
  const auth = host.api?.auth as { signInWithSso?(options: { locale: Locale }): Promise<never> } | undefined;
  if (host.busy || !auth || !host.emit('padu-login-request', { method: 'sso' }, { cancelable: true })) return;
  host.busy = true;
  host.problem = null;
  try {
    if (!auth.signInWithSso) throw new Error('This @padu/sdk has no single sign-on.');
    await auth.signInWithSso({ locale: host.locale });
  } catch (error) {
    // Discovery unreachable (or no single sign-on in this SDK): one message, with "Coba lagi".
    host.problem = { ...host.failure(error), key: 'loginSsoFailed', params: { name: accountName(host) }, retry: true };
    await host.focusAfterRender('#problem');
  } finally {
    host.busy = false;
  }
}

/** Signed out, with single sign-on: one button to the city's sign-in page, and no password on this site. */
export function renderSso(host: SsoHost): TemplateResult {
  const name = accountName(host);
  const go = () => signIn(host);
  return html`
    <div part="sso" class="sso">
      ${host.problem ? host.problemBox(host.problem, go) : nothing}
      <p>${host.t('loginSsoHint', { name })}</p>
      <div class="actions">
        <button part="submit" class="button" type="button" aria-disabled=${host.busy ? 'true' : nothing} @click=${go}>
          ${host.busy ? host.t('loginSsoLeaving') : host.t('loginSsoSubmit', { name })}
        </button>
      </div>
      <slot name="help"></slot>
      <slot name="register"></slot>
    </div>
  `;
}

/** How the signed-in panel and the active devices look; adopted by the login panel's shadow root with this chunk. */
export const accountStyles = css`
  @layer padu {
    .account:focus {
      outline: none;
    }
    .name {
      font-size: var(--_size-l);
      font-weight: 700;
    }
    .devices {
      margin: var(--_space-m) 0 0;
      padding: 0;
      list-style: none;
    }
    .device {
      padding: var(--_space-m) 0;
      border-top: 1px solid var(--_border);
    }
    .device > p {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space-s);
    }
  }
`;
