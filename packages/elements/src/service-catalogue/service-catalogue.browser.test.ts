import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import './service-catalogue.ts';
import type { PaduServiceCatalogue } from './service-catalogue.ts';
import type { PaduClient } from '../base/client.ts';
import {
  deepActiveElement,
  expectNoHorizontalScroll,
  fetchWith,
  find,
  newClient,
  offlineFetch,
  press,
  tabTo,
  textOf,
  type,
  until,
} from '../../test/browser/support.ts';

async function catalogue(
  client: PaduClient = newClient(),
  attributes: { pageSize?: number; linkTemplate?: string } = {},
): Promise<PaduServiceCatalogue> {
  const element = await fixture<PaduServiceCatalogue>(html`<padu-service-catalogue
    .client=${client}
    page-size=${attributes.pageSize ?? 10}
    link-template=${attributes.linkTemplate ?? ''}
  ></padu-service-catalogue>`);
  await until(() => element.shadowRoot!.querySelector('[part=list], [part=problem], .notice'), 'catalogue loaded');
  return element;
}

const names = (element: PaduServiceCatalogue) =>
  [...element.shadowRoot!.querySelectorAll('[part=service-name]')].map((name) => name.textContent!.trim());

/** A client that counts the service searches it sends. */
function countingClient(): { client: PaduClient; searches: () => string[] } {
  const sent: string[] = [];
  const client = newClient({
    fetch: (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input), location.href);
      if (url.pathname.endsWith('/services')) sent.push(url.search);
      return fetch(input, init);
    },
  });
  return { client, searches: () => sent };
}

