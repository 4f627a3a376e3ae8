// Chromium for the cross-package browser tests (catalogue, journey, CDN, framework hosts): Debian's Chromium via
// playwright-core, started with the flags that work on these machines (scripts/chromium.mjs).
import type { ConsoleMessage, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export { launchChromium } from '../../scripts/chromium.mjs';

/** What went wrong on a page: console errors, uncaught exceptions and CSP violations, as text. */
export interface PageProblems {
  list: string[];
  /** Forgets what was collected so far (e.g. between stories on one page). */
  clear(): void;
}

/**
 * Collects console errors, uncaught exceptions and `securitypolicyviolation` events of every document the page
 * loads (the listener is an init script, so it is there before any page script runs). `ignore` drops known noise;
 * a missing /favicon.ico is always ignored.
 */
export async function watchProblems(page: Page, ignore: (text: string) => boolean = () => false): Promise<PageProblems> {
  const list: string[] = [];
  const add = (text: string) => {
    // A test page without a favicon link makes the browser ask for /favicon.ico.
    if (!ignore(text) && !text.endsWith('/favicon.ico')) list.push(text);
  };
  await page.exposeFunction('__paduReportViolation', (text: string) => add(`CSP violation: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __paduReportViolation(text: string): void }).__paduReportViolation;
      void report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') add(`console.error: ${message.text()} @ ${message.location().url}`);
  });
  page.on('pageerror', (error) => add(`uncaught: ${error.message}`));
  return { list, clear: () => void list.splice(0) };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.2 AA rules (and the A rules below them). */
export const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * Runs axe-core on the page (or on `selector`) with the WCAG 2.2 AA tags (plus `extraTags`, e.g. axe's
 * `best-practice` for whole pages); returns the violations. axe is evaluated through the DevTools protocol, which a
 * strict CSP does not block (a `<script>` tag would be).
 */
export async function axe(page: Page, selector?: string, extraTags: readonly string[] = []): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(
    async ({ selector, tags }) => {
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
      const result = await axe.run(selector ? document.querySelector(selector) : document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return result.violations.map(({ id, impact, help, nodes }) => ({
        id,
        impact,
        help,
        nodes: nodes.slice(0, 3).map(({ target, failureSummary }) => ({ target, failureSummary })),
      }));
    },
    { selector, tags: [...WCAG_AA, ...extraTags] },
  );
}

/** Violations as readable lines for an assertion message. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('\n')}`)
    .join('\n');
}
