// What every response gets, whatever answered it: a request id, security headers, CORS for allowed OPD origins
// (@fastify/cors), and one log line. The request limits are in rate-limits.ts.
import { randomBytes } from 'node:crypto';
import cors from '@fastify/cors';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { GatewayConfig } from '../config.ts';

/** API responses load nothing and may not be framed. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

const CORS_ALLOW_HEADERS = 'Authorization, Content-Type, Idempotency-Key, If-Match, If-None-Match, Last-Event-ID, Padu-Session, X-Request-Id';
const CORS_EXPOSE_HEADERS = 'RateLimit, RateLimit-Policy, Retry-After, ETag, Location, X-Request-Id, Idempotent-Replayed';
const REQUEST_ID = /^[A-Za-z0-9_-]{8,64}$/;
// Request ids need to be unique, not secret: a random per-process prefix and a counter are enough and cost
// nothing per request (no RNG call on the hot path).
const ID_PREFIX = `req-${randomBytes(6).toString('base64url')}-`;
let idCounter = 0;

/** Honours a well-formed `X-Request-Id` from an OPD's proxy, otherwise makes one. */
export function requestIdFor(request: { headers: Record<string, string | string[] | undefined> }): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : ID_PREFIX + (++idCounter).toString(36);
}

/** The same on every response; set in one call. */
const SECURITY_HEADERS = {
  'content-security-policy': API_CSP,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'cross-origin-opener-policy': 'same-origin',
  // Responses carry personal data unless a handler says otherwise (tracking: no-cache; static files).
  'cache-control': 'no-store',
};

/** Paths whose CORS the OpenID Connect provider answers itself (per client, for its token endpoint). */
export const OIDC_PATHS = /^\/(oidc\/|\.well-known\/)/;

export interface EdgeOptions {
  /**
   * Origins of OpenID Connect clients: they call the API with the access tokens they got, so they get CORS
   * without credentials (no cookie of the gateway's is theirs to send).
   */
  bearerOrigins: ReadonlySet<string>;
}

export async function installEdge(app: FastifyInstance, config: GatewayConfig, { bearerOrigins }: EdgeOptions): Promise<void> {
  // Callback-style hook: it runs on every request, and a promise per hook per request is measurable.
  app.addHook('onRequest', (request: FastifyRequest, reply: FastifyReply, done: (error?: Error) => void) => {
    reply.headers(SECURITY_HEADERS);
    reply.header('x-request-id', request.id);
    done();
  });

  // CORS with credentials (the session cookie) for the OPD origins on the allow-list, without credentials for
  // OIDC clients (bearer tokens only); any other origin gets no CORS headers (and no preflight), so the browser
  // refuses. The preflight is answered in the hook, before any limit or authentication.
  const allowedOrigins = new Set(config.corsOrigins);
  const common = {
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'OPTIONS'],
    allowedHeaders: CORS_ALLOW_HEADERS,
    exposedHeaders: CORS_EXPOSE_HEADERS,
    maxAge: 600,
    // Not a preflight (no Origin or no Access-Control-Request-Method): routed like any request, not a bare 400.
    strictPreflight: false,
  };
  const credentialed = { ...common, origin: true, credentials: true };
  const bearerOnly = { ...common, origin: true, credentials: false };
  const none = { ...common, origin: false };
  await app.register(cors, {
    delegator(request, callback) {
      const origin = request.headers.origin;
      if (origin === undefined || OIDC_PATHS.test(request.url ?? '')) return callback(null, none);
      if (allowedOrigins.has(origin)) return callback(null, credentialed);
      return callback(null, bearerOrigins.has(origin) ? bearerOnly : none);
    },
  });

  // One line per request, without the query string (search words) and without any body.
  app.addHook('onResponse', (request, reply, done) => {
    request.log.info(
      {
        method: request.method,
        path: request.url.split('?', 1)[0],
        statusCode: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
      },
      'request',
    );
    done();
  });
}
