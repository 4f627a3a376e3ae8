// Writes a gzipped copy (`name.gz`, level 9) beside every text file of a built folder (the CDN bundle, the
// catalogue), so that the gateway sends it as it is (@fastify/static `preCompressed`) instead of compressing it
// on every request. Copies whose file is gone are removed; the others are rewritten, so none is ever stale.
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { constants, gzipSync } from 'node:zlib';

// Source maps are left out: only developer tools fetch them.
const TEXT = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.webmanifest']);
/** Below this, gzip's own overhead is most of the gain. */
const MIN_BYTES = 1024;

/** Returns how many copies it wrote. */
export function precompress(dir) {
  let written = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if (path.endsWith('.gz')) {
      if (!existsSync(path.slice(0, -3))) rmSync(path);
      continue;
    }
    if (!TEXT.has(extname(path)) || statSync(path).size < MIN_BYTES) continue;
    writeFileSync(`${path}.gz`, gzipSync(readFileSync(path), { level: constants.Z_BEST_COMPRESSION }));
    written++;
  }
  return written;
}
