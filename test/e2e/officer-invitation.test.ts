// An OPD's staff, end to end in the demo: the OPD admin invites an officer on `/admin/` and copies the one-time
// link; the officer opens it (`/petugas/undangan#<token>`), sets a name and a password and lands on `/petugas/`
// signed in; the link does not work twice; the admin disables the account and the officer's sign-in is refused.
// The token travels only in the fragment and the acceptance's body, never in a URL a browser requests. Each page
// passes axe (WCAG 2.2 AA and best practices) and logs no error or CSP violation.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { axe, describeViolations, watchProblems } from '../support/browser.ts';
import { demoSite } from '../support/demo-site.ts';

const ADMIN = 'admin.dinsos@demo.padu.id';
const PASSWORD = 'padu-demo-2026';
const OFFICER_EMAIL = 'rina.wulandari@kedirikota.go.id';
const OFFICER_PASSWORD = 'petugas-baru-2026';

async function expectAccessible(page: Page, when: string): Promise<void> {
  const violations = await axe(page, undefined, ['best-practice']);
  assert.deepEqual(violations, [], `${when}:\n${describeViolations(violations)}`);
}

async function signIn(page: Page, identifier: string, password: string): Promise<void> {
  await page.locator('padu-login #identifier input').fill(identifier);
  await page.locator('padu-login #password input').fill(password);
  await page.locator('padu-login [part=submit]').click();
}

