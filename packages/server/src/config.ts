// Gateway configuration: defaults, options given by code (startGateway) and environment variables (main.ts).
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Writable } from 'node:stream';
import type { FastifyRateLimitStoreCtor } from '@fastify/rate-limit';

/** Limits and lifetimes. Tests lower them; production keeps the defaults unless a city decides otherwise. */
export interface GatewayLimits {
  /** Largest JSON request body in bytes. */
  jsonBodyBytes: number;
  /** Largest uploaded file in bytes (the contract allows at most 10 MiB). */
  uploadBytes: number;
  /**
   * Requests without a valid access token per client address per window (policy `anonymous`). Generous: many
   * citizens share one address behind carrier-grade NAT or at an OPD's service counter.
   */
  requestsPerWindow: number;
  /** Requests with a valid access token per account per window (policy `account`). */
  accountRequestsPerWindow: number;
  requestWindowSeconds: number;
  /** Registrations per client address per registration window (policy `registration`; each costs a hash). */
  registrationsPerWindow: number;
  registrationWindowSeconds: number;
  /** Requests to the OpenID Connect provider and the sign-in pages per client address per window (policy `oidc`). */
  oidcRequestsPerWindow: number;
  /** Tracking lookups and streams per client (account, else address) per tracking window (policy `tracking`). */
  trackingLookupsPerWindow: number;
  trackingWindowSeconds: number;
  /**
   * Failed logins allowed per account (whichever identifier names it; per identifier text when none does) and
   * per client address within the login window. Attempts still being checked count too.
   */
  loginFailuresPerIdentifier: number;
  loginFailuresPerIp: number;
  loginWindowSeconds: number;
  /** Password hashes (scrypt) computed at once, and how many more may wait before a 503. */
  passwordHashConcurrency: number;
  passwordHashQueue: number;
  accessTokenSeconds: number;
  refreshTokenSeconds: number;
  /**
   * Cookie sessions only: how long after a refresh token's first use presenting it again still gets a fresh pair
   * (in the same family) instead of revoking the family. Pages of several OPD sites (one cookie jar) or several
   * tabs that load at once send the same cookie together; only one of them can win the rotation. After this,
   * a replay counts as theft. Body tokens (Node integrators) never get it. 0 turns it off.
   */
  cookieReuseGraceSeconds: number;
  /** An upload no application uses is deleted after this long. */
  uploadTtlSeconds: number;
  /** How long an `Idempotency-Key` is remembered. */
  idempotencyTtlSeconds: number;
  /** How often expired uploads, keys and tokens are swept. */
  sweepIntervalSeconds: number;
}

/**
 * An OpenID Connect client of the gateway (an OPD site outside the city's domain, another municipality's
 * portal): a public client using the authorization code flow with PKCE (S256), registered by configuration.
 */
export interface OidcClientConfig {
  client_id: string;
  /** Shown on the sign-in page and in "Perangkat aktif". */
  client_name: string;
  /** Exact redirect URIs. */
  redirect_uris: string[];
  /** Where RP-initiated logout may send the citizen back to (exact). */
  post_logout_redirect_uris?: string[];
  /**
   * A site of the city itself: consent is granted without asking (default true). A client of another
   * organisation sets false, and the citizen is asked once.
   */
  first_party?: boolean;
}

/** An upstream OpenID Connect provider (e.g. INApas, the national digital identity) to sign in with. */
export interface UpstreamIdpConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The claim that carries the NIK; when the upstream asserts a valid one, the account counts as verified. */
  nikClaim: string;
  /** The button's text on the sign-in page. */
  label: string;
  /** Scopes to ask for (`openid` always). */
  scope: string;
}

/**
 * How webhooks are delivered to the OPDs' own systems (webhooks/). Tests shorten the timings and may resolve
 * hosts their own way; production keeps the defaults unless a city decides otherwise.
 */
