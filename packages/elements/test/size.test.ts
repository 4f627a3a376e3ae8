// The size budget of @padu/elements: the four elements with Lit, the SDK and both locales (English is a chunk of
// its own, counted too), minified and gzipped. Bytes are deterministic, so this is a test, not a benchmark. The
// target is 28 kB; until it is reached, the budget is the figure reached (rounded up to 0.5 kB), so it only goes
// down. `node scripts/size.mjs --report` prints the per-element figures and rewrites docs/size.md.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  ELEMENTS_BUDGET_BYTES,
  ELEMENTS_TARGET_BYTES,
  SERVICE_FORM_BUDGET_BYTES,
  formatBytes,
  measureBudgetedElements,
  measureServiceForm,
} from '../../../scripts/size.mjs';

describe('@padu/elements size', () => {
  it(`fits the budget: four elements + Lit + SDK + both locales at most ${formatBytes(ELEMENTS_BUDGET_BYTES)} min+gzip (target ${formatBytes(ELEMENTS_TARGET_BYTES)})`, async () => {
    const { minified, gzip } = await measureBudgetedElements();
    console.log(`<padu-login>, <padu-status-tracker>, <padu-service-catalogue>, <padu-my-applications>: ${formatBytes(minified)} minified, ${formatBytes(gzip)} min+gzip (budget ${formatBytes(ELEMENTS_BUDGET_BYTES)}, target ${formatBytes(ELEMENTS_TARGET_BYTES)}${gzip > ELEMENTS_TARGET_BYTES ? `, ${formatBytes(gzip - ELEMENTS_TARGET_BYTES)} to go` : ''})`);
    assert.ok(gzip <= ELEMENTS_BUDGET_BYTES, `${formatBytes(gzip)} is ${formatBytes(gzip - ELEMENTS_BUDGET_BYTES)} over the budget`);
  });

  // Elements II: the application form adds its controls, strings and the contract's form rules to the four.
  it(`fits the budget: <padu-service-form> adds at most ${formatBytes(SERVICE_FORM_BUDGET_BYTES)} min+gzip to the four elements`, async () => {
    const { added } = await measureServiceForm();
    console.log(`<padu-service-form> with its controls and strings adds ${formatBytes(added.minified)} minified, ${formatBytes(added.gzip)} min+gzip (budget ${formatBytes(SERVICE_FORM_BUDGET_BYTES)})`);
    assert.ok(added.gzip <= SERVICE_FORM_BUDGET_BYTES, `${formatBytes(added.gzip)} is ${formatBytes(added.gzip - SERVICE_FORM_BUDGET_BYTES)} over the budget`);
  });
});
