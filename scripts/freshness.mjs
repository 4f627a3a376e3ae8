// Whether a build output is older than its sources, by modification time: what lets `npm start` skip builds
// that are up to date (a warm start) and redo those whose sources changed.
import { existsSync, statSync } from 'node:fs';
import { glob } from 'node:fs/promises';

/** The newest modification time (ms) among the files matching `patterns` (relative to `cwd`), or 0. */
export async function newestMtime(patterns, { cwd = process.cwd(), exclude = () => false } = {}) {
  let newest = 0;
  for await (const file of glob(patterns, { cwd, exclude: (name) => name.includes('node_modules') || exclude(name) })) {
    const stat = statSync(`${cwd}/${file}`, { throwIfNoEntry: false });
    if (stat?.isFile() && stat.mtimeMs > newest) newest = stat.mtimeMs;
  }
  return newest;
}

/** Whether `output` is missing or older than any file matching `patterns`. */
export async function isStale(output, patterns, options) {
  if (!existsSync(output)) return true;
  return statSync(output).mtimeMs < (await newestMtime(patterns, options));
}
