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
 * dependency it imports, minifies it with terser and gzips it (level 9), keeping every export of the entry. Chunks
 * split off by dynamic imports (the English strings) count too, each gzipped on its own.
 * @param {string | URL} entry
 * @param {{ external?: (string | RegExp)[], source?: string, sideEffects?: boolean, plugins?: import('rollup').Plugin[] }} [options]
 *   `external`: imports to leave out of the bundle; `source`: the entry's code, for an entry that exists only for
 *   the measurement (`entry` then names where it would be, so its imports resolve from there); `sideEffects`:
 *   honour the packages' own `sideEffects` (needed where modules are imported for what they do, e.g.
 *   custom-element definitions); by default every module counts as free of side effects; `plugins`: extra rollup
 *   plugins that run before resolution (e.g. to leave a part of a module out of a baseline)
 * @returns {Promise<{ entry: string, minified: number, gzip: number, chunks: { file: string, module: string | null, minified: number, gzip: number }[] }>}
 *   sizes in bytes, in all and per chunk (`module`: the module a chunk is built around, e.g. the English strings)
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
    // Each chunk travels as a file of its own (the entry and, e.g., the English strings it imports on demand),
    // so each is gzipped on its own and the sizes add up.
    const chunks = output.filter((chunk) => chunk.type === 'chunk').map((chunk) => ({ ...chunkSize(chunk), module: chunk.facadeModuleId }));
    return { entry: input, minified: sum(chunks, 'minified'), gzip: sum(chunks, 'gzip'), chunks };
  } finally {
    await bundle.close();
  }
}

/** A rollup output chunk's bytes, minified and gzipped (level 9). */
const chunkSize = (chunk) => ({ file: chunk.fileName, minified: Buffer.byteLength(chunk.code), gzip: gzipSync(chunk.code, { level: 9 }).length });
const sum = (list, key) => list.reduce((total, item) => total + item[key], 0);

/** `12.3 kB` style, in decimal kilobytes. */
export const formatBytes = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

const repoRoot = fileURLToPath(new URL('../', import.meta.url));
const elementsSrc = `${repoRoot}packages/elements/src/`;

/** The chunk that holds the English strings (the elements' and the contract's), fetched only for `lang="en"`. */
const englishModule = `${elementsSrc}i18n/en.ts`;

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
  const english = all.chunks.filter((chunk) => chunk.module === englishModule);
  if (english.length !== 1) throw new Error('The elements bundle has no chunk of its own for the English strings (i18n/en.ts)');
  return { all, shared, english: english[0], elements };
}

/** The elements' target: the four elements with Lit, the SDK and both locales, min+gzip, in bytes. */
export const ELEMENTS_TARGET_BYTES = 28_000;

/**
 * What CI holds the same bundle to (packages/elements/test/size.test.ts) while it is over the target: the figure
 * reached, rounded up to the next 0.5 kB, so it can only go down. Lower it whenever the figure drops.
 */
export const ELEMENTS_BUDGET_BYTES = 37_500;

// ---- Elements II: <padu-service-form> and its field controls ----

/**
 * Leaves the form's English strings (the block between the "Elements II" marker comments of `i18n/en.ts`) out of
 * the English catalogue, so the baseline is Elements I as it would be without the form and the strings count
 * towards the form. (Its Indonesian strings, `i18n/id-form.ts`, come only with the form's modules.)
 */
