// The size budgets of the CDN bundle, from its chunk graph (scripts/size.mjs `measureCdnBundle`): what a page with
// only `<padu-status-tracker>`, and the full demo page, download as they load (`padu.js`, the chunks of their tags
// and what those import; minified, with Brotli as the gateway sends them). Bytes are deterministic, so this is a test, not a benchmark. The
// budgets are the figures reached, rounded up to 0.5 kB, until they meet the targets: they can only go down.
// test/cdn/bundle.test.ts measures the same pages in Chromium; `npm run size` writes docs/size.md.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatBytes, measureCdnBundle, PAGE_BUDGETS, PAGE_TARGETS, tagSets } from '../../../scripts/size.mjs';

describe('@padu/elements size: what a page downloads as it loads (CDN bundle, before any call to the gateway)', () => {
  for (const [name, tags] of Object.entries(tagSets) as [keyof typeof tagSets, string[]][]) {
    const budget = PAGE_BUDGETS.atLoad[name];
    it(`${name} (${tags.join(', ')}): at most ${formatBytes(budget)} min+Brotli (target ${formatBytes(PAGE_TARGETS[name])})`, async () => {
      const { files, brotli } = (await measureCdnBundle()).atLoad(tags);
      console.log(`${name}: ${files.join(', ')}: ${formatBytes(brotli)} (budget ${formatBytes(budget)}, target ${formatBytes(PAGE_TARGETS[name])})`);
      assert.ok(brotli <= budget, `${formatBytes(brotli)} is ${formatBytes(brotli - budget)} over the budget`);
    });
  }

  it('a page that shows no form downloads neither the form nor the field controls, a form waiting for a service only its element, and no page downloads ky before it calls the gateway', async () => {
    const cdn = await measureCdnBundle();
    for (const [tag, { files }] of cdn.tags) {
      assert.ok(!files.includes('padu-ky.js'), `<${tag}> downloads ky at load`);
      assert.ok(!files.includes('padu-live.js') && !files.includes('padu-en.js'), `<${tag}> downloads what only a live watch or English needs`);
      // The service editor shows the real form as its preview.
      if (!['padu-service-form', 'padu-service-editor', 'padu-choice', 'padu-file-input', 'padu-number-input', 'padu-kk-input', 'padu-textarea'].includes(tag)) {
        assert.ok(!files.includes('padu-service-form.js') && !files.includes('padu-controls.js'), `<${tag}> downloads the form`);
      }
    }
    const idleForm = cdn.atLoad(['padu-service-form']).files;
    for (const chunk of ['padu-form.js', 'padu-rules.js', 'padu-controls.js']) {
      assert.ok(!idleForm.includes(chunk), `the form fetches ${chunk} only once it shows a service`);
    }
  });
});
