// The Storybook catalogue, opened for real: a green `storybook build` proves nothing. storybook-static/ (built
// here when missing or stale) is served by the gateway's own static server, with the CSP it serves it with, on a
// random loopback port; Chromium opens every story of index.json in iframe.html and checks that it rendered
// (the Padu element is defined and has shadow content), logged no console error, and passes axe (WCAG 2.2 AA,
// zero violations). Every docs page must render too, and the component pages must show the manifest's tables.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startGateway } from '@padu/server';
import type { Gateway } from '@padu/server';
import { ensureStorybook } from '../support/builds.ts';
import { axe, describeViolations, launchChromium, watchProblems } from '../support/browser.ts';
import type { PageProblems } from '../support/browser.ts';

interface Entry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
  importPath: string;
  tags?: string[];
}

let gateway: Gateway;
let browser: Browser;
let page: Page;
let problems: PageProblems;
let dataDir: string;
let entries: Entry[];

/** Waits for Storybook to finish rendering the story (its play function included); returns the phase. */
async function rendered(page: Page): Promise<string> {
  const handle = await page.waitForFunction(
    () => {
      const phase = (window as unknown as { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } } }).__STORYBOOK_PREVIEW__
        ?.currentRender?.phase;
      return phase && ['finished', 'completed', 'errored', 'aborted'].includes(phase) ? phase : false;
    },
    null,
    { timeout: 15_000 },
  );
  return (await handle.jsonValue()) as string;
}

/** Opens one story and returns what is wrong with it (nothing, normally). */
async function checkStory(page: Page, problems: PageProblems, story: Entry): Promise<string[]> {
  const failures: string[] = [];
  problems.clear();
  await page.goto(`${gateway.origin}/storybook/iframe.html?id=${story.id}&viewMode=story`);
  const phase = await rendered(page).catch(() => 'timeout');
  // Let the fixtures' answers land (they are immediate; `Infinity`-delayed ones never do).
  await page.waitForTimeout(150);
  const element = await page.evaluate(() => {
    const root = document.querySelector('#storybook-root') ?? document.body;
    const element = [...root.querySelectorAll('*')].find((node) => node.localName.startsWith('padu-'));
    return element
      ? { tag: element.localName, defined: !!customElements.get(element.localName), shadow: element.shadowRoot?.childElementCount ?? 0 }
      : null;
  });
  const where = `${story.title} / ${story.name} (${story.id})`;
  if (phase !== 'finished' && phase !== 'completed') failures.push(`${where}: render ${phase}`);
  if (!element) failures.push(`${where}: no padu-* element`);
  else if (!element.defined || element.shadow === 0) failures.push(`${where}: <${element.tag}> not rendered`);
  if (problems.list.length) failures.push(`${where}: ${problems.list.join('\n    ')}`);
  const violations = await axe(page, '#storybook-root');
  if (violations.length) failures.push(`${where}: axe\n  ${describeViolations(violations)}`);
  return failures;
}

