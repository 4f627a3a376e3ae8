// `npm run build`: one build per published package, each to its own dist/: ESM from esbuild (one file per source
// module, so consumers' bundlers tree-shake), and `.d.ts` from `tsc --emitDeclarationOnly`. A package adds itself
// to `builds` below with its entry points.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { glob, mkdtemp, rm } from 'node:fs/promises';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bundlePlugins, compilePlugins, outputPlugins } from './scripts/bundle-plugins.mjs';

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
 * The CDN bundle of @padu/elements, `packages/elements/dist/cdn/padu.js`: one ES module with Lit, the SDK and the
 * contract rules inside, minified, that a page loads with one `<script type="module">`. The application form and
 * its field controls are its one lazy chunk, `padu-form.js` (see src/cdn/padu.ts). `npm start` builds it
 * (`rollup -c --environment CDN`), the gateway serves it at `/cdn/`, and scripts/size.mjs measures it with these
 * same options.
 */
export const cdnBuild = {
  input: { padu: resolve(root, 'packages/elements/src/cdn/padu.ts') },
  // The elements and their dependencies declare which modules define tags; everything else may be dropped.
  treeshake: { moduleSideEffects: true },
  // padu.js may export more than its own exports (what the lazy chunk imports from it), instead of becoming a
  // facade over a second shared chunk: one request less.
  preserveEntrySignatures: 'allow-extension',
  plugins: [
    {
      name: 'padu-clean-cdn',
      async buildStart() {
        await rm(resolve(root, 'packages/elements/dist/cdn'), { recursive: true, force: true });
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
    // Stable names (the bundle lives in a versioned folder on a CDN), so a page can `modulepreload` the form.
    chunkFileNames: 'padu-[name].js',
    sourcemap: true,
    plugins: outputPlugins(),
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
      packageBuild('sdk', { index: 'src/index.ts', core: 'src/core.ts' }),
      // One entry per element (the exports map of packages/elements/package.json), so npm users load only what
      // a page uses; then the CDN bundle into dist/cdn (after, since this build empties dist/).
      packageBuild('elements', elementEntries()),
      cdnBuild,
    ];

export default builds;
