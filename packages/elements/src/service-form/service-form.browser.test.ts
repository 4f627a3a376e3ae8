import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import './service-form.ts';
import '../status-tracker/status-tracker.ts';
import type { PaduStatusTracker } from '../status-tracker/status-tracker.ts';
import type { PaduField } from '../base/field.ts';
import {
  PASSWORD,
  SITI,
  deepActiveElement,
  expectNoHorizontalScroll,
  find,
  loggedIn,
  newClient,
  press as pressKey,
  shadow,
  tabTo,
  textOf,
  type,
  until,
} from '../../test/browser/support.ts';
import {
  KK,
  NIK,
  answer,
  answerPage,
  control,
  inner,
  mountForm,
  pageTitle,
  pdf,
  press,
  start,
  submit,
  summaryItems,
} from '../../test/browser/service-form.ts';

const stepCount = (form: Element) => textOf(find(form, '[part=step-count]'));
const rows = (form: Element) =>
  [...shadow(form).querySelectorAll('.summary-row')].map((row) => textOf(row).replace(/ Ubah .*$/, ''));

describe('<padu-service-form>: complete applications', () => {
  beforeEach(() => sessionStorage.clear());

  it('Surat Keterangan Domisili: the Standar Pelayanan first, two pages, an upload, a code the tracker shows', async () => {
    const client = await loggedIn();
    const form = await mountForm(html`<padu-service-form service="surat-domisili" .client=${client}></padu-service-form>`);
    expect(pageTitle(form)).to.equal('Surat Keterangan Domisili');
    const standard = textOf(find(form, '[part=standard]'));
    for (const part of ['Persyaratan', 'Surat pengantar RT/RW', 'Jangka waktu', '10 (sepuluh) menit sejak berkas lengkap', 'Biaya', 'Gratis', 'Produk', 'Pengaduan', 'SURGA', 'SMS 1708']) {
      expect(standard).to.include(part);
    }
    const privacy = textOf(find(form, '[part=privacy]'));
    for (const part of ['Tujuan pengumpulan data', 'Menerbitkan surat keterangan domisili.', 'Dasar pemrosesan', 'UU 27/2022', 'Masa penyimpanan', 'Disimpan 5 tahun', 'Pengendali data', 'Kelurahan Bandar Lor']) {
      expect(privacy).to.include(part);
    }
    await expect(form).to.be.accessible();

    await start(form);
    expect(stepCount(form)).to.equal('Langkah 1 dari 2');
    expect(pageTitle(form)).to.equal('Identitas pemohon');
    expect(textOf(control(form, 'telepon'))).to.include('Nomor WhatsApp (opsional)');
    expect(textOf(control(form, 'nik'))).not.to.include('opsional');
    expect(textOf(form)).not.to.include('*');
    await expect(form).to.be.accessible();
    await answerPage(form, { nik: NIK.siti, telepon: '0812-3456-7890' });

    expect(stepCount(form)).to.equal('Langkah 2 dari 2');
    await answerPage(form, {
      alamat: 'Jl. Dhoho No. 12, RT 002 RW 005',
      kelurahan: 'bandar-lor',
      keperluan: 'Membuka rekening bank',
      pengantar_rt_rw: pdf('pengantar.pdf'),
    });
    expect(pageTitle(form)).to.equal('Periksa jawaban Anda');
    expect(form.answers).to.include({ nik: NIK.siti, telepon: '+6281234567890', kelurahan: 'bandar-lor' });
    expect(rows(form)).to.include.members(['NIK 3571014512900003', 'Kelurahan Bandar Lor']);
    await expect(form).to.be.accessible();

    const submitted = oneEvent(form, 'padu-submitted');
    await submit(form);
    const { detail } = await submitted;
    const code = textOf(find(form, '[part=tracking-code]'));
    expect(code).to.match(/^KBL-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(detail.trackingCode).to.equal(code);
    expect(detail.application.answers.nik, 'events never carry a NIK').to.equal('3571********0003');
    expect(textOf(find(form, '[part=due]'))).to.match(/^Perkiraan selesai .+: 10 \(sepuluh\) menit sejak berkas lengkap\.$/);
    await expect(form).to.be.accessible();

    await press(form, '[part=track]');
    const inline = await until(() => shadow(form).querySelector('padu-status-tracker'), 'the tracker');
    void inline;
    const tracker = await fixture<PaduStatusTracker>(html`<padu-status-tracker code=${code}></padu-status-tracker>`);
    await until(() => textOf(tracker).includes('Surat Keterangan Domisili'), 'the tracker to show the application', 15000);
    expect(textOf(tracker)).to.include('Diajukan');
  });

  it('SKTM: identity numbers normalised as typed, a select, an upload and a declaration box', async () => {
    const client = await loggedIn();
    const form = await mountForm(html`<padu-service-form service="sktm" .client=${client}></padu-service-form>`);
    await start(form);
    await answerPage(form, { nik: '3571 0145-1290 0003', no_kk: '3571 0115 0320 0001', alamat: 'Jl. Joyoboyo 5\nKota Kediri', keperluan: 'kesehatan' });
    expect((control(form, 'pengantar_kelurahan') as PaduField).localName).to.equal('padu-file-input');
    await answerPage(form, { pengantar_kelurahan: pdf('pengantar-kelurahan.pdf'), persetujuan_dtsen: true });
    expect(form.answers).to.include({ nik: NIK.siti, no_kk: KK, keperluan: 'kesehatan', persetujuan_dtsen: true });
    expect(rows(form)).to.include.members(['Keperluan Keringanan biaya kesehatan', 'Nomor Kartu Keluarga 3571011503200001']);
    expect(rows(form).find((row) => row.startsWith('Surat pengantar kelurahan'))).to.match(/pengantar-kelurahan\.pdf \(\d+ KB\)$/);
    await submit(form);
    const code = textOf(find(form, '[part=tracking-code]'));
    expect(code).to.match(/^DSO-/);

    // Copy: the Clipboard API, else the code is selected for copying by hand.
    const clipboard = navigator.clipboard;
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void copied.push(text) } });
    try {
      await press(form, '[part=copy]');
      await until(() => textOf(form).includes('Kode pelacakan disalin.'), 'the copy to be confirmed');
      expect(copied).to.deep.equal([code]);
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
      await press(form, '[part=copy]');
      await until(() => getSelection()?.toString() === code, 'the code to be selected');
    } finally {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
    }
    const print = window.print;
    let printed = 0;
    window.print = () => void printed++;
    try {
      await press(form, '[part=print]');
      expect(printed).to.equal(1);
    } finally {
      window.print = print;
    }
  });

  it('Akta Kelahiran: four pages of every kind, optional answers skipped, axe on every page', async () => {
    const client = await loggedIn();
    const steps: string[] = [];
    const form = await mountForm(html`<padu-service-form
      service="akta-kelahiran"
      .client=${client}
      @padu-step-change=${(event: CustomEvent) => steps.push(`${event.detail.index}:${event.detail.stepId}`)}
    ></padu-service-form>`);
    expect(textOf(form)).to.include('Hanya untuk akun terverifikasi');
    await start(form);
    await answerPage(form, {
      nama_anak: 'Ayu Lestari',
      jenis_kelamin: 'perempuan',
      tanggal_lahir: '2025-06-15',
      tempat_lahir: 'Kota Kediri',
      jam_lahir: '14:05',
      berat_lahir: '3,2',
      anak_ke: '1',
    });
    await expect(form).to.be.accessible();
    await answerPage(form, { no_kk: KK, nik_ibu: NIK.siti, nama_ibu: 'Siti Rahmawati', status_perkawinan: 'tercatat' });
    expect(textOf(form)).to.include('Dua orang saksi yang mengetahui kelahiran.');
    await expect(form).to.be.accessible();
    await answerPage(form, { nik_saksi_1: NIK.budi, nama_saksi_1: 'Budi Santoso', nik_saksi_2: NIK.other, nama_saksi_2: 'Sri Wahyuni' });
    await expect(form).to.be.accessible();
    await answerPage(form, { surat_keterangan_lahir: pdf('surat-lahir.pdf'), buku_nikah: pdf('buku-nikah.pdf'), pernyataan_benar: true });
    expect(form.step).to.equal(4);
    expect(steps).to.deep.equal(['0:anak', '1:orang_tua', '2:saksi', '3:dokumen', '4:null']);
    expect(form.answers).to.include({ berat_lahir: 3.2, anak_ke: 1, tanggal_lahir: '2025-06-15', pernyataan_benar: true });
    expect(rows(form)).to.include.members([
      'Jenis kelamin Perempuan',
      'Tanggal lahir 15 Juni 2025',
      'Berat lahir (kg) 3,2',
      'NIK ayah Tidak diisi',
      'Nama ayah Tidak diisi',
      'KTP-el kedua saksi (satu berkas) Tidak diisi',
      'Status perkawinan orang tua Tercatat (ada buku nikah/akta perkawinan)',
    ]);
    expect(rows(form).some((row) => row.startsWith('Saya menyatakan') && row.endsWith(' Ya'))).to.equal(true);
    await expect(form).to.be.accessible();
    await submit(form);
    expect(textOf(find(form, '[part=tracking-code]'))).to.match(/^DKC-/);
    expect(textOf(find(form, '[part=due]'))).to.match(/^Perkiraan selesai .+: 3 \(tiga\) hari kerja sejak berkas lengkap\.$/);
    expect(textOf(find(form, '[part=receipt]'))).to.include('Ayu Lestari');
    await expect(form).to.be.accessible();
    await expectNoHorizontalScroll(form);
  });

  it('tells an unverified citizen how to get verified instead of starting a verified-only service', async () => {
    const client = await loggedIn('budi@demo.padu.id');
    const form = await mountForm(html`<padu-service-form service="akta-kelahiran" .client=${client}></padu-service-form>`);
    expect(textOf(find(form, '[part=problem]'))).to.equal(
      'Akun Anda belum terverifikasi, sehingga belum dapat mengajukan layanan ini. Untuk verifikasi, bawa KTP-el ke kantor OPD mana pun, misalnya Disdukcapil atau kantor kelurahan, lalu masuk kembali.',
    );
    expect(shadow(form).querySelector('[part=start]')).to.equal(null);
    await expect(form).to.be.accessible();
  });
});

