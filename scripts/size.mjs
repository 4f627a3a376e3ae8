// Size budgets: what an entry point costs a page, bundled with its dependencies, minified and gzipped.
// `measureSize(entry)` is what the budget tests call; `node scripts/size.mjs [entry...]` prints the figures;
// `node scripts/size.mjs --report` measures the SDK and every element and rewrites docs/size.md.
import { writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { bundlePlugins, outputPlugins } from './bundle-plugins.mjs';

/**
 * Bundles `entry` (a TypeScript or JavaScript file; workspace packages resolve to their sources) with every
 * dependency it imports, minifies it with terser and gzips it (level 9), keeping every export of the entry.
 * @param {string | URL} entry
 * @param {{ external?: (string | RegExp)[], source?: string, sideEffects?: boolean, plugins?: import('rollup').Plugin[] }} [options]
 *   `external`: imports to leave out of the bundle; `source`: the entry's code, for an entry that exists only for
 *   the measurement (`entry` then names where it would be, so its imports resolve from there); `sideEffects`:
 *   honour the packages' own `sideEffects` (needed where modules are imported for what they do, e.g.
 *   custom-element definitions); by default every module counts as free of side effects; `plugins`: extra rollup
 *   plugins that run before resolution (e.g. to leave a part of a module out of a baseline)
 * @returns {Promise<{ entry: string, minified: number, gzip: number }>} sizes in bytes
 */
export async function measureSize(entry, { external = [], source, sideEffects = false, plugins = [] } = {}) {
  const input = entry instanceof URL ? fileURLToPath(entry) : entry;
  const virtualEntry = source !== undefined && {
    name: 'virtual-entry',
    resolveId: (id) => (id === input ? input : null),
    load: (id) => (id === input ? source : null),
  };
  const bundle = await rollup({
    input,
    external,
    // `true` lets each package's `sideEffects` field (read by node-resolve) decide.
    treeshake: { moduleSideEffects: sideEffects },
    plugins: [
      virtualEntry,
      ...plugins,
      // What the CDN and npm builds use: sources resolved, compiled, their templates minified.
      ...bundlePlugins(),
    ],
    onwarn(warning, warn) {
      if (warning.code !== 'CIRCULAR_DEPENDENCY') warn(warning);
    },
  });
  try {
    const { output } = await bundle.generate({
      format: 'es',
      plugins: outputPlugins(),
    });
    const code = output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('');
    return { entry: input, minified: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
  } finally {
    await bundle.close();
  }
}

/** `12.3 kB` style, in decimal kilobytes. */
export const formatBytes = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

const repoRoot = fileURLToPath(new URL('../', import.meta.url));
const elementsSrc = `${repoRoot}packages/elements/src/`;

/** What every element shares: Lit, @lit/context and the parts of @padu/sdk the elements use. */
const sharedSource = `
export { LitElement, css, html, nothing } from 'lit';
export { ContextConsumer, ContextProvider, ContextRoot, createContext } from '@lit/context';
export { createPaduCore, agenciesResource, applicationsResource, authResource, servicesResource, trackingResource } from '@padu/sdk/core';
export { NetworkError, NotFoundError, RateLimitedError, TimeoutError, UnauthorizedError, ValidationError } from '@padu/sdk';
`;

/** The four elements of the budget, by tag, with their entry points. */
export const elementEntries = {
  'padu-login': 'login/login.ts',
  'padu-status-tracker': 'status-tracker/status-tracker.ts',
  'padu-service-catalogue': 'service-catalogue/service-catalogue.ts',
  'padu-my-applications': 'my-applications/my-applications.ts',
};

/** The budgeted bundle: the four elements (with the provider and the fields they use), Lit, the SDK, both locales. */
export function measureBudgetedElements() {
  const source = [...Object.values(elementEntries), 'provider/provider.ts']
    .map((path) => `export * from './${path}';`)
    .join('\n');
  return measureSize(`${elementsSrc}__budget.ts`, { source, sideEffects: true });
}

/**
 * The elements' figures: the four together (with the provider, the fields they use and both locales, Lit and the
 * SDK), the shared part, and each element's entry point alone, whole and on top of the shared part (Lit and the
 * SDK counted once).
 */
export async function measureElements() {
  const all = await measureBudgetedElements();
  const shared = await measureSize(`${elementsSrc}__shared.ts`, { source: sharedSource, sideEffects: true });
  const elements = [];
  for (const [tag, path] of Object.entries(elementEntries)) {
    const alone = await measureSize(`${elementsSrc}${path}`, { sideEffects: true });
    elements.push({ tag, path, alone, own: { minified: alone.minified - shared.minified, gzip: alone.gzip - shared.gzip } });
  }
  return { all, shared, elements };
}

/** The elements' budget: the four elements with Lit, the SDK and both locales, min+gzip, in bytes. */
export const ELEMENTS_BUDGET_BYTES = 28_000;

// ---- Elements II: <padu-service-form> and its field controls ----

/**
 * Leaves the form's strings (the block between the "Elements II" marker comments of `i18n/id.ts` and
 * `i18n/en.ts`) out of the string catalogues, so the baseline is Elements I as it would be without the form and
 * the strings count towards the form.
 */
const withoutFormStrings = {
  name: 'without-form-strings',
  transform: (code, id) =>
    /\/i18n\/(id|en)\.ts$/.test(id) ? code.replace(/\n {2}\/\/ ---- Elements II[\s\S]*?\/\/ ---- end of Elements II ----\n/, '\n') : null,
};

/** The form's budget: what `<padu-service-form>` with its controls and strings adds to the four elements, min+gzip. */
export const SERVICE_FORM_BUDGET_BYTES = 14_000;

/**
 * What `<padu-service-form>` adds on top of Elements I: the four elements with the form (its field controls, its
 * strings in both locales and the contract rules it calls), minus the four elements without the form's strings.
 */
export async function measureServiceForm() {
  const four = [...Object.values(elementEntries), 'provider/provider.ts'];
  const entry = (paths) => paths.map((path) => `export * from './${path}';`).join('\n');
  const base = await measureSize(`${elementsSrc}__budget.ts`, { source: entry(four), sideEffects: true, plugins: [withoutFormStrings] });
  const all = await measureSize(`${elementsSrc}__budget-form.ts`, { source: entry([...four, 'service-form/service-form.ts']), sideEffects: true });
  const alone = await measureSize(`${elementsSrc}service-form/service-form.ts`, { sideEffects: true });
  return { base, all, alone, added: { minified: all.minified - base.minified, gzip: all.gzip - base.gzip } };
}

// ---- end of Elements II ----

// ---- CDN bundle (packages/elements/dist/cdn, served at /cdn/padu.js) ----

/** The CDN bundle's budget: all of its chunks (what a page showing every element loads), min+gzip, in bytes. */
export const CDN_BUDGET_BYTES = 40_000;

/** The entry points not measured above (the form is, in Elements II), each alone on a page, for the report. */
export const otherElementEntries = {
  'padu-provider': 'provider/provider.ts',
  'padu-text-input': 'text-input/text-input.ts',
  'padu-nik-input': 'nik-input/nik-input.ts',
  'padu-kk-input': 'kk-input/kk-input.ts',
  'padu-number-input': 'number-input/number-input.ts',
  'padu-textarea': 'textarea/textarea.ts',
  'padu-choice': 'choice/choice.ts',
  'padu-file-input': 'file-input/file-input.ts',
};

/**
 * The CDN bundle exactly as `cdnBuild` of rollup.config.mjs builds it (minified by terser there), chunk by chunk:
 * bytes and gzip (level 9) size of each, of `entry` (padu.js, which every page loads) and of all chunks (`total`).
 * @returns {Promise<{ chunks: { file: string, minified: number, gzip: number }[], entry: { minified: number, gzip: number }, total: { minified: number, gzip: number } }>}
 */
export async function measureCdnBundle() {
  const { cdnBuild } = await import('../rollup.config.mjs');
  // In memory: the build's clean-up step (which empties dist/cdn) is left out.
  const bundle = await rollup({ ...cdnBuild, plugins: cdnBuild.plugins.filter((plugin) => plugin?.name !== 'padu-clean-cdn') });
  try {
    const { output } = await bundle.generate({ ...cdnBuild.output, sourcemap: false });
    const chunks = output
      .filter((item) => item.type === 'chunk')
      .map((chunk) => ({ file: chunk.fileName, minified: Buffer.byteLength(chunk.code), gzip: gzipSync(chunk.code, { level: 9 }).length }));
    const sum = (list) => ({ minified: list.reduce((n, c) => n + c.minified, 0), gzip: list.reduce((n, c) => n + c.gzip, 0) });
    return { chunks, entry: sum(chunks.filter((chunk) => chunk.file === 'padu.js')), total: sum(chunks) };
  } finally {
    await bundle.close();
  }
}

/** The other entry points, each alone on a page. */
export async function measureOtherElements() {
  const rows = [];
  for (const [tag, path] of Object.entries(otherElementEntries)) {
    rows.push({ tag, ...(await measureSize(`${elementsSrc}${path}`, { sideEffects: true })) });
  }
  return rows;
}

/** The CDN section of docs/size.md. */
export function cdnSizeReport({ chunks, entry, total }, others = []) {
  const over = total.gzip > CDN_BUDGET_BYTES;
  return `
## CDN bundle (\`/cdn/padu.js\`)

Built by \`cdnBuild\` in rollup.config.mjs into \`packages/elements/dist/cdn/\`: every element, Lit, the SDK, the
contract rules and both locales as ES modules, minified. \`padu.js\` is what a page loads with one script tag; the
application form and its field controls are its one lazy chunk, fetched only by pages that show one of those tags.
Budget: all chunks together at most **${formatBytes(CDN_BUDGET_BYTES)}** min+gzip (\`test/cdn/bundle.test.ts\`; the aim is
30 kB). Now: ${formatBytes(total.gzip)}${over ? ` (**${formatBytes(total.gzip - CDN_BUDGET_BYTES)} over**)` : ''}.

| File | Loaded by | Minified | Min+gzip |
|---|---|---:|---:|
${chunks.map((chunk) => `| \`${chunk.file}\` | ${chunk.file === 'padu.js' ? 'every page' : 'pages with a form or field control'} | ${formatBytes(chunk.minified)} | ${formatBytes(chunk.gzip)} |`).join('\n')}
| **All chunks** | a page with every element | ${formatBytes(total.minified)} | ${formatBytes(total.gzip)} |
${others.length ? `
The other npm entry points (\`@padu/elements/<name>.js\`), each alone on a page with Lit and what it uses:

| Element | Minified | Min+gzip |
|---|---:|---:|
${others.map(({ tag, minified, gzip }) => `| \`<${tag}>\` | ${formatBytes(minified)} | ${formatBytes(gzip)} |`).join('\n')}
` : ''}`;
}

