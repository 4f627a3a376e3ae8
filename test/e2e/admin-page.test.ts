// The OPD admin's page of the demo (`/admin/`), served by the gateway with its static CSP: an OPD admin signs in
// with <padu-login>, sees only their OPD's services, opens one in <padu-service-editor>, and the editor loads its
// draft, the preview and the service's versions; the city's admin chooses an OPD and creates a service for it.
// Nothing logs an error or breaks the CSP, and axe finds no violation.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator } from 'playwright-core';
import { axe, describeViolations, watchProblems } from '../support/browser.ts';
import { demoSite } from '../support/demo-site.ts';

/** A locator's text with its whitespace collapsed, as it reads. */
const text = async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();

describe('/admin/: the OPD admin authors a service', { timeout: 120_000 }, () => {
  const site = demoSite();

  it('signs in, lists the OPD’s services, opens SKTM in the editor with its preview', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems = await watchProblems(page);
    await page.goto(`${site.gateway.origin}/admin/`);
    await page.locator('padu-login #identifier input').fill('admin.dinsos@demo.padu.id');
    await page.locator('padu-login #password input').fill('padu-demo-2026');
    await page.locator('padu-login [part=submit]').click();
    await page.locator('#daftar li').first().waitFor();
    const listed = await page.locator('#daftar li').allTextContents();
    assert.ok(listed.some((text) => text.includes('(sktm,')), `SKTM is listed: ${listed.join(' | ')}`);
    assert.ok(!listed.some((text) => text.includes('(kartu-keluarga,')), 'another OPD’s service is not listed');
    assert.equal(await text(page.locator('#opd-sendiri')), 'Anda mengelola Dinas Sosial Kota Kediri.');
    assert.equal(await page.locator('#pilih-opd').isHidden(), true);

    await page.getByRole('button', { name: /^Susun Surat Keterangan Tidak Mampu/ }).click();
    await page.locator('padu-service-editor .layout').waitFor();
    await page.locator('padu-service-editor padu-service-form').waitFor();
    assert.match((await page.locator('padu-service-editor [role=heading]').first().textContent()) ?? '', /Menyusun: Surat Keterangan Tidak Mampu/);
    // The service beside its draft: published, its seeded version, and the way to retire it.
    await page.locator('padu-service-editor .versions > li').first().waitFor();
    assert.equal(await text(page.locator('padu-service-editor #service-state')), 'Terbit: versi 1 berlaku untuk permohonan baru.');
    assert.match(await text(page.locator('padu-service-editor .versions > li').last()), /^Versi 1\s*versi berlaku\s*Terbit .+ oleh Padu \(data awal\)/);
    await page.locator('padu-service-editor #retire-start').waitFor();
    const violations = await axe(page, undefined, ['best-practice']);
    assert.deepEqual(violations, [], describeViolations(violations));
    assert.deepEqual(problems.list, []);
    await page.close();
  });

  it('lets the city’s admin choose an OPD, and create a service for it, at 320 px', async () => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 720 } });
    const problems = await watchProblems(page);
    await page.goto(`${site.gateway.origin}/admin/`);
    await page.locator('padu-login #identifier input').fill('admin@demo.padu.id');
    await page.locator('padu-login #password input').fill('padu-demo-2026');
    await page.locator('padu-login [part=submit]').click();
    await page.locator('#opd-pilihan').waitFor();
    const offered = await page.locator('#opd-pilihan option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    assert.ok(['disdukcapil', 'dpmptsp', 'dinsos', 'kelurahan-bandar-lor'].every((id) => offered.includes(id)), offered.join(' '));

    // Another OPD: its services, its staff and its log.
    await page.locator('#opd-pilihan').selectOption('kelurahan-bandar-lor');
    await page.locator('#daftar li', { hasText: '(surat-domisili,' }).waitFor();
    assert.ok((await page.locator('#daftar li').allTextContents()).every((item) => !item.includes('(sktm,')), 'only the chosen OPD’s services');
    await page.locator('#daftar-petugas li[data-email="petugas.kelurahan-bandar-lor@demo.padu.id"]').waitFor();
    assert.equal(await page.locator('#undang-peran').isVisible(), true, 'the city’s admin may invite an OPD admin');

    // A new service, for the chosen OPD.
    await page.getByRole('button', { name: 'Buat layanan baru' }).click();
    const editor = page.locator('padu-service-editor');
    await editor.locator('#agency').waitFor();
    assert.equal(await editor.locator('#agency').inputValue(), 'kelurahan-bandar-lor');
    await editor.locator('#id').fill('surat-pengantar-kelurahan');
    await editor.locator('#name-id').fill('Surat Pengantar Kelurahan');
    await editor.getByRole('button', { name: 'Buat layanan' }).click();
    await editor.locator('.layout').waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 320, `the page is ${width} px wide at 320 px`);
    await page.getByRole('button', { name: 'Kembali ke daftar layanan' }).click();
    await page.locator('#daftar li', { hasText: '(surat-pengantar-kelurahan,' }).waitFor();
    await page.locator('#daftar-audit li[data-action="service.created"]').first().waitFor();
    assert.match(await text(page.locator('#daftar-audit li').first()), /Admin SPBE Kota Kediri \(admin SPBE kota\) membuat layanan “Surat Pengantar Kelurahan”\./);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= 320), true);
    const violations = await axe(page, undefined, ['best-practice']);
    assert.deepEqual(violations, [], describeViolations(violations));
    assert.deepEqual(problems.list, []);
    await page.close();
  });
});
