import { expect, html } from '@open-wc/testing';
import { formatMessage, jakartaDate } from '@padu/contract';
import type { FormDefinition, FormField } from '@padu/contract';
import './service-form.ts';
import type { PaduServiceForm } from './service-form.ts';
import { find, loggedIn, textOf } from '../../test/browser/support.ts';
import { KK, NIK, answer, answerPage, control, inner, mountForm, pdf, press, start, summaryItems } from '../../test/browser/service-form.ts';

const options = [
  { value: 'a', label: { id: 'Pilihan A', en: 'Option A' } },
  { value: 'b', label: { id: 'Pilihan B', en: 'Option B' } },
];

/** One field of every type the contract knows, each with a rule to break. */
const fields: FormField[] = [
  { name: 'teks', type: 'text', label: { id: 'Kode' }, required: true, pattern: '[A-Z]{3}', patternMessage: { id: 'Tulis 3 huruf besar.' } },
  { name: 'catatan', type: 'textarea', label: { id: 'Catatan' }, maxLength: 10 },
  { name: 'jumlah', type: 'number', label: { id: 'Jumlah' }, required: true, integer: true, min: 1, max: 10 },
  { name: 'berat', type: 'number', label: { id: 'Berat' }, min: 0.5 },
  { name: 'tanggal', type: 'date', label: { id: 'Tanggal' }, required: true, maxDate: 'today' },
  { name: 'pilihan', type: 'select', label: { id: 'Pilihan' }, required: true, options },
  { name: 'jenis', type: 'radio', label: { id: 'Jenis' }, required: true, options },
  { name: 'hari', type: 'checkbox', label: { id: 'Hari' }, required: true, options },
  { name: 'setuju', type: 'checkbox', label: { id: 'Saya setuju' }, required: true },
  { name: 'surel', type: 'email', label: { id: 'Email' }, required: true },
  { name: 'telepon', type: 'tel', label: { id: 'Telepon' }, required: true },
  { name: 'nik', type: 'nik', label: { id: 'NIK' }, required: true },
  { name: 'kk', type: 'kk', label: { id: 'Nomor KK' }, required: true },
  { name: 'berkas', type: 'file', label: { id: 'Berkas' }, required: true, accept: ['application/pdf'], maxBytes: 2048 },
];
const definition: FormDefinition = { steps: [{ id: 'semua', title: { id: 'Semua jenis isian' }, fields }] };

const message = (code: Parameters<typeof formatMessage>[0], label: string, params: Record<string, string | number> = {}) =>
  formatMessage(code, { label, ...params });
const errorAt = (form: PaduServiceForm, name: string) => textOf(find(control(form, name), '[part=error]')).replace(/^Kesalahan: /, '');

async function mountAllTypes(lang = 'id'): Promise<PaduServiceForm> {
  const client = await loggedIn();
  const form = await mountForm(html`<padu-service-form lang=${lang} service="sktm" .definition=${definition} .client=${client}></padu-service-form>`);
  await start(form);
  return form;
}

describe('<padu-service-form>: every field type', () => {
  beforeEach(() => sessionStorage.clear());

  it('refuses invalid answers with the contract\'s exact messages, inline and in the summary', async function (this: { timeout(ms: number): void }) {
    this.timeout(20000);
    const form = await mountAllTypes();
    await answerPage(form, {
      teks: 'abc',
      catatan: 'x'.repeat(11),
      jumlah: '2,5',
      berat: '0,25',
      tanggal: '2999-01-01',
      surel: 'bukan-email',
      telepon: '12345',
      nik: '1234',
      kk: '3571011513200001',
    });
    const expected: Record<string, string> = {
      teks: 'Tulis 3 huruf besar.',
      catatan: message('too_long', 'Catatan', { max: 10 }),
      jumlah: message('not_integer', 'Jumlah'),
      berat: message('too_small', 'Berat', { min: 0.5 }),
      tanggal: message('date.too_late', 'Tanggal', { max: jakartaDate() }),
      pilihan: message('required', 'Pilihan'),
      jenis: message('required', 'Jenis'),
      hari: message('required', 'Hari'),
      setuju: message('required', 'Saya setuju'),
      surel: message('email.invalid', 'Email'),
      telepon: message('tel.invalid', 'Telepon'),
      nik: message('nik.format', 'NIK'),
      kk: message('kk.date', 'Nomor KK'),
      berkas: message('required', 'Berkas'),
    };
    expect(summaryItems(form)).to.deep.equal(Object.values(expected));
    for (const [name, text] of Object.entries(expected)) expect(errorAt(form, name), name).to.equal(text);
    expect(expected.berat).to.equal('Berat paling kecil 0,5.');
    expect(inner(control(form, 'catatan'), 'textarea').getAttribute('aria-invalid')).to.equal('true');
    await expect(form).to.be.accessible();
  });

  it('accepts valid answers and normalises them as the contract says', async function (this: { timeout(ms: number): void }) {
    this.timeout(20000);
    const form = await mountAllTypes();
    await answer(form, 'nik', '3571-0145 1290.0003');
    expect(inner(control(form, 'nik')).value, 'separators dropped as typed').to.equal(NIK.siti);
    await answerPage(form, {
      teks: ' ABC ',
      catatan: 'Satu\nDua',
      jumlah: '7',
      berat: '1.250,5',
      tanggal: '2025-06-15',
      pilihan: 'b',
      jenis: 'a',
      hari: ['b', 'a'],
      setuju: true,
      surel: ' siti@contoh.id ',
      telepon: '+62 812-3456-7890',
      kk: '3571 0115 0320 0001',
      berkas: pdf('kecil.pdf'),
    });
    expect(summaryItems(form)).to.deep.equal([]);
    const { berkas, ...answers } = form.answers;
    expect(answers).to.deep.equal({
      teks: 'ABC',
      catatan: 'Satu\nDua',
      jumlah: 7,
      berat: 1250.5,
      tanggal: '2025-06-15',
      pilihan: 'b',
      jenis: 'a',
      hari: ['a', 'b'],
      setuju: true,
      surel: 'siti@contoh.id',
      telepon: '+6281234567890',
      nik: NIK.siti,
      kk: KK,
    });
    expect(berkas, 'only the upload id is kept').to.match(/^[0-9a-f-]{36}$/);
    const summary = textOf(form);
    for (const shown of ['Jumlah 7', 'Berat 1.250,5', 'Tanggal 15 Juni 2025', 'Pilihan Pilihan B', 'Jenis Pilihan A', 'Hari Pilihan A, Pilihan B', 'Saya setuju Ya', 'Telepon +6281234567890']) {
      expect(summary).to.include(shown);
    }
  });

  it('speaks English with lang="en", messages and option labels included', async () => {
    const form = await mountAllTypes('en');
    expect(textOf(find(form, '[part=step-count]'))).to.equal('Step 1 of 1');
    await press(form, '[part=continue]');
    expect(summaryItems(form)[0]).to.equal('Kode is required.');
    expect(textOf(find(form, '[part=error-summary]'))).to.include('There is a problem');
    expect(textOf(control(form, 'jenis'))).to.include('Option A');
    expect(textOf(control(form, 'catatan'))).to.include('Catatan (optional)');
  });
});
