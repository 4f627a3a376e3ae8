import { expect, html } from '@open-wc/testing';
import './service-form.ts';
import type { PaduFileInput } from '../file-input/file-input.ts';
import { find, loggedIn, newClient, shadow, textOf, until } from '../../test/browser/support.ts';
import { NIK, answerPage, control, mountForm, pageTitle, pdf, press, submit, summaryItems } from '../../test/browser/service-form.ts';

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
    // The gateway sends NIKs back masked: the citizen types it again.
    expect(textOf(form)).to.include('NIK Perlu diisi ulang');
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

    await press(form, '[part=submit]');
    expect(form.step, 'the NIK must be typed again first').to.equal(0);
    expect(summaryItems(form)).to.deep.equal(['NIK wajib diisi.']);
    await answerPage(form, { nik: NIK.siti });
    expect(textOf(find(form, '[part=submit]'))).to.equal('Ajukan perbaikan');
    await submit(form);
    expect(textOf(find(form, '[part=panel]'))).to.include('Perbaikan terkirim');
    expect(textOf(find(form, '[part=tracking-code]'))).to.equal(application.trackingCode);

    const seen = await officer.applications.get(application.id);
    expect(seen.status).to.equal('submitted');
    expect(seen.answers.pengantar_rt_rw).not.to.equal(oldUpload);
    expect(seen.answers.pengantar_rt_rw).to.equal(form.answers.pengantar_rt_rw);
    expect(sessionStorage.length, 'the revision draft is gone').to.equal(0);
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
