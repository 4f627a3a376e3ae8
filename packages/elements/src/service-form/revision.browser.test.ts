import { expect, html } from '@open-wc/testing';
import './service-form.ts';
import type { PaduFileInput } from '../file-input/file-input.ts';
import { find, loggedIn, newClient, shadow, textOf, until } from '../../test/browser/support.ts';
import { KK, NIK, answer, answerPage, control, inner, mountForm, pageTitle, pdf, press, submit, summaryItems } from '../../test/browser/service-form.ts';

const NOTE = 'Foto surat pengantar RT/RW buram. Mohon unggah ulang dengan foto yang jelas.';

/** Siti's surat-domisili application, returned by the kelurahan's officer with a note. */
async function returnedApplication() {
  const siti = await loggedIn();
  const upload = await siti.uploads.create(pdf('buram.pdf'));
  const application = await siti.applications.submit({
    serviceId: 'surat-domisili',
    answers: { nik: NIK.siti, alamat: 'Jl. Dhoho 12', kelurahan: 'bandar-lor', keperluan: 'Rekening bank', pengantar_rt_rw: upload.id },
  });
  const officer = await loggedIn('petugas.kelurahan-bandar-lor@demo.padu.id');
  await officer.officer.transition(application.id, { to: 'verifying' });
  await officer.officer.transition(application.id, { to: 'needs_revision', note: NOTE });
  return { siti, officer, application, oldUpload: upload.id };
}

const AKTA_NOTE = 'Tempat lahir tidak sesuai surat keterangan lahir.';
/** Siti's akta-kelahiran (one No. KK and four NIKs), returned by Disdukcapil for a correction. */
async function returnedAkta() {
  const siti = await loggedIn();
  const [lahir, nikah] = await Promise.all([siti.uploads.create(pdf('surat-lahir.pdf')), siti.uploads.create(pdf('buku-nikah.pdf'))]);
  const application = await siti.applications.submit({
    serviceId: 'akta-kelahiran',
    answers: {
      nama_anak: 'Aisyah Putri Ramadhani', jenis_kelamin: 'perempuan', tanggal_lahir: '2026-01-10', tempat_lahir: 'Kota Kediri',
      anak_ke: 1, no_kk: KK, nik_ibu: NIK.siti, nama_ibu: 'Siti Rahmawati', nik_ayah: NIK.budi, nama_ayah: 'Ahmad Fauzi',
      status_perkawinan: 'tercatat', nik_saksi_1: NIK.other, nama_saksi_1: 'Sri Wahyuni', nik_saksi_2: NIK.budi,
      nama_saksi_2: 'Bambang Hermanto', surat_keterangan_lahir: lahir.id, buku_nikah: nikah.id, pernyataan_benar: true,
    },
  });
  const officer = await loggedIn('petugas.disdukcapil@demo.padu.id');
  await officer.officer.transition(application.id, { to: 'verifying' });
  await officer.officer.transition(application.id, { to: 'needs_revision', note: AKTA_NOTE });
  return { siti, officer, application };
}

/** The "Ubah" link of a row of the check-answers page. */
function changeLink(form: HTMLElement, label: string): HTMLAnchorElement {
  const link = [...shadow(form).querySelectorAll<HTMLAnchorElement>('[part=summary-list] a')].find((a) => textOf(a) === `Ubah ${label}`);
  if (!link) throw new Error(`no "Ubah ${label}"`);
  return link;
}

/** The NIK shown for each family member on the check-answers page. */
function memberNiks(form: HTMLElement): string[] {
  return [...shadow(form).querySelectorAll('[part=group-answers] + [part=summary-list]')].map((list) => {
    const row = [...list.querySelectorAll('.summary-row')].find((r) => textOf(r.querySelector('dt')!) === 'NIK');
    return textOf(row!.querySelector('dd')!);
  });
}

