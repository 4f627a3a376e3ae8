// The rollup plugins that turn Padu's sources into what ships, shared by every build that bundles or publishes
// them: the npm packages and the CDN bundle (rollup.config.mjs) and the size budgets (scripts/size.mjs
// `measureSize`), so what the budgets measure is what a page downloads. One list here, no copies elsewhere.
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyHTMLLiterals } from 'minify-literals';
import esbuild from 'rollup-plugin-esbuild';

const tsconfig = fileURLToPath(new URL('../tsconfig.json', import.meta.url));

/** A Lit `html`, `svg` or `css` tagged template in the code (the only tags minify-literals touches here). */
const hasTemplates = /\b(?:html|svg|css)`/;

/**
 * Minifies the HTML and CSS inside Lit's `html`, `svg` and `css` template literals (minify-literals:
 * html-minifier-next and Lightning CSS): indentation, comments and optional syntax go; bindings (`${…}` in text,
 * attribute, `.property`, `?boolean` and `@event` positions) are kept, and a template whose bindings would not
 * survive fails the build instead of shipping broken. Terser cannot do this: to it a template is an opaque string.
 * Only the workspace's own sources are touched; Lit and ky ship already minified where it matters.
 * @returns {import('rollup').Plugin}
 */
export function minifyTemplates() {
  return {
    name: 'padu-minify-templates',
    async transform(code, id) {
      if (id.includes('/node_modules/') || !/\.[cm]?[jt]s$/.test(id) || !hasTemplates.test(code)) return null;
      const result = await minifyHTMLLiterals(code, {
        fileName: id,
        // Lit needs its tags untouched: only `html`/`svg` (markup) and `css` (styles), not every tag that merely
        // contains those letters.
        htmlTags: ['html', 'svg'],
        cssTags: ['css'],
        html: {
          // Keep what carries meaning to assistive technology or to Lit: empty `alt`, `value` and the like, and
          // the quotes around attribute values (a binding may sit inside them).
          removeEmptyAttributes: false,
          // Inline handlers and `<script>` never occur in the elements (the CSP forbids them anyway).
          minifyJS: false,
        },
      });
      return result && { code: result.code, map: result.map };
    },
  };
}

/**
 * Compiling one source module: TypeScript to ES2022 with esbuild, then the templates minified. Used alone by the
 * npm builds (one output file per source module, dependencies external).
 * @returns {import('rollup').Plugin[]}
 */
export function compilePlugins() {
  // TypeScript in node_modules too: a dependency whose exports also name its sources under `source` (the condition
  // the workspace resolves by, e.g. eventsource-parser) arrives as TypeScript. Dependencies' JavaScript is left as is.
  return [esbuild({ target: 'es2022', tsconfig, exclude: /\/node_modules\/.*\.[cm]?jsx?$/ }), minifyTemplates()];
}

/**
 * Bundling the sources with their dependencies: workspace packages resolve to their TypeScript (`source`
 * condition) and Lit to its production build (no `development` condition), then {@link compilePlugins}. Used by
 * the CDN bundle and by the size budgets.
 * @returns {import('rollup').Plugin[]}
 */
export function bundlePlugins() {
  return [nodeResolve({ exportConditions: ['source', 'browser', 'import', 'default'] }), ...compilePlugins()];
}

/**
 * Minifying a bundled chunk (an output plugin): terser, two compress passes, no comments. The CDN bundle and the
 * size budgets.
 * @returns {import('rollup').OutputPlugin[]}
 */
export function outputPlugins() {
  return [terser({ module: true, ecma: 2022, compress: { passes: 2 }, format: { comments: false } })];
}
