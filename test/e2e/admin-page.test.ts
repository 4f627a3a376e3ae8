// The OPD admin's page of the demo (`/admin/`), served by the gateway with its static CSP: an OPD admin signs in
// with <padu-login>, sees only their OPD's services, opens one in <padu-service-editor>, and the editor loads its
// draft and the preview; nothing logs an error or breaks the CSP, and axe finds no violation.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { axe, describeViolations, watchProblems } from '../support/browser.ts';
import { demoSite } from '../support/demo-site.ts';

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

    await page.getByRole('button', { name: /^Susun Surat Keterangan Tidak Mampu/ }).click();
    await page.locator('padu-service-editor .layout').waitFor();
    await page.locator('padu-service-editor padu-service-form').waitFor();
    assert.match((await page.locator('padu-service-editor [role=heading]').first().textContent()) ?? '', /Menyusun: Surat Keterangan Tidak Mampu/);
    const violations = await axe(page, undefined, ['best-practice']);
    assert.deepEqual(violations, [], describeViolations(violations));
    assert.deepEqual(problems.list, []);
    await page.close();
  });
});