describe('<padu-service-form>: validation', () => {
  beforeEach(() => sessionStorage.clear());

  it('shows an error summary that takes focus, links to each field, and prefixes the title', async () => {
    document.title = 'Layanan Kelurahan';
    const client = await loggedIn();
    const form = await mountForm(html`<padu-service-form service="surat-domisili" .client=${client}></padu-service-form>`);
    await start(form);
    await answer(form, 'telepon', '12345');
    await press(form, '[part=continue]');
    await until(() => shadow(form).activeElement?.getAttribute('part') === 'error-summary', 'focus on the summary');
    const summary = find(form, '[part=error-summary]');
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(textOf(summary.querySelector('[role=heading]')!)).to.equal('Ada masalah');
    expect(summaryItems(form)).to.deep.equal([
      'NIK wajib diisi.',
      'Nomor WhatsApp bukan nomor telepon Indonesia yang valid, contoh: 0812 3456 7890.',
    ]);
    expect(document.title).to.equal('Kesalahan: Layanan Kelurahan');
    expect(textOf(find(control(form, 'nik'), '[part=error]'))).to.equal('Kesalahan: NIK wajib diisi.');
    expect(inner(control(form, 'telepon')).value, 'what was typed is kept').to.equal('12345');
    await expect(form).to.be.accessible();

    // The second link: focus moves into the input, and its label is scrolled into view.
    window.scrollTo(0, document.body.scrollHeight);
    summary.querySelector<HTMLAnchorElement>('li:nth-child(2) a')!.click();
    expect(deepActiveElement()).to.equal(inner(control(form, 'telepon')));
    const label = find(control(form, 'telepon'), 'label').getBoundingClientRect();
    expect(label.top).to.be.within(0, window.innerHeight - label.height);

    await answerPage(form, { nik: NIK.siti, telepon: '081234567890' });
    expect(stepCount(form)).to.equal('Langkah 2 dari 2');
    expect(document.title).to.equal('Layanan Kelurahan');
  });

  it('takes string overrides, and leaves validation to itself (novalidate, no browser pop-ups)', async () => {
    const client = await loggedIn();
    const form = await mountForm(html`<padu-service-form
      service="surat-domisili"
      .client=${client}
      .strings=${{ formContinue: 'Teruskan', required: 'Isi {label} dulu.', formErrorSummary: 'Periksa lagi' }}
    ></padu-service-form>`);
    await start(form);
    expect(find(form, 'form').hasAttribute('novalidate')).to.equal(true);
    expect(textOf(find(form, '[part=continue]'))).to.equal('Teruskan');
    await press(form, '[part=continue]');
    expect(summaryItems(form)).to.deep.equal(['Isi NIK dulu.']);
    expect(textOf(find(form, '[part=error-summary]'))).to.include('Periksa lagi');
  });

  it('uses the label as the heading of a one-question page, and the field pattern message', async () => {
    const client = await loggedIn();
    const service = await client.services.get('surat-domisili');
    const definition = {
      steps: [
        { id: 'satu', title: { id: 'Kode' }, fields: [{ name: 'kode', type: 'text', label: { id: 'Kode wilayah' }, required: true, pattern: '[0-9]{4}', patternMessage: { id: 'Tulis 4 angka, contoh 3571.' } }] },
      ],
    };
    const form = await mountForm(html`<padu-service-form .serviceData=${service} .definition=${definition} .client=${client}></padu-service-form>`);
    await start(form);
    expect(pageTitle(form)).to.equal('Kode wilayah');
    expect(shadow(form).querySelector('[part=heading]'), 'no second heading').to.equal(null);
    const heading = find(control(form, 'kode'), '[role=heading]');
    expect(heading.getAttribute('aria-level')).to.equal('1');
    await answerPage(form, { kode: '35a' });
    expect(summaryItems(form)).to.deep.equal(['Tulis 4 angka, contoh 3571.']);
    await expect(form).to.be.accessible();
  });

  it('checks every step again before submitting, and goes to the first step with a problem', async () => {
    const client = await loggedIn();
    const form = await mountForm(html`<padu-service-form service="surat-domisili" .client=${client}></padu-service-form>`);
    await start(form);
    form.step = 1; // a host may jump ahead; the final check still catches the skipped page
    await form.updateComplete;
    form.step = 2;
    await form.updateComplete;
    await press(form, '[part=submit]');
    expect(form.step).to.equal(0);
    expect(summaryItems(form)).to.deep.equal(['NIK wajib diisi.']);
    await answerPage(form, { nik: NIK.siti });
    expect(form.step, 'back to the check-answers page, whose check then finds the second step').to.equal(2);
  });
});

