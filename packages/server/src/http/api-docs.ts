// The interactive API reference at `<basePath>/docs`: Redoc's standalone bundle, served by the gateway itself from
// node_modules (no CDN: the gateway and many city networks have no internet), reading the contract the API already
// publishes at `<basePath>/openapi.yaml`. The page is one constant HTML document with no inline script: Redoc
// starts itself on the `<redoc spec-url>` element. Its CSP is its own (see `API_DOCS_CSP`); every other response
// keeps the API's.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { StaticMount } from './static.ts';

/** The one file of the bundles folder the page loads; the mount serves nothing else. */
const REDOC_BUNDLE = 'redoc.standalone.js';

/**
 * As strict as Redoc allows. Scripts, connections, fonts and images: this origin only (`data:` images: Redoc's
 * icons). The relaxations Redoc needs:
 * - `style-src 'unsafe-inline'`: Redoc styles itself with styled-components, which adds `<style>` elements at run
 *   time (no nonce can reach them from the standalone bundle). Scripts stay `'self'`, so no injected markup runs.
 * - `worker-src blob:`: the search index runs in a web worker that Redoc builds from a Blob URL.
 */
export const API_DOCS_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The folder of Redoc's bundles (resolved through Node, wherever the workspace install put it). */
function redocBundles(): string {
  return dirname(createRequire(import.meta.url).resolve('redoc'));
}

export interface ApiDocs {
  /** The mount of Redoc's bundle, for installStatic (compressed and revalidated like the other static files). */
  mount: StaticMount;
}

/** Registers the page; the caller adds the returned mount to the static files. */
export function registerApiDocs(app: FastifyInstance, { basePath, title }: { basePath: string; title: string }): ApiDocs {
  const assets = `${basePath}/docs/assets/`;
  const page = [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}: API reference</title>`,
    '</head>',
    '<body>',
    // The contract as the API publishes it (getContract): the page shows nothing the contract does not.
    `<redoc spec-url="${basePath}/openapi.yaml" native-scrollbars="true"></redoc>`,
    `<script src="${assets}${REDOC_BUNDLE}"></script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
  app.get(`${basePath}/docs`, (_request, reply) => {
    reply
      .header('content-security-policy', API_DOCS_CSP)
      // Public and the same for everyone: revalidation is cheap, a stale page after an upgrade is not.
      .header('cache-control', 'no-cache')
      .type('text/html; charset=utf-8')
      .send(page);
  });
  return { mount: { prefix: assets, dir: redocBundles(), files: [REDOC_BUNDLE] } };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}