describe('<padu-service-catalogue>', () => {
  it("shows every OPD's services with their Standar Pelayanan summary", async () => {
    const element = await catalogue();
    expect(names(element)).to.include.members(['Akta Kelahiran', 'Surat Keterangan Domisili']);
    const akta = [...element.shadowRoot!.querySelectorAll('[part=service]')].find((item) => textOf(item).startsWith('Akta Kelahiran'))!;
    const text = textOf(akta);
    expect(text).to.include('Disdukcapil · Kependudukan');
    expect(text).to.include('Persyaratan').and.include('KTP-el kedua orang tua');
    expect(text).to.include('Jangka waktu 3 (tiga) hari kerja sejak berkas lengkap');
    expect(text).to.include('Biaya Gratis');
    expect(text).to.include('Produk Kutipan Akta Kelahiran (elektronik)');
    expect(text).to.include('Pengaduan SURGA · SMS 1708');
    expect(text).to.include('Hanya untuk akun terverifikasi');
    expect(akta.querySelector<HTMLAnchorElement>('a[href^="https://surga"]')?.href).to.equal('https://surga.kedirikota.go.id/');
    await expect(element).to.be.accessible();
    await expectNoHorizontalScroll(element);
  });

  it('shows a fee in rupiah with its legal basis', async () => {
    const element = await catalogue();
    element.query = 'PBG';
    await until(() => names(element).length === 1, 'PBG alone');
    expect(textOf(find(element, '[part=standard]'))).to.include('Biaya Rp 150.000').and.include(
      'Dasar hukum: Retribusi PBG menurut Peraturan Daerah Kota Kediri',
    );
  });

  it('searches as the citizen types, once typing pauses', async () => {
    const { client, searches } = countingClient();
    const element = await catalogue(client);
    const before = searches().length;
    await tabTo((active) => active?.getAttribute('type') === 'search');
    await type('akta');
    await until(() => names(element).every((name) => name.startsWith('Akta')) && names(element).length === 2, 'akta only');
    expect(searches().slice(before), 'one search for four keystrokes').to.deep.equal(['?q=akta&limit=10']);
    expect(textOf(find(element, '[part=count]'))).to.equal('2 layanan ditampilkan.');
    await expect(element).to.be.accessible();
  });

  it('filters by OPD and category with the keyboard', async () => {
    const element = await catalogue();
    await until(() => element.shadowRoot!.querySelectorAll('#agency option').length > 1, 'agencies');
    await tabTo((active) => active?.id === 'agency');
    // Native selects open on Enter in Chromium's headless mode only with a popup; arrow keys change the value.
    const agency = find<HTMLSelectElement>(element, '#agency');
    while (agency.value !== 'dinsos') await press('ArrowDown');
    await until(() => names(element).length === 1, 'Dinas Sosial only');
    expect(names(element)).to.deep.equal(['Surat Keterangan Tidak Mampu (SKTM)']);
    agency.value = '';
    agency.dispatchEvent(new Event('change'));
    const category = find<HTMLSelectElement>(element, '#category');
    category.value = 'kependudukan';
    category.dispatchEvent(new Event('change'));
    await until(() => names(element).length === 4, 'civil registration');
    expect(names(element)).to.include('Akta Kelahiran').and.not.include('Surat Keterangan Tidak Mampu (SKTM)');
  });

  it('pages on with "Muat lebih banyak" and moves focus to the first new service', async () => {
    const element = await catalogue(newClient(), { pageSize: 3 });
    expect(names(element)).to.have.length(3);
    expect(textOf(find(element, '[part=count]'))).to.equal('3 layanan ditampilkan. Masih ada layanan lain.');
    await tabTo((active) => active?.getAttribute('part') === 'more');
    await press('Enter');
    await until(() => names(element).length === 6, 'six services');
    expect(deepActiveElement()).to.equal(element.shadowRoot!.querySelectorAll('[part=service]')[3]);
    await tabTo((active) => active?.getAttribute('part') === 'more');
    await press('Enter');
    await until(() => names(element).length === 8 && !element.shadowRoot!.querySelector('[part=more]'), 'all eight');
    expect(new Set(names(element)).size).to.equal(8);
    await expect(element).to.be.accessible();
  });

  it('says so when nothing matches', async () => {
    const element = await catalogue();
    element.query = 'tidak-ada-layanan-ini';
    await until(() => textOf(element).includes('Tidak ada layanan yang cocok'), 'empty state');
    await expect(element).to.be.accessible();
  });

  it('emits padu-service-select from its button', async () => {
    const element = await catalogue();
    const button = find(element, 'button[part=select]');
    expect(textOf(button)).to.match(/^Ajukan permohonan: .+/);
    const selected = oneEvent(element, 'padu-service-select');
    button.click();
    expect((await selected).detail.serviceId).to.match(/^[a-z-]+$/);
  });

  it('renders real links from link-template, which the host may cancel', async () => {
    const element = await catalogue(newClient(), { linkTemplate: '/layanan.html?service={id}' });
    const link = [...element.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part=select]')].find((a) =>
      a.href.endsWith('akta-kelahiran'),
    )!;
    expect(link.href).to.equal(`${location.origin}/layanan.html?service=akta-kelahiran`);
    element.addEventListener('padu-service-select', (event) => event.preventDefault(), { once: true });
    const selected = oneEvent(element, 'padu-service-select');
    link.click();
    expect((await selected).detail.serviceId).to.equal('akta-kelahiran');
    expect(location.pathname).not.to.equal('/layanan.html');
    await expect(element).to.be.accessible();
  });

  it('renders hostile names inert and never links javascript: URLs', async () => {
    const hostile = '<img src=x onerror="window.pwned=1"><script>window.pwned=1</script>';
    const service = {
      id: 'jebakan',
      agencyId: 'disdukcapil',
      category: 'lainnya',
      name: { id: hostile },
      summary: { id: '<a href="javascript:window.pwned=1">klik</a>' },
      version: 1,
      requiresVerifiedAccount: false,
      standard: {
        requirements: [{ id: '<svg onload="window.pwned=1"></svg>' }],
        procedure: [{ id: 'Isi formulir.' }],
        timeFrame: { value: 1, unit: 'days' },
        fee: { amount: 0 },
        product: { id: 'Surat' },
        complaints: [{ name: 'Jebakan', url: 'javascript:window.pwned=1' }],
      },
    };
    const element = await catalogue(newClient({ fetch: fetchWith(/\/services\?/, { data: [service], nextCursor: null }) }), {
      linkTemplate: 'javascript:window.pwned=1//{id}',
    });
    const root = element.shadowRoot!;
    expect(root.querySelectorAll('img, script, svg')).to.have.length(0);
    expect([...root.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([]);
    expect(textOf(element)).to.include('<script>window.pwned=1</script>');
    find(element, '[part=select]').click();
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
  });

  it('offers to try again when the network is down', async () => {
    let online = false;
    const client = newClient({ fetch: (input, init) => (online ? fetch(input, init) : offlineFetch(input, init)), retry: { limit: 0 } });
    const element = await catalogue(client);
    expect(textOf(find(element, '[part=problem]'))).to.include('Tidak dapat terhubung ke server');
    await expect(element).to.be.accessible();
    online = true;
    find(element, '[part=problem] button').click();
    await until(() => names(element).length > 0, 'services after retry');
  });

  it('switches language with lang', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><padu-service-catalogue .client=${newClient()}></padu-service-catalogue></div>`);
    const element = wrapper.firstElementChild as PaduServiceCatalogue;
    await until(() => names(element).includes('Birth certificate'), 'English names');
    expect(textOf(element)).to.include('Search services').and.include('Requirements').and.include('3 working days once the file is complete');
    await expect(element).to.be.accessible();
    wrapper.lang = 'id';
    await until(() => names(element).includes('Akta Kelahiran'), 'Indonesian names');
  });
});
