// The caller behind a request's bearer token, looked up once per request: the request limits key on it (per
// account) before the route runs, and secured operations reuse the same lookup.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { problem } from '../http/problems.ts';
import type { Principal } from './principal.ts';
import type { SessionService } from './sessions.ts';

const BEARER = /^Bearer +([A-Za-z0-9_-]{1,200})$/i;
const lookup = Symbol('padu.bearerLookup');

declare module 'fastify' {
  interface FastifyRequest {
    [lookup]: Promise<Principal | null> | null;
  }
}

/** Looks up an access token that is not Padu's own (`at_…`): one the OpenID Connect provider issued for the API. */
export type ForeignTokenLookup = (token: string) => Promise<Principal | null>;

export class BearerAuth {
  readonly #sessions: SessionService;
  readonly #foreign: ForeignTokenLookup;

  constructor(app: FastifyInstance, sessions: SessionService, foreign: ForeignTokenLookup = async () => null) {
    this.#sessions = sessions;
    this.#foreign = foreign;
    app.decorateRequest(lookup, null);
  }

  /** The principal behind the request's access token; null without one or when it is unknown or expired. */
  principalOf(request: FastifyRequest): Promise<Principal | null> {
    let found = request[lookup];
    if (!found) {
      const match = BEARER.exec(request.headers.authorization ?? '');
      const token = match?.[1];
      found = !token ? Promise.resolve(null) : token.startsWith('at_') ? this.#sessions.authenticate(token) : this.#foreign(token);
      request[lookup] = found;
    }
    return found;
  }

  /** For secured operations: the principal, or a 401 problem saying what is wrong. */
  async authenticate(request: FastifyRequest): Promise<Principal> {
    if (!BEARER.test(request.headers.authorization ?? '')) {
      throw problem('unauthorized', {
        detail: 'Token akses tidak ada. Silakan masuk terlebih dahulu.',
        headers: { 'www-authenticate': 'Bearer' },
      });
    }
    const principal = await this.principalOf(request);
    if (!principal) {
      throw problem('unauthorized', {
        detail: 'Token akses tidak valid atau sudah kedaluwarsa.',
        headers: { 'www-authenticate': 'Bearer error="invalid_token"' },
      });
    }
    return principal;
  }
}
