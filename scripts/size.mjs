// Size budgets: what an entry point costs a page, bundled with its dependencies, minified and gzipped.
// `measureSize(entry)` is what the budget tests call; `node scripts/size.mjs [entry...]` prints the figures;
// `node scripts/size.mjs --report` measures the SDK and every element and rewrites docs/size.md.
import { writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/**
 * Bundles `entry` (a TypeScript or JavaScript file; workspace packages resolve to their sources) with every
 * dependency it imports, minifies it with terser and gzips it (level 9), keeping every export of the entry.
 * @param {string | URL} entry
 * @param {{ external?: (string | RegExp)[], source?: string, sideEffects?: boolean }} [options] imports to leave
 *   out of the bundle; `source`: the entry's code, for an entry that exists only for the measurement (`entry` then
 *   names where it would be, so its imports resolve from there); `sideEffects`: honour the packages' own
 *   `sideEffects` (needed where modules are imported for what they do, e.g. custom-element definitions); by
 *   default every module counts as free of side effects
 * @returns {Promise<{ entry: string, minified: number, gzip: number }>} sizes in bytes
 */
export async function measureSize(entry, { external = [], source, sideEffects = false } = {}) {
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
      nodeResolve({ exportConditions: ['source', 'browser', 'import', 'default'] }),
      esbuild({ target: 'es2022', tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) }),
    ],
    onwarn(warning, warn) {
      if (warning.code !== 'CIRCULAR_DEPENDENCY') warn(warning);
    },
  });
  try {
    const { output } = await bundle.generate({
      format: 'es',
      plugins: [terser({ module: true, ecma: 2022, compress: { passes: 2 }, format: { comments: false } })],
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

/** docs/size.md, from the figures. */
export function sizeReport(sdk, { all, shared, elements }) {
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
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const entries = process.argv.slice(2);
  if (entries[0] === '--report') {
    const sdk = await measureSize(`${repoRoot}packages/sdk/src/index.ts`);
    const report = sizeReport(sdk, await measureElements());
    await writeFile(`${repoRoot}docs/size.md`, report);
    console.log(report);
  } else {
    for (const entry of entries.length ? entries : ['packages/sdk/src/index.ts']) {
      const { minified, gzip } = await measureSize(entry);
      console.log(`${entry}: ${formatBytes(minified)} minified, ${formatBytes(gzip)} min+gzip`);
    }
  }
}
