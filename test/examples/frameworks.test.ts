// The framework examples (examples/react, examples/vue), bundled here with esbuild and run in Chromium against
// the stories' fixture gateway (no server): a rich property reaches the element (`client`, `strings`), the
// elements' events reach the framework (`padu-login`, `padu-service-select`), and slotted content shows.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { exampleOptions } from '../../examples/build.mjs';
import { repoRoot } from '../support/builds.ts';
import { launchChromium, watchProblems } from '../support/browser.ts';
import type { PageProblems } from '../support/browser.ts';

/** The example app, mounted with a client on the fixture gateway (stories/fixtures). */
const entries = {
  react: `
    import { createRoot } from 'react-dom/client';
    import { fixtureClient } from '../../stories/fixtures/router.ts';
    import { App } from './App.jsx';
    createRoot(document.getElementById('app')).render(<App client={fixtureClient()} />);
  `,
  vue: `
    import { createApp } from 'vue';
    import { fixtureClient } from '../../stories/fixtures/router.ts';
    import App from './App.vue';
    createApp(App, { client: fixtureClient() }).mount('#app');
  `,
};

const ORIGIN = 'http://contoh-opd.test';

for (const [name, source] of Object.entries(entries)) {
  describe(`the ${name === 'react' ? 'React 19' : 'Vue 3'} example`, { timeout: 120_000 }, () => {
    let browser: Browser;
    let page: Page;
    let problems: PageProblems;

    before(async () => {
      const started = performance.now();
      const result = await build(
        exampleOptions({
          stdin: { contents: source, resolveDir: join(repoRoot, 'examples', name), sourcefile: `test-${name}.jsx`, loader: 'jsx' },
          write: false,
        }),
      );
      const bundle = result.outputFiles![0]!.text;
      console.log(`${name}: bundled in ${Math.round(performance.now() - started)} ms (${Math.round(bundle.length / 1000)} kB)`);
      browser = await launchChromium();
      page = await browser.newPage();
      problems = await watchProblems(page);
      await page.route(`${ORIGIN}/**`, (route) => {
        const path = new URL(route.request().url()).pathname;
        if (path === '/app.js') return route.fulfill({ contentType: 'text/javascript', body: bundle });
        if (path === '/') {
          return route.fulfill({
            contentType: 'text/html',
            body: '<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Contoh</title><script type="module" src="/app.js"></script></head><body><div id="app"></div></body></html>',
          });
        }
        return route.fulfill({ status: 404, body: '' });
      });
      await page.goto(`${ORIGIN}/`);
    });

    after(async () => {
      await browser?.close();
    });

    it('passes rich data as properties: the client (services load) and the strings (overridden text)', async () => {
      const select = page.locator('padu-service-catalogue [part=select]').first();
      await select.waitFor();
      assert.match((await select.textContent()) ?? '', /Pilih layanan ini/);
      assert.equal(await page.locator('padu-service-catalogue').evaluate((element) => typeof (element as unknown as { client: unknown }).client), 'object');
    });

    it('shows slotted content: the logged-out slot of My Applications and the register slot of the login', async () => {
      const slotted = await page.locator('padu-my-applications').evaluate((element) =>
        [...element.shadowRoot!.querySelectorAll('slot')].flatMap((slot) => slot.assignedElements().map((node) => node.textContent?.trim())),
      );
      assert.deepEqual(slotted, ['Masuk di atas untuk melihat permohonan Anda.']);
      assert.equal(await page.locator('padu-login').evaluate((element) => element.shadowRoot!.querySelector<HTMLSlotElement>('slot[name=register]')!.assignedElements().length), 1);
    });

    it('hears padu-service-select (and cancels it) and padu-login', async () => {
      await page.evaluate(() =>
        document.addEventListener('padu-service-select', (event) => {
          (window as unknown as { cancelled: boolean }).cancelled = event.defaultPrevented;
        }),
      );
      await page.locator('padu-service-catalogue [part=select]').first().click();
      // The first service of the catalogue's fixtures, which follow the gateway's seed order.
      await page.locator('#chosen', { hasText: 'Dipilih: akta-kelahiran' }).waitFor();
      assert.equal(await page.evaluate(() => (window as unknown as { cancelled: boolean }).cancelled), true, 'the app cancelled the event');

      await page.locator('padu-login #identifier input').fill('3571014512900003');
      await page.locator('padu-login #password input').fill('rahasia-demo');
      await page.locator('padu-login [part=submit]').click();
      await page.locator('#greeting', { hasText: 'Halo, Siti Rahmawati' }).waitFor();
      // The shared session: My Applications fills in on its own.
      await page.locator('padu-my-applications [part=application]').first().waitFor();
      assert.deepEqual(problems.list, []);
    });
  });
}
