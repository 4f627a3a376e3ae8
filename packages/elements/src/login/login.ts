import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { RateLimitedError, UnauthorizedError, ValidationError } from '@padu/sdk';
import type { User } from '@padu/sdk';
import { define } from '../base/define.ts';
import { lazyModule } from '../base/lazy.ts';
import type { SsoHost } from '../account/account.ts';
import type { ActiveDevices, DevicesHost } from '../account/devices.ts';
import '../i18n/id-login.ts';
import type { PaduField } from '../base/field.ts';
import { PaduSection } from '../base/section.ts';
import type { Message } from '../base/padu-element.ts';
import { fieldStyles } from '../styles/field.ts';
import '../nik-input/nik-input.ts';
import '../text-input/text-input.ts';
import { loginStyles } from './login.styles.ts';

/**
 * Single sign-on and the active devices (with their strings and styles): a chunk of their own in bundles, imported
 * when a page signs in through the city or the citizen opens the devices.
 */
const account = lazyModule(() => import('../account/account.ts'));

/** How the citizen identifies themself. */
export type LoginMethod = 'nik' | 'email';

/** A problem shown above the form; `retry` offers to send the same login again (network failures). */
interface LoginProblem extends Message {
  retry?: boolean;
}

/**
 * @tagname padu-login
 * @summary Logs a citizen (or officer) in with NIK or email and password, or with the city account (single
 * sign-on), then shows who is logged in (name, masked NIK, and whether the account is verified) with the active
 * devices and a logout button. Every Padu element on the same client follows the session at once.
 *
 * On load it restores the page's session (the city's session cookie, or a single sign-on response) and shows a
 * neutral busy state until then, as tall as the form, so a signed-in citizen never sees the login form flash.
 *
 * The NIK is checked with the contract's rules as it is typed; messages appear on submit. Wrong credentials
 * get one message that does not say which part was wrong; too many attempts lock the button with a countdown
 * from `Retry-After`; a network failure offers to try again. The problem box is an alert and takes focus.
 *
 * **Single sign-on.** When the client's session is `sso` (the client was made with `sso: { clientId, name }`, on
 * a site outside the city's domain), the signed-out view is one button, "Masuk dengan Akun {name}" (`sso.name`,
 * default "Kota"), that takes the citizen to the city's own sign-in page: the password is typed there only, never
 * on this site. If that page cannot be reached, the problem box offers to try again.
 *
 * **Names and NIKs.** The signed-in panel shows the citizen's own name in full: it is her own screen. The NIK stays
 * masked, as the gateway sends it. Masking protects what other people can see (lists, officers' screens, public
 * tracking, a shoulder in a queue), not the citizen from herself.
 *
 * **Perangkat aktif.** The signed-in panel lists, on request, every session of the account (device, the site it
 * started on, its last use, "Perangkat ini" for this one) with a button to end each; ending this one logs out here.
 * Logging out works in every session mode: the SDK ends the session at the gateway (and, with single sign-on, at
 * the city's sign-in page).
 *
 * @slot help - Help under the form, e.g. "Lupa kata sandi?".
 * @slot register - A link to registration, e.g. `<a slot="register" href="/daftar">Buat akun</a>`.
 *
 * @csspart form - The login form.
 * @csspart method - The NIK/email choice.
 * @csspart problem - The alert box for wrong credentials, lock-out and network failures.
 * @csspart submit - The login button.
 * @csspart account - The logged-in panel.
 * @csspart heading - The logged-in panel's heading.
 * @csspart name - The logged-in user's name.
 * @csspart logout - The logout button.
 * @csspart restoring - The busy state while the page's session is restored.
 * @csspart sso - The single sign-on view (signed out).
 * @csspart devices-toggle - The "Perangkat aktif" button that shows and hides the active devices.
 * @csspart devices - The list of active devices.
 * @csspart device - One active device.
 * @csspart this-device - The "Perangkat ini" chip of this device.
 * @csspart end - A device's "Akhiri" button.
 *
 * @fires padu-login-request - Before logging in; cancelable. `detail.method` is `nik`, `email` or `sso`.
 * @fires padu-login - Logged in; `detail.user` is the user (NIK masked).
 * @fires padu-logout-request - Before logging out; cancelable.
 * @fires padu-logout - Logged out.
 */
export class PaduLogin extends PaduSection {
  static override styles = [PaduSection.styles, fieldStyles, loginStyles];

