// Writes compressed copies beside every text file of a built folder (the CDN bundle, the catalogue), so that the
// gateway sends them as they are (@fastify/static `preCompressed`: `.br` to a browser that accepts Brotli, else
// `.gz`) instead of compressing on every request. Copies whose file is gone are removed; the others are
// rewritten, so none is ever stale.
// - `precompress(dir)`: gzip, zlib at level 9, for the catalogue (megabytes; fast).
// - `precompressSmallest(dir)`: for the CDN bundle that every OPD page loads, the smallest copies each encoding
//   can make, for about a second of build time:
//   - Brotli at quality 11 (Node's zlib), what every current browser takes: 8 % less than the gzip copy on the demo
//     page, most on the smallest files, which Brotli's built-in dictionary helps most;
//   - gzip made with Zopfli (@gfx/zopfli, WebAssembly), for clients without Brotli: a gzip stream anyone reads,
//     about 3 % smaller than zlib's level 9.
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';

// Source maps are left out: only developer tools fetch them.
const TEXT = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.webmanifest']);
/** Below this, compression's own overhead is most of the gain. */
const MIN_BYTES = 1024;
/** The copies' suffixes. */
const COPY = /\.(gz|br)$/;

/** The files of `dir` that get compressed copies; removes the copies whose file is gone. */
function compressible(dir) {
  const files = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if (COPY.test(path)) {
      if (!existsSync(path.replace(COPY, ''))) rmSync(path);
      continue;
    }
    if (TEXT.has(extname(path)) && statSync(path).size >= MIN_BYTES) files.push(path);
  }
  return files;
}

/** gzip, zlib level 9. Returns how many files got a copy. */
export function precompress(dir) {
  const files = compressible(dir);
  for (const path of files) writeFileSync(`${path}.gz`, gzipSync(readFileSync(path), { level: constants.Z_BEST_COMPRESSION }));
  return files.length;
}

/** Brotli at its highest quality, in text mode: the CDN bundle's `.br` copies (and scripts/size.mjs's figures). */
export function brotliSmallest(source) {
  return brotliCompressSync(source, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
    },
  });
}

/** Brotli (`brotliSmallest`) and Zopfli's gzip (15 iterations, its default). Returns how many files got copies. */
export async function precompressSmallest(dir) {
  const files = compressible(dir);
  for (const path of files) {
    const source = readFileSync(path);
    writeFileSync(`${path}.br`, brotliSmallest(source));
    writeFileSync(`${path}.gz`, await gzipAsync(source, { numiterations: 15 }));
  }
  return files.length;
}
