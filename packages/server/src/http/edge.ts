// What every response gets, whatever answered it: a request id, security headers, CORS for allowed OPD
// origins, and the global per-address rate limit with its `RateLimit` header.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { WindowCounter, secondsUntil } from '../auth/window-counter.ts';
import type { GatewayConfig } from '../config.ts';
import { tooManyRequests } from './problems.ts';

/** API responses load nothing and may not be framed. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

const CORS_ALLOW_HEADERS = 'Authorization, Content-Type, Idempotency-Key, If-None-Match, Last-Event-ID, X-Request-Id';
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
  vary: 'Origin',
};

export function installEdge(app: FastifyInstance, config: GatewayConfig): void {
  const allowedOrigins = new Set(config.corsOrigins);
  const { requestsPerWindow, requestWindowSeconds } = config.limits;
  const requests = new WindowCounter(requestWindowSeconds);
  const policy = `"default";q=${requestsPerWindow};w=${requestWindowSeconds}`;
  const sweep = setInterval(() => requests.sweep(), requestWindowSeconds * 1000);
  sweep.unref();
  app.addHook('onClose', async () => clearInterval(sweep));

  // Callback-style hooks: they run on every request, and a promise per hook per request is measurable.
  app.addHook('onRequest', (request: FastifyRequest, reply: FastifyReply, done: (error?: Error) => void) => {
    reply.headers(SECURITY_HEADERS);
    reply.header('x-request-id', request.id);

    const origin = request.headers.origin;
    if (origin && allowedOrigins.has(origin)) {
      reply.header('access-control-allow-origin', origin);
      reply.header('access-control-expose-headers', CORS_EXPOSE_HEADERS);
    }

    const window = requests.hit(request.ip);
    const remaining = Math.max(0, requestsPerWindow - window.count);
    const resetSeconds = secondsUntil(window.resetAt);
    reply.header('ratelimit', `"default";r=${remaining};t=${resetSeconds}`);
    reply.header('ratelimit-policy', policy);
    done(window.count > requestsPerWindow ? tooManyRequests(resetSeconds) : undefined);
  });

  // CORS preflight for the API. A disallowed origin gets no CORS headers, so the browser refuses.
  app.options('/api/*', async (request, reply) => {
    const origin = request.headers.origin;
    if (origin && allowedOrigins.has(origin) && request.headers['access-control-request-method']) {
      reply.header('access-control-allow-methods', 'GET, HEAD, POST, OPTIONS');
      reply.header('access-control-allow-headers', CORS_ALLOW_HEADERS);
      reply.header('access-control-max-age', '600');
    }
    return reply.code(204).send();
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
