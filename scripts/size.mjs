// Size: what Padu's code costs a page, in bytes.
// - `measureSize(entry)`: an entry point bundled with its dependencies, minified, gzipped (the SDK's budget, the npm
//   entry points).
// - `measureCdnBundle()`: the CDN bundle file by file, and what a page with some Padu tags downloads when it loads
//   (the loader, each tag's chunk and the chunks those import), deterministic: the budgets of
//   packages/elements/test/size.test.ts.
// - `measurePages(origin, paths)`: real pages in Chromium, served by the real gateway: the JavaScript they transfer
//   while they load (the budgets of test/cdn/bundle.test.ts).
// `node --conditions=source scripts/size.mjs --report` (`npm run size`) measures all of it and rewrites docs/size.md;
// `node --conditions=source scripts/size.mjs [entry...]` prints the figures of entry points.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { glob } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { get as httpGet } from 'node:http';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { bundlePlugins, outputPlugins } from './bundle-plugins.mjs';
import { brotliSmallest } from './precompress.mjs';

/**
 * Bundles `entry` (a TypeScript or JavaScript file; workspace packages resolve to their sources) with every
 * dependency it imports, minifies it with terser and gzips it (level 9), keeping every export of the entry. Chunks
 * split off by dynamic imports (ky, the event-stream reader, the English strings) count too, each gzipped on its
 * own.
 * @param {string | URL} entry
 * @param {{ external?: (string | RegExp)[], source?: string, sideEffects?: boolean }} [options]
 *   `external`: imports to leave out of the bundle; `source`: the entry's code, for an entry that exists only for
 *   the measurement (`entry` then names where it would be, so its imports resolve from there); `sideEffects`:
 *   honour the packages' own `sideEffects` (needed where modules are imported for what they do, e.g.
 *   custom-element definitions); by default every module counts as free of side effects
 * @returns {Promise<{ entry: string, minified: number, gzip: number, chunks: { file: string, module: string | null, minified: number, gzip: number }[] }>}
 *   sizes in bytes, in all and per chunk (`module`: the module a chunk is built around, e.g. ky)
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
    // As an application's bundler does: the entry may export what its on-demand chunks import, instead of
    // becoming a facade over one more chunk.
    preserveEntrySignatures: 'allow-extension',
    plugins: [
      virtualEntry,
      // What the CDN and npm builds use: sources resolved, compiled, their templates minified.
      ...bundlePlugins(),
    ],
    onwarn(warning, warn) {
      if (warning.code !== 'CIRCULAR_DEPENDENCY') warn(warning);
    },
  });
  try {
    const { output } = await bundle.generate({ format: 'es', plugins: outputPlugins() });
    // Each chunk travels as a file of its own, so each is gzipped on its own and the sizes add up.
    const chunks = output.filter((chunk) => chunk.type === 'chunk').map((chunk) => ({ ...chunkSize(chunk), module: chunk.facadeModuleId }));
    return { entry: input, minified: sum(chunks, 'minified'), gzip: sum(chunks, 'gzip'), chunks };
  } finally {
    await bundle.close();
  }
}

/** A rollup output chunk's bytes, minified and gzipped (level 9). */
const chunkSize = (chunk) => ({ file: chunk.fileName, minified: Buffer.byteLength(chunk.code), gzip: gzipSync(chunk.code, { level: 9 }).length });
/** And with Brotli, as the gateway sends the CDN bundle to browsers (scripts/precompress.mjs). */
const cdnChunkSize = (chunk) => ({ ...chunkSize(chunk), brotli: brotliSmallest(Buffer.from(chunk.code)).length });
const sum = (list, key) => list.reduce((total, item) => total + item[key], 0);

/** `12.3 kB` style, in decimal kilobytes. */
export const formatBytes = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

const repoRoot = fileURLToPath(new URL('../', import.meta.url));
const elementsSrc = `${repoRoot}packages/elements/src/`;

// ---- @padu/sdk ----

