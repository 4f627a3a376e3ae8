// One city session, end to end, on the demo OPD sites as `npm start` serves them (Chromium, playwright-core):
//
// 1. the citizen logs in once, under "Akun Anda" on /disdukcapil/;
// 2. clicks "Ajukan permohonan" on a service card: the page reloads with the form, still signed in;
// 3. reloads: still signed in, and the reload spends one request on the session (the cookie refresh);
// 4. goes to /dpmptsp/: still signed in;
// 5. opens the other origin (http://localhost:<port>, another site, an OIDC client of the gateway) and clicks
//    "Masuk dengan Akun Kota Kediri": signed in with no password typed;
// 6. logs out there, "everywhere": both origins are signed out after the next reload, and a second tab of the
//    gateway's origin updates without a reload.
//
// The password is typed exactly once in the whole journey; the test counts it.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { ensureCdnBundle } from '../support/builds.ts';
import { launchChromium, watchProblems } from '../support/browser.ts';
import type { PageProblems } from '../support/browser.ts';
import { startGatewayProcess } from '../support/gateway.ts';
import type { GatewayProcess } from '../support/gateway.ts';

const EMAIL = 'siti@demo.padu.id';
const PASSWORD = 'padu-demo-2026';
const FULL_NAME = 'Siti Rahmawati';

// An ended session's first refresh is a 401 by design (a signed-out page's is a 204, no error).
const expected401 = (text: string) => /401 \(Unauthorized\)/.test(text);

