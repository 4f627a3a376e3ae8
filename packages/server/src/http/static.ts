// A small static file server for the demo pages (`/`) and the Storybook catalogue (`/storybook/`). Safe by
// construction: decoded paths may not contain `..`, dot-files or NUL, the resolved file (symlinks followed)
// must stay inside its folder, and only known content types are served as themselves. Text files (the CDN
// bundle above all) are sent gzipped to clients that accept it: citizens on slow mobile data pay a third.
import { createReadStream } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

export interface StaticMount {
  /** URL prefix ending in `/`. */
  prefix: string;
  dir: string;
  /**
   * Allow inline styles in this mount's HTML (`style-src 'self' 'unsafe-inline'`). Only for the Storybook
   * catalogue, whose UI injects `<style>` elements at run time; scripts stay `'self'` everywhere.
   */
  inlineStyles?: boolean;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

const gzipAsync = promisify(gzip);

/** Worth compressing: text formats, above the size where gzip's own overhead stops paying. */
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|wasm)|image\/svg\+xml)/;
const MIN_COMPRESSIBLE_BYTES = 1024;

/**
 * Gzipped copies of static files by path and version (ETag), made once: the files change only on a rebuild, and
 * the folders (demo pages, catalogue, bundle) are small enough to keep in memory.
 */
const gzipped = new Map<string, Promise<Buffer>>();
function gzippedCopy(file: string, etag: string): Promise<Buffer> {
  const key = `${file}\0${etag}`;
  let copy = gzipped.get(key);
  if (!copy) {
    copy = readFile(file).then((content) => gzipAsync(content, { level: 9 }));
    copy.catch(() => gzipped.delete(key));
    gzipped.set(key, copy);
  }
  return copy;
}

const acceptsGzip = (request: FastifyRequest) => /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));

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

export function createStaticServer(mounts: readonly StaticMount[], connectOrigins: readonly string[]) {
  const csp = pageCsp(connectOrigins);
  const inlineStylesCsp = pageCsp(connectOrigins, { inlineStyles: true });
  // Longest prefix first, so /storybook/ wins over /.
  const ordered = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length);
  const roots = new Map<string, Promise<string>>();
  const rootOf = (dir: string) => {
    let root = roots.get(dir);
    if (!root) {
      root = realpath(dir).catch(() => resolve(dir));
      roots.set(dir, root);
    }
    return root;
  };

  /** Serves the request if it names a file of a mount; false when there is nothing to serve. */
  return async function serveStatic(request: FastifyRequest, reply: FastifyReply): Promise<boolean> {
    if (request.method !== 'GET' && request.method !== 'HEAD') return false;
    const rawPath = request.url.split('?', 1)[0]!;
    let path: string;
    try {
      path = decodeURIComponent(rawPath);
    } catch {
      return false;
    }
    if (path.includes('\0') || path.includes('\\')) return false;
    for (const mount of ordered) {
      if (path === mount.prefix.slice(0, -1) && mount.prefix !== '/') {
        await reply.redirect(mount.prefix, 301);
        return true;
      }
      if (!path.startsWith(mount.prefix)) continue;
      const relative = path.slice(mount.prefix.length);
      const segments = relative.split('/');
      if (segments.some((s) => s === '..' || s.startsWith('.'))) return false;
      const root = await rootOf(mount.dir);
      let file = resolve(root, relative);
      if (file !== root && !file.startsWith(root + sep)) return false;
      let info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        if (!path.endsWith('/')) {
          await reply.redirect(`${rawPath}/`, 301);
          return true;
        }
        file = join(file, 'index.html');
        info = await stat(file).catch(() => null);
      }
      if (!info?.isFile()) return false;
      const real = await realpath(file).catch(() => null);
      if (!real || !real.startsWith(root + sep)) return false;

      const type = CONTENT_TYPES[extname(real).toLowerCase()] ?? 'application/octet-stream';
      const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
      reply.header('cache-control', 'no-cache');
      reply.header('etag', etag);
      if (type.startsWith('text/html')) {
        reply.header('content-security-policy', mount.inlineStyles ? inlineStylesCsp : csp);
        reply.header('x-frame-options', 'SAMEORIGIN');
      }
      if (request.headers['if-none-match'] === etag) {
        await reply.code(304).send();
        return true;
      }
      reply.type(type);
      if (COMPRESSIBLE.test(type) && info.size >= MIN_COMPRESSIBLE_BYTES) {
        reply.header('vary', 'Origin, Accept-Encoding');
        if (acceptsGzip(request)) {
          const body = await gzippedCopy(real, etag);
          reply.header('content-encoding', 'gzip');
          reply.header('content-length', String(body.length));
          await reply.code(200).send(request.method === 'HEAD' ? undefined : body);
          return true;
        }
      }
      reply.header('content-length', String(info.size));
      // Node writes no body for HEAD, so the same stream serves both.
      await reply.code(200).send(createReadStream(real));
      return true;
    }
    return false;
  };
}
