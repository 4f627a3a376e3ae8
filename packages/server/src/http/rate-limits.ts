// Request limits, counted by @fastify/rate-limit. Each request falls under one policy, named in its `RateLimit`
// header (`"<policy>";r=<remaining>;t=<seconds>`) and described by `RateLimit-Policy` (`q` requests per `w`
// seconds):
// - `account`: requests with a valid access token, per account, wherever its owner sits;
// - `anonymous`: everything else, per client address, generously: citizens share addresses (carrier NAT,
//   an OPD's service counter);
// - `registration`: registering and accepting a staff invitation, per address (each costs a password hash);
// - `tracking`: public tracking lookups and streams, per account or address, so that codes cannot be
//   enumerated cheaply.
// - `oidc`: the OpenID Connect provider's endpoints (token, authorization, logout, discovery) and Padu's sign-in
//   pages, per client address. The token endpoint's client is in its form body, which is read after the limit is
//   taken, so the address is the key; a sign-in costs a handful of requests, a refresh one every 15 minutes.
// Health checks are exempt, so that one client's burst cannot take the gateway out of its load balancer.
// Logins have their own failed-attempt limits (auth/login-limiter.ts) on top of these.
import rateLimit, { normalizeIP, type CreateRateLimitOptions } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { GatewayConfig } from '../config.ts';
import type { LoadedContract } from '../contract/document.ts';
import { fastifyPath } from '../contract/registrar.ts';
import type { BearerAuth } from '../auth/bearer.ts';
import { tooManyRequests } from './problems.ts';
import { OIDC_PATHS } from './edge.ts';

/** The client's address as the limits see it: IPv4 as is, IPv6 by its /64 (one subscriber's whole prefix). */
export function addressOf(request: FastifyRequest): string {
  return normalizeIP(request.ip);
}

/** Keys each limit remembers at most (least recently seen forgotten first). */
const MAX_KEYS = 100_000;

type Check = ReturnType<FastifyInstance['createRateLimit']>;

interface Policy {
  name: string;
  /** The `RateLimit-Policy` header. */
  description: string;
  check: Check;
}

/** Operations with a policy of their own; null: exempt. The others fall under `account` or `anonymous`. */
const OPERATION_POLICIES: Record<string, 'registration' | 'tracking' | null> = {
  getHealth: null,
  registerCitizen: 'registration',
  acceptInvitation: 'registration',
  trackApplication: 'tracking',
  streamTrackingEvents: 'tracking',
};

export async function installRateLimits(
  app: FastifyInstance,
  { config, contract, bearer }: { config: GatewayConfig; contract: LoadedContract; bearer: BearerAuth },
): Promise<void> {
  const { limits } = config;
  // Not global: one hook below picks the policy, writes the contract's headers and answers with its problem.
  await app.register(rateLimit, { global: false, ...(config.rateLimitStore ? { store: config.rateLimitStore } : {}) });

  const accountKey = async (request: FastifyRequest) => (await bearer.principalOf(request))?.userId ?? '';
  const principalKey = async (request: FastifyRequest) => {
    const principal = await bearer.principalOf(request);
    return principal ? `account:${principal.userId}` : `address:${addressOf(request)}`;
  };
  const policy = (name: string, max: number, windowSeconds: number, keyGenerator: (request: FastifyRequest) => string | Promise<string>): Policy => {
    // `cache` is read by the default (in-memory) store; the option types do not list it.
    const options: CreateRateLimitOptions & { cache: number } = { max, timeWindow: windowSeconds * 1000, keyGenerator, cache: MAX_KEYS };
    return { name, description: `"${name}";q=${max};w=${windowSeconds}`, check: app.createRateLimit(options) };
  };
  const account = policy('account', limits.accountRequestsPerWindow, limits.requestWindowSeconds, accountKey);
  const anonymous = policy('anonymous', limits.requestsPerWindow, limits.requestWindowSeconds, addressOf);
  const own = {
    registration: policy('registration', limits.registrationsPerWindow, limits.registrationWindowSeconds, addressOf),
    tracking: policy('tracking', limits.trackingLookupsPerWindow, limits.trackingWindowSeconds, principalKey),
  };
  const oidc = policy('oidc', limits.oidcRequestsPerWindow, limits.requestWindowSeconds, addressOf);

  // By route URL (HEAD shares its GET's); a route not listed (other operations, static files, 404s) has none.
  const byRoute = new Map<string, Policy | null>();
  for (const op of contract.operations) {
    const name = OPERATION_POLICIES[op.operationId];
    if (name !== undefined) byRoute.set(fastifyPath(contract.basePath, op.path), name === null ? null : own[name]);
  }

  app.addHook('onRequest', async (request, reply) => {
    const url = request.routeOptions.url ?? '';
    let chosen = byRoute.has(url) ? byRoute.get(url) : OIDC_PATHS.test(url) ? oidc : undefined;
    if (chosen === null) return;
    // Only a request that presents a token costs a lookup here; the route reuses it.
    chosen ??= request.headers.authorization !== undefined && (await bearer.principalOf(request)) ? account : anonymous;
    const result = await chosen.check(request);
    if (result.isAllowed) return;
    reply.header('ratelimit', `"${chosen.name}";r=${result.remaining};t=${result.ttlInSeconds}`);
    reply.header('ratelimit-policy', chosen.description);
    if (result.isExceeded) throw tooManyRequests(Math.max(1, result.ttlInSeconds));
  });
}
