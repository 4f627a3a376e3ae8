import { expect, fixture, html } from '@open-wc/testing';
import './provider.ts';
import '../login/login.ts';
import type { PaduLogin } from '../login/login.ts';
import type { PaduProvider } from './provider.ts';
import '../status-tracker/status-tracker.ts';
import { loggedIn, textOf, until } from '../../test/browser/support.ts';

describe('<padu-provider>', () => {
  it('gives the elements inside it its client', async () => {
    const client = await loggedIn();
    const provider = await fixture<PaduProvider>(html`<padu-provider .client=${client}><padu-login></padu-login></padu-provider>`);
    const login = provider.querySelector<PaduLogin>('padu-login')!;
    await until(() => login.shadowRoot!.querySelector('.account'), "the provider's logged-in client");
    expect(getComputedStyle(provider).display).to.equal('contents');
    await expect(provider).to.be.accessible();
  });

  it('uses the nearest <padu-provider>, even when it upgrades after its children', async () => {
    const client = await loggedIn();
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.innerHTML = '<padu-provider-late><padu-login></padu-login></padu-provider-late>';
    const login = wrapper.querySelector<PaduLogin>('padu-login')!;
    await login.updateComplete;
    expect(login.shadowRoot!.querySelector('.account'), 'the page default is logged out').to.equal(null);
    // A provider defined later (e.g. its script loads last) still reaches the elements inside it.
    const { PaduProvider } = await import('./provider.ts');
    customElements.define('padu-provider-late', class extends PaduProvider {});
    (wrapper.firstElementChild as InstanceType<typeof PaduProvider>).client = client;
    await until(() => login.shadowRoot!.querySelector('.account'), "the provider's logged-in client");
  });

  it('prefers its own client property', async () => {
    const client = await loggedIn();
    const login = await fixture<PaduLogin>(html`<padu-provider base-url="/api/v1"><padu-login .client=${client}></padu-login></padu-provider>`).then(
      (provider) => provider.querySelector<PaduLogin>('padu-login')!,
    );
    await until(() => login.shadowRoot!.querySelector('.account'), 'its own logged-in client');
  });

  it('makes the shared client of its base-url', async () => {
    const provider = await fixture<PaduProvider>(html`<padu-provider base-url="http://127.0.0.1:9/api/v1">
      <padu-status-tracker code="DKC-7KQ4-M2XP"></padu-status-tracker>
    </padu-provider>`);
    const tracker = provider.querySelector('padu-status-tracker')!;
    await until(() => textOf(tracker).includes('Tidak dapat terhubung'), 'the unreachable gateway of base-url', 15000);
  });
});
