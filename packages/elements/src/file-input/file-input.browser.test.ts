import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { formatMessage } from '@padu/contract';
import './file-input.ts';
import type { PaduFileInput } from './file-input.ts';
import { configure } from '../base/client.ts';
import {
  API,
  PASSWORD,
  SITI,
  deepActiveElement,
  find,
  loggedIn,
  newClient,
  press,
  shadow,
  tabTo,
  textOf,
  until,
} from '../../test/browser/support.ts';
import { PDF, pdf } from '../../test/browser/service-form.ts';

/** Chooses a file in the control as the file picker would. */
function choose(field: PaduFileInput, file: File): void {
  const input = find<HTMLInputElement>(field, 'input[type=file]');
  const files = new DataTransfer();
  files.items.add(file);
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The gates of the slow uploads, opened after each test, so a failed test leaves no upload (and connection) hanging. */
const gates: (() => void)[] = [];
afterEach(() => gates.splice(0).forEach((open) => open()));

/** A client whose uploads wait for `release()` (and honour aborts), counting the upload requests. */
async function slowUploads({ failFirst = false } = {}) {
  let release = () => {};
  let gate = new Promise<void>((resolve) => gates.push((release = resolve)));
  let uploads = 0;
  const client = newClient({
    retry: { limit: 0 },
    fetch: async (input, init) => {
      const request = new Request(input, init);
      if (request.url.endsWith('/uploads')) {
        uploads++;
        if (failFirst && uploads === 1) throw new TypeError('Failed to fetch');
        await Promise.race([
          gate,
          new Promise((_, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason))),
        ]);
      }
      return fetch(request);
    },
  });
  await client.auth.login({ identifier: SITI.email, password: PASSWORD });
  return {
    client,
    release: () => release(),
    reset: () => (gate = new Promise<void>((resolve) => gates.push((release = resolve)))),
    count: () => uploads,
  };
}

/**
 * Whether each click on the control would open the file picker (`false`: not cancelled by the element); the test
 * cancels every one after that, so no picker opens.
 */
function pickerClicks(field: PaduFileInput): boolean[] {
  const clicks: boolean[] = [];
  shadow(field).addEventListener('click', (event) => {
    if ((event.target as Element).id !== 'control') return;
    clicks.push(event.defaultPrevented);
    event.preventDefault();
  });
  return clicks;
}

const liveRegion = (field: PaduFileInput) => find(field, '[role=status]');
/** Whether the focus is on `control` (a boolean: a failed comparison of elements would be reported as the whole DOM). */
const focusOn = (control: Element) => deepActiveElement() === control;

