// Storybook 10 with web-components-vite: the catalogue of @padu/elements. Stories run without a gateway (see
// stories/fixtures/). `npm run build-storybook` builds it into storybook-static/ (scripts/build-storybook.mjs),
// which the gateway serves at /storybook/.
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  // No network: no telemetry, no "what's new" or version look-ups.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Dokumentasi' },
  viteFinal: async (config) => {
    const { mergeConfig } = await import('vite');
    return mergeConfig(config, {
      // Workspace packages from their TypeScript sources, as in the tests; Lit's production build.
      resolve: { conditions: ['source', 'browser', 'module', 'import', 'default'] },
      // The repository's public/ holds the demo OPD sites, not Storybook assets: Vite must not copy it in.
      publicDir: false,
      build: { chunkSizeWarningLimit: 2000 },
    });
  },
};
export default config;
