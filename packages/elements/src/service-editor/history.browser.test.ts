import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { Padu, ServiceDraftContent } from '@padu/sdk';
import './service-editor.ts';
import type { PaduServiceEditor } from './service-editor.ts';
import { deepActiveElement, find, loggedIn, press, textOf, until } from '../../test/browser/support.ts';

/** The demo OPD admin of Dinas Sosial, and the city's admin. */
const DINSOS_ADMIN = 'admin.dinsos@demo.padu.id';
const CITY_ADMIN = 'admin@demo.padu.id';

/**
 * A new service of Dinas Sosial published twice through the API (SKTM's content, then with another summary), each
 * with a change note. Each test gets its own: the gateway lives for the run.
 */
async function publishedTwice(client: Padu): Promise<string> {
  const id = `uji-riwayat-${Math.random().toString(36).slice(2, 8)}`;
  const sktm = await client.services.get('sktm');
  const created = await client.authoring.create({ id, category: 'sosial', name: { id: 'Surat Uji Riwayat' } });
  const { category, summary, requiresVerifiedAccount, standard, dataProtection, form } = sktm;
  const content = { category, name: { id: 'Surat Uji Riwayat', en: 'History test letter' }, summary, requiresVerifiedAccount, standard, dataProtection, form } as ServiceDraftContent;
  const first = await client.authoring.saveDraft(id, content, { etag: created.etag });
  await client.authoring.publish(id, { changeNote: 'Terbit pertama untuk uji riwayat.' }, { etag: first.etag });
  const reopened = await client.authoring.openDraft(id, { fromVersion: 1 });
  const second = await client.authoring.saveDraft(id, { ...content, summary: { id: 'Ringkasan versi kedua.' } }, { etag: reopened.etag });
  await client.authoring.publish(id, { changeNote: 'Ringkasan diperjelas.' }, { etag: second.etag });
  return id;
}

async function mountEditor(client: Padu, serviceId: string): Promise<PaduServiceEditor> {
  const editor = await fixture<PaduServiceEditor>(html`<padu-service-editor service-id=${serviceId} .client=${client}></padu-service-editor>`);
  await until(() => editor.shadowRoot!.querySelector('.versions, [part=problem]'), 'the versions loaded');
  return editor;
}