describe('<padu-service-form>: check answers', () => {
  beforeEach(() => sessionStorage.clear());

  it('"Ubah" opens the field and "Lanjutkan" returns to the summary with the change', async () => {
    const client = await loggedIn();
    const form = await mountForm(html`<padu-service-form service="surat-domisili" .client=${client}></padu-service-form>`);
    await start(form);
    await answerPage(form, { nik: NIK.siti });
    await answerPage(form, { alamat: 'Jl. Dhoho 12', kelurahan: 'bandar-lor', keperluan: 'Rekening bank', pengantar_rt_rw: pdf() });
    expect(rows(form)).to.include('Nomor WhatsApp Tidak diisi');
    const change = [...shadow(form).querySelectorAll<HTMLAnchorElement>('[part=summary-list] a')].find((link) =>
      textOf(link).endsWith('Keperluan'),
    )!;
    expect(textOf(change)).to.equal('Ubah Keperluan');
    expect(textOf(change.querySelector('.visually-hidden')!)).to.equal('Keperluan');
    change.click();
    await form.updateComplete;
    expect(stepCount(form)).to.equal('Langkah 2 dari 2');
    await until(() => deepActiveElement() === inner(control(form, 'keperluan')), 'focus on the field to change');
    await answerPage(form, { keperluan: 'Syarat melamar kerja' });
    expect(pageTitle(form)).to.equal('Periksa jawaban Anda');
    expect(rows(form)).to.include('Keperluan Syarat melamar kerja');
    await press(form, '[part=back]');
    expect(stepCount(form), 'back from the summary goes to the last step').to.equal('Langkah 2 dari 2');
  });
});

