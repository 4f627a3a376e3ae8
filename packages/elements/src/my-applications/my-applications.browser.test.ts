import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import './my-applications.ts';
import '../login/login.ts';
import type { PaduMyApplications } from './my-applications.ts';
import type { PaduLogin } from '../login/login.ts';
import type { PaduClient } from '../base/client.ts';
import type { PaduField } from '../base/field.ts';
import {
  BUDI,
  PASSWORD,
  SEEDED,
  SITI,
  deepActiveElement,
  expectNoHorizontalScroll,
  fetchWith,
  find,
  loggedIn,
  newClient,
  offlineFetch,
  press,
  tabTo,
  textOf,
  until,
} from '../../test/browser/support.ts';

async function applications(client: PaduClient): Promise<PaduMyApplications> {
  const element = await fixture<PaduMyApplications>(html`<padu-my-applications .client=${client}></padu-my-applications>`);
  await until(() => element.shadowRoot!.querySelector('[part=list], [part=problem]'), 'list loaded');
  return element;
}

const items = (element: PaduMyApplications) => [...element.shadowRoot!.querySelectorAll('[part=application]')];

describe('<padu-my-applications>', () => {
  it('asks a visitor to log in, with a slot for the login', async () => {
    const element = await fixture<PaduMyApplications>(html`<padu-my-applications .client=${newClient()}>
      <a slot="logged-out" href="/masuk">Masuk</a>
    </padu-my-applications>`);
    await until(() => !textOf(element).includes('Memuat'), 'the signed-out state');
    expect(textOf(element)).to.equal('Masuk untuk melihat permohonan Anda. Masuk');
    await expect(element).to.be.accessible();
  });

  it('lists the applications of every OPD, those needing action first', async () => {
    const element = await applications(await loggedIn());
    const list = items(element);
    expect(list.length).to.be.at.least(5);
    const first = textOf(list[0]!);
    expect(first).to.include('Perlu Perbaikan').and.include('Perlu tindakan Anda').and.include(SEEDED.needsRevision);
    expect(first).to.include('Surat Keterangan Domisili').and.include('Kelurahan Bandar Lor').and.include('Menunggu perbaikan');
    const all = textOf(element);
    for (const code of Object.values(SEEDED)) expect(all).to.include(code);
    expect(all).to.include('Dinas Kependudukan dan Pencatatan Sipil').and.include('Dinas Sosial');
    // Finished applications come last.
    expect(textOf(list.at(-1)!)).to.match(/Selesai|Ditolak|Dibatalkan/);
    expect(textOf(find(element, '[part=count]'))).to.match(/^\d+ permohonan$/);
    await expect(element).to.be.accessible();
    await expectNoHorizontalScroll(element);
  });

  it('opens an application in a tracker by keyboard, and goes back', async () => {
    const element = await applications(await loggedIn());
    const selected = oneEvent(element, 'padu-application-select');
    const button = await tabTo((active) => active?.getAttribute('part') === 'open');
    const { detail } = await (async () => {
      await press('Enter');
      return selected;
    })();
    expect(detail.trackingCode).to.equal(SEEDED.needsRevision);
    const tracker = await until(() => element.shadowRoot!.querySelector('padu-status-tracker'), 'tracker').then(() =>
      find(element, 'padu-status-tracker'),
    );
    expect(tracker.getAttribute('application-id')).to.equal(detail.applicationId);
    await until(() => textOf(tracker).includes('Foto surat pengantar RT/RW buram'), "the officer's note");
    expect(deepActiveElement()?.getAttribute('part')).to.equal('back');
    await expect(element).to.be.accessible();
    await press('Enter');
    await until(() => items(element).length > 0, 'the list again');
    expect(deepActiveElement()?.getAttribute('data-id')).to.equal(button.getAttribute('data-id'));
  });

  it('lets the host open the application itself by cancelling padu-application-select', async () => {
    const element = await applications(await loggedIn());
    element.addEventListener('padu-application-select', (event) => event.preventDefault(), { once: true });
    find(element, '[part=open]').click();
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('padu-status-tracker')).to.equal(null);
  });

  it('says so when the citizen has no applications', async () => {
    const element = await fixture<PaduMyApplications>(html`<padu-my-applications .client=${await loggedIn(BUDI.email)}>
      <a slot="empty" href="/layanan">Lihat layanan</a>
    </padu-my-applications>`);
    await until(() => element.shadowRoot!.querySelector('[part=problem]'), 'empty state');
    expect(textOf(element)).to.equal('Anda belum memiliki permohonan. Lihat layanan');
    await expect(element).to.be.accessible();
  });

  it('offers to try again when the network is down', async () => {
    const client = await loggedIn();
    let online = false;
    const flaky = newClient({ fetch: (input, init) => (online ? fetch(input, init) : offlineFetch(input, init)), retry: { limit: 0 } });
    flaky.session.set(client.session.current);
    const element = await applications(flaky);
    expect(textOf(find(element, '[part=problem]'))).to.include('Tidak dapat terhubung ke server');
    await expect(element).to.be.accessible();
    online = true;
    find(element, '[part=problem] button').click();
    await until(() => items(element).length > 0, 'applications after retry');
  });

  it('renders hostile service names as inert text', async () => {
    const client = await loggedIn();
    const page = await client.applications.list().firstPage();
    const hostile = '<img src=x onerror="window.pwned=1"><script>window.pwned=1</script>';
    const poisoned = { ...page, data: page.data.map((application) => ({ ...application, serviceName: { id: hostile } })) };
    const evil = newClient({ fetch: fetchWith(/\/applications(\?|$)/, poisoned) });
    evil.session.set(client.session.current);
    const element = await applications(evil);
    expect(element.shadowRoot!.querySelectorAll('img, script')).to.have.length(0);
    expect(textOf(items(element)[0]!)).to.include('<img src=x onerror="window.pwned=1">');
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
  });

  it('switches language with lang', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><padu-my-applications .client=${await loggedIn()}></padu-my-applications></div>`,
    );
    const element = wrapper.firstElementChild as PaduMyApplications;
    // English is a chunk of its own, loaded on demand: the list may show before it arrives.
    await until(() => textOf(element).includes('Action needed'), 'the list, in English');
    expect(textOf(element)).to.include('Action needed').and.include('Your action is needed').and.include('See status');
    await expect(element).to.be.accessible();
    wrapper.lang = 'id';
    await until(() => textOf(element).includes('Lihat status'), 'Indonesian');
  });
});

describe('one session for every element on the page', () => {
  it('fills the list when <padu-login> logs in and empties it on logout, with bare tags and no JavaScript', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <padu-login></padu-login>
      <padu-my-applications></padu-my-applications>
    </div>`);
    const login = page.querySelector<PaduLogin>('padu-login')!;
    const list = page.querySelector<PaduMyApplications>('padu-my-applications')!;
    await list.updateComplete;
    expect(textOf(list)).to.include('Masuk untuk melihat permohonan Anda.');

    find<PaduField>(login, '#identifier').value = SITI.nik;
    find<PaduField>(login, '#password').value = PASSWORD;
    await login.updateComplete;
    find(login, 'button[type=submit]').click();
    await until(() => items(list).length >= 5, 'the list fills at once');

    find(login, '[part=logout]').click();
    await until(() => textOf(list).includes('Masuk untuk melihat permohonan Anda.'), 'the list empties');
    expect(items(list)).to.have.length(0);
    expect(textOf(list)).not.to.include(SEEDED.needsRevision);
  });
});