/**
 * The SDK's budget (packages/sdk/test/package.test.ts): all of it, ky and the watch loop with eventsource-parser
 * included, although a page downloads those only with its first call and its first live watch. It was 12 kB with a
 * hand-written event-stream parser in one file; eventsource-parser (which reads a bare CR as a line end, and bounds
 * what a broken stream can make it buffer) adds 1.8 kB, and the on-demand chunks 0.7 kB of gzip overhead, for
 * which a page that has not called the gateway yet carries 11 kB less. Browser sessions (cookie mode, `restore()`,
 * other tabs over BroadcastChannel) add 0.6 kB; single sign-on is a chunk of its own with its own budget. Service
 * authoring (`padu.authoring`, 13 operations, and the 412 error class) took it to 15.54 kB; webhook endpoints
 * (`padu.webhooks`, 9 operations) to 15.82 kB, and verifying webhooks (`@padu/sdk/webhooks`, Node only) adds
 * nothing. The figure reached, rounded up to 0.5 kB.
 */
export const SDK_BUDGET_BYTES = 16_000;

// ---- CDN bundle (packages/elements/dist/cdn, served at /cdn/) ----

/** Every tag, with the source module that defines it (its `define('padu-…')` call). */
export async function definingModules() {
  const modules = new Map();
  for await (const file of glob('**/*.ts', { cwd: elementsSrc })) {
    if (file.endsWith('.test.ts')) continue;
    for (const [, tag] of (await readFile(`${elementsSrc}${file}`, 'utf8')).matchAll(/\bdefine\('(padu-[a-z-]+)'/g)) modules.set(tag, `${elementsSrc}${file}`);
  }
  return modules;
}

/**
 * The CDN bundle exactly as `cdnBuild` of rollup.config.mjs builds it (minified by terser there), file by file,
 * with bytes, gzip (level 9) and Brotli (as the gateway sends it) size of each, and `atLoad(tags)`: what a page showing these tags downloads as it
 * loads, before any element calls the gateway: `padu.js`, the chunk of each tag, and every chunk those import
 * statically. Chunks fetched on demand come on top: ky with the first call to the gateway, the event-stream reader
 * with the first live watch, the English strings for `lang="en"`, the other field controls once a form shows its
 * service.
 * `tags` has that for each tag alone.
 * @returns {Promise<{ files: { file: string, minified: number, gzip: number, brotli: number, imports: string[], dynamicImports: string[], modules: string[] }[], atLoad(tags: string[]): AtLoad, tags: Map<string, AtLoad> }>}
 * @typedef {{ files: string[], minified: number, gzip: number, brotli: number }} AtLoad
 */
export async function measureCdnBundle() {
  const { cdnBuild } = await import('../rollup.config.mjs');
  // In memory: the build's clean-up step (which empties dist/cdn) is left out.
  const bundle = await rollup({ ...cdnBuild, plugins: cdnBuild.plugins.filter((plugin) => plugin?.name !== 'padu-clean-cdn') });
  try {
    const { output } = await bundle.generate({ ...cdnBuild.output, sourcemap: false });
    const files = output
      .filter((item) => item.type === 'chunk')
      .map((chunk) => ({ ...cdnChunkSize(chunk), imports: chunk.imports, dynamicImports: chunk.dynamicImports, modules: chunk.moduleIds }))
      .sort((a, b) => a.file.localeCompare(b.file));
    const byFile = new Map(files.map((file) => [file.file, file]));
    const defining = await definingModules();
    const chunkOf = (tag) => files.find((file) => file.modules.includes(defining.get(tag)))?.file;
    const atLoad = (tags) => {
      const reached = new Set();
      const visit = (file) => {
        if (!file || reached.has(file)) return;
        reached.add(file);
        byFile.get(file).imports.forEach(visit);
      };
      visit('padu.js');
      for (const tag of tags) {
        if (!defining.has(tag)) throw new Error(`No element defines <${tag}>`);
        visit(chunkOf(tag));
      }
      const list = [...reached].map((file) => byFile.get(file));
      return { files: [...reached], minified: sum(list, 'minified'), gzip: sum(list, 'gzip'), brotli: sum(list, 'brotli') };
    };
    const tags = new Map([...defining.keys()].sort().map((tag) => [tag, atLoad([tag])]));
    return { files, atLoad, tags };
  } finally {
    await bundle.close();
  }
}

/** Who fetches the CDN files that no tag brings at load; the others are fetched by the pages with these tags. */
const cdnReaders = {
  'padu.js': 'every page (the loader)',
  'padu-core.js': 'every page with a Padu tag',
  'padu-api.js': 'pages that script Padu (`import … from padu-api.js`)',
  'padu-page-api.js': 'with `padu-api.js`',
  'padu-anchor.js': 'pages opened with a `#fragment`, in a browser without scroll anchoring',
  'padu-time-frame.js': "with a tracker's first application, and with the catalogue, the form and a citizen's applications",
  'padu-ky.js': 'with the first call to the gateway',
  'padu-live.js': 'with the first live status watch',
  'padu-tracked.js': "with a tracker's first application",
  'padu-lifecycle.js': "with a tracker's first application, and with `padu-api.js`",
  'padu-en.js': 'pages in English (`lang="en"`)',
  'padu-form.js': 'once a `<padu-service-form>` has a service or an application to show',
  'padu-controls.js': 'once a form shows a service, or with a field control alone',
  'padu-uploads.js': 'with the file input, or `padu-api.js`',
  'padu-account.js': "with a login panel's signed-in view, its active devices or its single sign-on",
  'padu-messages.js': "with a field's first message other than `required`, and with the form",
  'padu-applications.js': "with a citizen's first list of applications",
  'padu-sso.js': 'on sites that sign in through the city, while a sign-in or logout is under way',
  'padu-authoring.js': 'with `padu-api.js`, and with the service editor',
};

/** Who fetches `file`: from `cdnReaders`, else the tags whose chunks at load include it. */
function readersOf(file, tags) {
  if (cdnReaders[file]) return cdnReaders[file];
  // The tag the chunk is named after first.
  const own = file.replace(/\.js$/, '');
  const by = [...tags]
    .filter(([, { files }]) => files.includes(file))
    .sort(([a], [b]) => (b === own) - (a === own))
    .map(([tag]) => `\`<${tag}>\``);
  return by.length > 3 ? `pages with ${by.slice(0, 3).join(', ')} and ${by.length - 3} more` : `pages with ${by.join(', ')}`;
}

/** The tags of each group of the budgets: one element alone, and the full demo page. */
export const tagSets = {
  'status-tracker': ['padu-status-tracker'],
  'demo page': ['padu-login', 'padu-status-tracker', 'padu-service-catalogue', 'padu-service-form', 'padu-my-applications'],
};

/**
 * Targets for what a page downloads, in bytes as browsers get them (Brotli): a page with only
 * `<padu-status-tracker>`, and the full demo page (`/disdukcapil/`: login, tracker, catalogue, form, my
 * applications). Measured in Chromium on the real pages (test/cdn/bundle.test.ts), and from the chunk graph before
 * any element calls the gateway (packages/elements/test/size.test.ts).
 */
export const PAGE_TARGETS = { 'status-tracker': 20_000, 'demo page': 35_000 };

/**
 * What CI holds the same figures to: the figures reached, rounded up to the next 0.5 kB, so they can only go down.
 * Lower them whenever the figures drop; at or under the targets, they are the targets.
 * - `atLoad`: from the chunk graph (Brotli, as the gateway sends the bundle), before any call to the gateway;
 * - `transferred`: in Chromium, the bodies as the gateway sends them (Brotli), everything the page loads.
 * How they came down, from 32 kB for any element alone and 50.2 kB for the demo page: `padu.js` became a loader
 * that imports each tag's chunk when the tag appears; what an element shows only later comes in chunks of its own
 * when it is needed (a tracked application, the form once it has a service, a citizen's list, the signed-in panel,
 * the validation messages, the time-frame wording, a status watch's loop); and the gateway sends the bundle as
 * Brotli made at build time (8 % less than gzip). The city session added 0.7 kB: the demo page asks for its
 * session on load, which brings ky at once. Form logic v2 (conditions, groups, prefill, content) added 1.6 kB to
 * the rules a form fetches once it shows a service and 2.8 kB to the form itself (the FormSession, groups, content
 * blocks): the form link 50.0 kB before it, 55.3 kB with it.
 */
export const PAGE_BUDGETS = {
  atLoad: { 'status-tracker': 20_000, 'demo page': 35_000 },
  transferred: { 'status-tracker': 20_000, 'demo page': 35_000, 'form link': 55_500 },
};

// ---- Pages in Chromium ----

/** Pages that exist only for the measurement, served next to the demo sites under `/ukuran/`. */
const sizePages = {
  'status-tracker.html': ['Lacak permohonan', '<padu-status-tracker heading-level="2"></padu-status-tracker>'],
  'login.html': ['Masuk', '<padu-login heading-level="2"></padu-login>'],
  'service-catalogue.html': ['Katalog layanan', '<padu-service-catalogue agency-id="disdukcapil" heading-level="2"></padu-service-catalogue>'],
};

/** The pages the report and the budgets measure: each with what it shows. */
export const measuredPages = [
  { name: 'status-tracker', path: '/ukuran/status-tracker.html', shows: 'only `<padu-status-tracker>`, waiting for a code' },
  { name: 'login', path: '/ukuran/login.html', shows: 'only `<padu-login>`' },
  { name: 'service-catalogue', path: '/ukuran/service-catalogue.html', shows: 'only `<padu-service-catalogue>`, with its services' },
  { name: 'demo page', path: '/disdukcapil/', shows: 'the full demo page: login, tracker, catalogue, form (waiting for a service), my applications' },
  { name: 'form link', path: '/disdukcapil/?service=kartu-keluarga#formulir', shows: 'the demo page opened on a service of the catalogue: the form shows it' },
  { name: 'dpmptsp', path: '/dpmptsp/', shows: 'the other demo page' },
  { name: 'dpmptsp form link', path: '/dpmptsp/?service=izin-praktik-nakes#formulir', shows: 'and opened on a service' },
];

/**
 * A copy of `public/` with the measurement pages in `ukuran/`, for a gateway to serve; returns its folder and a
 * function that removes it.
 */
export async function publicDirWithSizePages() {
  const dir = await mkdtemp(join(tmpdir(), 'padu-size-'));
  await cp(`${repoRoot}public`, dir, { recursive: true });
  await mkdir(join(dir, 'ukuran'));
  for (const [file, [title, body]] of Object.entries(sizePages)) {
    await writeFile(
      join(dir, 'ukuran', file),
      `<!doctype html>
<html lang="id">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${title}</title>
    <meta name="padu-api" content="/api/v1">
    <script type="module" src="/cdn/padu.js"></script>
  </head>
  <body>
    <main>
      <h1>${title}</h1>
      ${body}
    </main>
  </body>
</html>
`,
    );
  }
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * Loads each page in Chromium (a fresh context, so nothing is cached) and sums the JavaScript it transfers until it
 * has settled: every Padu tag on it defined, and no request for half a second. `body` is the bytes of the
 * responses' bodies as Chromium got them (Brotli, which every current browser takes), `wire` adds their headers,
 * and `gzip` is the same files as a client without Brotli gets them.
 * @param {import('playwright-core').Browser} browser
 * @param {string} origin
 * @param {string[]} paths
 * @returns {Promise<{ path: string, files: { url: string, body: number, wire: number, gzip: number }[], body: number, wire: number, gzip: number }[]>}
 */
export async function measurePages(browser, origin, paths) {
  const results = [];
  for (const path of paths) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    const page = await context.newPage();
    const responses = [];
    let last = Date.now();
    page.on('request', () => (last = Date.now()));
    page.on('requestfinished', (request) => {
      last = Date.now();
      if (request.resourceType() === 'script') responses.push(request);
    });
    await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    await page.waitForFunction(() => !document.querySelector(':not(:defined)'), null, { timeout: 30_000 });
    while (Date.now() - last < 500) await page.waitForTimeout(100);
    const files = [];
    for (const request of responses) {
      const sizes = await request.sizes();
      const url = request.url().replace(origin, '');
      files.push({ url, body: sizes.responseBodySize, wire: sizes.responseBodySize + sizes.responseHeadersSize, gzip: await gzipBodyBytes(`${origin}${url}`) });
    }
    results.push({ path, files, body: sum(files, 'body'), wire: sum(files, 'wire'), gzip: sum(files, 'gzip') });
    await context.close();
  }
  return results;
}

/** The bytes of a file's body as the gateway sends it to a client that accepts gzip and not Brotli. */
function gzipBodyBytes(url) {
  return new Promise((resolve, reject) => {
    httpGet(url, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk) => (bytes += chunk.length));
      response.on('end', () => resolve(bytes));
      response.on('error', reject);
    }).on('error', reject);
  });
}