describe('<padu-service-form>: keyboard and small screens', () => {
  beforeEach(() => sessionStorage.clear());

  it('completes a whole application by keyboard alone, logging in on the way, at 320 px', async function (this: { timeout(ms: number): void }) {
    this.timeout(30000);
    const client = newClient();
    const form = await mountForm(html`<padu-service-form service="kartu-keluarga" .client=${client}></padu-service-form>`);
    await expectNoHorizontalScroll(form);
    await tabTo((active) => active?.getAttribute('part') === 'start');
    await pressKey('Enter');
    await until(() => shadow(form).querySelector('padu-login'), 'the login');
    expect(pageTitle(form)).to.equal('Masuk untuk melanjutkan');
    await tabTo((active) => active?.localName === 'input' && (active as HTMLInputElement).type === 'text');
    await type(SITI.nik);
    await tabTo((active) => (active as HTMLInputElement | null)?.type === 'password');
    await type(PASSWORD);
    await pressKey('Enter');
    await until(() => shadow(form).querySelector('[part=step-count]'), 'the first step after logging in', 15000);
    expect(stepCount(form)).to.equal('Langkah 1 dari 2');
    await expectNoHorizontalScroll(form);

    await tabTo((active) => (active as HTMLInputElement | null)?.type === 'radio');
    await pressKey('ArrowDown'); // the second radio: "Penambahan anggota keluarga"
    await tabTo((active) => (active as HTMLInputElement | null)?.inputMode === 'numeric');
    await type('3571 0115 0320 0001');
    await pressKey('Tab');
    await type('Menambahkan anak kedua yang baru lahir.');
    await tabTo((active) => active?.getAttribute('part') === 'continue');
    await pressKey('Enter');
    await until(() => stepCount(form) === 'Langkah 2 dari 2', 'the second step');
    await tabTo((active) => active?.getAttribute('part') === 'continue');
    await pressKey('Enter');
    await until(() => shadow(form).querySelector('[part=submit]'), 'the check-answers page');
    expect(rows(form)).to.include.members(['Jenis permohonan Penambahan anggota keluarga', 'Nomor Kartu Keluarga lama 3571011503200001']);
    await expectNoHorizontalScroll(form);
    await tabTo((active) => active?.getAttribute('part') === 'submit');
    await pressKey('Enter');
    await until(() => shadow(form).querySelector('[part=panel]'), 'the confirmation', 15000);
    expect(deepActiveElement()?.classList.contains('panel-title'), 'focus on the confirmation').to.equal(true);
    expect(textOf(find(form, '[part=tracking-code]'))).to.match(/^DKC-/);
    await expectNoHorizontalScroll(form);
  });
});