describe('<padu-file-input>', () => {
  it('shows the allowed types and size before choosing, and refuses a wrong file before sending it', async () => {
    const slow = await slowUploads();
    const field = await fixture<PaduFileInput>(html`<padu-file-input
      label="Surat pengantar"
      accept="application/pdf,image/jpeg"
      max-bytes="2097152"
      .client=${slow.client}
    ></padu-file-input>`);
    expect(textOf(find(field, '[part=rules]'))).to.equal('Jenis berkas: PDF, JPEG. Ukuran paling besar 2 MB.');
    expect(find(field, 'input').getAttribute('aria-describedby')).to.equal('rules');
    await expect(field).to.be.accessible();

    choose(field, new File(['halo'], 'catatan.txt', { type: 'text/plain' }));
    await field.updateComplete;
    expect(textOf(find(field, '[part=error]'))).to.equal(`Kesalahan: ${formatMessage('file.type', { label: 'Surat pengantar', accept: 'PDF, JPEG' })}`);
    choose(field, new File([new Uint8Array(2097153)], 'besar.pdf', { type: 'application/pdf' }));
    await field.updateComplete;
    expect(textOf(find(field, '[part=error]'))).to.equal('Kesalahan: Ukuran dokumen Surat pengantar paling besar 2 MB.');
    expect(field.value).to.equal('');
    expect(slow.count(), 'nothing was sent').to.equal(0);
    await expect(field).to.be.accessible();
  });

  it('uploads on choosing with a named progress bar, can cancel, and keeps only the upload id', async () => {
    const slow = await slowUploads();
    const field = await fixture<PaduFileInput>(html`<padu-file-input label="Dokumen" accept="application/pdf" .client=${slow.client}></padu-file-input>`);
    choose(field, pdf('pertama.pdf'));
    await until(() => shadow(field).querySelector('progress'), 'the progress bar');
    const progress = find<HTMLProgressElement>(field, 'progress');
    expect(progress.getAttribute('aria-label')).to.equal('Mengunggah pertama.pdf…');
    expect(textOf(find(field, '[part=file]'))).to.match(/^pertama\.pdf \(\d+ KB\)$/);
    expect(field.uploading).to.equal(true);
    await expect(field).to.be.accessible();
    find(field, '[part=cancel]').click();
    await until(() => !field.uploading, 'the cancelled upload');
    expect(field.value).to.equal('');
    expect(textOf(find(field, '[part=chooser]'))).to.equal('Pilih berkas');
    await until(() => deepActiveElement() === find(field, 'input'), 'focus back on the chooser');

    slow.release();
    const changed = oneEvent(field, 'change');
    choose(field, pdf('kedua.pdf'));
    await changed;
    await until(() => field.value, 'the upload id');
    expect(field.value).to.match(/^[0-9a-f-]{36}$/);
    expect(field.fileName).to.equal('kedua.pdf');
    expect(field.fileSize).to.equal(PDF.length);
    expect(textOf(find(field, '[part=file]'))).to.include('kedua.pdf');
    expect(textOf(find(field, '[part=chooser]'))).to.equal('Ganti berkas');
  });

  it('keeps the focus on the control while it uploads and after, says the result, and stays operable by keyboard', async () => {
    const slow = await slowUploads();
    const field = await fixture<PaduFileInput>(html`<padu-file-input label="Dokumen" accept="application/pdf" .client=${slow.client}></padu-file-input>`);
    const input = find<HTMLInputElement>(field, 'input[type=file]');
    const clicks = pickerClicks(field);
    await tabTo((active) => active === input);
    await press('Space');
    expect(clicks, 'Space opens the picker').to.deep.equal([false]);

    choose(field, pdf('ktp.pdf'));
    await until(() => shadow(field).querySelector('progress'), 'the progress bar');
    expect(focusOn(input), 'the focus stays on the control while it uploads').to.equal(true);
    expect(input.disabled).to.equal(false);
    expect(input.getAttribute('aria-disabled')).to.equal('true');
    expect(textOf(liveRegion(field))).to.equal('Mengunggah ktp.pdf…');
    await press('Enter');
    expect(clicks, 'no second picker while it uploads').to.deep.equal([false, true]);
    await expect(field).to.be.accessible();

    slow.release();
    await until(() => field.value, 'the upload id');
    await field.updateComplete;
    expect(focusOn(input), 'the focus is on the control after the upload').to.equal(true);
    expect(input.hasAttribute('aria-disabled')).to.equal(false);
    expect(textOf(liveRegion(field))).to.equal('ktp.pdf selesai diunggah.');
    expect(textOf(find(field, '[part=chooser]'))).to.equal('Ganti berkas');
    await press('Enter');
    expect(clicks, 'Enter opens the picker again, to replace the file').to.deep.equal([false, true, false]);
    await expect(field).to.be.accessible();
  });

  it('puts the focus back on the control when the gateway refuses the file, and says why', async () => {
    const field = await fixture<PaduFileInput>(html`<padu-file-input label="Dokumen" accept="application/pdf" .client=${await loggedIn()}></padu-file-input>`);
    const input = find<HTMLInputElement>(field, 'input[type=file]');
    await tabTo((active) => active === input);
    // Declared a PDF, but not one by its content: the browser sends it, the gateway refuses it (415).
    choose(field, new File(['Ini bukan PDF.'], 'palsu.pdf', { type: 'application/pdf' }));
    await until(() => textOf(liveRegion(field)).startsWith('palsu.pdf gagal'), 'the failure said');
    const reason = formatMessage('file.type', { label: 'Dokumen', accept: 'PDF' });
    expect(textOf(liveRegion(field))).to.equal(`palsu.pdf gagal diunggah. ${reason}`);
    expect(textOf(find(field, '[part=error]'))).to.equal(`Kesalahan: ${reason}`);
    expect(focusOn(input), 'the focus is on the control after the failure').to.equal(true);
    expect(field.value).to.equal('');
    await expect(field).to.be.accessible();
  });

  it('hands the focus from "Coba lagi" to the control, and keeps it there until the retried upload is done', async () => {
    const slow = await slowUploads({ failFirst: true });
    const field = await fixture<PaduFileInput>(html`<padu-file-input label="Dokumen" .client=${slow.client}></padu-file-input>`);
    const input = find<HTMLInputElement>(field, 'input[type=file]');
    await tabTo((active) => active === input);
    choose(field, pdf('akta.pdf'));
    await until(() => textOf(liveRegion(field)).startsWith('akta.pdf gagal'), 'the failure said');
    expect(textOf(liveRegion(field))).to.include('Tidak dapat terhubung ke server');
    expect(focusOn(input)).to.equal(true);

    await tabTo((active) => active?.getAttribute('part') === 'retry');
    await press('Enter');
    await until(() => field.uploading, 'the retried upload');
    await field.updateComplete;
    expect(focusOn(input), 'the focus leaves the vanished "Coba lagi" for the control').to.equal(true);
    slow.release();
    await until(() => field.value, 'the upload id');
    await field.updateComplete;
    expect(focusOn(input)).to.equal(true);
    expect(textOf(liveRegion(field))).to.equal('akta.pdf selesai diunggah.');
  });

  it('retries a failed upload, replaces a file, and removes it', async () => {
    const slow = await slowUploads({ failFirst: true });
    slow.release();
    const field = await fixture<PaduFileInput>(html`<padu-file-input label="Dokumen" required .client=${slow.client}></padu-file-input>`);
    choose(field, pdf('satu.pdf'));
    await until(() => shadow(field).querySelector('[part=retry]'), 'the retry button');
    expect(textOf(find(field, '[part=error]'))).to.include('Tidak dapat terhubung ke server');
    find(field, '[part=retry]').click();
    await until(() => field.value, 'the retried upload');
    const first = field.value;
    expect(field.fileName).to.equal('satu.pdf');

    choose(field, pdf('dua.pdf'));
    await until(() => field.value && field.value !== first, 'the replacement');
    expect(field.fileName).to.equal('dua.pdf');

    find(field, '[part=remove]').click();
    await field.updateComplete;
    expect(field.value).to.equal('');
    expect(field.validationMessage).to.equal('Dokumen wajib diisi.');
    expect(shadow(field).querySelector('[part=remove]')).to.equal(null);
  });

  it('uploads through the page default client, on the same session', async () => {
    const client = configure({ baseUrl: API });
    await client.auth.login({ identifier: SITI.email, password: PASSWORD });
    try {
      const field = await fixture<PaduFileInput>(html`<padu-file-input label="Dokumen"></padu-file-input>`);
      choose(field, pdf('bawaan.pdf'));
      await until(() => field.value, 'the upload through the default client', 15000);
      expect(field.fileName).to.equal('bawaan.pdf');
    } finally {
      await client.auth.logout();
    }
  });
});
