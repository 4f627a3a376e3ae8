// The demo pages (`/`), the Storybook catalogue (`/storybook/`) and the CDN bundle (`/cdn/`), served by
// @fastify/static. Safe by construction: `..`, non-canonical paths, dot-files and NUL never reach a file, a file
// whose real path (symlinks followed) leaves its folder is not served, and anything that names no file is the
// gateway's 404 problem. HTML gets a page CSP (per mount). Text files go compressed to clients that accept it,
// citizens on slow mobile data paying a third: from the copies beside the file when the build wrote them (`.br`
// first, then `.gz`: the CDN bundle and the catalogue, no work per request), else compressed as they are sent
// (@fastify/compress: Brotli, or gzip).
import compress from '@fastify/compress';
import send from '@fastify/send';
import fastifyStatic from '@fastify/static';
import type { FastifyError, FastifyInstance } from 'fastify';
import { realpath } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { constants as zlib } from 'node:zlib';

export interface StaticMount {
  /** URL prefix ending in `/`. */
  prefix: string;
  dir: string;
  /**
   * Allow inline styles in this mount's HTML (`style-src 'self' 'unsafe-inline'`). Only for the Storybook
   * catalogue, whose UI injects `<style>` elements at run time; scripts stay `'self'` everywhere.
   */
  inlineStyles?: boolean;
  /** Only these file names (at the top of `dir`) are served; the rest of the folder names no file. */
  files?: readonly string[];
}

// JavaScript's registered type since RFC 9239 (send's table still says application/javascript).
send.mime.define({ 'text/javascript': ['js', 'mjs'] }, true);

/** Worth compressing: text formats. Smaller than 1 KiB, gzip's own overhead is most of the gain. */
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|manifest\+json|wasm)|image\/svg\+xml)/;

/** The CSP of HTML pages: only this origin, plus the API origins it may call. */
export function pageCsp(connectOrigins: readonly string[], { inlineStyles = false } = {}): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    inlineStyles ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
    "img-src 'self' data:",
    `connect-src ${["'self'", ...connectOrigins].join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // Storybook shows its stories in an iframe of the same origin.
    "frame-ancestors 'self'",
  ].join('; ');
}

class OutsideRoot extends Error {}

/** @fastify/static's `allowedPath` for a mount that serves a few named files of a larger folder. */
function allowOnly(files: readonly string[]) {
  const allowed = new Set(files.map((name) => `/${name}`));
  return (pathName: string) => allowed.has(pathName);
}

/**
 * Paths already found to stay inside their folder once symlinks are followed. A realpath per request would cost
 * @fastify/static a third of its speed on the bundle; the folders are the gateway's own build output.
 */
const verified = new Set<string>();

async function insideRoot(path: string, root: string): Promise<void> {
  if (verified.has(path)) return;
  const real = await realpath(path);
  if (!real.startsWith(root + sep)) throw new OutsideRoot();
  if (verified.size >= 10_000) verified.clear();
  verified.add(path);
}

/**
 * Serves the mounts. Registered in a context of its own, so that compression touches static files only.
 * `connectOrigins` is read when a page is sent: the gateway adds its own public origin once it knows its port.
 */
export async function installStatic(app: FastifyInstance, mounts: readonly StaticMount[], connectOrigins: readonly string[]) {
  if (mounts.length === 0) return;
  await app.register(async (scope) => {
    await scope.register(compress, {
      customTypes: COMPRESSIBLE,
      encodings: ['br', 'gzip'],
      // Quality 5: as fast as gzip's default here, and smaller; the built copies are made at 11.
      brotliOptions: { params: { [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT, [zlib.BROTLI_PARAM_QUALITY]: 5 } },
      globalDecompression: false,
    });
    // A path that is refused (`..`, NUL, a symlink out of its folder) names no file we serve: the usual 404.
    scope.setErrorHandler((error: FastifyError, request, reply) => {
      if (error instanceof OutsideRoot || error.code === 'FST_STATIC_FORBIDDEN_PATH' || error.statusCode === 400 || error.statusCode === 403) {
        return reply.callNotFound();
      }
      throw error;
    });
    for (const [index, mount] of mounts.entries()) {
      const root = await realpath(mount.dir).catch(() => resolve(mount.dir));
      await scope.register(fastifyStatic, {
        root,
        // `/storybook` (no slash) redirects to `/storybook/`; so do folders without their slash.
        prefix: mount.prefix === '/' ? '/' : mount.prefix.replace(/\/$/, ''),
        redirect: true,
        decorateReply: index === 0,
        dotfiles: 'ignore',
        preCompressed: true,
        cacheControl: false,
        onFile: (path: string) => insideRoot(path, root),
        ...(mount.files ? { allowedPath: allowOnly(mount.files) } : {}),
        setHeaders(reply, path) {
          // Revalidated every time (ETag): a rebuilt bundle is picked up at once.
          reply.header('cache-control', 'no-cache');
          // `path` is the file sent: the build's compressed copy of a page is a page too.
          if (path.replace(/\.(gz|br)$/, '').endsWith('.html')) {
            reply.header('content-security-policy', pageCsp(connectOrigins, { inlineStyles: mount.inlineStyles }));
            reply.header('x-frame-options', 'SAMEORIGIN');
          }
        },
      });
    }
  });
}