describe('<padu-service-form>: waiting for a service', () => {
  beforeEach(() => sessionStorage.clear());

  it('shows its idle slot with the public API in place, and the form once a service is chosen', async () => {
    const client = await loggedIn();
    const form = await fixture<HTMLElementTagNameMap['padu-service-form']>(
      html`<padu-service-form .client=${client}><p slot="idle">Pilih layanan di katalog.</p></padu-service-form>`,
    );
    const slot = shadow(form).querySelector<HTMLSlotElement>('slot[name=idle]');
    expect(slot?.assignedElements().map((element) => element.textContent)).to.deep.equal(['Pilih layanan di katalog.']);
    expect(form.answers).to.deep.equal({});
    expect(form.step).to.equal(0);
    form.step = 2; // nothing to move to yet
    expect(form.step).to.equal(0);
    await expect(form).to.be.accessible();

    // The catalogue's choice: the form arrives, with its Standar Pelayanan and its styles.
    form.service = 'surat-domisili';
    await until(() => form.shadowRoot?.querySelector('[data-focus], #problem'), 'the form to load', 15000);
    expect(pageTitle(form)).to.equal('Surat Keterangan Domisili');
    expect(shadow(form).querySelector('slot[name=idle]')).to.equal(null);
    const rules = form.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
    expect(rules.some((rule) => rule.includes('.summary-list'))).to.equal(true, 'the form brings its styles');
    await start(form);
    expect(stepCount(form)).to.equal('Langkah 1 dari 2');
    form.step = 2;
    expect(form.step).to.equal(2);
    await form.updateComplete;
    expect(textOf(find(form, '[part=submit]'))).to.include('Ajukan');
  });
});