/** Starts a gateway (in this process) on the demo sites, the measurement pages and the built CDN bundle. */
export async function startSizeGateway() {
  const { cdnIsStale, buildCdn, cdnDir } = await import('./build-cdn.mjs');
  if (await cdnIsStale()) await buildCdn();
  const { startGateway } = await import('@padu/server');
  const pages = await publicDirWithSizePages();
  const dataDir = await mkdtemp(join(tmpdir(), 'padu-size-data-'));
  const gateway = await startGateway({ dataDir, port: 0, logLevel: 'silent', publicDir: pages.dir, storybookDir: null, cdnDir, limits: { requestsPerWindow: 100_000 } });
  return {
    origin: gateway.origin,
    async stop() {
      await gateway.close();
      await pages.remove();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

// ---- docs/size.md ----

/** The budget line of a figure: its target, and the budget CI holds it to while it is over. */
function againstTarget(figure, target, budget, where) {
  return figure <= target
    ? `within the target of **${formatBytes(target)}** (${where})`
    : `**${formatBytes(figure - target)} over** the target of ${formatBytes(target)}; ${where} holds it to **${formatBytes(budget)}**, the figure reached, so that it can only go down`;
}

/** What a chunk of the SDK's bundle is, by the module it is built around. */
const sdkPart = ({ module }) =>
  /\/ky\//.test(module) ? 'ky, with the first call' : /\/follow\.ts$/.test(module) ? 'the watch loop, with the first watch' : 'what a page loads';

/** docs/size.md, from the figures. */
export function sizeReport({ sdk, cdn, pages, entries }) {
  const row = (name, { minified, gzip }) => `| ${name} | ${formatBytes(minified)} | ${formatBytes(gzip)} |`;
  const page = (name) => pages.find((result) => result.name === name);
  const atLoad = Object.fromEntries(Object.entries(tagSets).map(([name, tags]) => [name, cdn.atLoad(tags)]));
  return `# Bundle sizes

Generated by \`npm run size\` (\`node --conditions=source scripts/size.mjs --report\`); do not edit. Bytes in
decimal kilobytes. Minified with terser; "min+gzip" is gzip level 9, deterministic: the same sources give the
same bytes. Pages are measured in Chromium as the gateway serves them: Brotli, made at build time at its highest
quality (every current browser takes it), and gzip for clients that do not (made with Zopfli).

## What a page transfers

Each page loaded in Chromium from the gateway (with its demo data), until every Padu tag on it is defined and the
network has been quiet for half a second: the JavaScript it transferred, as the bodies the gateway sent to
Chromium (Brotli), the same files as gzip, and Chromium's figure with the responses' headers. Everything counts:
the loader, the chunks of the tags on the page, and what the elements fetch while the page loads (ky once an
element calls the gateway, the form itself, its rules and its field controls once the form shows a service).

| Page | Shows | JS files | JS transferred (Brotli) | As gzip | With headers |
|---|---|---:|---:|---:|---:|
${pages.map((result) => `| \`${result.path}\` | ${result.shows} | ${result.files.length} | **${formatBytes(result.body)}** | ${formatBytes(result.gzip)} | ${formatBytes(result.wire)} |`).join('\n')}

- A page with only \`<padu-status-tracker>\`: **${formatBytes(page('status-tracker').body)}**, ${againstTarget(page('status-tracker').body, PAGE_TARGETS['status-tracker'], PAGE_BUDGETS.transferred['status-tracker'], '`test/cdn/bundle.test.ts`')}.
- The full demo page: **${formatBytes(page('demo page').body)}**, ${againstTarget(page('demo page').body, PAGE_TARGETS['demo page'], PAGE_BUDGETS.transferred['demo page'], '`test/cdn/bundle.test.ts`')}.
- Opened on a service (\`?service=…#formulir\`), the form shows it and fetches the form itself, its rules and the
  field controls it will draw:
  **${formatBytes(page('form link').body)}** (budget ${formatBytes(PAGE_BUDGETS.transferred['form link'])}).

## CDN bundle (\`/cdn/\`)

Built by \`cdnBuild\` in rollup.config.mjs into \`packages/elements/dist/cdn/\`. \`padu.js\` is the one script
tag: a small loader that defines each Padu tag when it first appears on the page, importing the tag's chunk and
the chunks that one needs side by side. \`padu-api.js\` is the page API (\`configure\`, \`createPadu\`, the status
rules) for pages that script Padu.

| File | Loaded by | Minified | Min+gzip | Min+Brotli |
|---|---|---:|---:|---:|
${cdn.files.map((file) => `| \`${file.file}\` | ${readersOf(file.file, cdn.tags)} | ${formatBytes(file.minified)} | ${formatBytes(file.gzip)} | ${formatBytes(file.brotli)} |`).join('\n')}

