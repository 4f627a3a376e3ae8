// The whole loop, end to end, on the demo OPD sites that `npm start` serves: Chromium (playwright-core) against
// `node --conditions=source packages/server/src/main.ts` with fresh data on a free port.
//
// 1. A citizen on the Disdukcapil page finds a service in the catalogue, logs in, fills in a two-step
//    application with an upload, and gets a tracking code.
// 2. An officer (on the officer page) returns it with a note.
// 3. The citizen, now on the DPMPTSP page (still signed in: one city session), sees "Perlu Perbaikan" in My
//    Applications, revises and resubmits.
// 4. The officer completes it.
// 5. The tracker on the citizen's page shows "Selesai" live, without a reload.
//
// The citizen uses the keyboard only (Tab, Enter, Space, typing: no clicks). The journey runs in Indonesian and
// again in English (`lang="en"` set on the pages' <html> by the test). No page logs a console error or a CSP
// violation. Screenshots at 360 px and 1280 px go to test-results/ (gitignored).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { statusLabels } from '@padu/contract';
import type { ApplicationStatus } from '@padu/contract';
import { ensureCdnBundle, repoRoot } from '../support/builds.ts';
import { axe, describeViolations, launchChromium, watchProblems } from '../support/browser.ts';
import type { PageProblems } from '../support/browser.ts';
import { startGatewayProcess } from '../support/gateway.ts';
import type { GatewayProcess } from '../support/gateway.ts';

const PASSWORD = 'padu-demo-2026';
const CITIZEN_NIK = '3571022003850001'; // Budi Santoso (demo, unverified: Kartu Keluarga does not need more)
const OFFICER = 'petugas.disdukcapil@demo.padu.id';
const artefacts = join(repoRoot, 'test-results');

/** What has the focus, through shadow roots. */
interface Focus {
  tag: string;
  id: string;
  part: string;
  type: string;
  text: string;
  label: string;
  /** The shadow hosts on the way, outermost first, e.g. `padu-service-form > padu-login > padu-nik-input#identifier`. */
  hosts: string;
}

async function focused(page: Page): Promise<Focus | null> {
  return page.evaluate(() => {
    let element: Element | null = document.activeElement;
    const hosts: string[] = [];
    while (element?.shadowRoot?.activeElement) {
      hosts.push(element.localName + (element.id ? `#${element.id}` : ''));
      element = element.shadowRoot.activeElement;
    }
    if (!element) return null;
    const labels = (element as HTMLInputElement).labels;
    return {
      tag: element.localName,
      id: element.id,
      part: element.getAttribute('part') ?? '',
      type: element.getAttribute('type') ?? '',
      text: (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 160),
      label: labels ? [...labels].map((label) => label.textContent?.trim()).join(' ') : '',
      hosts: hosts.join(' > '),
    };
  });
}

/** Presses Tab (Shift+Tab with `back`) until the focused element matches; the keyboard is the only input. */
async function tabTo(page: Page, what: string, match: (focus: Focus) => boolean, { back = false, max = 250 } = {}): Promise<Focus> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const focus = await focused(page);
    if (focus && match(focus)) return focus;
    if (focus) seen.push(`${focus.hosts} ${focus.tag}#${focus.id}[${focus.part}] "${focus.text.slice(0, 40)}"`);
  }
  throw new Error(`Could not Tab to ${what}. Last focused:\n  ${seen.slice(-12).join('\n  ')}`);
}

/** Waits until the focused element matches (focus moved by the page itself). */
async function focusLands(page: Page, what: string, match: (focus: Focus) => boolean, timeout = 10_000): Promise<Focus> {
  const started = Date.now();
  for (;;) {
    const focus = await focused(page);
    if (focus && match(focus)) return focus;
    if (Date.now() - started > timeout) throw new Error(`The focus did not move to ${what}; it is on ${JSON.stringify(focus)}`);
    await page.waitForTimeout(50);
  }
}

/** axe (WCAG 2.2 AA) finds nothing on the page as it is now. */
async function assertAccessible(page: Page, where: string): Promise<void> {
  const violations = await axe(page);
  assert.deepEqual(violations, [], `${where}:\n${describeViolations(violations)}`);
}

