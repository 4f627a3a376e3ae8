// `npm run build`: one build per published package, each to its own dist/: ESM from esbuild (one file per source
// module, so consumers' bundlers tree-shake), and `.d.ts` from `tsc --emitDeclarationOnly`. A package adds itself
// to `builds` below with its entry points.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { glob, mkdtemp, rm } from 'node:fs/promises';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import MagicString from 'magic-string';
import { bundlePlugins, compilePlugins, outputPlugins } from './scripts/bundle-plugins.mjs';
import { precompressSmallest } from './scripts/precompress.mjs';

const root = import.meta.dirname;
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

/**
 * Writes the package's declarations with tsc: from its tsconfig.build.json, or else from its tsconfig.json minus
 * the tests. tsc keeps `.ts` in relative import specifiers of declarations; published ones must name `.js`.
 */
function declarations(packageDir) {
  return {
    name: 'padu-declarations',
    async writeBundle() {
      let project = join(packageDir, 'tsconfig.build.json');
      let scratch;
      if (!existsSync(project)) {
        scratch = await mkdtemp(join(tmpdir(), 'padu-tsconfig-'));
        project = join(scratch, 'tsconfig.json');
        const config = {
          extends: join(packageDir, 'tsconfig.json'),
          compilerOptions: {
            noEmit: false,
            declaration: true,
            emitDeclarationOnly: true,
            rootDir: join(packageDir, 'src'),
            outDir: join(packageDir, 'dist'),
            // Found from the package's folder, not from this scratch one.
            typeRoots: [join(root, 'node_modules/@types')],
          },
          include: [join(packageDir, 'src')],
          exclude: [join(packageDir, 'src/**/*.test.ts')],
        };
        writeFileSync(project, JSON.stringify(config));
      }
      try {
        const run = spawnSync(process.execPath, [tsc, '-p', project], { stdio: 'inherit' });
        if (run.status !== 0) throw new Error(`tsc failed for ${project}`);
      } finally {
        if (scratch) await rm(scratch, { recursive: true, force: true });
      }
      for await (const file of glob(join(packageDir, 'dist/**/*.d.ts'))) {
        const text = readFileSync(file, 'utf8');
        const fixed = text.replace(/((?:from|import)\s*\(?\s*['"])(\.{1,2}\/[^'"]+)\.ts(['"])/g, '$1$2.js$3');
        if (fixed !== text) writeFileSync(file, fixed);
      }
    },
  };
}

/** Empties dist/ before a build, so nothing stale is published. */
function cleanDist(packageDir) {
  return {
    name: 'padu-clean-dist',
    async buildStart() {
      await rm(join(packageDir, 'dist'), { recursive: true, force: true });
    },
  };
}

/**
 * The rollup options for `packages/<name>`: `entries` maps output names to source files (relative to the
 * package). Its dependencies stay external; so does Node's standard library.
 */
export function packageBuild(name, entries) {
  const packageDir = resolve(root, 'packages', name);
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  const dependencies = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies });
  // `#…` specifiers are the package's own `imports` map, resolved where the package is used.
  const external = (id) =>
    builtinModules.includes(id) ||
    id.startsWith('node:') ||
    id.startsWith('#') ||
    dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));
  return {
    input: Object.fromEntries(Object.entries(entries).map(([out, source]) => [out, join(packageDir, source)])),
    external,
    plugins: [
      cleanDist(packageDir),
      // TypeScript to ES2022 and Lit's templates minified, as in the CDN bundle (scripts/bundle-plugins.mjs).
      ...compilePlugins(),
      declarations(packageDir),
    ],
    output: {
      dir: join(packageDir, 'dist'),
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: join(packageDir, 'src'),
      entryFileNames: '[name].js',
      sourcemap: true,
    },
    onwarn(warning, warn) {
      if (warning.code === 'CIRCULAR_DEPENDENCY') return;
      warn(warning);
    },
  };
}