/** A locator's text with its whitespace collapsed, as it reads. */
const text = async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe('an OPD admin invites an officer, who accepts and signs in; disabled, they are refused', { timeout: 180_000 }, () => {
  const site = demoSite();

  it('invites on /admin/, accepts on /petugas/undangan/, signs in on /petugas/, and is refused once disabled', async () => {
    const adminContext = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const officerContext = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    const admin = await adminContext.newPage();
    const adminProblems = await watchProblems(admin);

    // The admin signs in; the OPD's staff is listed with status and last sign-in.
    await admin.goto(`${site.gateway.origin}/admin/`);
    await signIn(admin, ADMIN, PASSWORD);
    await admin.locator('#daftar-petugas li').first().waitFor();
    const seeded = admin.locator('#daftar-petugas li[data-email="petugas.dinsos@demo.padu.id"]');
    assert.match(await text(seeded), /Petugas Dinsos\s*Aktif/);
    assert.equal(await admin.locator('#pilih-opd').isHidden(), true, 'an OPD admin manages their own OPD only');

    // A name and an email the page refuses before asking the gateway: said at each input.
    await admin.locator('#undang-nama').fill('R');
    await admin.locator('#undang-email').fill('bukan-email');
    await admin.getByRole('button', { name: 'Buat tautan undangan' }).click();
    assert.equal(await focusedId(admin), 'undang-nama');
    assert.equal(await admin.locator('#undang-email').getAttribute('aria-invalid'), 'true');
    assert.match(await text(admin.locator('#undang-email-galat')), /alamat email yang benar/);

    // Invited: the one-time link, shown once, to copy.
    await admin.locator('#undang-nama').fill('Rina Wulandari');
    await admin.locator('#undang-email').fill(OFFICER_EMAIL);
    await admin.getByRole('button', { name: 'Buat tautan undangan' }).click();
    await admin.locator('#tautan').waitFor();
    assert.equal(await focusedId(admin), 'tautan');
    const link = await admin.locator('#tautan-isi').inputValue();
    const url = new URL(link);
    assert.equal(`${url.origin}${url.pathname}`, `${site.gateway.origin}/petugas/undangan`);
    assert.equal(url.search, '');
    const token = url.hash.slice(1);
    assert.match(token, /^inv_[A-Za-z0-9_-]{43}$/);
    assert.match(await text(admin.locator('#tautan-petunjuk')), /hanya dapat dipakai sekali.*tidak akan ditampilkan lagi/);
    await admin.getByRole('button', { name: 'Salin tautan' }).click();
    assert.match(await text(admin.locator('#salin-kabar')), /Tautan (disalin|sudah dipilih)/);
    const invited = admin.locator(`#daftar-petugas li[data-email="${OFFICER_EMAIL}"]`);
    assert.match(await text(invited), /Rina Wulandari\s*Diundang.*belum pernah masuk/);
    await admin.locator('#daftar-audit li[data-action="officer.invited"]').first().waitFor();
    assert.match(await text(admin.locator('#daftar-audit li').first()), /Admin Dinsos \(admin OPD\) mengundang Rina Wulandari\./);
    await expectAccessible(admin, '/admin/ with the staff, a new link and the audit log');

    // The officer opens the link (on a phone): the token stays in the fragment.
    const officer = await officerContext.newPage();
    const officerProblems = await watchProblems(officer);
    const requested: string[] = [];
    const bodies: string[] = [];
    officer.on('request', (request) => {
      requested.push(request.url());
      bodies.push(request.postData() ?? '');
    });
    await officer.goto(link);
    await officer.locator('#terima').waitFor();
    assert.equal(await officer.evaluate(() => location.pathname), '/petugas/undangan/');
    await expectAccessible(officer, 'the invitation page');

    // Too short a password: said at the input and in the summary, which takes the focus; nothing sent.
    await officer.locator('#nama').fill('Rina Wulandari, S.Kom.');
    await officer.locator('#sandi').fill('pendek');
    await officer.getByRole('button', { name: 'Terima undangan' }).click();
    assert.equal(await focusedId(officer), 'masalah');
    assert.match(await text(officer.locator('#masalah')), /Ada yang perlu diperbaiki.*Kata sandi paling sedikit 10 karakter/);
    assert.equal(await officer.locator('#sandi').getAttribute('aria-invalid'), 'true');
    assert.match((await officer.locator('#sandi').getAttribute('aria-describedby')) ?? '', /sandi-galat/);
    await expectAccessible(officer, 'the invitation page with a problem');
    assert.ok(!bodies.some((body) => body.includes(token)), 'nothing was sent yet');

    // Accepted: signed in, on the officer console, the token gone from the address bar.
    await officer.locator('#sandi').fill(OFFICER_PASSWORD);
    await officer.getByRole('button', { name: 'Terima undangan' }).click();
    await officer.waitForURL(`${site.gateway.origin}/petugas/`);
    await officer.locator('#antrean').waitFor();
    assert.match(await text(officer.locator('#antrean-judul')), /Antrean Dinsos/);
    assert.ok(!requested.some((address) => address.includes(token.slice(4))), `no URL carries the token: ${requested.filter((a) => a.includes('inv_')).join(' ')}`);
    assert.equal(bodies.filter((body) => body.includes(token)).length, 1, 'the token went once, in the acceptance');
    await expectAccessible(officer, '/petugas/ signed in');

    // The link works once: opened again, it says so, and where to sign in.
    const again = await officerContext.newPage();
    const againProblems = await watchProblems(again, (text) => text.includes('409'));
    await again.goto(link);
    await again.locator('#nama').fill('Rina Lagi');
    await again.locator('#sandi').fill('kata-sandi-lain-2026');
    await again.getByRole('button', { name: 'Terima undangan' }).click();
    await again.locator('#selesai').waitFor();
    assert.match(await text(again.locator('#masalah')), /Undangan sudah dipakai/);
    assert.equal(await again.locator('#terima').isHidden(), true);
    assert.equal(await focusedId(again), 'masalah');
    await expectAccessible(again, 'a used invitation');
    assert.deepEqual(againProblems.list, []);
    await again.close();

    // The admin sees the officer active, under the name they chose, and disables them after a confirmation.
    await admin.reload();
    const active = admin.locator(`#daftar-petugas li[data-email="${OFFICER_EMAIL}"]`);
    await active.getByText('Aktif', { exact: true }).waitFor();
    assert.match(await text(active), /Rina Wulandari, S\.Kom\.\s*Aktif.*terakhir masuk/);
    await active.getByRole('button', { name: 'Nonaktifkan Rina Wulandari, S.Kom.' }).click();
    assert.equal(await admin.evaluate(() => document.activeElement?.textContent), 'Ya, nonaktifkan');
    assert.match(await text(active), /Semua sesinya berakhir saat ini juga/);
    await expectAccessible(admin, 'the confirmation before disabling');
    await admin.getByRole('button', { name: 'Ya, nonaktifkan' }).click();
    await active.getByText('Nonaktif', { exact: true }).waitFor();
    assert.match(await text(admin.locator('#petugas-kabar')), /dinonaktifkan; semua sesinya telah berakhir/);
    assert.equal(await admin.evaluate(() => document.activeElement?.getAttribute('aria-label')), 'Aktifkan Rina Wulandari, S.Kom.');
    await admin.locator('#daftar-audit li[data-action="officer.disabled"]').first().waitFor();
    assert.match(await text(admin.locator('#daftar-audit li').first()), /menonaktifkan Rina Wulandari, S\.Kom\./);
    assert.ok(await admin.locator('#daftar-audit li[data-action="invitation.accepted"]').count());
    assert.deepEqual(adminProblems.list, []);

    // The officer's session has ended: the console asks them to sign in, and the sign-in is refused.
    await officer.reload();
    await officer.locator('padu-login #identifier input').waitFor();
    await signIn(officer, OFFICER_EMAIL, OFFICER_PASSWORD);
    await officer.locator('padu-login').getByText('Akun ini dinonaktifkan.', { exact: true }).waitFor();
    assert.equal(await officer.locator('#antrean').isHidden(), true);
    await expectAccessible(officer, '/petugas/ refusing a disabled account');
    // The refused sign-in is the only error the console logged (the browser reports the 401 and 403 responses).
    assert.deepEqual(
      officerProblems.list.filter((text) => !/the server responded with a status of (401|403)/.test(text)),
      [],
    );

    await adminContext.close();
    await officerContext.close();
  });
});