// ---- end of CDN bundle ----

/** docs/size.md, from the figures (`form`: from `measureServiceForm`). */
export function sizeReport(sdk, { all, shared, elements }, form) {
  const row = (name, { minified, gzip }) => `| ${name} | ${formatBytes(minified)} | ${formatBytes(gzip)} |`;
  return `# Bundle sizes

Generated by \`node scripts/size.mjs --report\`; do not edit. Minified with terser, gzip level 9, in decimal
kilobytes. Deterministic: the same sources give the same bytes.

## @padu/sdk

| Bundle | Minified | Min+gzip |
|---|---:|---:|
${row('`@padu/sdk` with ky', sdk)}

## @padu/elements

Budget: the four elements together, with Lit, the SDK and both locales, at most **${formatBytes(ELEMENTS_BUDGET_BYTES)}** min+gzip
(\`packages/elements/test/size.test.ts\`). Now: ${formatBytes(all.gzip)}${all.gzip > ELEMENTS_BUDGET_BYTES ? ` (**${formatBytes(all.gzip - ELEMENTS_BUDGET_BYTES)} over**)` : ''}.

| Bundle | Minified | Min+gzip |
|---|---:|---:|
${row('The four elements with the provider and their fields, `id` + `en`, Lit and the SDK', all)}
${row('Shared: Lit + @lit/context + the SDK as the elements use it', shared)}

Each element's own entry point (\`@padu/elements/<name>.js\`), alone on a page, and what it adds on top of the
shared part (its own code, the base classes, the fields it uses, both locales and the contract rules it calls):

| Element | Alone, minified | Alone, min+gzip | On top of shared, min+gzip |
|---|---:|---:|---:|
${elements.map(({ tag, alone, own }) => `| \`<${tag}>\` | ${formatBytes(alone.minified)} | ${formatBytes(alone.gzip)} | ${formatBytes(own.gzip)} |`).join('\n')}
${form ? `
### Elements II: \`<padu-service-form>\`

Budget: the form with its field controls (choice, file, number, textarea, KK), its strings in both locales and the
contract rules it calls, on top of the four elements, at most **${formatBytes(SERVICE_FORM_BUDGET_BYTES)}** min+gzip
(\`packages/elements/test/size.test.ts\`). Now: ${formatBytes(form.added.gzip)}${form.added.gzip > SERVICE_FORM_BUDGET_BYTES ? ` (**${formatBytes(form.added.gzip - SERVICE_FORM_BUDGET_BYTES)} over**)` : ''}.

| Bundle | Minified | Min+gzip |
|---|---:|---:|
${row('The four elements without the form\'s strings', form.base)}
${row('The four elements and `<padu-service-form>`', form.all)}
${row('Added by the form', form.added)}
${row('`@padu/elements/service-form.js` alone on a page (with login and tracker)', form.alone)}
` : ''}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const entries = process.argv.slice(2);
  if (entries[0] === '--report') {
    const sdk = await measureSize(`${repoRoot}packages/sdk/src/index.ts`);
    const report =
      sizeReport(sdk, await measureElements(), await measureServiceForm()) +
      cdnSizeReport(await measureCdnBundle(), await measureOtherElements());
    await writeFile(`${repoRoot}docs/size.md`, report);
    console.log(report);
  } else {
    for (const entry of entries.length ? entries : ['packages/sdk/src/index.ts']) {
      const { minified, gzip } = await measureSize(entry);
      console.log(`${entry}: ${formatBytes(minified)} minified, ${formatBytes(gzip)} min+gzip`);
    }
  }
}