const withoutFormStrings = {
  name: 'without-form-strings',
  transform: (code, id) =>
    /\/i18n\/en\.ts$/.test(id) ? code.replace(/\n {2}\/\/ ---- Elements II[\s\S]*?\/\/ ---- end of Elements II ----\n/, '\n') : null,
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

/**
 * The CDN bundle's target: what a page in Bahasa Indonesia showing every element downloads (`padu.js` and the
 * chunks it loads for Indonesian, the form's included; not the English strings), min+gzip, in bytes. The aim is
 * 30 kB.
 */
export const CDN_TARGET_BYTES = 40_000;

/**
 * What CI holds that figure to (test/cdn/bundle.test.ts) while it is over the target: the figure reached, rounded
 * up to the next 0.5 kB, so it can only go down. Lower it whenever the figure drops; at or under the target, it
 * is the target.
 */
export const CDN_BUDGET_BYTES = 49_000;

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

/** Who fetches each CDN chunk, by the module it is built around. */
const chunkReaders = {
  [`${elementsSrc}cdn/padu.ts`]: 'every page',
  [`${elementsSrc}cdn/form.ts`]: 'pages with a form or field control',
  [englishModule]: 'pages in English (`lang="en"`)',
};

/**
 * The CDN bundle exactly as `cdnBuild` of rollup.config.mjs builds it (minified by terser there), chunk by chunk,
 * with bytes and gzip (level 9) size of each, and three sums:
 * - `indonesian`: what a page in Bahasa Indonesia that shows every element downloads: `padu.js` and every chunk it
 *   loads for Indonesian (the form chunk included), which is every chunk reachable from it without going through
 *   the English strings: the budgeted figure;
 * - `english`: what switching to English adds (the English chunk);
 * - `total`: every chunk of the output.
 * `entry` is `padu.js` alone.
 * @returns {Promise<{ chunks: { file: string, minified: number, gzip: number, english: boolean, readers: string }[], entry: Size, indonesian: Size, english: Size, total: Size }>}
 * @typedef {{ minified: number, gzip: number }} Size
 */
export async function measureCdnBundle() {
  const { cdnBuild } = await import('../rollup.config.mjs');
  // In memory: the build's clean-up step (which empties dist/cdn) is left out.
  const bundle = await rollup({ ...cdnBuild, plugins: cdnBuild.plugins.filter((plugin) => plugin?.name !== 'padu-clean-cdn') });
  try {
    const { output } = await bundle.generate({ ...cdnBuild.output, sourcemap: false });
    const byFile = new Map(output.filter((item) => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
    if (![...byFile.values()].some((chunk) => chunk.facadeModuleId === englishModule)) {
      throw new Error('The CDN bundle has no chunk of its own for the English strings (i18n/en.ts)');
    }
    // What an Indonesian page reaches from padu.js: static imports and lazy chunks, but not the English one.
    const indonesian = new Set();
    const visit = (file) => {
      const chunk = byFile.get(file);
      if (!chunk || indonesian.has(file) || chunk.facadeModuleId === englishModule) return;
      indonesian.add(file);
      [...chunk.imports, ...chunk.dynamicImports].forEach(visit);
    };
    visit('padu.js');
    const chunks = [...byFile.values()].map((chunk) => ({
      ...chunkSize(chunk),
      english: !indonesian.has(chunk.fileName),
      readers: chunkReaders[chunk.facadeModuleId] ?? 'the chunks above, shared',
    }));
    const total = (list) => ({ minified: sum(list, 'minified'), gzip: sum(list, 'gzip') });
    return {
      chunks,
      entry: total(chunks.filter((chunk) => chunk.file === 'padu.js')),
      indonesian: total(chunks.filter((chunk) => !chunk.english)),
      english: total(chunks.filter((chunk) => chunk.english)),
      total: total(chunks),
    };
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

/** The CDN section of docs/size.md (`shared`: Lit, @lit/context and the SDK, as `measureElements` gives it). */
export function cdnSizeReport({ chunks, entry, indonesian, english, total }, others = [], shared = undefined) {
  const gap = indonesian.gzip - CDN_TARGET_BYTES;
  return `
## CDN bundle (\`/cdn/padu.js\`)

Built by \`cdnBuild\` in rollup.config.mjs into \`packages/elements/dist/cdn/\`: every element, Lit, the SDK and the
contract rules as ES modules, minified, templates included. \`padu.js\` is what a page loads with one script tag;
the application form and its field controls are a lazy chunk, fetched only by pages that show one of those tags;
the English strings (the elements' and the contract's messages) are another, fetched only when an element's
language resolves to \`en\` (until it arrives, elements speak Indonesian).

\`padu.js\` alone, what the one script tag loads (a page without a form), is **${formatBytes(entry.gzip)}**, within the
**${formatBytes(CDN_TARGET_BYTES)}** limit that \`test/cdn/bundle.test.ts\` enforces for it.

**A page in Bahasa Indonesia that shows every element** downloads \`padu.js\` and every chunk it loads for
Indonesian: **${formatBytes(indonesian.gzip)}** min+gzip. Target: at most **${formatBytes(CDN_TARGET_BYTES)}** (the aim is 30 kB)${
    gap > 0
      ? `, so **${formatBytes(gap)} over**.
Until the target is met, CI (\`test/cdn/bundle.test.ts\`) holds the figure to **${formatBytes(CDN_BUDGET_BYTES)}** (what was reached,
rounded up to 0.5 kB), so that it can only go down.${cdnGap(indonesian, shared)}`
      : ', checked by `test/cdn/bundle.test.ts`.'
  }

| File | Loaded by | Minified | Min+gzip |
|---|---|---:|---:|
${chunks.map((chunk) => `| \`${chunk.file}\` | ${chunk.readers} | ${formatBytes(chunk.minified)} | ${formatBytes(chunk.gzip)} |`).join('\n')}
| **Indonesian page** | a page in Bahasa Indonesia with every element | ${formatBytes(indonesian.minified)} | **${formatBytes(indonesian.gzip)}** |
| English, on demand | added when an element speaks English | ${formatBytes(english.minified)} | ${formatBytes(english.gzip)} |
| Whole output | every chunk | ${formatBytes(total.minified)} | ${formatBytes(total.gzip)} |
| \`padu.js\` alone | a page without a form, in Indonesian | ${formatBytes(entry.minified)} | ${formatBytes(entry.gzip)} |
${others.length ? `
The other npm entry points (\`@padu/elements/<name>.js\`), each alone on a page with Lit and what it uses (the
English chunk included):

| Element | Minified | Min+gzip |
|---|---:|---:|
${others.map(({ tag, minified, gzip }) => `| \`<${tag}>\` | ${formatBytes(minified)} | ${formatBytes(gzip)} |`).join('\n')}
` : ''}`;
}

/** Why the Indonesian page is over its target, with the figures. */
function cdnGap(indonesian, shared) {
  const floor = shared
    ? ` Lit, @lit/context and the SDK with ky (mandated) are about ${formatBytes(shared.gzip)} of it (the "Shared"
row above), which leaves ${formatBytes(CDN_TARGET_BYTES - shared.gzip)} for thirteen elements, their styles, the Indonesian strings and the
contract rules they run; they take about ${formatBytes(indonesian.gzip - shared.gzip)}.`
    : '';
  return `

Why it is over:${floor} The templates are minified, English is not downloaded by Indonesian pages, the
form's Indonesian strings come with the form's chunk, and duplicated helpers were merged; what remains is the
elements' behaviour itself (the form with its field controls and rules is the \`padu-form.js\` row). The rest of
the way needs a product decision (fewer features in the CDN bundle, or a smaller HTTP client than ky), not more
trimming.`;
}

// ---- end of CDN bundle ----

/** docs/size.md, from the figures (`form`: from `measureServiceForm`). */
export function sizeReport(sdk, { all, shared, english, elements }, form) {
  const row = (name, { minified, gzip }) => `| ${name} | ${formatBytes(minified)} | ${formatBytes(gzip)} |`;
  return `# Bundle sizes

Generated by \`node scripts/size.mjs --report\`; do not edit. Minified with terser, gzip level 9, in decimal
kilobytes. Deterministic: the same sources give the same bytes.

## @padu/sdk

| Bundle | Minified | Min+gzip |
|---|---:|---:|
${row('`@padu/sdk` with ky', sdk)}

## @padu/elements

Target: the four elements together, with Lit, the SDK and both locales (English counted although pages fetch it
only for \`lang="en"\`), at most **${formatBytes(ELEMENTS_TARGET_BYTES)}** min+gzip. Now: **${formatBytes(all.gzip)}**${
    all.gzip > ELEMENTS_TARGET_BYTES
      ? ` (**${formatBytes(all.gzip - ELEMENTS_TARGET_BYTES)} over**). Until the target is met,
\`packages/elements/test/size.test.ts\` holds the figure to **${formatBytes(ELEMENTS_BUDGET_BYTES)}** (what was reached, rounded up to
0.5 kB), so that it can only go down.

Why it is over: Lit, @lit/context and the SDK with ky (mandated) are ${formatBytes(shared.gzip)} of it (the "Shared" row),
which leaves ${formatBytes(ELEMENTS_TARGET_BYTES - shared.gzip)} for four elements, the provider, the text and NIK fields, the base classes, the
contract rules they run and two string catalogues; they take ${formatBytes(all.gzip - shared.gzip)}, of which the English chunk (the form's
English strings included) is ${formatBytes(english.gzip)}. The templates are minified, the form's Indonesian strings are left to the form,
and duplicated helpers were merged; what remains is behaviour (states, live updates, accessibility, validation),
so closing the gap needs a product decision, not more trimming.`
      : ', checked by `packages/elements/test/size.test.ts`.'
  }

| Bundle | Minified | Min+gzip |
|---|---:|---:|
${row('The four elements with the provider and their fields, `id` + `en`, Lit and the SDK', all)}
${row('… of which the English chunk (the elements\' strings and the contract\'s messages)', english)}
${row('Shared: Lit + @lit/context + the SDK as the elements use it', shared)}

Each element's own entry point (\`@padu/elements/<name>.js\`), alone on a page, and what it adds on top of the
shared part (its own code, the base classes, the fields it uses, both locales and the contract rules it calls;
English is a chunk of its own, fetched only for \`lang="en"\`):

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
    const elements = await measureElements();
    const report =
      sizeReport(sdk, elements, await measureServiceForm()) +
      cdnSizeReport(await measureCdnBundle(), await measureOtherElements(), elements.shared);
    await writeFile(`${repoRoot}docs/size.md`, report);
    console.log(report);
  } else {
    for (const entry of entries.length ? entries : ['packages/sdk/src/index.ts']) {
      const { minified, gzip } = await measureSize(entry);
      console.log(`${entry}: ${formatBytes(minified)} minified, ${formatBytes(gzip)} min+gzip`);
    }
  }
}