export interface WebhookConfig {
  /**
   * Also deliver to loopback, private and other non-public addresses, and over plain http: for tests and local
   * demos only. Off, an endpoint must be https on a host that resolves to public addresses only.
   */
  allowPrivate: boolean;
  /** The key that encrypts endpoints' secrets at rest (32 bytes, base64); null: `<data>/webhook-secrets.key`. */
  key: string | null;
  /** The longest one attempt may take, from resolving the host to the answer's headers. */
  timeoutMs: number;
  /** Attempts in flight at once, over every endpoint. */
  concurrency: number;
  /** Attempts in flight at once to one endpoint, so that a slow or dead one holds only these. */
  concurrencyPerEndpoint: number;
  /** The first retry's delay; each next one doubles, with jitter, up to retryMaxDelayMs. */
  retryBaseMs: number;
  retryMaxDelayMs: number;
  /** How long a delivery is tried (from when it was queued or re-sent) before it is failed. */
  retryWindowMs: number;
  /** How often due retries are looked for (new events are sent at once, not at this pace). */
  pollIntervalMs: number;
  /** How long the previous secret keeps signing after a rotation. */
  rotationGraceMs: number;
  /** Active endpoints one OPD may have (each status change is sent to every one). */
  maxEndpointsPerAgency: number;
  /** Resolves a host name to its addresses (default: the system's resolver, as `dns.lookup`). */
  resolve?: (hostname: string) => Promise<{ address: string; family: number }[]>;
  /** Certificates to trust besides the system's, for https receivers (tests with their own certificate). */
  ca?: string[];
}

export interface GatewayConfig {
  dataDir: string;
  port: number;
  host: string;
  /**
   * The gateway's public origin, e.g. `https://layanan.kedirikota.go.id`: the OpenID Connect issuer, and an
   * origin that may use cookie sessions. Null: the origin it listens on (`http://127.0.0.1:8080`).
   */
  publicUrl: string | null;
  /** OpenID Connect clients (see OidcClientConfig). */
  oidcClients: OidcClientConfig[];
  /** The upstream identity provider offered on the sign-in page, if any. */
  upstream: UpstreamIdpConfig | null;
  /** OPD origins allowed to call the API from a browser (exact `scheme://host[:port]`). */
  corsOrigins: string[];
  logLevel: string;
  /** Where logs go (default stdout). Tests pass a stream to inspect them. */
  logStream?: Writable;
  heartbeatMs: number;
  /** Trust `X-Forwarded-For` from a reverse proxy in front of the gateway. */
  trustProxy: boolean;
  /** Static demo pages served at `/` (skipped when the folder does not exist). */
  publicDir: string | null;
  /** The built Storybook catalogue served at `/storybook/`. */
  storybookDir: string | null;
  /** The CDN bundle of @padu/elements (`padu.js` and its chunks) served at `/cdn/`. */
  cdnDir: string | null;
  /** Seed the demo accounts and applications (the OPDs and services are always seeded). */
  seedDemo: boolean;
  /**
   * Where the request limits count (a @fastify/rate-limit store). Default: this process's memory. Several
   * gateways behind one load balancer need a shared one.
   */
  rateLimitStore?: FastifyRateLimitStoreCtor;
  limits: GatewayLimits;
  webhooks: WebhookConfig;
}

/** What callers may pass: everything optional, limits and webhook settings merged one by one. */
export type GatewayOptions = Partial<Omit<GatewayConfig, 'limits' | 'webhooks'>> & {
  limits?: Partial<GatewayLimits>;
  webhooks?: Partial<WebhookConfig>;
};

