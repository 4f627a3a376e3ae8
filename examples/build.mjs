// Bundles the framework examples with esbuild: `node examples/build.mjs [react|vue]` writes
// examples/<name>/dist/main.js, which examples/<name>/index.html loads (serve the folder next to a gateway, or
// copy it under public/). The tests (test/examples/) bundle the same apps with the fixture gateway instead.
//
// Vue single-file components are compiled with vue/compiler-sfc (it ships with `vue`), telling the template
// compiler that `padu-*` tags are custom elements.
import { readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * esbuild plugin: `.vue` files with `<script setup>` and a template, compiled to one ES module.
 * @type {import('esbuild').Plugin}
 */
export const vuePlugin = {
  name: 'vue-sfc',
  setup(builder) {
    builder.onLoad({ filter: /\.vue$/ }, async ({ path }) => {
      const { parse, compileScript } = await import('vue/compiler-sfc');
      const { descriptor, errors } = parse(await readFile(path, 'utf8'), { filename: path });
      if (errors.length) return { errors: errors.map((error) => ({ text: String(error.message ?? error) })) };
      const script = compileScript(descriptor, {
        id: relative(here, path),
        inlineTemplate: true,
        templateOptions: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('padu-') } },
      });
      return { contents: script.content, loader: 'js', resolveDir: dirname(path) };
    });
  },
};

/**
 * esbuild options for an example: workspace packages from their sources, production React and Vue.
 * @param {import('esbuild').BuildOptions} [overrides]
 * @returns {import('esbuild').BuildOptions}
 */
export function exampleOptions(overrides = {}) {
  return {
    bundle: true,
    format: 'esm',
    target: 'es2022',
    jsx: 'automatic',
    conditions: ['source', 'browser'],
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'false',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    plugins: [vuePlugin],
    logLevel: 'warning',
    ...overrides,
  };
}

const entries = { react: 'react/main.jsx', vue: 'vue/main.js' };

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const name of process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(entries)) {
    await build(exampleOptions({ entryPoints: [join(here, entries[name])], outfile: join(here, name, 'dist/main.js'), minify: true }));
    console.log(`examples/${name}/dist/main.js`);
  }
}
