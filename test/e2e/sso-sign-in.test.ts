// Padu's single sign-on page in Chromium, against the gateway as `npm start` runs it: the demo's OIDC client
// (`http://localhost:<port>`) sends the browser to the gateway; the first time the citizen types a password once on
// Padu's page (under its strict CSP, <padu-login> from /cdn/padu.js), the second time nothing at all.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { watchProblems } from '../support/browser.ts';
import { demoSite } from '../support/demo-site.ts';

// RFC 7636's example verifier and its S256 challenge.
const CHALLENGE = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';

describe('single sign-on page in a browser', () => {
  const demo = demoSite();

  const authorize = (site: string, state: string) => {
    const url = new URL('/oidc/auth', demo.gateway.origin);
    url.search = new URLSearchParams({
      client_id: 'demo-opd-localhost',
      response_type: 'code',
      scope: 'openid profile padu',
      redirect_uri: `http://localhost:${new URL(demo.gateway.origin).port}/${site}/`,
      state,
      code_challenge: CHALLENGE,
      code_challenge_method: 'S256',
    }).toString();
    return url.href;
  };

  it('asks for a password once on Padu’s page, then signs in to the next site with none', { timeout: 60_000 }, async () => {
    const page = await demo.browser.newPage();
    // The page's signed-out check (its refresh, with no cookie yet) is a 204: nothing in the console.
    const problems = await watchProblems(page);
    await page.goto(authorize('disdukcapil', 's1'));
    assert.match(new URL(page.url()).pathname, /^\/oidc\/interaction\//);
    await page.getByRole('radio', { name: 'Alamat email' }).check();
    await page.getByRole('textbox', { name: 'Alamat email' }).fill('siti@demo.padu.id');
    await page.getByLabel('Kata sandi', { exact: true }).fill('padu-demo-2026');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.waitForURL((url) => url.host === `localhost:${new URL(demo.gateway.origin).port}`, { timeout: 15_000 });
    const first = new URL(page.url());
    assert.equal(first.pathname, '/disdukcapil/');
    assert.equal(first.searchParams.get('state'), 's1');
    assert.ok(first.searchParams.get('code'));

    const requests: string[] = [];
    const count = (request: { url(): string }) => {
      if (new URL(request.url()).origin === demo.gateway.origin) requests.push(new URL(request.url()).pathname);
    };
    page.on('request', count);
    const started = performance.now();
    await page.goto(authorize('dpmptsp', 's2'));
    await page.waitForURL((url) => url.pathname === '/dpmptsp/', { timeout: 15_000 });
    const ms = Math.round(performance.now() - started);
    page.off('request', count);
    const second = new URL(page.url());
    console.log(`# second site: signed in ${ms} ms after the click, no password; ${requests.length} requests to the gateway: ${requests.join(' ')}`);
    assert.equal(second.searchParams.get('state'), 's2');
    assert.ok(second.searchParams.get('code'));
    assert.deepEqual(problems.list, []);
  });
});