export const defaultWebhookConfig: Readonly<WebhookConfig> = Object.freeze({
  allowPrivate: false,
  key: null,
  timeoutMs: 10_000,
  concurrency: 32,
  concurrencyPerEndpoint: 2,
  // 5 s, 10 s, 20 s … 1 h, then hourly: about thirty attempts in a day.
  retryBaseMs: 5_000,
  retryMaxDelayMs: 3_600_000,
  retryWindowMs: 24 * 3_600_000,
  pollIntervalMs: 1_000,
  rotationGraceMs: 24 * 3_600_000,
  maxEndpointsPerAgency: 10,
});

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export const defaultLimits: Readonly<GatewayLimits> = Object.freeze({
  jsonBodyBytes: 1024 * 1024,
  uploadBytes: MAX_UPLOAD_BYTES,
  // 200 req/s from one address: a service counter or a mobile carrier's NAT full of citizens still fits, while
  // one client cannot take more than a small share of what the gateway serves.
  requestsPerWindow: 12_000,
  // 10 req/s per account on average: more than any person clicks, enough for an officer's console.
  accountRequestsPerWindow: 600,
  requestWindowSeconds: 60,
  // A counter registering citizens all day (one every 10 s) fits; a script creating accounts does not.
  registrationsPerWindow: 60,
  registrationWindowSeconds: 10 * 60,
  // 200 citizens behind one address each signing in to a site (a handful of requests) within a minute.
  oidcRequestsPerWindow: 1200,
  // 20 lookups/s per address: 200 citizens behind one address each check a status every 10 s. A guessed code
  // (31^8 per OPD) then costs an address days of lookups.
  trackingLookupsPerWindow: 1200,
  trackingWindowSeconds: 60,
  loginFailuresPerIdentifier: 5,
  // Ten people at one counter can each use up their own five tries without locking the others out.
  loginFailuresPerIp: 50,
  loginWindowSeconds: 15 * 60,
  // Leave a core to the event loop and a libuv thread to file reads (the pool has 4).
  passwordHashConcurrency: Math.max(1, Math.min(availableParallelism() - 1, 3)),
  // About 5 s of waiting at ~150 ms per hash: longer, and a client would rather be told to retry.
  passwordHashQueue: 32,
  accessTokenSeconds: 15 * 60,
  refreshTokenSeconds: 30 * 24 * 3600,
  // Long enough for every tab and site of a page load to get its answer, short enough that a cookie copied
  // earlier is useless.
  cookieReuseGraceSeconds: 10,
  uploadTtlSeconds: 24 * 3600,
  idempotencyTtlSeconds: 24 * 3600,
  sweepIntervalSeconds: 10 * 60,
});

/** The repository root (this file is packages/server/src/config.ts). */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

function existingDir(path: string): string | null {
  return existsSync(path) ? path : null;
}

export function resolveConfig(options: GatewayOptions = {}): GatewayConfig {
  const limits = { ...defaultLimits, ...options.limits };
  limits.uploadBytes = Math.min(limits.uploadBytes, MAX_UPLOAD_BYTES);
  limits.passwordHashConcurrency = Math.max(1, limits.passwordHashConcurrency);
  const webhooks = { ...defaultWebhookConfig, ...options.webhooks };
  webhooks.concurrency = Math.max(1, webhooks.concurrency);
  webhooks.concurrencyPerEndpoint = Math.max(1, webhooks.concurrencyPerEndpoint);
  webhooks.timeoutMs = Math.max(100, webhooks.timeoutMs);
  webhooks.pollIntervalMs = Math.max(10, webhooks.pollIntervalMs);
  webhooks.retryBaseMs = Math.max(1, webhooks.retryBaseMs);
  return {
    dataDir: resolve(options.dataDir ?? './data'),
    port: options.port ?? 8080,
    host: options.host ?? '127.0.0.1',
    publicUrl: options.publicUrl ? publicOrigin(options.publicUrl) : null,
    oidcClients: options.oidcClients ?? [],
    upstream: options.upstream ?? null,
    corsOrigins: (options.corsOrigins ?? []).map((origin) => origin.trim().replace(/\/+$/, '')).filter(Boolean),
    logLevel: options.logLevel ?? 'info',
    ...(options.logStream ? { logStream: options.logStream } : {}),
    heartbeatMs: options.heartbeatMs ?? 15_000,
    trustProxy: options.trustProxy ?? false,
    publicDir: options.publicDir === undefined ? existingDir(resolve(repoRoot, 'public')) : options.publicDir,
    storybookDir:
      options.storybookDir === undefined ? existingDir(resolve(repoRoot, 'storybook-static')) : options.storybookDir,
    // Mounted even before it is built: `npm start` builds it first, and a later build is served at once.
    cdnDir: options.cdnDir === undefined ? resolve(repoRoot, 'packages/elements/dist/cdn') : options.cdnDir,
    seedDemo: options.seedDemo ?? true,
    ...(options.rateLimitStore ? { rateLimitStore: options.rateLimitStore } : {}),
    limits,
    webhooks,
  };
}

