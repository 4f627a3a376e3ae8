// The demo pages that `npm start` serves, as a citizen's phone shows them: at 320 px nothing scrolls sideways,
// axe finds no WCAG 2.2 AA violation, nothing logs an error or breaks the CSP, and the pages are in Indonesian.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { axe, describeViolations, watchProblems } from '../support/browser.ts';
import { demoSite } from '../support/demo-site.ts';

const pages = ['/', '/disdukcapil/', '/disdukcapil/?service=kartu-keluarga', '/dpmptsp/', '/dpmptsp/?service=izin-praktik-nakes', '/petugas/', '/petugas/undangan/', '/admin/'];

describe('the demo pages at 320 px', { timeout: 120_000 }, () => {
  const site = demoSite();

  for (const path of pages) {
    it(`${path}: fits, passes axe (WCAG 2.2 AA and best practices), no errors, no CSP violations`, async () => {
      const page = await site.browser.newPage({ viewport: { width: 320, height: 720 } });
      const problems = await watchProblems(page);
      await page.goto(`${site.gateway.origin}${path}`);
      await page.waitForLoadState('networkidle');
      // Every Padu tag on the page is defined and drawn.
      await page.waitForFunction(() =>
        [...document.querySelectorAll('*')]
          .filter((element) => element.localName.startsWith('padu-'))
          .every((element) => customElements.get(element.localName) && element.shadowRoot?.childElementCount),
      );
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'id');
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 320, `the page is ${width} px wide at 320 px`);
      // Best practices too: every part of the page in a landmark (`region`), one main, unique landmarks.
      const violations = await axe(page, undefined, ['best-practice']);
      assert.deepEqual(violations, [], describeViolations(violations));
      assert.deepEqual(problems.list, []);
      await page.close();
    });
  }
});