async function screenshots(page: Page, name: string): Promise<void> {
  const size = page.viewportSize() ?? { width: 1280, height: 900 };
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: join(artefacts, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize(size);
}

interface Strings {
  lang: 'id' | 'en';
  search: string;
  service: RegExp;
  reason: string;
  revisedReason: string;
  change: RegExp;
  status: (status: ApplicationStatus) => string;
}

const languages: Strings[] = [
  {
    lang: 'id',
    search: 'keluarga',
    service: /Kartu Keluarga/,
    reason: 'Perubahan data: alamat pindah ke Kelurahan Bandar Lor.',
    revisedReason: 'Perubahan data: alamat pindah ke Kelurahan Bandar Lor, RT 002 RW 005 (sesuai surat pindah).',
    change: /^Ubah Keterangan perubahan/,
    status: (status) => statusLabels.id[status],
  },
  {
    lang: 'en',
    search: 'keluarga',
    service: /Family card/,
    reason: 'Change of details: moved to Bandar Lor sub-district.',
    revisedReason: 'Change of details: moved to Bandar Lor sub-district, RT 002 RW 005 (as on the moving letter).',
    change: /^Change What changes/,
    status: (status) => statusLabels.en[status],
  },
];

for (const strings of languages) {
  describe(`the journey, keyboard only, in ${strings.lang === 'id' ? 'Indonesian' : 'English'}`, { timeout: 240_000 }, () => {
    let gateway: GatewayProcess;
    let browser: Browser;
    let citizen: BrowserContext;
    let officer: BrowserContext;
    let page: Page;
    let desk: Page;
    const problems: PageProblems[] = [];
    let trackingCode = '';
    const shot = (name: string) => screenshots(page, `journey-${strings.lang}-${name}`);

    /** Opens an OPD page, in the run's language (the test sets `lang` on its <html>). */
    async function openSite(path: string): Promise<void> {
      await page.goto(`${gateway.origin}${path}`);
      await page.locator('padu-login').locator('form, [part=account]').first().waitFor();
    }

    /** On the officer page: moves the application with `trackingCode` to `to`, with `note`. */
    async function transition(to: ApplicationStatus, note?: string): Promise<void> {
      const item = desk.locator(`li[data-code="${trackingCode}"]`);
      await item.locator(`input[name="to"][value="${to}"]`).check();
      if (note) await item.locator('textarea').fill(note);
      await item.getByRole('button', { name: 'Simpan perubahan status' }).click();
      await desk.locator(`li[data-code="${trackingCode}"] .chip[data-status="${to}"]`).waitFor();
    }

    before(async () => {
      await mkdir(artefacts, { recursive: true });
      await ensureCdnBundle();
      gateway = await startGatewayProcess();
      browser = await launchChromium();
      citizen = await browser.newContext({ viewport: { width: 360, height: 800 } });
      if (strings.lang === 'en') {
        // The demo pages are Indonesian; this run serves them with `lang="en"` on <html>, headers (CSP) kept.
        await citizen.route(/\/(disdukcapil|dpmptsp)\/(\?.*)?$/, async (route) => {
          const response = await route.fetch();
          const body = (await response.text()).replace('<html lang="id">', '<html lang="en">');
          await route.fulfill({ response, body });
        });
      }
      page = await citizen.newPage();
      problems.push(await watchProblems(page));
      officer = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      desk = await officer.newPage();
      problems.push(await watchProblems(desk));
    });

    after(async () => {
      await browser?.close();
      await gateway?.stop();
    });

    it('1. the citizen finds a service on the Disdukcapil page, logs in, applies with an upload, gets a code', async () => {
      await openSite('/disdukcapil/');
      assert.equal(await page.evaluate(() => document.documentElement.lang), strings.lang);
      // Find it: search the catalogue.
      await tabTo(page, 'the catalogue search', (f) => f.hosts.includes('padu-service-catalogue') && f.type === 'search');
      await page.keyboard.type(strings.search);
      await page.locator('padu-service-catalogue [part=service]').first().waitFor();
      await page.waitForFunction(
        () => document.querySelector('padu-service-catalogue')?.shadowRoot?.querySelectorAll('[part=service]').length === 1,
      );
      await tabTo(page, 'the service link', (f) => f.part === 'select' && strings.service.test(f.text));
      await page.keyboard.press('Enter');
      await page.waitForURL(/\?service=kartu-keluarga#formulir$/);

      // The Standar Pelayanan first, then log in inline.
      await page.locator('padu-service-form [part=start]').waitFor();
      await tabTo(page, '"Mulai"', (f) => f.part === 'start');
      await page.keyboard.press('Enter');
      await tabTo(page, 'the NIK field of the inline login', (f) => f.hosts.startsWith('padu-service-form > padu-login') && f.hosts.endsWith('#identifier'));
      await page.keyboard.type(CITIZEN_NIK);
      await tabTo(page, 'the password', (f) => f.hosts.endsWith('#password') && f.tag === 'input');
      await page.keyboard.type(PASSWORD);
      await tabTo(page, '"Masuk"', (f) => f.hosts === 'padu-service-form > padu-login' && f.part === 'submit');
      await page.keyboard.press('Enter');

      // Step 1: "Lanjutkan" with nothing filled in shows the error summary, which takes the focus.
      await focusLands(page, 'step 1', (f) => f.hosts === 'padu-service-form' && (f.part === 'heading' || f.part === 'step-count'));
      await tabTo(page, '"Lanjutkan"', (f) => f.part === 'continue');
      await page.keyboard.press('Enter');
      await focusLands(page, 'the error summary', (f) => f.part === 'error-summary');
      await assertAccessible(page, 'step 1 with the error summary');
      await tabTo(page, 'the first choice', (f) => f.hosts.endsWith('#field-jenis_permohonan') && f.type === 'radio');
      await page.keyboard.press('Space');
      await tabTo(page, 'the reason', (f) => f.hosts.endsWith('#field-alasan') && f.tag === 'textarea');
      await page.keyboard.type(strings.reason);
      await tabTo(page, '"Lanjutkan"', (f) => f.part === 'continue');
      await page.keyboard.press('Enter');

      // Step 2: an upload, chosen with the keyboard.
      await focusLands(page, 'step 2', (f) => f.hosts === 'padu-service-form' && (f.part === 'heading' || f.part === 'step-count'));
      await tabTo(page, 'the file input', (f) => f.hosts.endsWith('#field-kk_lama') && f.type === 'file');
      const chooser = page.waitForEvent('filechooser');
      await page.keyboard.press('Space');
      await (await chooser).setFiles({
        name: 'kk-lama.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'),
      });
      await page.locator('#field-kk_lama [part=remove]').waitFor();
      await tabTo(page, '"Lanjutkan"', (f) => f.part === 'continue');
      await page.keyboard.press('Enter');

      // Check answers, submit.
      await page.locator('padu-service-form [part=submit]').waitFor();
      await assertAccessible(page, 'the check-answers page');
      await tabTo(page, 'the submit button', (f) => f.part === 'submit' && f.hosts === 'padu-service-form');
      await page.keyboard.press('Enter');
      await focusLands(page, 'the confirmation', (f) => f.hosts === 'padu-service-form' && f.text.length > 0 && f.id === '' && f.part === '');
      trackingCode = (await page.locator('padu-service-form [part=tracking-code]').textContent())!.trim();
      assert.match(trackingCode, /^DKC-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
      await assertAccessible(page, 'the confirmation');
      await shot('1-submitted');
    });

    it('2. the officer returns it with a note (officer page)', async () => {
      await desk.goto(`${gateway.origin}/petugas/`);
      await desk.locator('padu-login #identifier input').fill(OFFICER);
      await desk.locator('padu-login #password input').fill(PASSWORD);
      await desk.locator('padu-login [part=submit]').click();
      await desk.locator(`li[data-code="${trackingCode}"]`).waitFor();
      await transition('verifying');
      await transition('needs_revision', 'Foto Kartu Keluarga lama terpotong. Mohon unggah ulang halaman yang utuh.');
      await assertAccessible(desk, 'the officer page');
      await desk.screenshot({ path: join(artefacts, `journey-${strings.lang}-2-officer-1280.png`), fullPage: true });
    });

    it('3. the citizen, on the DPMPTSP page, sees "Perlu Perbaikan", revises and resubmits', async () => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await openSite('/dpmptsp/');
      // One city session: the login on the Disdukcapil page holds here too, with no password typed again.
      assert.equal(await page.locator('padu-login [part=account]').count(), 1, 'signed in on the DPMPTSP page');

      const chip = page.locator('padu-my-applications [part=application] [part=status]').first();
      await chip.waitFor();
      assert.equal((await chip.textContent())?.trim(), strings.status('needs_revision'));
      await shot('3-my-applications');
      await tabTo(page, 'the application in My Applications', (f) => f.hosts === 'padu-my-applications' && f.part === 'open' && f.text.includes(trackingCode));
      await page.keyboard.press('Enter');
      const note = page.locator('padu-my-applications padu-status-tracker [part=action]');
      await note.waitFor();
      assert.match((await note.textContent()) ?? '', /terpotong/);
      await tabTo(page, '"Perbaiki permohonan"', (f) => f.part === 'revise');
      await page.keyboard.press('Enter');

      // The page's form opens the application on its check-answers page, with the note, and takes the focus.
      await page.locator('padu-service-form [part=revision-note]').waitFor();
      await focusLands(page, 'the revision', (f) => f.hosts === 'padu-service-form' && f.part === 'heading');
      await assertAccessible(page, 'the revision');
      await tabTo(page, 'the "Ubah" link of the reason', (f) => f.tag === 'a' && strings.change.test(f.text));
      await page.keyboard.press('Enter');
      await focusLands(page, 'the reason', (f) => f.hosts.endsWith('#field-alasan') && f.tag === 'textarea');
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(strings.revisedReason);
      await tabTo(page, '"Lanjutkan"', (f) => f.part === 'continue');
      await page.keyboard.press('Enter');
      await tabTo(page, 'the resubmit button', (f) => f.part === 'submit' && f.hosts === 'padu-service-form');
      await page.keyboard.press('Enter');
      await page.locator('padu-service-form [part=panel]').waitFor();

      // Follow it in the page's tracker (typed code), which stays on screen for the rest.
      await tabTo(page, 'the tracking-code field', (f) => f.hosts === 'padu-status-tracker > padu-text-input#code' && f.tag === 'input', { back: true });
      await page.keyboard.type(trackingCode.toLowerCase().replaceAll('-', ' '));
      await tabTo(page, '"Lacak"', (f) => f.hosts === 'padu-status-tracker' && f.tag === 'button');
      await page.keyboard.press('Enter');
      const status = page.locator('#lacak padu-status-tracker [part=status]');
      await status.waitFor();
      assert.equal((await status.textContent())?.trim(), strings.status('submitted'));
    });

    it('4. the officer completes it, and 5. the tracker shows "Selesai" live, without a reload', async () => {
      const loads: string[] = [];
      page.on('framenavigated', (frame) => frame === page.mainFrame() && loads.push(frame.url()));
      await desk.locator('#saring button').click();
      await desk.locator(`li[data-code="${trackingCode}"] .chip[data-status="submitted"]`).waitFor();
      await transition('verifying');
      await transition('in_process');
      await transition('completed', 'Kartu Keluarga sudah terbit dan dapat diunduh.');
      const status = page.locator('#lacak padu-status-tracker [part=status]');
      await page.waitForFunction(
        ([selector, label]) =>
          document.querySelector(selector!)?.shadowRoot?.querySelector('[part=status]')?.textContent?.trim() === label,
        ['#lacak padu-status-tracker', strings.status('completed')],
        { timeout: 20_000 },
      );
      assert.equal((await status.textContent())?.trim(), strings.status('completed'));
      assert.deepEqual(loads, [], 'the page did not reload');
      await assertAccessible(page, 'the completed application');
      await shot('5-completed');
    });

    it('logs no console error and no CSP violation on any page', () => {
      assert.deepEqual(
        problems.flatMap((p) => p.list),
        [],
      );
    });
  });
}
