// The API reference that `npm start` serves at /api/v1/docs, in a real Chromium: Redoc, loaded from the gateway
// itself, draws the contract (its title and its operations) with no console error and no CSP violation.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launchChromium, watchProblems } from '../support/browser.ts';
import { startGatewayProcess, type GatewayProcess } from '../support/gateway.ts';

const REDOC_LOGO = 'https://cdn.redoc.ly/redoc/logo-mini.svg';

describe('the API reference in Chromium', { timeout: 120_000 }, () => {
  let gateway: GatewayProcess;
  let browser: Browser;
  before(async () => {
    gateway = await startGatewayProcess();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await gateway?.stop();
  });

  it('renders the contract with no errors and no CSP violations, and its search works', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // The one load the CSP refuses, by design: the logo of Redoc's "API docs by Redocly" link, which Redoc
    // fetches from its CDN (the page reaches no other host) and hides when it fails. Nothing else is excused.
    const problems = await watchProblems(page, (text) => text.includes(REDOC_LOGO));
    // What the page actually loaded (a load the CSP refuses never finishes).
    const loaded: string[] = [];
    page.on('requestfinished', (request) => loaded.push(request.url()));
    const response = await page.goto(`${gateway.url}/docs`);
    assert.equal(response?.status(), 200);
    await page.getByRole('heading', { level: 1, name: /Padu API/ }).waitFor({ timeout: 30_000 });
    // An operation by its summary, in the menu and as the operation's heading.
    const heading = page.locator('h2', { hasText: 'Log in with NIK or email and password' }).first();
    await heading.waitFor();
    // Search: Redoc's index runs in a worker (the CSP's `worker-src blob:`).
    await page.getByPlaceholder('Search...').fill('tracking');
    await page.locator('[role="search"] li, [data-role="search:result"]').first().waitFor({ timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    assert.deepEqual(problems.list, []);
    assert.equal(await page.locator(`img[src="${REDOC_LOGO}"]`).count(), 0, 'Redoc hides its blocked logo');
    // Everything came from the gateway, the contract as the API publishes it included.
    assert.ok(loaded.includes(`${gateway.url}/openapi.yaml`), loaded.join(', '));
    assert.deepEqual(loaded.filter((url) => !url.startsWith(gateway.origin) && !url.startsWith('blob:') && !url.startsWith('data:')), []);
    await page.close();
  });
});