/** A public URL as the gateway uses it: an http(s) origin without a path. */
function publicOrigin(url: string): string {
  const parsed = new URL(url);
  if (!/^https?:$/.test(parsed.protocol) || (parsed.pathname !== '/' && parsed.pathname !== '') || parsed.search || parsed.hash) {
    throw new Error(`PADU_PUBLIC_URL must be an http(s) origin without a path, got "${url}"`);
  }
  return parsed.origin;
}

function json(raw: string, name: string): unknown {
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw new Error(`${name} is not valid JSON: ${(error as Error).message}`);
  }
}

/** OIDC clients from PADU_OIDC_CLIENTS (JSON), else from `<data>/oidc-clients.json` when it exists. */
function oidcClientsFrom(env: NodeJS.ProcessEnv): OidcClientConfig[] | undefined {
  let raw = env.PADU_OIDC_CLIENTS;
  let name = 'PADU_OIDC_CLIENTS';
  if (raw === undefined || raw === '') {
    const file = resolve(env.PADU_DATA_DIR || './data', 'oidc-clients.json');
    if (!existsSync(file)) return undefined;
    raw = readFileSync(file, 'utf8');
    name = file;
  }
  const clients = json(raw, name);
  if (!Array.isArray(clients)) throw new Error(`${name} must be a JSON array of clients`);
  return clients as OidcClientConfig[];
}

function upstreamFrom(env: NodeJS.ProcessEnv): UpstreamIdpConfig | undefined {
  const issuer = env.PADU_UPSTREAM_ISSUER;
  if (!issuer) return undefined;
  const clientId = env.PADU_UPSTREAM_CLIENT_ID;
  const clientSecret = env.PADU_UPSTREAM_CLIENT_SECRET;
  if (!clientId || !clientSecret) throw new Error('PADU_UPSTREAM_ISSUER needs PADU_UPSTREAM_CLIENT_ID and PADU_UPSTREAM_CLIENT_SECRET');
  return {
    issuer,
    clientId,
    clientSecret,
    nikClaim: env.PADU_UPSTREAM_NIK_CLAIM || 'nik',
    label: env.PADU_UPSTREAM_LABEL || 'Masuk dengan INApas',
    scope: env.PADU_UPSTREAM_SCOPE || 'openid profile',
  };
}

function integer(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string): boolean | undefined {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return undefined;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new Error(`${name} must be true or false, got "${raw}"`);
}