const button = (editor: PaduServiceEditor, text: string) => {
  const found = [...editor.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((candidate) => candidate.textContent?.trim() === text);
  if (!found) throw new Error(`No button "${text}"`);
  return found;
};

function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

function typeInto(input: HTMLTextAreaElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

describe('<padu-service-editor>: versions and retirement', () => {
  it('lists the published versions newest first, with when, who and the change note; a seeded service was published by Padu', async () => {
    const client = await loggedIn(DINSOS_ADMIN);
    const editor = await mountEditor(client, await publishedTwice(client));
    const items = [...editor.shadowRoot!.querySelectorAll('.versions > li')].map((item) => textOf(item));
    expect(items).to.have.length(2);
    expect(items[0]).to.match(/^Versi 2 versi berlaku Terbit .+ oleh Admin .+ \(Admin OPD\) Ringkasan diperjelas\.$/);
    expect(items[1]).to.match(/^Versi 1 Terbit .+ oleh Admin .+ \(Admin OPD\) Terbit pertama untuk uji riwayat\.$/);
    expect(textOf(find(editor, '#service-state'))).to.equal('Terbit: versi 2 berlaku untuk permohonan baru.');
    await expect(editor).to.be.accessible();

    const seeded = await mountEditor(client, 'sktm');
    const versions = [...seeded.shadowRoot!.querySelectorAll('.versions > li')].map((item) => textOf(item));
    expect(versions.at(-1)).to.match(/^Versi 1 .*Terbit .+ oleh Padu \(data awal\)/);
  });

  it('compares two versions with the gateway’s diff, and asks for two different ones', async () => {
    const client = await loggedIn(DINSOS_ADMIN);
    const editor = await mountEditor(client, await publishedTwice(client));
    // Preset to what the current version changed.
    expect(find<HTMLSelectElement>(editor, '#compare-from').value).to.equal('1');
    expect(find<HTMLSelectElement>(editor, '#compare-to').value).to.equal('2');
    button(editor, 'Bandingkan').click();
    await until(() => editor.shadowRoot!.querySelector('#version-diff'), 'the comparison');
    const diff = textOf(find(editor, '#version-diff'));
    expect(diff).to.include('Perubahan dari versi 1 ke versi 2');
    expect(diff).to.include('/summary/id diubah');
    expect(deepActiveElement()?.id).to.equal('version-diff');
    // The draft's own comparison is another section: both can be open.
    expect(editor.shadowRoot!.querySelector('#diff')).to.equal(null);

    choose(find<HTMLSelectElement>(editor, '#compare-from'), '2');
    button(editor, 'Bandingkan').click();
    await until(() => editor.shadowRoot!.querySelector('#compare-error'), 'the problem');
    expect(textOf(find(editor, '#compare-error'))).to.include('Pilih dua versi yang berbeda.');
    expect(find(editor, '#compare-from').getAttribute('aria-invalid')).to.equal('true');
    expect(deepActiveElement()?.id).to.equal('compare-from');
    expect(editor.shadowRoot!.querySelector('#version-diff')).to.equal(null);

    // The other way round is a comparison too.
    choose(find<HTMLSelectElement>(editor, '#compare-to'), '1');
    button(editor, 'Bandingkan').click();
    await until(() => textOf(editor).includes('Perubahan dari versi 2 ke versi 1'), 'the reverse comparison');
    await expect(editor).to.be.accessible();
  });

  it('retires the service only after a confirmation that says what stops and what goes on, with a reason', async () => {
    const client = await loggedIn(DINSOS_ADMIN);
    const serviceId = await publishedTwice(client);
    const editor = await mountEditor(client, serviceId);

    button(editor, 'Hentikan layanan…').click();
    await until(() => deepActiveElement()?.id === 'retire-note', 'the reason has the focus');
    const confirm = find(editor, '[part=retire]');
    expect(textOf(confirm)).to.include('Hentikan Surat Uji Riwayat?');
    expect(textOf(confirm)).to.include('permohonan baru tidak diterima lagi');
    expect(textOf(confirm)).to.include('Permohonan yang sudah masuk tetap berjalan');
    // The warning is read with the reason's input.
    expect(find(editor, '#retire-note').getAttribute('aria-describedby')).to.include('retire-warning');
    await expect(editor).to.be.accessible();

    // Escape cancels, and the focus goes back to the button that opened it.
    await press('Escape');
    await until(() => !editor.shadowRoot!.querySelector('[part=retire]'), 'the confirmation closed');
    expect(deepActiveElement()?.id).to.equal('retire-start');

    // Without a reason: said at the input, nothing retired.
    button(editor, 'Hentikan layanan…').click();
    await until(() => deepActiveElement()?.id === 'retire-note', 'the reason has the focus again');
    button(editor, 'Ya, hentikan layanan').click();
    await until(() => editor.shadowRoot!.querySelector('#retire-note-error'), 'the missing reason');
    expect(find(editor, '#retire-note').getAttribute('aria-invalid')).to.equal('true');
    expect(deepActiveElement()?.id).to.equal('retire-note');
    expect((await client.authoring.get(serviceId)).state).to.equal('published');

    typeInto(find<HTMLTextAreaElement>(editor, '#retire-note'), 'Digabung ke layanan SKTM.');
    const retired = oneEvent(editor, 'padu-service-retired');
    button(editor, 'Ya, hentikan layanan').click();
    expect((await retired).detail).to.deep.equal({ serviceId });
    await until(() => textOf(find(editor, '#service-state')).startsWith('Dihentikan sejak'), 'the retired state');
    expect(textOf(editor)).to.include('Surat Uji Riwayat dihentikan. Permohonan baru tidak diterima lagi; permohonan yang sudah masuk tetap diproses.');
    expect(deepActiveElement()?.id).to.equal('service-state');
    expect(editor.shadowRoot!.querySelector('#retire-start')).to.equal(null);
    const state = await client.authoring.get(serviceId);
    expect([state.state, state.currentVersion]).to.deep.equal(['retired', 2]);
    // Out of the public catalogue; the versions stay listed.
    const catalogue: string[] = [];
    for await (const service of client.services.list({ agencyId: 'dinsos', limit: 100 })) catalogue.push(service.id);
    expect(catalogue).to.include('sktm').and.not.to.include(serviceId);
    expect(editor.shadowRoot!.querySelectorAll('.versions > li')).to.have.length(2);
    await expect(editor).to.be.accessible();
  });

  it('lets the city’s admin choose the OPD of a new service, preselected by agency-id, and says when none is chosen', async () => {
    const client = await loggedIn(CITY_ADMIN);
    const editor = await fixture<PaduServiceEditor>(html`<padu-service-editor agency-id="kelurahan-bandar-lor" .client=${client}></padu-service-editor>`);
    await until(() => editor.shadowRoot!.querySelector('form.new-service'), 'the new-service form');
    const agency = find<HTMLSelectElement>(editor, '#agency');
    expect(agency.value).to.equal('kelurahan-bandar-lor');
    const offered = [...agency.options].map((option) => option.value).filter(Boolean);
    expect(offered).to.include.members(['dinsos', 'disdukcapil', 'dpmptsp', 'kelurahan-bandar-lor']);
    await expect(editor).to.be.accessible();

    const id = `kota-${Math.random().toString(36).slice(2, 8)}`;
    find<HTMLInputElement>(editor, '#id').value = id;
    find<HTMLInputElement>(editor, '#name-id').value = 'Layanan Pilihan Kota';
    agency.value = '';
    button(editor, 'Buat layanan').click();
    await until(() => editor.shadowRoot!.querySelector('#summary'), 'the problem');
    expect(find(editor, '#agency').getAttribute('aria-invalid')).to.equal('true');
    expect(find<HTMLAnchorElement>(editor, '#summary a').getAttribute('href')).to.equal('#agency');

    find<HTMLSelectElement>(editor, '#agency').value = 'dinsos';
    button(editor, 'Buat layanan').click();
    await until(() => editor.shadowRoot!.querySelector('.layout'), 'the new draft open');
    expect((await client.authoring.get(id)).agencyId).to.equal('dinsos');
  });
});
