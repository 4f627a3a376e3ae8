// Same-site cookie sessions for browsers. A page that sends `Padu-Session: cookie` gets its refresh token in an
// `HttpOnly; SameSite=Lax` cookie on the gateway's host, path `/api/v1/auth`, instead of in the JSON body, so
// no page JavaScript can read it; every OPD site of the city (one registrable domain with the gateway) shares it.
//
// CSRF defence, on every request that could use the cookie:
// - the cookie is only read on requests that carry `Padu-Session: cookie`. A page can only send that header
//   cross-origin after a CORS preflight, which the gateway answers for allow-listed origins only, and an HTML
//   form cannot send it at all;
// - such a request must name its origin (`Origin`), and it must be the gateway's own (its public origin, or the
//   origin the request was sent to) or on the CORS allow-list; a missing Origin is refused;
// - the cookie arriving without the header, where it would have been the credential (a refresh or logout without
//   a token, or any form-encoded body), is refused with 403, so that a cross-site form never gets further.
//
// `Secure` and the `__Secure-` name prefix are set on every request except plain http to a loopback host (local
// development: `npm start` on http://127.0.0.1:8080). That is decided per request, from its scheme and host: a
// production request comes over https or names a public host, and cannot get the weaker cookie.
import { fastifyCookie } from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { GatewayConfig } from '../config.ts';
import { mediaTypeOf } from '../contract/registrar.ts';
import { problem } from './problems.ts';

export const SESSION_HEADER = 'padu-session';
const SECURE_NAME = '__Secure-padu_refresh';
const LOCAL_NAME = 'padu_refresh';

/** Operations that issue, use or end the cookie (by operationId), and where the cookie would be the credential. */
export const COOKIE_OPERATIONS = new Set(['registerCitizen', 'login', 'refreshSession', 'logout']);
const COOKIE_CREDENTIAL_OPERATIONS = new Set(['refreshSession', 'logout']);

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[?::1\]?)$/i;

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK.test(hostname);
}

export interface SessionCookieOptions {
  config: GatewayConfig;
  /** The cookie's path: the API's auth operations, e.g. `/api/v1/auth`. */
  path: string;
}

export class SessionCookies {
  readonly #path: string;
  readonly #allowedOrigins: Set<string>;
  readonly #maxAge: number;

  constructor({ config, path }: SessionCookieOptions) {
    this.#path = path;
    this.#allowedOrigins = new Set([...config.corsOrigins, ...(config.publicUrl ? [new URL(config.publicUrl).origin] : [])]);
    this.#maxAge = config.limits.refreshTokenSeconds;
  }

  /** Whether the request opted into cookie mode. */
  isCookieMode(request: FastifyRequest): boolean {
    return request.headers[SESSION_HEADER] === 'cookie';
  }

  /** Whether the cookie for this request must be `Secure` (everything but plain http to a loopback host). */
  #secure(request: { protocol: string; hostname: string }): boolean {
    return !(request.protocol === 'http' && isLoopbackHost(request.hostname));
  }

  #name(request: { protocol: string; hostname: string }): string {
    return this.#secure(request) ? SECURE_NAME : LOCAL_NAME;
  }

  /** The refresh token in the request's cookie, if any. */
  read(request: FastifyRequest): string | undefined {
    const header = request.headers.cookie;
    if (!header || !header.includes('padu_refresh=')) return undefined;
    const value = fastifyCookie.parse(header)[this.#name(request)];
    return value || undefined;
  }

  set(reply: FastifyReply, request: FastifyRequest, refreshToken: string): void {
    reply.setCookie(this.#name(request), refreshToken, {
      path: this.#path,
      httpOnly: true,
      sameSite: 'lax',
      secure: this.#secure(request),
      maxAge: this.#maxAge,
    });
  }

  clear(reply: FastifyReply, request: FastifyRequest): void {
    reply.clearCookie(this.#name(request), { path: this.#path, httpOnly: true, sameSite: 'lax', secure: this.#secure(request) });
  }

  /** A `Set-Cookie` value that clears the cookie, for responses written outside Fastify (the OIDC provider's). */
  clearingHeader(request: { protocol: string; hostname: string }): string {
    return fastifyCookie.serialize(this.#name(request), '', {
      path: this.#path,
      httpOnly: true,
      sameSite: 'lax',
      secure: this.#secure(request),
      expires: new Date(0),
      maxAge: 0,
    });
  }

  /** Whether `origin` may use cookie mode: the gateway's public origin, the request's own, or an allow-listed one. */
  #originAllowed(request: FastifyRequest, origin: string | undefined): boolean {
    if (!origin) return false;
    return this.#allowedOrigins.has(origin) || origin === `${request.protocol}://${request.host}`;
  }

  /**
   * The CSRF checks that need no body, run before the body is read (onRequest of the cookie operations): cookie
   * mode from an origin that may not use it, and the cookie in a request that is no JSON call of a page (a form).
   */
  checkRequest(request: FastifyRequest, operationId: string): void {
    if (this.isCookieMode(request)) {
      if (!this.#originAllowed(request, request.headers.origin)) {
        throw problem('forbidden', {
          code: 'session.origin_refused',
          title: 'Asal permintaan tidak diizinkan',
          detail: 'Sesi dengan cookie hanya untuk halaman gateway dan situs OPD yang terdaftar di gateway.',
        });
      }
      return;
    }
    if (COOKIE_CREDENTIAL_OPERATIONS.has(operationId) && this.read(request) !== undefined && mediaTypeOf(request) !== 'application/json') {
      throw this.headerRequired();
    }
  }

  /** The cookie came where it would be the credential, without `Padu-Session: cookie`. */
  headerRequired() {
    return problem('forbidden', {
      code: 'session.header_required',
      title: 'Permintaan lintas situs ditolak',
      detail: 'Cookie sesi hanya dibaca pada permintaan dengan header Padu-Session: cookie.',
    });
  }
}
