// OPD self-service, end to end, on the demo that `npm start` serves (the gateway in a child process with fresh
// data, Chromium through playwright-core), with no code change and no restart in between:
//
// 1. DPMPTSP's OPD admin, on /admin/, creates "Izin Keramaian" entirely in <padu-service-editor>: its Standar
//    Pelayanan, data-protection notice and a form with a conditional field (the performer, asked only for a
//    concert) and a repeating group (the people responsible), and publishes it with a change note.
// 2. It appears in the catalogue of DPMPTSP's demo page.
// 3. A citizen applies there: the conditional field appears and disappears as the answer it depends on changes;
//    two people responsible are added; the check-answers page shows each; the application is submitted.
// 4. DPMPTSP's officer, on /petugas/, opens it and sees the answers, each person responsible included.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { inputId } from '../../packages/elements/src/service-editor/draft-model.ts';
import { axe, describeViolations, watchProblems } from '../support/browser.ts';
import type { PageProblems } from '../support/browser.ts';
import { demoSite } from '../support/demo-site.ts';

const PASSWORD = 'padu-demo-2026';
const ADMIN = 'admin.dpmptsp@demo.padu.id';
const OFFICER = 'petugas.dpmptsp@demo.padu.id';
const CITIZEN_NIK = '3571014512900003'; // Siti Rahmawati (demo citizen)
const SERVICE = 'izin-keramaian';

/** Signs in with the first <padu-login> of `scope` (a page, or a part of it). */
async function signIn(scope: Page | Locator, identifier: string): Promise<void> {
  const login = scope.locator('padu-login').first();
  await login.locator('#identifier input').fill(identifier);
  await login.locator('#password input').fill(PASSWORD);
  await login.locator('[part=submit]').click();
}