  static override properties: PropertyDeclarations = {
    method: { reflect: true },
    busy: { state: true, attribute: false },
    problem: { state: true, attribute: false },
    remaining: { state: true, attribute: false },
    status: { state: true, attribute: false },
    devicesOpen: { state: true, attribute: false },
  };

  /** Log in with `nik` (default) or `email`; the citizen can switch. */
  declare method: LoginMethod;
  protected declare busy: boolean;
  protected declare problem: LoginProblem | null;
  /** Seconds left before another attempt is allowed (after a 429). */
  protected declare remaining: number;
  /** What the polite status region says. */
  protected declare status: Message | null;
  /** Whether the active devices are shown. */
  protected declare devicesOpen: boolean;

  #devices: ActiveDevices | undefined;
  #lockedUntil = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.method = 'nik';
    this.busy = false;
    this.problem = null;
    this.remaining = 0;
    this.status = null;
    this.devicesOpen = false;
  }

  protected override get restoresSession(): boolean {
    return true;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
  }

  #field(id: 'identifier' | 'password'): PaduField | null {
    return this.renderRoot.querySelector<PaduField>(`#${id}`);
  }

  async #submit(event?: Event): Promise<void> {
    event?.preventDefault();
    // One attempt at a time, and none while locked out.
    if (this.busy || this.remaining > 0 || !this.api) return;
    const form = this.renderRoot.querySelector('form');
    const identifier = this.#field('identifier');
    const password = this.#field('password');
    if (!form || !identifier || !password) return;
    this.status = null;
    if (!form.checkValidity()) {
      // Each invalid field now shows its message; start with the first.
      this.problem = null;
      [identifier, password].find((field) => !field.validity.valid)?.focus();
      return;
    }
    if (!this.emit('padu-login-request', { method: this.method }, { cancelable: true })) return;
    this.busy = true;
    this.problem = null;
    // The signed-in panel downloads while the gateway checks the password.
    const panel = account.load().catch(() => {});
    try {
      const session = await this.api.auth.login({ identifier: identifier.value.trim(), password: password.value });
      this.emit('padu-login', { user: session.user });
      await panel;
      await this.focusAfterRender('.account');
    } catch (error) {
      if (error instanceof UnauthorizedError || error instanceof ValidationError) this.problem = { key: 'loginInvalid' };
      // The only 403 of a login: the right password of an account its OPD admin disabled. (By status, not
      // ForbiddenError: one import less on every page with a login.)
      else if ((error as { status?: number }).status === 403) this.problem = { key: 'loginDisabled' };
      else if (error instanceof RateLimitedError) this.#lock(error.retryAfter ?? 60);
      else this.problem = { ...this.failure(error), retry: true };
      await this.focusAfterRender('#problem');
    } finally {
      this.busy = false;
    }
  }

  #lock(seconds: number): void {
    this.#lockedUntil = Date.now() + seconds * 1000;
    this.problem = { key: 'loginLocked', params: { seconds } };
    this.#tick();
  }

  #tick(): void {
    clearTimeout(this.#timer);
    this.remaining = Math.max(0, Math.ceil((this.#lockedUntil - Date.now()) / 1000));
    if (this.remaining > 0) {
      this.#timer = setTimeout(() => this.#tick(), 1000);
    } else if (this.problem?.key === 'loginLocked') {
      this.problem = null;
      this.status = { key: 'loginUnlocked' };
    }
  }

  async #logout(): Promise<void> {
    if (!this.emit('padu-logout-request', {}, { cancelable: true })) return;
    try {
      await this.api?.auth.logout();
    } catch {
      // The SDK ends the local session even when the gateway cannot be reached.
    }
    await this.loggedOut();
  }

  /**
   * Logged out here (by the button, or by ending this device's session in the list).
   * @internal
   */
  protected async loggedOut(): Promise<void> {
    this.devicesOpen = false;
    this.#devices = undefined;
    this.status = { key: 'loginLoggedOut' };
    this.emit('padu-logout', {});
    await this.focusAfterRender('input[name="method"]:checked, [part=submit]');
  }

  /** Shows or hides the active devices; each time they open, the list is read afresh. */
  async #toggleDevices(): Promise<void> {
    this.#devices = undefined;
    this.problem = null;
    this.devicesOpen = !this.devicesOpen;
    if (!this.devicesOpen) return;
    try {
      const { ActiveDevices: Devices } = await account.load();
      // The list works through this panel's own helpers (see `DevicesHost`).
      const devices = (this.#devices = new Devices(this as unknown as DevicesHost));
      await devices.load();
    } catch (error) {
      this.problem = this.failure(error); // the devices' part could not load
    }
  }

  get #sso(): boolean {
    return this.api?.session.mode === 'sso';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The signed-in panel, and single sign-on's view while the session is restored, come on demand; a failed import
    // offers to try again.
    if ((this.user || this.#sso) && !account.loaded && !this.problem) {
      account.load().then(
        () => this.requestUpdate(),
        (error: unknown) => (this.problem = { ...this.failure(error), retry: true }),
      );
    }
    this.adoptStyles(account.loaded?.accountStyles);
  }

  #chooseMethod(event: Event): void {
    this.method = (event.target as HTMLInputElement).value as LoginMethod;
  }

  override render(): TemplateResult {
    return html`
      ${this.restoring
        ? this.restoringState()
        : this.user
          ? this.#renderAccount(this.user)
          : this.#sso
            ? this.#renderSso()
            : this.#renderForm()}
      <div class="visually-hidden" role="status">${this.status ? this.say(this.status) : ''}</div>
    `;
  }

  #renderForm(): TemplateResult {
    const locked = this.remaining > 0;
    const problem = this.problem;
    const choice = (method: LoginMethod, label: string) => html`
      <label class="choice">
        <input type="radio" name="method" value=${method} .checked=${this.method === method} @change=${this.#chooseMethod} />
        ${label}
      </label>
    `;
    return html`
      <form part="form" novalidate @submit=${this.#submit}>
        ${problem ? this.problemBox(problem, problem.retry ? () => this.#submit() : null) : nothing}
        <fieldset part="method" class="method">
          <legend class="label">${this.t('loginMethod')}</legend>
          ${choice('nik', this.t('loginNik'))} ${choice('email', this.t('loginEmail'))}
        </fieldset>
        ${this.method === 'nik'
          ? html`<padu-nik-input
              id="identifier"
              label=${this.t('loginNik')}
              hint=${this.t('loginNikHint')}
              autocomplete="username"
              required
              .strings=${this.strings}
            ></padu-nik-input>`
          : html`<padu-text-input
              id="identifier"
              type="email"
              label=${this.t('loginEmail')}
              autocomplete="username"
              required
              .strings=${this.strings}
            ></padu-text-input>`}
        <padu-text-input
          id="password"
          type="password"
          label=${this.t('loginPassword')}
          autocomplete="current-password"
          required
          .strings=${this.strings}
        ></padu-text-input>
        <div class="actions">
          <button part="submit" class="button" type="submit" aria-disabled=${this.busy || locked ? 'true' : nothing}>
            ${locked
              ? this.t('loginWait', { seconds: this.remaining })
              : this.busy
                ? this.t('loginSubmitting')
                : this.t('loginSubmit')}
          </button>
        </div>
        <slot name="help"></slot>
        <slot name="register"></slot>
      </form>
    `;
  }

  #renderSso(): TemplateResult {
    return account.loaded ? account.loaded.renderSso(this as unknown as SsoHost) : this.#accountPending();
  }

  /** While the account's chunk comes: the busy state, or its failure with "Coba lagi". */
  #accountPending(): TemplateResult {
    return this.problem ? this.problemBox(this.problem, () => (this.problem = null)) : this.restoringState();
  }

  #renderDevices(): TemplateResult | typeof nothing {
    if (!this.devicesOpen) return nothing;
    if (!this.#devices && this.problem) return this.problemBox(this.problem, () => ((this.devicesOpen = false), this.#toggleDevices()));
    return this.#devices ? this.#devices.render() : html`<p class="muted" role="status">${this.t('loading')}</p>`;
  }

  #renderAccount(user: User): TemplateResult {
    if (!account.loaded) return this.#accountPending();
    return account.loaded.renderAccount(this as unknown as SsoHost & { heading(content: unknown): TemplateResult }, user, {
      devicesOpen: this.devicesOpen,
      devices: this.#renderDevices(),
      logout: () => this.#logout(),
      toggleDevices: () => this.#toggleDevices(),
    });
  }
}

define('padu-login', PaduLogin);

declare global {
  interface HTMLElementTagNameMap {
    'padu-login': PaduLogin;
  }
}