### Each element, at load

What a page with only that tag downloads before its element calls the gateway: \`padu.js\`, the tag's chunk and
the chunks it imports (min+Brotli, as the gateway sends them). From the chunk graph, so deterministic:
\`packages/elements/test/size.test.ts\` holds the sums below to their budgets.

| Tag | Files | Min+Brotli |
|---|---|---:|
${[...cdn.tags].map(([tag, { files, brotli }]) => `| \`<${tag}>\` | ${files.map((file) => `\`${file}\``).join(', ')} | ${formatBytes(brotli)} |`).join('\n')}
${Object.entries(atLoad).map(([name, { brotli }]) => `| **${name}** (${tagSets[name].map((tag) => `\`<${tag}>\``).join(', ')}) | | **${formatBytes(brotli)}** (budget ${formatBytes(PAGE_BUDGETS.atLoad[name])}) |`).join('\n')}

## @padu/sdk

Everything it exports, in an application's bundle: what a page loads with it, ky (imported with the first call)
and the watch loop with its event-stream reader and eventsource-parser (imported with the first live watch), each
file gzipped on its own. Budget: ${formatBytes(SDK_BUDGET_BYTES)} (\`packages/sdk/test/package.test.ts\`).

| Part | Minified | Min+gzip |
|---|---:|---:|
${sdk.chunks.map((chunk) => row(sdkPart(chunk), chunk)).join('\n')}
${row('**`@padu/sdk` in all**', sdk)}

## npm entry points

\`@padu/elements/<name>.js\`, each alone in an application's bundle, with Lit, the SDK and what it imports (the
chunks it fetches on demand included):

| Entry point | Minified | Min+gzip |
|---|---:|---:|
${entries.map(({ name, minified, gzip }) => `| \`@padu/elements/${name}.js\` | ${formatBytes(minified)} | ${formatBytes(gzip)} |`).join('\n')}
`;
}

/** The npm entry points of @padu/elements (its exports map), each measured alone. */
async function measureEntries() {
  const manifest = JSON.parse(await readFile(`${repoRoot}packages/elements/package.json`, 'utf8'));
  const rows = [];
  for (const [subpath, target] of Object.entries(manifest.exports)) {
    if (typeof target !== 'object' || !target.source || subpath === '.') continue;
    const measured = await measureSize(`${repoRoot}packages/elements/${target.source.slice(2)}`, { sideEffects: true });
    rows.push({ name: subpath.slice(2, -3), ...measured });
  }
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  if (args[0] === '--report') {
    const sdk = await measureSize(`${repoRoot}packages/sdk/src/index.ts`);
    const cdn = await measureCdnBundle();
    const { launchChromium } = await import('./chromium.mjs');
    const gateway = await startSizeGateway();
    const browser = await launchChromium();
    let pages;
    try {
      const measured = await measurePages(browser, gateway.origin, measuredPages.map((page) => page.path));
      pages = measuredPages.map((page, i) => ({ ...page, ...measured[i] }));
    } finally {
      await browser.close();
      await gateway.stop();
    }
    const report = sizeReport({ sdk, cdn, pages, entries: await measureEntries() });
    await writeFile(`${repoRoot}docs/size.md`, report);
    console.log(report);
  } else {
    for (const entry of args.length ? args : ['packages/sdk/src/index.ts']) {
      const { minified, gzip } = await measureSize(entry);
      console.log(`${entry}: ${formatBytes(minified)} minified, ${formatBytes(gzip)} min+gzip`);
    }
  }
}
