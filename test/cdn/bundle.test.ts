// The CDN bundle (packages/elements/dist/cdn, served by the gateway at /cdn/) on real pages, with the gateway's
// strict CSP: the loader defines each tag when it appears, with only that tag's chunks; loaded twice, or next to
// another copy, it does not throw; undefined tags stay hidden until their code arrives; a provider comes before
// the elements inside it; the page API is a module of its own; a link to a part of the page stays on it where the
// browser does not anchor scrolling; and what the measured pages transfer fits the budgets (scripts/size.mjs).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { startGateway } from '@padu/server';
import type { Gateway } from '@padu/server';
import {
  definingModules,
  formatBytes,
  measurePages,
  measuredPages,
  PAGE_BUDGETS,
  PAGE_TARGETS,
  publicDirWithSizePages,
} from '../../scripts/size.mjs';
import { allTags } from '../../packages/elements/src/cdn/tags.ts';
import { ensureCdnBundle } from '../support/builds.ts';
import { launchChromium, watchProblems } from '../support/browser.ts';

describe('the CDN bundle', () => {
  it('knows exactly the tags the elements define', async () => {
    assert.deepEqual([...allTags].sort(), [...(await definingModules()).keys()].sort());
  });
});

describe('the CDN bundle on a page', { timeout: 240_000 }, () => {
  let gateway: Gateway;
  let browser: Browser;
  let publicDir: { dir: string; remove(): Promise<void> };
  let dataDir: string;

  const page = (title: string, body: string, head = '<script type="module" src="/cdn/padu.js"></script>') => `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>${title}</title><meta name="padu-api" content="/api/v1">${head}</head>
<body><main><h1>${title}</h1>${body}</main></body></html>`;

  before(async () => {
    const cdnDir = await ensureCdnBundle();
    publicDir = await publicDirWithSizePages();
    const dir = publicDir.dir;
    // A second copy of the bundle at another URL: its own Lit, its own classes, as another version would be.
    await cp(cdnDir, join(dir, 'other'), { recursive: true });
    const pages: Record<string, string> = {
      'twice.html': page(
        'Dua kali',
        '<padu-login></padu-login><padu-status-tracker></padu-status-tracker><padu-service-form service="kartu-keluarga"></padu-service-form>',
        '<script type="module" src="/cdn/padu.js"></script><script type="module" src="/cdn/padu.js?lagi=1"></script><script type="module" src="/other/padu.js"></script>',
      ),
      'idle-form.html': page('Formulir', '<padu-service-form from-url><p slot="idle">Pilih layanan.</p></padu-service-form>'),
      'all.html': page('Semua', allTags.map((tag) => `<${tag}></${tag}>`).join('\n')),
      'later.html': page('Nanti', '<div id="tempat"></div>', '<script type="module" src="/cdn/padu.js"></script><script type="module" src="later.js"></script>'),
      'later.js': `setTimeout(() => document.querySelector('#tempat').append(document.createElement('padu-service-form')), 300);`,
      // The page default points nowhere: the catalogue must use its provider's gateway from its first request.
      'provider.html': page('Penyedia', '<padu-provider base-url="/api/v1"><padu-service-catalogue agency-id="disdukcapil"></padu-service-catalogue></padu-provider>').replace(
        'content="/api/v1"',
        'content="/tidak-ada/api/v1"',
      ),
      'shadow.html': page('Bayangan', '<div id="host"></div>', '<script type="module" src="shadow.js"></script>'),
      'shadow.js': `import { discover, load } from '/cdn/padu.js';
const root = document.querySelector('#host').attachShadow({ mode: 'open' });
root.innerHTML = '<padu-status-tracker></padu-status-tracker>';
await discover(root);
const Login = await load('padu-login');
document.body.dataset.discovered = String(!!customElements.get('padu-status-tracker') && Login === customElements.get('padu-login'));`,
      'api.html': page('API', '<padu-service-catalogue agency-id="dpmptsp"></padu-service-catalogue>', '<script type="module" src="/cdn/padu.js"></script><script type="module" src="api.js"></script>').replace(
        'content="/api/v1"',
        'content="/tidak-ada/api/v1"',
      ),
      'api.js': `import * as api from '/cdn/padu-api.js';
api.configure({ baseUrl: '/api/v1' });
const services = await api.createPadu({ baseUrl: '/api/v1' }).services.list({ agencyId: 'dpmptsp' }).firstPage();
document.body.dataset.api = JSON.stringify({ exports: Object.keys(api).sort(), services: services.data.length, transitions: api.allowedTransitions('submitted', 'officer').length });`,
      // A link to the form on a page that turned scroll anchoring off (as Safari has none): the loader keeps it.
      'anchor.html': page(
        'Tanpa jangkar',
        '<padu-service-catalogue agency-id="disdukcapil" link-template="?service={id}#formulir"></padu-service-catalogue><section id="formulir"><h2>Formulir</h2><padu-service-form from-url></padu-service-form></section><p>Akhir halaman.</p>',
        '<link rel="stylesheet" href="anchor.css"><script type="module" src="/cdn/padu.js"></script>',
      ),
      // Notes each definition of a Padu tag as a user-timing mark, to find in the trace which task made it.
      'marks.js': `const define = customElements.define.bind(customElements);
customElements.define = (tag, ...rest) => (performance.mark('define ' + tag), define(tag, ...rest));`,
      'tasks.html': page(
        'Satu per satu',
        '<padu-login></padu-login><padu-status-tracker></padu-status-tracker><padu-service-catalogue agency-id="disdukcapil"></padu-service-catalogue><padu-service-form></padu-service-form><padu-my-applications></padu-my-applications>',
        '<script src="marks.js"></script><script type="module" src="/cdn/padu.js"></script>',
      ),
      'anchor.css': 'html { overflow-anchor: none; } padu-service-form:not(:defined) { display: block; min-height: 100vh; }',
    };
    for (const [file, text] of Object.entries(pages)) await writeFile(join(dir, file), text);
    dataDir = await mkdtemp(join(tmpdir(), 'padu-cdn-'));
    gateway = await startGateway({ dataDir, port: 0, logLevel: 'silent', publicDir: dir, storybookDir: null, cdnDir, limits: { requestsPerWindow: 100_000 } });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await gateway?.close();
    await publicDir?.remove();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  /** Opens `path` in a fresh page, noting every script it fetches and every console warning. */
  async function open(path: string, setup?: (page: Page) => Promise<void>, viewport = { width: 412, height: 823 }) {
    const page = await browser.newPage({ viewport });
    const warnings: string[] = [];
    const scripts: string[] = [];
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    page.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname));
    const problems = await watchProblems(page);
    await setup?.(page);
    await page.goto(`${gateway.origin}${path}`);
    return { page, problems, warnings, scripts };
  }

  it('defines every tag, and loading it twice or next to another copy throws nothing', async () => {
    const { page, problems, warnings } = await open('/twice.html');
    await page.waitForFunction(() => !!customElements.get('padu-service-form'));
    await page.locator('padu-login [part=submit]').waitFor();
    const state = await page.evaluate(() => ({
      cloaks: document.adoptedStyleSheets.filter((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes(':not(:defined)'))).length,
      rendered: ['padu-login', 'padu-status-tracker', 'padu-service-form'].every((tag) => (document.querySelector(tag)?.shadowRoot?.childElementCount ?? 0) > 0),
    }));
    assert.deepEqual(state, { cloaks: 1, rendered: true });
    assert.deepEqual(problems.list, [], 'no errors, no CSP violations');
    assert.ok(warnings.some((warning) => /already defined by another copy/.test(warning)), 'the second copy says it kept the first definition');
    await page.close();
  });

  it('defines each tag in a task of its own, so that drawing the page’s elements is not one long task', async () => {
    const tab = await browser.newPage();
    const traceFile = join(dataDir, 'trace.json');
    await browser.startTracing(tab, { path: traceFile, categories: ['toplevel', 'devtools.timeline', 'blink.user_timing'] });
    await tab.goto(`${gateway.origin}/tasks.html`);
    await tab.locator('padu-service-catalogue [part=service]').first().waitFor();
    await tab.waitForFunction(() => ['padu-login', 'padu-my-applications', 'padu-service-form', 'padu-status-tracker'].every((tag) => customElements.get(tag)));
    await browser.stopTracing();
    await tab.close();
    type TraceEvent = { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number };
    const { traceEvents } = JSON.parse(await readFile(traceFile, 'utf8')) as { traceEvents: TraceEvent[] };
    const marks = traceEvents.filter((event) => event.name.startsWith('define padu-'));
    const defined = marks.map((mark) => mark.name.slice('define '.length));
    const onThePage = ['padu-login', 'padu-status-tracker', 'padu-service-catalogue', 'padu-service-form', 'padu-my-applications'];
    assert.deepEqual(onThePage.filter((tag) => !defined.includes(tag)), [], `defined: ${defined.join(', ')}`);
    const tasks = traceEvents.filter((event) => /^(ThreadControllerImpl::)?RunTask$/.test(event.name) && event.ph === 'X' && marks.some((mark) => mark.tid === event.tid));
    const taskOf = (mark: TraceEvent) => tasks.findIndex((task) => task.ts <= mark.ts && mark.ts <= task.ts + task.dur!);
    const byTask = new Map<number, string[]>();
    for (const mark of marks) byTask.set(taskOf(mark), [...(byTask.get(taskOf(mark)) ?? []), mark.name]);
    assert.ok(!byTask.has(-1), 'every definition is found in a task');
    for (const [, together] of byTask) assert.equal(together.length, 1, `defined in one task: ${together.join(', ')}`);
  });

  it('loads only the chunks of the tags on the page: a tracker waiting for a code needs no form and no HTTP client', async () => {
    const { page, problems, scripts } = await open('/ukuran/status-tracker.html');
    await page.locator('padu-status-tracker form').waitFor();
    await page.waitForTimeout(500);
    assert.deepEqual(scripts.sort(), ['/cdn/padu-core.js', '/cdn/padu-status-tracker.js', '/cdn/padu.js']);
    assert.equal(await page.evaluate(() => !!customElements.get('padu-service-form')), false);
    // Tracking a code brings ky (the first call) and the live watch with its event-stream reader.
    await page.locator('padu-status-tracker input').fill('DKC-7KQ4-M2XP');
    await page.locator('padu-status-tracker button[type=submit]').click();
    await page.locator('padu-status-tracker [part=status]').waitFor();
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/padu-live.js')));
    assert.ok(scripts.includes('/cdn/padu-ky.js'));
    assert.deepEqual(problems.list, []);
    await page.close();
  });

  it('fetches the form itself, its rules and its field controls only once the form shows a service', async () => {
    const idle = await open('/idle-form.html');
    await idle.page.getByText('Pilih layanan.').waitFor();
    await idle.page.waitForTimeout(500);
    assert.ok(idle.scripts.includes('/cdn/padu-service-form.js'));
    for (const chunk of ['padu-form.js', 'padu-rules.js', 'padu-controls.js']) {
      assert.ok(!idle.scripts.includes(`/cdn/${chunk}`), `an idle form does not fetch ${chunk}`);
    }
    await idle.page.close();
    const shown = await open('/idle-form.html?service=kartu-keluarga');
    await shown.page.locator('padu-service-form [part=start]').waitFor();
    await shown.page.waitForFunction(() => !!customElements.get('padu-choice'));
    assert.deepEqual([...idle.problems.list, ...shown.problems.list], []);
    await shown.page.close();
  });

  it('hides undefined tags until their code arrives, and defines a tag added later', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const { page, problems } = await open('/later.html', async (page) => {
      await page.route('**/cdn/padu-service-form.js', async (route) => {
        await held;
        await route.continue();
      });
    });
    const form = page.locator('padu-service-form');
    await form.waitFor({ state: 'attached' });
    assert.equal(await form.evaluate((element) => getComputedStyle(element).visibility), 'hidden');
    release();
    await page.waitForFunction(() => !!customElements.get('padu-service-form'));
    assert.equal(await form.evaluate((element) => getComputedStyle(element).visibility), 'visible');
    assert.deepEqual(problems.list, []);
    await page.close();
  });

  it('fetches the English strings only for a page in English', async () => {
    const indonesian = await open('/all.html');
    await indonesian.page.locator('padu-login [part=submit]').waitFor();
    assert.match((await indonesian.page.locator('padu-login [part=submit]').textContent()) ?? '', /Masuk/);
    assert.ok(!indonesian.scripts.includes('/cdn/padu-en.js'), 'an Indonesian page does not download English');
    await indonesian.page.waitForFunction((tags) => tags.every((tag) => customElements.get(tag)), allTags);
    assert.deepEqual(indonesian.problems.list, [], 'every tag is defined on one page, without errors');
    await indonesian.page.close();
    const { page, problems } = await open('/all.html', async (page) => {
      await page.route('**/all.html', async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, body: (await response.text()).replace('lang="id"', 'lang="en"') });
      });
    });
    await page.waitForFunction(() => /Log in/.test(document.querySelector('padu-login')?.shadowRoot?.textContent ?? ''));
    assert.deepEqual(problems.list, []);
    await page.close();
  });

  it('defines a provider before the elements inside it: they use its gateway from their first request', async () => {
    const requests: string[] = [];
    const { page, problems } = await open('/provider.html', async (page) => {
      page.on('request', (request) => request.resourceType() === 'fetch' && requests.push(new URL(request.url()).pathname));
    });
    await page.locator('padu-service-catalogue [part=service]').first().waitFor();
    assert.ok(requests.length > 0);
    assert.deepEqual(
      requests.filter((path) => !path.startsWith('/api/v1/')),
      [],
      'no request to the page default',
    );
    assert.deepEqual(problems.list, []);
    await page.close();
  });

  it('defines tags inside a shadow root it is shown with discover(root), and gives a class with load(tag)', async () => {
    const { page, problems } = await open('/shadow.html');
    await page.waitForFunction(() => document.body.dataset.discovered === 'true');
    assert.deepEqual(problems.list, []);
    await page.close();
  });

  it('offers the page API in padu-api.js: configure, createPadu and the status rules', async () => {
    const { page, problems } = await open('/api.html');
    await page.waitForFunction(() => !!document.body.dataset.api);
    const result = JSON.parse((await page.evaluate(() => document.body.dataset.api))!);
    assert.deepEqual(result.exports, ['PaduElement', 'PaduField', 'PaduSection', 'allowedTransitions', 'applicationStatuses', 'configure', 'createPadu', 'isFinal', 'statusLabels']);
    assert.ok(result.services > 0);
    assert.ok(result.transitions > 0);
    // configure() moved the page's elements from the default (nowhere) to the gateway.
    await page.locator('padu-service-catalogue [part=service]').first().waitFor();
    assert.deepEqual(problems.list.filter((text) => !/tidak-ada/.test(text)), []);
    await page.close();
  });

  it('keeps a link to a part of the page on it as the elements above it draw, where the browser does not, until the citizen scrolls', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const { page, problems } = await open('/anchor.html?service=kartu-keluarga#formulir', async (page) => {
      // The catalogue above the form gets its services late, and grows then.
      await page.route('**/api/v1/services?*', async (route) => {
        await held;
        await route.continue();
      });
    });
    await page.locator('padu-service-form [part=start]').waitFor();
    const top = () => page.evaluate(() => Math.round(document.querySelector('#formulir')!.getBoundingClientRect().top));
    const atTop = () => page.waitForFunction(() => Math.round(document.querySelector('#formulir')!.getBoundingClientRect().top) === 0, null, { timeout: 5000 });
    await atTop(); // the form is at the top of the screen
    release();
    await page.locator('padu-service-catalogue [part=service]').first().waitFor();
    await page.waitForTimeout(300);
    await atTop(); // it stays there while the catalogue above it grows
    // The citizen scrolls: from then on the page is theirs.
    await page.mouse.wheel(0, -200);
    await page.waitForTimeout(300);
    assert.ok((await top()) > 0, 'the citizen scrolled up');
    // The catalogue changes again (it shows another OPD): the form is not pulled back.
    await page.evaluate(() => document.querySelector('padu-service-catalogue')!.setAttribute('agency-id', 'dpmptsp'));
    await page.waitForTimeout(800);
    assert.notEqual(await top(), 0, 'and it is not pulled back');
    assert.deepEqual(problems.list, []);
    await page.close();
  });

  // What the measured pages transfer, in Chromium, as the gateway serves them (docs/size.md): the budgets are the
  // figures reached until they meet the targets, so they can only go down.
  it('fits the budgets: the JavaScript the measured pages transfer as they load', async () => {
    const names = Object.keys(PAGE_BUDGETS.transferred) as (keyof typeof PAGE_BUDGETS.transferred)[];
    const paths = names.map((name) => measuredPages.find((page) => page.name === name)!.path);
    const results = await measurePages(browser, gateway.origin, paths);
    const over: string[] = [];
    names.forEach((name, i) => {
      const { body, files } = results[i]!;
      const budget = PAGE_BUDGETS.transferred[name];
      const target = (PAGE_TARGETS as Record<string, number>)[name];
      console.log(`${name} (${paths[i]}): ${formatBytes(body)} in ${files.length} files (budget ${formatBytes(budget)}${target ? `, target ${formatBytes(target)}` : ''})`);
      if (body > budget) over.push(`${name}: ${formatBytes(body)} is ${formatBytes(body - budget)} over`);
    });
    assert.deepEqual(over, []);
  });
});