/** The entry points of @padu/elements, read from its exports map (`./login.js` → `login/login`). */
function elementEntries() {
  const manifest = JSON.parse(readFileSync(resolve(root, 'packages/elements/package.json'), 'utf8'));
  const entries = {};
  for (const target of Object.values(manifest.exports)) {
    const source = typeof target === 'object' ? target.source : undefined;
    if (source) entries[source.replace(/^\.\/src\//, '').replace(/\.ts$/, '')] = source.replace(/^\.\//, '');
  }
  return entries;
}

/**
 * Which chunk of the CDN bundle each module goes to (`padu-<name>.js`), by its path in the workspace (`sdk:`,
 * `contract:`, or the elements' `src/`), most specific first; `undefined` leaves a module to rollup (the entries,
 * and what only one dynamic import uses: the English strings, the fragment keeper). Every module of the
 * workspace is placed on purpose: rollup puts whatever a chunk's modules import, re-export hubs included, into
 * that chunk unless it belongs to another one, so a module left out would follow `@padu/contract` or `@padu/sdk`
 * into the core.
 * - `core`: what every element needs: Lit, @lit/context's consumer side, the SDK's client, the base classes, the
 *   shared Indonesian strings, styles, the contract's status labels, and the text input that nearly
 *   every element draws;
 * - on demand: `ky` with the first call to the gateway, `live` (a status watch's loop, its event-stream reader and
 *   eventsource-parser) with the first watch, `tracked` (how the tracker draws an application) with its first read,
 *   `controls` (the form's other field controls, and the strings of its pages of questions) once a form shows a
 *   service, `uploads` with the file input, `form` (the application form's pages, rules, drafts and submit, with
 *   its strings and styles) once a `<padu-service-form>` has a service or an application to show;
 * - `time-frame`: the contract's wording of a time frame ("3 (tiga) hari kerja": calendar, terbilang), for the
 *   elements that show one (the catalogue, the form, a citizen's applications, a tracker's application), not the
 *   core: a tracker waiting for a code does not need it;
 * - `rules`: the contract's form rules (conditions, form state, validation) and the way numbers are typed, which the
 *   form and its controls share (a control alone on a page does not bring the form);
 * - one chunk per element, named after its folder, with its own strings; the NIK input and the contract's NIK rules
 *   go with the login, which draws it, and so do the contract's messages (but `required`, which the core keeps):
 *   every page with a form has the login chunk (the form and its controls draw the NIK input), so the messages cost
 *   it no file of their own, and a field elsewhere fetches that chunk with its first other message (the tracker's
 *   fields have none);
 * - `lifecycle`: the contract's status machine (the transitions, and the stages a tracker shows of an
 *   application), with a tracker's first application and with `padu-api.js`;
 * - `page-api`: what only `padu-api.js` offers (the full SDK client, the officers' API, webhook endpoints).
 */
const cdnChunks = [
  [/\/node_modules\/@lit\/context\/lib\/(controllers\/context-provider|value-notifier)\.js$/, 'provider'],
  [/\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element|@lit\/context)\//, 'core'],
  [/\/node_modules\/ky\//, 'ky'],
  [/\/node_modules\/eventsource-parser\//, 'live'],
  // Single sign-on (oauth4webapi) only on sites that use it, and there only while a sign-in or logout is under way.
  [/\/node_modules\/oauth4webapi\//, 'sso'],
  [/^sdk:sso$/, 'sso'],
  [/^sdk:(follow|sse)$/, 'live'],
  [/^sdk:(upload|resources\/uploads)$/, 'uploads'],
  // Webhook endpoints are managed by pages that script Padu; no element uses them.
  [/^sdk:(client|resources\/officer|resources\/meta|resources\/webhooks)$/, 'page-api'],
  // Authoring (services, drafts, versions, audit, staff accounts): the service editor and pages that script Padu.
  [/^sdk:resources\/(authoring|staff)$/, 'authoring'],
  [/^sdk:/, 'core'],
  // The checks of a definition itself, and what each field type takes (operators, file types): only the service
  // editor needs them.
  [/^contract:(form-definition|field-kinds)$/, 'service-editor'],
  [/^contract:(form|form-[a-z]+|conditions)$/, 'rules'],
  [/^contract:identity$/, 'login'],
  [/^contract:(transitions|progress)$/, 'lifecycle'],
  [/^contract:tracking-code$/, 'status-tracker'],
  [/^contract:messages\/en$/, undefined],
  [/^contract:(messages|messages\/id)$/, 'messages'],
  [/^contract:dates$/, 'login'],
  [/^contract:(calendar|terbilang)$/, 'time-frame'],
  [/^contract:/, 'core'],
  [/^(base|styles|text-input)\/|^i18n\/(i18n|id)$/, 'core'],
  [/^i18n\/messages$/, 'messages'],
  [/^nik-input\/|^i18n\/id-login$/, 'login'],
  [/^status-tracker\/tracked-view|^i18n\/id-tracked$/, 'tracked'],
  [/^i18n\/id-tracker$/, 'status-tracker'],
  [/^i18n\/id-catalogue$/, 'service-catalogue'],
  [/^i18n\/id-apps$/, 'my-applications'],
  [/^i18n\/id-editor$/, 'service-editor'],
  [/^my-applications\/applications-view/, 'applications'],
  [/^(choice|file-input|kk-input|number-input|textarea)\/|^service-form\/(controls|steps)$|^i18n\/id-(fields|form-steps)$/, 'controls'],
  [/^i18n\/numbers$/, 'rules'],
  [/^service-form\/(form-[a-z]+|draft|service-form\.styles)$|^i18n\/id-form$/, 'form'],
  [/^(cdn|i18n)\//, undefined],
  [/^([^/]+)\//, (folder) => folder],
];

function cdnChunk(id) {
  const [, pkg, path] = /\/packages\/(contract|sdk|elements)\/src\/(.+)\.ts$/.exec(id) ?? [];
  const key = pkg === 'elements' ? path : pkg ? `${pkg}:${path}` : id;
  for (const [pattern, chunk] of cdnChunks) {
    const match = pattern.exec(key);
    if (match) return typeof chunk === 'function' ? chunk(match[1]) : chunk;
  }
  return undefined;
}

/**
 * In every chunk that imports another one on demand (the loader its elements, the core ky), such an `import()`
 * also imports the target's own static dependencies at once, so they download side by side instead of one after
 * the other (each `import()` of a loaded module is free). Runs before terser.
 * @returns {import('rollup').OutputPlugin}
 */
function parallelImports() {
  return {
    name: 'padu-parallel-imports',
    renderChunk(code, chunk, _options, { chunks }) {
      if (!chunk.dynamicImports.length) return null;
      const closure = (file, seen = new Set()) => {
        for (const dependency of chunks[file]?.imports ?? []) if (!seen.has(dependency)) closure(dependency, seen.add(dependency));
        return seen;
      };
      const loaded = closure(chunk.fileName).add(chunk.fileName);
      const edited = new MagicString(code);
      for (const { 0: call, 2: file, index } of code.matchAll(/\bimport\((['"])\.\/([^'"]+)\1\)/g)) {
        const alongside = [...closure(file)].filter((dependency) => !loaded.has(dependency));
        if (!alongside.length) continue;
        const imports = [call, ...alongside.map((dependency) => `import('./${dependency}')`)];
        edited.overwrite(index, index + call.length, `Promise.all([${imports.join(', ')}]).then((modules) => modules[0])`);
      }
      return edited.hasChanged() ? { code: edited.toString(), map: edited.generateMap({ hires: true }) } : null;
    },
  };
}

/**
 * The CDN bundle of @padu/elements, `packages/elements/dist/cdn/`: ES modules, minified, that a page loads with one
 * `<script type="module" src=".../padu.js">`. `padu.js` is the loader: it imports each element's chunk when the
 * element's tag first appears on the page (src/cdn/padu.ts); `padu-api.js` is the page API for pages that script
 * Padu. `npm start` builds it (`rollup -c --environment CDN`), the gateway serves it at `/cdn/`, and
 * scripts/size.mjs measures it, by bytes and in Chromium. Each file has a gzipped copy beside it, which the
 * gateway sends as it is.
 */
export const cdnBuild = {
  input: {
    padu: resolve(root, 'packages/elements/src/cdn/padu.ts'),
    'padu-api': resolve(root, 'packages/elements/src/cdn/api.ts'),
  },
  // The elements and their dependencies declare which modules define tags; everything else may be dropped.
  treeshake: { moduleSideEffects: true },
  // Entries keep their own exports only: the chunks they share are chunks of their own.
  preserveEntrySignatures: 'strict',
  plugins: [
    {
      name: 'padu-clean-cdn',
      async buildStart() {
        await rm(resolve(root, 'packages/elements/dist/cdn'), { recursive: true, force: true });
      },
    },
    {
      // Brotli and gzip copies beside each text file, as small as each encoding makes them (every OPD page loads
      // these), which the gateway sends as they are (no compression per request).
      name: 'padu-precompress-cdn',
      async writeBundle(options) {
        await precompressSmallest(options.dir);
      },
    },
    // Workspace packages from their TypeScript, Lit's production build, templates minified: the same list as the
    // size budgets measure with (scripts/bundle-plugins.mjs).
    ...bundlePlugins(),
  ],
  output: {
    dir: resolve(root, 'packages/elements/dist/cdn'),
    format: 'es',
    entryFileNames: '[name].js',
    // Stable names (the bundle lives in a versioned folder on a CDN), so a page can `modulepreload` a chunk.
    chunkFileNames: 'padu-[name].js',
    manualChunks: cdnChunk,
    sourcemap: true,
    plugins: [parallelImports(), ...outputPlugins()],
  },
  onwarn(warning, warn) {
    if (warning.code === 'CIRCULAR_DEPENDENCY') return;
    warn(warning);
  },
};

/** Every package build, in dependency order, then the CDN bundle. `rollup -c --environment CDN` builds only that. */
export const builds = process.env.CDN
  ? [cdnBuild]
  : [
      packageBuild('contract', { index: 'src/index.ts', 'messages/all': 'src/messages/all.ts', 'messages/en': 'src/messages/en.ts' }),
      // `webhooks`: verifying deliveries, for receiving systems in Node; no browser bundle imports it.
      packageBuild('sdk', { index: 'src/index.ts', core: 'src/core.ts', webhooks: 'src/webhooks.ts' }),
      // One entry per element (the exports map of packages/elements/package.json), so npm users load only what
      // a page uses; then the CDN bundle into dist/cdn (after, since this build empties dist/).
      packageBuild('elements', elementEntries()),
      cdnBuild,
    ];

export default builds;
