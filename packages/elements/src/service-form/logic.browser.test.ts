import { expect, html } from '@open-wc/testing';
import type { Service } from '@padu/sdk';
import './service-form.ts';
import type { PaduServiceForm } from './service-form.ts';
import { find, loggedIn, shadow, textOf, until } from '../../test/browser/support.ts';
import { NIK, answer, answerPage, control, mountForm, pageTitle, press, start, submit } from '../../test/browser/service-form.ts';

/** Whether the form shows a field now. */
const shows = (form: PaduServiceForm, name: string) => shadow(form).querySelector(`#${CSS.escape(`field-${name}`)}`) !== null;
const stepCount = (form: PaduServiceForm) => textOf(find(form, '[part=step-count]'));
const status = (form: PaduServiceForm) => textOf(find(form, '[role=status]'));

describe('<padu-service-form>: form logic v2', () => {
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  it('SKTM: "Sebutkan keperluan Anda" appears for "Lainnya", disappears for another choice, and keeps what was typed', async () => {
    const form = await mountForm(html`<padu-service-form service="sktm" .client=${await loggedIn()}></padu-service-form>`);
    await start(form);
    expect(stepCount(form)).to.equal('Langkah 1 dari 2');
    expect(shows(form, 'keperluan_lainnya')).to.equal(false);
    await answer(form, 'keperluan', 'lainnya');
    expect(shows(form, 'keperluan_lainnya')).to.equal(true);
    await expect(form).to.be.accessible();
    await answer(form, 'keperluan_lainnya', 'Bantuan biaya sewa rumah');
    await answer(form, 'keperluan', 'sekolah');
    expect(shows(form, 'keperluan_lainnya')).to.equal(false);
    expect(form.answers).to.not.have.property('keperluan_lainnya');
    await answer(form, 'keperluan', 'lainnya');
    expect((control(form, 'keperluan_lainnya') as unknown as { value: string }).value).to.equal('Bantuan biaya sewa rumah');
    expect(form.answers).to.include({ keperluan_lainnya: 'Bantuan biaya sewa rumah' });
  });

  it('Kartu Keluarga: two family members added, one removed (focus and announcement), the other listed and stored', async () => {
    const client = await loggedIn();
    const form = await mountForm(html`<padu-service-form service="kartu-keluarga" .client=${client}></padu-service-form>`);
    await start(form);
    expect(shows(form, 'anggota_keluarga')).to.equal(false);
    await answer(form, 'jenis_permohonan', 'baru');
    await answer(form, 'alasan', 'Keluarga baru setelah menikah');
    expect(shows(form, 'anggota_keluarga')).to.equal(true);
    await press(form, '[data-add=anggota_keluarga]');
    expect(status(form)).to.equal('Anggota keluarga 1 ditambahkan.');
    await until(() => shadow(form).activeElement === control(form, 'anggota_keluarga/0/nama_anggota'), 'focus on the new item');
    await answer(form, 'anggota_keluarga/0/nama_anggota', 'Ahmad Fauzi');
    await press(form, '[data-add=anggota_keluarga]');
    await until(() => shadow(form).activeElement === control(form, 'anggota_keluarga/1/nama_anggota'), 'focus on the second item');
    await answer(form, 'anggota_keluarga/1/nama_anggota', 'Siti Rahmawati');
    await answer(form, 'anggota_keluarga/1/nik_anggota', NIK.siti);
    await answer(form, 'anggota_keluarga/1/tanggal_lahir_anggota', '1990-12-05');
    await answer(form, 'anggota_keluarga/1/hubungan_keluarga', 'istri');
    const legends = [...shadow(form).querySelectorAll('[part=group-item] > legend')].map(textOf);
    expect(legends).to.deep.equal(['Anggota keluarga 1', 'Anggota keluarga 2']);
    const removes = [...shadow(form).querySelectorAll<HTMLElement>('[part=remove-item]')];
    expect(removes.map(textOf)).to.deep.equal(['Hapus Anggota keluarga 1', 'Hapus Anggota keluarga 2']);
    await expect(form).to.be.accessible();

    // The first item is incomplete: its messages point at its fields, then it goes.
    await press(form, '[part=continue]');
    const summary = textOf(find(form, '[part=error-summary]'));
    expect(summary).to.include('Anggota keluarga 1: Tanggal lahir');
    await press(form, '[part=remove-item]');
    expect(status(form)).to.equal('Anggota keluarga 1 dihapus.');
    await until(() => shadow(form).activeElement === control(form, 'anggota_keluarga/0/nama_anggota'), 'focus on the item that moved up');
    expect((control(form, 'anggota_keluarga/0/nama_anggota') as unknown as { value: string }).value).to.equal('Siti Rahmawati');
    await press(form, '[part=remove-item]');
    await until(() => shadow(form).activeElement === find(form, '[data-add=anggota_keluarga]'), 'focus on the add button');
    await press(form, '[data-add=anggota_keluarga]');
    await answer(form, 'anggota_keluarga/0/nama_anggota', 'Siti Rahmawati');
    await answer(form, 'anggota_keluarga/0/tanggal_lahir_anggota', '1990-12-05');
    await answer(form, 'anggota_keluarga/0/hubungan_keluarga', 'istri');
    await press(form, '[part=continue]');
    await answerPage(form, {});
    expect(pageTitle(form)).to.equal('Periksa jawaban Anda');
    const text = textOf(form);
    expect(text).to.include('Anggota keluarga 1');
    expect(text).to.include('Siti Rahmawati');
    expect(text).to.not.include('Anggota keluarga 2');
    await expect(form).to.be.accessible();
    await submit(form);
    const code = textOf(find(form, '[part=tracking-code]'));
    let stored: unknown;
    for await (const application of client.applications.list({ limit: 100 })) if (application.trackingCode === code) stored = application.answers.anggota_keluarga;
    expect(stored).to.deep.equal([{ nama_anggota: 'Siti Rahmawati', tanggal_lahir_anggota: '1990-12-05', hubungan_keluarga: 'istri' }]);
  });

  it('PBG: the account’s name is prefilled with a note, and the content block is plain text with its link', async () => {
    const client = await loggedIn();
    const user = (await client.session.restore())?.user ?? client.session.current!.user;
    const form = await mountForm(html`<padu-service-form service="pbg" .client=${client}></padu-service-form>`);
    await start(form);
    const name = control(form, 'nama_pemohon');
    expect((name as unknown as { value: string }).value).to.equal(user.name);
    expect(textOf(name)).to.include('Diisi dari akun Anda.');
    expect(textOf(control(form, 'nik'))).to.include('Diisi otomatis dari akun Anda');
    await expect(form).to.be.accessible();
  });

  it('a content block shows its text as text, never as markup, and only https links', async () => {
    const client = await loggedIn();
    const service: Service = structuredClone(await client.services.get('pbg'));
    const block = service.form.steps[2]!.fields[0]!;
    block.text = { id: 'Baca <b>dulu</b>.\n\nParagraf <img src=x onerror=alert(1)> kedua.' };
    block.links = [...(block.links ?? []), { label: { id: 'Berbahaya' }, href: 'javascript:alert(1)' }];
    const form = await mountForm(html`<padu-service-form service="pbg" .serviceData=${service} .client=${client}></padu-service-form>`);
    await start(form);
    form.step = 2;
    await form.updateComplete;
    const content = find(form, '[part=content]');
    expect([...content.querySelectorAll('p')].map((p) => p.textContent!.trim())).to.deep.equal([
      'Sebelum mengunggah gambar teknis',
      'Baca <b>dulu</b>.',
      'Paragraf <img src=x onerror=alert(1)> kedua.',
    ]);
    expect(content.querySelector('b, img')).to.equal(null);
    const links = [...content.querySelectorAll('a')];
    expect(links.map((link) => [link.getAttribute('href'), link.rel])).to.deep.equal([['https://simbg.pu.go.id', 'noopener']]);
    await expect(form).to.be.accessible();
  });

  it('a group at its maxItems says why it adds no more', async () => {
    const client = await loggedIn();
    const service: Service = structuredClone(await client.services.get('kartu-keluarga'));
    service.form.steps[0]!.fields.find((field) => field.name === 'anggota_keluarga')!.maxItems = 1;
    const form = await mountForm(html`<padu-service-form service="kartu-keluarga" .serviceData=${service} .client=${client}></padu-service-form>`);
    await start(form);
    await answer(form, 'jenis_permohonan', 'tambah_anggota');
    await press(form, '[data-add=anggota_keluarga]');
    const add = find(form, '[data-add=anggota_keluarga]');
    expect(add.getAttribute('aria-disabled')).to.equal('true');
    expect(textOf(find(form, `#${add.getAttribute('aria-describedby')}`))).to.equal('Paling banyak 1 Anggota keluarga.');
    await press(form, '[data-add=anggota_keluarga]');
    expect(shadow(form).querySelectorAll('[part=group-item]')).to.have.length(1);
    await expect(form).to.be.accessible();
  });
});
