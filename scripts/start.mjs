// `npm start`: builds what the demo needs, then runs the gateway (`node --conditions=source
// packages/server/src/main.ts`) in the foreground, with the same environment (PADU_PORT, PADU_DATA_DIR …).
//
// - the CDN bundle (packages/elements/dist/cdn), served at /cdn/padu.js: rebuilt when older than its sources;
// - the Storybook catalogue (storybook-static/), served at /storybook/: rebuilt when missing or older than its
//   sources. PADU_SKIP_STORYBOOK=1 skips it.
// A warm start, with both up to date, only checks modification times.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildCdn, cdnIsStale } from './build-cdn.mjs';
import { buildStorybook, storybookIsStale } from './build-storybook.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

if (await cdnIsStale()) {
  console.log('Membangun bundel CDN (packages/elements/dist/cdn)…');
  console.log(`  selesai dalam ${seconds(await buildCdn())}`);
}
if (!process.env.PADU_SKIP_STORYBOOK && (await storybookIsStale())) {
  console.log('Membangun katalog Storybook (storybook-static/)…');
  try {
    console.log(`  selesai dalam ${seconds(buildStorybook({ quiet: true }))}`);
  } catch (error) {
    // The demo still works without the catalogue.
    console.error(`  gagal: ${error.message}. Gateway tetap dijalankan tanpa katalog terbaru.`);
  }
}

const gateway = spawn(process.execPath, ['--conditions=source', 'packages/server/src/main.ts'], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => gateway.kill(signal));
gateway.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