describe('one city session: sign in once, stay signed in on every page and every OPD site', () => {
  let gateway: GatewayProcess;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let otherOrigin = '';
  let passwordsTyped = 0;
  const problems: PageProblems[] = [];

  before(async () => {
    await ensureCdnBundle();
    gateway = await startGatewayProcess();
    otherOrigin = `http://localhost:${new URL(gateway.origin).port}`;
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    problems.push(await watchProblems(page, expected401));
  });

  after(async () => {
    await browser?.close();
    await gateway?.stop();
  });

  const login = (target: Page) => target.locator('#akun padu-login');
  /** Waits until the account panel of "Akun Anda" shows the citizen (signed in) or the form (signed out). */
  async function signedIn(target: Page): Promise<boolean> {
    await login(target).locator('[part=account], form, [part=sso]').first().waitFor({ timeout: 15_000 });
    return (await login(target).locator('[part=account]').count()) > 0;
  }
  async function assertSignedIn(target: Page, where: string): Promise<void> {
    await login(target).locator('[part=account]').waitFor({ timeout: 15_000 }).catch(() => assert.fail(`${where}: not signed in`));
    assert.equal((await login(target).locator('[part=name]').textContent())?.trim(), FULL_NAME, `${where}: her own name, in full`);
  }
  /** Requests to the gateway's session operations while `action` runs. */
  async function sessionRequests(target: Page, action: () => Promise<void>): Promise<string[]> {
    const seen: string[] = [];
    const record = (request: Request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/api/v1/auth/') && request.method() !== 'OPTIONS') seen.push(`${request.method()} ${pathname}`);
    };
    target.on('request', record);
    try {
      await action();
    } finally {
      target.off('request', record);
    }
    return seen;
  }

  it('1. logs in once under "Akun Anda" on /disdukcapil/', async () => {
    await page.goto(`${gateway.origin}/disdukcapil/`);
    assert.equal(await signedIn(page), false, 'a fresh browser is signed out');
    const form = login(page);
    await form.getByRole('radio', { name: 'Alamat email' }).check();
    await form.getByRole('textbox', { name: 'Alamat email' }).fill(EMAIL);
    await form.getByLabel('Kata sandi', { exact: true }).fill(PASSWORD);
    passwordsTyped++;
    await form.getByRole('button', { name: 'Masuk', exact: true }).click();
    await assertSignedIn(page, '/disdukcapil/ after logging in');
    const cookies = await context.cookies(gateway.origin);
    assert.ok(!cookies.some((cookie) => /refresh/.test(cookie.name) && !cookie.httpOnly), 'no refresh token readable by the page');
    assert.equal(await page.evaluate(() => JSON.stringify({ ...sessionStorage, ...localStorage }).includes('refresh')), false);
  });

  it('2. "Ajukan permohonan" on a service card: the form page, still signed in', async () => {
    await page.locator('padu-service-catalogue').getByRole('link', { name: /Ajukan permohonan/ }).first().click();
    await page.waitForURL((url) => url.searchParams.has('service'));
    await assertSignedIn(page, 'the form page');
    const form = page.locator('padu-service-form');
    // The service's introduction with its start button: the form does not ask to log in.
    await form.locator('[part=start]').waitFor({ timeout: 15_000 });
    assert.equal(await form.getByText('Masuk untuk melanjutkan').count(), 0, 'the form does not ask to log in');
  });

  let reloadRequests: string[] = [];
  it('3. reloads: still signed in, for one request', async () => {
    reloadRequests = await sessionRequests(page, async () => {
      await page.reload();
      await assertSignedIn(page, 'after a reload');
    });
    assert.deepEqual(reloadRequests, ['POST /api/v1/auth/refresh']);
  });

  it('4. /dpmptsp/: still signed in', async () => {
    await page.goto(`${gateway.origin}/dpmptsp/`);
    await assertSignedIn(page, '/dpmptsp/');
    // "Perangkat aktif" lists this browser's session, marked as this device.
    await login(page).getByRole('button', { name: /Perangkat aktif/ }).click();
    await login(page).getByText('Perangkat ini').waitFor();
  });

  let secondTab: Page;
  let ssoMs = 0;
  let ssoRequests = 0;
  it('5. the other origin: "Masuk dengan Akun Kota Kediri", signed in with no password', async () => {
    secondTab = await context.newPage();
    problems.push(await watchProblems(secondTab, expected401));
    await secondTab.goto(`${gateway.origin}/disdukcapil/`);
    await assertSignedIn(secondTab, 'a second tab of the gateway’s origin');

    await page.goto(`${otherOrigin}/disdukcapil/`);
    const button = login(page).getByRole('button', { name: 'Masuk dengan Akun Kota Kediri' });
    await button.waitFor();
    let requests = 0;
    const count = () => requests++;
    page.on('request', count);
    const started = performance.now();
    await button.click();
    await page.waitForURL((url) => url.origin === otherOrigin && !url.searchParams.has('code'), { timeout: 20_000 });
    await assertSignedIn(page, 'the other origin');
    ssoMs = Math.round(performance.now() - started);
    page.off('request', count);
    ssoRequests = requests;
    assert.equal(new URL(page.url()).search, '', 'the code and state are gone from the address');
    assert.equal(passwordsTyped, 1);
  });

  it('6. logs out there, everywhere: both origins signed out after a reload; the other tab updates', async () => {
    await login(page).getByRole('button', { name: 'Keluar', exact: true }).click();
    // The gateway's own page asks whether to sign out of every site.
    await page.getByRole('button', { name: 'Ya, keluar dari semua situs' }).click();
    await page.waitForURL((url) => url.origin === otherOrigin, { timeout: 20_000 });
    assert.equal(await signedIn(page), false, 'the other origin is signed out');
    // The second tab, on the gateway's origin, hears it at once.
    await login(secondTab).locator('form').waitFor({ timeout: 1_500 });
    await page.reload();
    assert.equal(await signedIn(page), false, 'the other origin, after a reload');
    await page.goto(`${gateway.origin}/dpmptsp/`);
    assert.equal(await signedIn(page), false, 'the gateway’s origin, after a reload');
    await secondTab.reload();
    assert.equal(await signedIn(secondTab), false, 'the second tab, after a reload');
  });

  it('reports the figures and logged no unexpected console error or CSP violation', () => {
    console.log(
      `# city session: ${passwordsTyped} password entry; ${reloadRequests.length} session request per page load (${reloadRequests.join(', ')}); ` +
        `second origin signed in ${ssoMs} ms after the click (${ssoRequests} requests)`,
    );
    for (const list of problems) assert.deepEqual(list.list, []);
  });
});