/** The answer shown in a row of the check-answers page. */
function shownAnswer(form: HTMLElement, label: string): string {
  const row = [...shadow(form).querySelectorAll('[part=summary-list] .summary-row')].find((r) => textOf(r.querySelector('dt')!) === label);
  return textOf(row!.querySelector('dd')!);
}

describe('<padu-service-form>: revising an application in "Perlu Perbaikan"', () => {
  beforeEach(() => sessionStorage.clear());

  it('shows the officer\'s note, lets the citizen fix it through "Ubah", and resubmits it back to the officer', async () => {
    const { siti, officer, application, oldUpload } = await returnedApplication();
    const form = await mountForm(html`<padu-service-form application-id=${application.id} .client=${siti}></padu-service-form>`);

    expect(pageTitle(form), 'starts on the check-answers page').to.equal('Periksa jawaban Anda');
    const note = textOf(find(form, '[part=revision-note]'));
    expect(note).to.include(`Petugas mengembalikan permohonan ${application.trackingCode} untuk diperbaiki.`);
    expect(note).to.include(`Catatan petugas: ${NOTE}`);
    expect(textOf(form)).to.include('buram.pdf');
    // The gateway sends NIKs back masked: shown so, and kept as stored unless typed again.
    expect(shownAnswer(form, 'NIK')).to.equal('3571********0003 (tidak diubah)');
    await expect(form).to.be.accessible();

    const change = [...shadow(form).querySelectorAll<HTMLAnchorElement>('[part=summary-list] a')].find((link) =>
      textOf(link).endsWith('Surat pengantar RT/RW'),
    )!;
    change.click();
    await form.updateComplete;
    expect(textOf(find(form, '[part=revision-note]')), 'the note stays in view').to.include(NOTE);
    const replaced = control<PaduFileInput>(form, 'pengantar_rt_rw');
    await answerPage(form, { pengantar_rt_rw: pdf('jelas.pdf') });
    expect(replaced.value).not.to.equal(oldUpload);
    expect(pageTitle(form)).to.equal('Periksa jawaban Anda');
    expect(textOf(form)).to.include('jelas.pdf');

    expect(textOf(find(form, '[part=submit]'))).to.equal('Ajukan perbaikan');
    await submit(form);
    expect(textOf(find(form, '[part=panel]'))).to.include('Perbaikan terkirim');
    expect(textOf(find(form, '[part=tracking-code]'))).to.equal(application.trackingCode);

    const seen = await officer.applications.get(application.id);
    expect(seen.status).to.equal('submitted');
    expect(seen.answers.pengantar_rt_rw).not.to.equal(oldUpload);
    expect(seen.answers.pengantar_rt_rw).to.equal(form.answers.pengantar_rt_rw);
    expect(seen.answers.nik, 'the NIK as it was').to.equal('3571********0003');
    expect(sessionStorage.length, 'the revision draft is gone').to.equal(0);
  });

  it('keeps every answer the citizen does not change: the masked NIK and No. KK are neither asked again nor sent back', async () => {
    const { siti, officer, application } = await returnedAkta();
    const before = await officer.applications.get(application.id);
    const mount = () => mountForm(html`<padu-service-form application-id=${application.id} .client=${siti}></padu-service-form>`);
    const first = await mount();
    expect(pageTitle(first)).to.equal('Periksa jawaban Anda');
    changeLink(first, 'Tempat lahir').click();
    await first.updateComplete;
    await answerPage(first, { tempat_lahir: 'Kabupaten Kediri' });
    first.remove();

    // A reload resumes the draft, and what it did not change is still kept.
    const form = await mount();
    expect(pageTitle(form)).to.equal('Periksa jawaban Anda');
    expect(textOf(form)).not.to.include('Perlu diisi ulang');
    expect(shownAnswer(form, 'Tempat lahir')).to.equal('Kabupaten Kediri');
    const masked: [string, string][] = [['Nomor Kartu Keluarga', 'no_kk'], ['NIK ibu', 'nik_ibu'], ['NIK saksi pertama', 'nik_saksi_1'], ['NIK saksi kedua', 'nik_saksi_2']];
    for (const [label, name] of masked) {
      expect(shownAnswer(form, label), label).to.equal(`${before.answers[name]} (tidak diubah)`);
    }
    await expect(form).to.be.accessible();

    // The step with No. KK and NIK ibu: left as it is, it goes through.
    changeLink(form, 'Nomor Kartu Keluarga').click();
    await form.updateComplete;
    const kk = control(form, 'no_kk');
    await kk.updateComplete;
    expect(inner(kk).value, 'the stored number is not in the control').to.equal('');
    expect(textOf(find(kk, '[part=hint]'))).to.include(`${before.answers.no_kk}`);
    await press(form, '[part=continue]');
    expect(summaryItems(form)).to.deep.equal([]);
    expect(pageTitle(form)).to.equal('Periksa jawaban Anda');

    // A number typed again replaces the stored one, and shows as typed.
    changeLink(form, 'NIK saksi kedua').click();
    await form.updateComplete;
    await answerPage(form, { nik_saksi_2: NIK.siti });
    expect(shownAnswer(form, 'NIK saksi kedua')).to.equal(NIK.siti);

    const sent: unknown[] = [];
    form.addEventListener('padu-submit', () => sent.push(structuredClone(form.answers)));
    await submit(form);
    expect(textOf(find(form, '[part=panel]'))).to.include('Perbaikan terkirim');
    expect(JSON.stringify(sent), 'no mask sent as an answer').not.to.include('*');

    const after = await officer.applications.get(application.id);
    expect(after.status).to.equal('submitted');
    expect(after.answers).to.deep.equal({ ...before.answers, tempat_lahir: 'Kabupaten Kediri', nik_saksi_2: '3571********0003' });
    expect(before.answers.nik_saksi_2).to.equal('3571********0001');
  });

  it("keeps every family member's NIK the citizen leaves untouched: one name changed, one member removed", async () => {
    const siti = await loggedIn();
    const CITRA = '3571015008100002';
    const family = [
      { nama_anggota: 'Ahmad Fauzi', nik_anggota: NIK.budi, tanggal_lahir_anggota: '1985-03-20', hubungan_keluarga: 'kepala_keluarga' },
      { nama_anggota: 'Siti Rahmawati', nik_anggota: NIK.siti, tanggal_lahir_anggota: '1990-12-05', hubungan_keluarga: 'istri' },
      { nama_anggota: 'Citra Ramadhani', nik_anggota: CITRA, tanggal_lahir_anggota: '2010-08-10', hubungan_keluarga: 'anak' },
      { nama_anggota: 'Dewi Anggraini', nik_anggota: NIK.other, tanggal_lahir_anggota: '1980-05-25', hubungan_keluarga: 'orang_tua' },
    ];
    const application = await siti.applications.submit({
      serviceId: 'kartu-keluarga',
      answers: { jenis_permohonan: 'baru', no_kk: KK, alasan: 'Keluarga baru, pindah dari Kabupaten Kediri.', anggota_keluarga: family },
    });
    const officer = await loggedIn('petugas.disdukcapil@demo.padu.id');
    await officer.officer.transition(application.id, { to: 'verifying' });
    await officer.officer.transition(application.id, { to: 'needs_revision', note: 'Nama kepala keluarga belum sesuai akta nikah.' });
    const before = await officer.applications.get(application.id);
    const masks = (before.answers.anggota_keluarga as Record<string, string>[]).map((member) => member.nik_anggota!);
    expect(masks).to.deep.equal(['3571********0001', '3571********0003', '3571********0002', '3506********0002']);

    const form = await mountForm(html`<padu-service-form application-id=${application.id} .client=${siti}></padu-service-form>`);
    expect(pageTitle(form)).to.equal('Periksa jawaban Anda');
    expect(memberNiks(form), 'check-answers, before any change').to.deep.equal(masks.map((mask) => `${mask} (tidak diubah)`));

    changeLink(form, 'Anggota keluarga 1: Nama lengkap').click();
    await form.updateComplete;
    await answer(form, 'anggota_keluarga/0/nama_anggota', 'Ahmad Fauzi Rahman');
    // The step page: no member's number is asked again, and each says which number stays.
    const hints = () =>
      [...shadow(form).querySelectorAll('[part=group-item]')].map((_, i) => textOf(find(control(form, `anggota_keluarga/${i}/nik_anggota`), '[part=hint]')));
    const kept = (shown: string[]) =>
      shown.map((mask) => `Tersimpan: ${mask}. Biarkan kosong agar tetap, atau ketik nomor baru. Kosongkan bila belum memiliki NIK, misalnya bayi yang baru lahir.`);
    expect(hints()).to.deep.equal(kept(masks));
    // Siti leaves the family card: the members after her keep their own numbers.
    shadow(form).querySelectorAll<HTMLElement>('[part=remove-item]')[1]!.click();
    await form.updateComplete;
    expect(hints()).to.deep.equal(kept([masks[0]!, masks[2]!, masks[3]!]));
    await press(form, '[part=continue]');
    expect(summaryItems(form)).to.deep.equal([]);
    expect(pageTitle(form)).to.equal('Periksa jawaban Anda');
    expect(textOf(form)).not.to.include('ketik ulang');
    expect(memberNiks(form), 'check-answers, after the change').to.deep.equal([masks[0], masks[2], masks[3]].map((mask) => `${mask} (tidak diubah)`));
    expect(shownAnswer(form, 'Nomor Kartu Keluarga lama')).to.equal(`${before.answers.no_kk} (tidak diubah)`);
    await expect(form).to.be.accessible();

    const sent: unknown[] = [];
    form.addEventListener('padu-submit', () => sent.push(structuredClone(form.answers)));
    await submit(form);
    expect(textOf(find(form, '[part=panel]'))).to.include('Perbaikan terkirim');
    expect(JSON.stringify(sent), 'no mask sent as an answer').not.to.include('*');
    const after = await officer.applications.get(application.id);
    expect(after.status).to.equal('submitted');
    expect(after.answers).to.deep.equal({
      ...before.answers,
      anggota_keluarga: [
        { ...(before.answers.anggota_keluarga as object[])[0], nama_anggota: 'Ahmad Fauzi Rahman' },
        (before.answers.anggota_keluarga as object[])[2],
        (before.answers.anggota_keluarga as object[])[3],
      ],
    });
  });

  it('asks to log in first, then opens the application', async () => {
    const { application } = await returnedApplication();
    const client = newClient();
    const form = await mountForm(html`<padu-service-form application-id=${application.id} .client=${client}></padu-service-form>`);
    expect(pageTitle(form)).to.equal('Masuk untuk melanjutkan');
    await client.auth.login({ identifier: 'siti@demo.padu.id', password: 'padu-demo-2026' });
    await until(() => pageTitle(form) === 'Periksa jawaban Anda', 'the application after logging in', 15000);
    expect(textOf(find(form, '[part=revision-note]'))).to.include(NOTE);
  });

  it('says so when the application is not waiting for a correction', async () => {
    const siti = await loggedIn();
    const upload = await siti.uploads.create(pdf());
    const application = await siti.applications.submit({
      serviceId: 'surat-domisili',
      answers: { nik: NIK.siti, alamat: 'Jl. Dhoho 12', kelurahan: 'bandar-lor', keperluan: 'Rekening bank', pengantar_rt_rw: upload.id },
    });
    const form = await mountForm(html`<padu-service-form application-id=${application.id} .client=${siti}></padu-service-form>`);
    await until(() => shadow(form).querySelector('[part=problem]'), 'the notice');
    expect(textOf(find(form, '[part=problem]'))).to.equal(
      `Permohonan ${application.trackingCode} berstatus Diajukan, sehingga tidak dapat diperbaiki sekarang.`,
    );
    expect(shadow(form).querySelector('[part=submit]')).to.equal(null);
  });
});