describe('OPD self-service: a new service from the admin page to an officer’s desk', { timeout: 120_000 }, () => {
  const site = demoSite();
  const problems: PageProblems[] = [];
  let trackingCode = '';

  it('1. the OPD admin creates "Izin Keramaian" in the editor, with a conditional field and a repeating group, and publishes it', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    problems.push(await watchProblems(page));
    await page.goto(`${site.gateway.origin}/admin/`);
    await signIn(page, ADMIN);
    await page.locator('#daftar li').first().waitFor();
    await page.getByRole('button', { name: 'Buat layanan baru' }).click();

    const editor = page.locator('padu-service-editor');
    /** The editor's input for the draft's value at `pointer`. */
    const at = (pointer: string) => editor.locator(`#${inputId(pointer)}`);
    const press = (name: string) => editor.getByRole('button', { name, exact: true }).click();
    await editor.locator('form.new-service').waitFor();
    await editor.locator('#id').fill(SERVICE);
    await editor.locator('#name-id').fill('Izin Keramaian');
    await editor.locator('#name-en').fill('Public event permit');
    await editor.locator('#category').selectOption('perizinan');
    await press('Buat layanan');
    await editor.locator('.layout').waitFor();

    // Who may apply, the Standar Pelayanan and the data-protection notice.
    await editor.getByRole('radio', { name: 'Setiap akun warga' }).check();
    await at('/summary/id').fill('Izin untuk menyelenggarakan keramaian: hajatan, pertunjukan musik, atau acara umum lainnya.');
    await press('Tambah: Persyaratan 1');
    await at('/standard/requirements/0/id').fill('KTP-el penanggung jawab acara');
    await press('Tambah: Langkah prosedur 1');
    await at('/standard/procedure/0/id').fill('Isi formulir; petugas memeriksa dan menerbitkan izin.');
    await at('/standard/timeFrame/value').fill('3');
    await at('/standard/timeFrame/unit').selectOption('working_days');
    await at('/standard/fee/amount').fill('0');
    await at('/standard/product/id').fill('Surat Izin Keramaian');
    await press('Tambah: Saluran pengaduan 1');
    await at('/standard/complaints/0/name').fill('SURGA Kota Kediri');
    await at('/dataProtection/purpose/id').fill('Memeriksa permohonan dan menerbitkan izin keramaian.');
    await at('/dataProtection/lawfulBasis/id').fill('Pelaksanaan tugas pelayanan publik (UU 27/2022 Pasal 20 ayat 2 huruf e).');
    await at('/dataProtection/retention/id').fill('Disimpan 2 tahun setelah acara, lalu dimusnahkan.');
    await at('/dataProtection/controller/id').fill('DPMPTSP Kota Kediri');

    // The form: one step with the kind of event, the performer (only for a concert), and the people responsible.
    await press('Tambah langkah');
    await at('/form/steps/0/title/id').fill('Data acara');
    const fields = '/form/steps/0/fields';
    const addField = async (type: string, inGroup = '') => {
      const list = inGroup ? `${inGroup}/fields` : fields;
      await editor.locator(`#${inputId(list)}-new-type`).selectOption(type);
      await press(inGroup ? 'Tambah isian kelompok' : 'Tambah pertanyaan');
    };
    await addField('radio');
    await at(`${fields}/0/name`).fill('jenis_acara');
    await at(`${fields}/0/label/id`).fill('Jenis acara');
    await at(`${fields}/0/required`).check();
    await at(`${fields}/0/options/0/value`).fill('hajatan');
    await at(`${fields}/0/options/0/label/id`).fill('Hajatan atau pernikahan');
    await press('Tambah pilihan');
    await at(`${fields}/0/options/1/value`).fill('konser');
    await at(`${fields}/0/options/1/label/id`).fill('Konser musik');

    await addField('text');
    await at(`${fields}/1/name`).fill('pengisi_acara');
    await at(`${fields}/1/label/id`).fill('Nama pengisi acara');
    await at(`${fields}/1/required`).check();
    await at(`${fields}/1/visibleWhen/kind`).selectOption('comparison');
    await at(`${fields}/1/visibleWhen/field`).selectOption('jenis_acara');
    await at(`${fields}/1/visibleWhen/operator`).selectOption('equals');
    await at(`${fields}/1/visibleWhen/equals`).selectOption('konser');

    await addField('group');
    const group = `${fields}/2`;
    await at(`${group}/name`).fill('penanggung_jawab');
    await at(`${group}/label/id`).fill('Penanggung jawab acara');
    await at(`${group}/required`).check();
    await at(`${group}/minItems`).fill('1');
    await at(`${group}/maxItems`).fill('3');
    await at(`${group}/itemLabel/id`).fill('Penanggung jawab');
    await at(`${group}/fields/0/name`).fill('nama_penanggung_jawab');
    await at(`${group}/fields/0/label/id`).fill('Nama lengkap');
    await at(`${group}/fields/0/required`).check();
    await addField('text', group);
    await at(`${group}/fields/1/name`).fill('peran');
    await at(`${group}/fields/1/label/id`).fill('Peran dalam acara');

    // Saved and validated by the gateway: nothing left to fix.
    await press('Simpan draf');
    const saved = editor.locator('.save-status');
    await saved.filter({ hasText: /Draf tersimpan/ }).waitFor();
    const summary = editor.locator('#summary');
    assert.equal(await summary.count(), 0, `no problems: ${(await summary.count()) ? await summary.textContent() : ''}`);

    const violations = await axe(page);
    assert.deepEqual(violations, [], describeViolations(violations));

    await editor.locator('#change-note').fill('Layanan baru: izin keramaian, dengan pengisi acara untuk konser.');
    await press('Terbitkan');
    await editor.locator('[part=published]').waitFor();
    assert.match((await editor.locator('[part=published]').textContent()) ?? '', /Izin Keramaian terbit sebagai versi 1/);
    await page.close();
  });

  it('2. it appears in the catalogue of the OPD’s demo page, and 3. a citizen applies: the conditional field follows the answer', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    problems.push(await watchProblems(page));
    await page.goto(`${site.gateway.origin}/dpmptsp/`);
    await signIn(page.locator('#akun'), CITIZEN_NIK);
    await page.locator('#akun padu-login [part=account]').waitFor();

    const entry = page.locator('padu-service-catalogue [part=service]', { hasText: 'Izin Keramaian' });
    await entry.waitFor();
    await entry.locator('[part=select]').click();
    await page.waitForURL(new RegExp(`\\?service=${SERVICE}#formulir$`));
    const form = page.locator('padu-service-form');
    await form.locator('[part=start]').click();

    const performer = form.locator('[id="field-pengisi_acara"]');
    await form.locator('[id="field-jenis_acara"]').waitFor();
    assert.equal(await performer.count(), 0, 'no performer before the kind of event is known');
    await form.locator('[id="field-jenis_acara"] input[value="konser"]').check();
    await performer.waitFor();
    await form.locator('[id="field-jenis_acara"] input[value="hajatan"]').check();
    await performer.waitFor({ state: 'detached' });
    await form.locator('[id="field-jenis_acara"] input[value="konser"]').check();
    await performer.locator('input').fill('Orkes Melayu Kediri');

    // Two people responsible, each added with the group's button.
    const add = form.locator('[part=add-item][data-add="penanggung_jawab"]');
    const member = (index: number, name: string) => form.locator(`[id="field-penanggung_jawab/${index}/${name}"] input`);
    await add.click();
    await member(0, 'nama_penanggung_jawab').fill('Budi Santoso');
    await member(0, 'peran').fill('Ketua panitia');
    await add.click();
    await member(1, 'nama_penanggung_jawab').fill('Siti Rahmawati');
    await member(1, 'peran').fill('Bendahara');
    await form.locator('[part=continue]').click();

    // Check answers: each item of the group, then submit.
    await form.locator('[part=submit]').waitFor();
    for (const text of ['Konser musik', 'Orkes Melayu Kediri', 'Penanggung jawab 1', 'Budi Santoso', 'Ketua panitia', 'Penanggung jawab 2', 'Siti Rahmawati', 'Bendahara']) {
      assert.ok((await form.getByText(text).count()) > 0, `the check-answers page shows "${text}"`);
    }
    await form.locator('[part=submit]').click();
    await form.locator('[part=tracking-code]').waitFor();
    trackingCode = ((await form.locator('[part=tracking-code]').textContent()) ?? '').trim();
    assert.match(trackingCode, /^[A-Z]{3}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await page.close();
  });

  it('4. the officer opens the application and sees the answers, each person responsible included', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    problems.push(await watchProblems(page));
    await page.goto(`${site.gateway.origin}/petugas/`);
    await signIn(page, OFFICER);
    const item = page.locator(`li[data-code="${trackingCode}"]`);
    await item.waitFor();
    assert.match((await item.locator('h3').textContent()) ?? '', /Izin Keramaian/);
    await item.locator('details summary').click();
    const answers = ((await item.locator('details').innerText()) ?? '').replace(/\s+/g, ' ');
    for (const text of ['Konser musik', 'Orkes Melayu Kediri', 'Penanggung jawab 1', 'Budi Santoso', 'Ketua panitia', 'Penanggung jawab 2', 'Siti Rahmawati', 'Bendahara']) {
      assert.ok(answers.includes(text), `the officer sees "${text}": ${answers}`);
    }
    const violations = await axe(page);
    assert.deepEqual(violations, [], describeViolations(violations));
    await page.close();
  });

  it('logs no console error and no CSP violation on any page', () => {
    assert.deepEqual(
      problems.flatMap((page) => page.list),
      [],
    );
  });
});