/** Reads the `PADU_*` environment variables (documented in packages/server/README.md). */
export function optionsFromEnv(env: NodeJS.ProcessEnv = process.env): GatewayOptions {
  const options: GatewayOptions = {};
  const limits: Partial<GatewayLimits> = {};
  const set = <K extends keyof GatewayOptions>(key: K, value: GatewayOptions[K] | undefined) => {
    if (value !== undefined) options[key] = value;
  };
  const setLimit = <K extends keyof GatewayLimits>(key: K, value: number | undefined) => {
    if (value !== undefined) limits[key] = value;
  };
  set('port', integer(env, 'PADU_PORT'));
  set('host', env.PADU_HOST || undefined);
  set('publicUrl', env.PADU_PUBLIC_URL || undefined);
  set('oidcClients', oidcClientsFrom(env));
  set('upstream', upstreamFrom(env));
  set('dataDir', env.PADU_DATA_DIR || undefined);
  set('corsOrigins', env.PADU_CORS_ORIGINS !== undefined ? env.PADU_CORS_ORIGINS.split(',') : undefined);
  set('logLevel', env.PADU_LOG_LEVEL || undefined);
  set('heartbeatMs', integer(env, 'PADU_HEARTBEAT_MS'));
  set('trustProxy', flag(env, 'PADU_TRUST_PROXY'));
  set('seedDemo', flag(env, 'PADU_SEED_DEMO'));
  if (env.PADU_PUBLIC_DIR !== undefined) options.publicDir = env.PADU_PUBLIC_DIR ? resolve(env.PADU_PUBLIC_DIR) : null;
  if (env.PADU_STORYBOOK_DIR !== undefined) {
    options.storybookDir = env.PADU_STORYBOOK_DIR ? resolve(env.PADU_STORYBOOK_DIR) : null;
  }
  if (env.PADU_CDN_DIR !== undefined) options.cdnDir = env.PADU_CDN_DIR ? resolve(env.PADU_CDN_DIR) : null;
  setLimit('requestsPerWindow', integer(env, 'PADU_RATE_LIMIT'));
  setLimit('accountRequestsPerWindow', integer(env, 'PADU_RATE_LIMIT_ACCOUNT'));
  setLimit('requestWindowSeconds', integer(env, 'PADU_RATE_WINDOW_SECONDS'));
  setLimit('registrationsPerWindow', integer(env, 'PADU_REGISTER_LIMIT'));
  setLimit('registrationWindowSeconds', integer(env, 'PADU_REGISTER_WINDOW_SECONDS'));
  setLimit('trackingLookupsPerWindow', integer(env, 'PADU_TRACKING_LIMIT'));
  setLimit('oidcRequestsPerWindow', integer(env, 'PADU_OIDC_LIMIT'));
  setLimit('trackingWindowSeconds', integer(env, 'PADU_TRACKING_WINDOW_SECONDS'));
  setLimit('loginFailuresPerIdentifier', integer(env, 'PADU_LOGIN_MAX_FAILURES'));
  setLimit('loginFailuresPerIp', integer(env, 'PADU_LOGIN_MAX_FAILURES_PER_IP'));
  setLimit('loginWindowSeconds', integer(env, 'PADU_LOGIN_WINDOW_SECONDS'));
  setLimit('passwordHashConcurrency', integer(env, 'PADU_PASSWORD_HASH_CONCURRENCY'));
  setLimit('passwordHashQueue', integer(env, 'PADU_PASSWORD_HASH_QUEUE'));
  setLimit('cookieReuseGraceSeconds', integer(env, 'PADU_COOKIE_REUSE_GRACE_SECONDS'));
  setLimit('uploadBytes', integer(env, 'PADU_UPLOAD_MAX_BYTES'));
  setLimit('jsonBodyBytes', integer(env, 'PADU_BODY_MAX_BYTES'));
  if (Object.keys(limits).length > 0) options.limits = limits;
  const webhooks: Partial<WebhookConfig> = {};
  const setWebhook = <K extends keyof WebhookConfig>(key: K, value: WebhookConfig[K] | undefined) => {
    if (value !== undefined) webhooks[key] = value;
  };
  const hours = (name: string) => {
    const value = integer(env, name);
    return value === undefined ? undefined : value * 3_600_000;
  };
  setWebhook('allowPrivate', flag(env, 'PADU_WEBHOOK_ALLOW_PRIVATE'));
  setWebhook('key', env.PADU_WEBHOOK_KEY || undefined);
  setWebhook('timeoutMs', integer(env, 'PADU_WEBHOOK_TIMEOUT_MS'));
  setWebhook('concurrency', integer(env, 'PADU_WEBHOOK_CONCURRENCY'));
  setWebhook('concurrencyPerEndpoint', integer(env, 'PADU_WEBHOOK_CONCURRENCY_PER_ENDPOINT'));
  setWebhook('retryBaseMs', integer(env, 'PADU_WEBHOOK_RETRY_BASE_MS'));
  setWebhook('retryWindowMs', hours('PADU_WEBHOOK_RETRY_HOURS'));
  setWebhook('rotationGraceMs', hours('PADU_WEBHOOK_ROTATION_GRACE_HOURS'));
  setWebhook('maxEndpointsPerAgency', integer(env, 'PADU_WEBHOOK_MAX_ENDPOINTS'));
  if (Object.keys(webhooks).length > 0) options.webhooks = webhooks;
  return options;
}