describe('the Storybook catalogue', { timeout: 600_000 }, () => {
  before(async () => {
    const storybookDir = await ensureStorybook();
    entries = Object.values(JSON.parse(await readFile(join(storybookDir, 'index.json'), 'utf8')).entries as Record<string, Entry>);
    dataDir = await mkdtemp(join(tmpdir(), 'padu-catalogue-'));
    gateway = await startGateway({
      dataDir,
      port: 0,
      logLevel: 'silent',
      publicDir: null,
      cdnDir: null,
      storybookDir,
      limits: { requestsPerWindow: 1_000_000 },
    });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
    problems = await watchProblems(page);
  });

  after(async () => {
    await browser?.close();
    await gateway?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('has a story for every element, in both languages and in two OPD themes', () => {
    const stories = entries.filter((entry) => entry.type === 'story');
    const titles = new Set(stories.map((story) => story.title));
    for (const title of ['Login', 'Status tracker', 'Service catalogue', 'My applications', 'Service form', 'Provider']) {
      assert.ok(titles.has(`Elements/${title}`), `no stories for ${title}`);
    }
    for (const field of ['Text input', 'NIK input', 'KK input', 'Number input', 'Textarea', 'Choice', 'File input']) {
      assert.ok(titles.has(`Fields/${field}`), `no stories for ${field}`);
    }
    const tracker = stories.filter((story) => story.title === 'Elements/Status tracker').map((story) => story.name);
    for (const status of ['Submitted', 'Verifying', 'Needs Revision', 'In Process', 'Awaiting Signature', 'Completed', 'Ready For Pickup', 'Rejected', 'Cancelled']) {
      assert.ok(tracker.includes(status), `no tracker story for ${status}: ${tracker.join(', ')}`);
    }
    for (const state of ['Loading', 'Rate Limited', 'Offline']) {
      for (const title of ['Status tracker', 'Service catalogue', 'My applications']) {
        assert.ok(stories.some((story) => story.title === `Elements/${title}` && story.name === state), `${title}: no ${state} story`);
      }
    }
    assert.ok(stories.some((story) => /English/.test(story.name)), 'no English story');
    assert.ok(stories.some((story) => /Brand Disdukcapil/.test(story.name)) && stories.some((story) => /Brand Dpmptsp/.test(story.name)));
    const docs = entries.filter((entry) => entry.type === 'docs').map((entry) => entry.title);
    assert.ok(docs.some((title) => /tokens/i.test(title)), 'no design-tokens page');
    assert.ok(docs.some((title) => /Pasang|Embed/i.test(title)), 'no embedding page');
    console.log(`${stories.length} stories, ${entries.length - stories.length} docs pages`);
  });

  it('renders every story with no console error, and axe finds nothing (WCAG 2.2 AA)', async () => {
    const failures: string[] = [];
    const started = performance.now();
    const queue = entries.filter((entry) => entry.type === 'story');
    // Two tabs take turns with the queue (the machine has two cores).
    const worker = async (tab: Page, tabProblems: PageProblems) => {
      for (let story = queue.shift(); story; story = queue.shift()) {
        failures.push(...(await checkStory(tab, tabProblems, story)));
      }
    };
    const second = await browser.newPage({ viewport: { width: 1024, height: 800 } });
    await Promise.all([worker(page, problems), worker(second, await watchProblems(second))]);
    await second.close();
    console.log(`stories checked in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    assert.deepEqual(failures, [], failures.join('\n'));
  });

  it('renders every docs page, with the manifest tables on component pages', async () => {
    const failures: string[] = [];
    for (const docs of entries.filter((entry) => entry.type === 'docs')) {
      problems.clear();
      await page.goto(`${gateway.origin}/storybook/iframe.html?id=${docs.id}&viewMode=docs`);
      const where = `${docs.title} (${docs.id})`;
      const text = await page
        .waitForFunction(() => (document.querySelector('#storybook-docs')?.textContent?.length ?? 0) > 200 && document.querySelector('#storybook-docs')!.textContent, null, {
          timeout: 15_000,
        })
        .then((handle) => handle.jsonValue() as Promise<string>)
        .catch(() => '');
      if (!text) failures.push(`${where}: did not render`);
      // Component pages: the tables generated from custom-elements.json; the tokens page: its table from it too.
      const component = !docs.importPath.endsWith('.mdx');
      if (component && !(await page.locator('.docblock-argstable').count())) failures.push(`${where}: no API table`);
      if (/tokens/i.test(docs.title) && !text.includes('--padu-color-danger')) failures.push(`${where}: no token table`);
      if (problems.list.length) failures.push(`${where}: ${problems.list.join('\n    ')}`);
    }
    assert.deepEqual(failures, [], failures.join('\n'));
  });

  it('serves the catalogue UI at /storybook/ under the gateway CSP', async () => {
    problems.clear();
    await page.goto(`${gateway.origin}/storybook/`);
    // The manager UI: its sidebar lists the catalogue, and the preview frame shows the first page.
    await page.getByText('Elements', { exact: true }).first().waitFor({ timeout: 15_000 });
    await page.frameLocator('#storybook-preview-iframe').getByText('Padu: komponen layanan terpadu Kota Kediri').waitFor({ timeout: 15_000 });
    const csp = (await page.request.get(`${gateway.origin}/storybook/`)).headers()['content-security-policy'] ?? '';
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.deepEqual(problems.list, []);
  });
});
