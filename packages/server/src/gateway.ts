// Builds and starts a gateway: data folder, database (migrated and seeded), Fastify with the contract's
// routes, the edge (headers, CORS), request limits, problem+json errors, static files, and periodic sweeps.
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';
import cookie from '@fastify/cookie';
import { mkdir } from 'node:fs/promises';
import { lookup } from 'node:dns/promises';
import { fileURLToPath } from 'node:url';
import { maxHeaderSize } from 'node:http';
import { join } from 'node:path';
import { resolveConfig, type GatewayConfig, type GatewayOptions } from './config.ts';
import { loadContract } from './contract/document.ts';
import { fastifyPath, registerContractRoutes, type PathMatcher } from './contract/registrar.ts';
import { nowIso, openDatabase } from './db/database.ts';
import { seed, type SeedReport } from './db/seed/seed.ts';
import { SessionService } from './auth/sessions.ts';
import { LoginLimiter } from './auth/login-limiter.ts';
import { PasswordHasher } from './auth/password-hasher.ts';
import { BearerAuth } from './auth/bearer.ts';
import { Catalogue } from './domain/catalogue.ts';
import { AuthoringService } from './domain/authoring.ts';
import { componentValidator, createContractAjv } from './contract/ajv.ts';
import { UploadStore } from './domain/uploads.ts';
import { ApplicationService } from './domain/applications.ts';
import { TrackingService } from './domain/tracking.ts';
import { EventBus } from './sse/event-bus.ts';
import { createHandlers } from './routes/index.ts';
import { installEdge, requestIdFor } from './http/edge.ts';
import { installRateLimits } from './http/rate-limits.ts';
import { loggerOptions } from './http/logging.ts';
import { PROBLEM_CONTENT_TYPE, problem, problemFromError, type ProblemError } from './http/problems.ts';
import { installStatic, type StaticMount } from './http/static.ts';
import { registerApiDocs } from './http/api-docs.ts';
import { COOKIE_OPERATIONS, SessionCookies } from './http/session-cookie.ts';
import { createUnroutedAnswers } from './http/unrouted.ts';
import type { GatewayContext } from './context.ts';
import { loadOidcKeys } from './oidc/keys.ts';
import { sweepOidcModels } from './oidc/adapter.ts';
import { OpenIdProvider } from './oidc/provider.ts';
import { providerCsp, registerOidcRoutes, type OidcHolder } from './oidc/routes.ts';
import { UpstreamLogin } from './oidc/upstream.ts';
import { demoOidcClients } from './db/seed/demo.ts';
import { AddressPolicy } from './webhooks/address-policy.ts';
import { WebhookDispatcher } from './webhooks/dispatcher.ts';
import { WebhookEndpoints } from './webhooks/endpoints.ts';
import { WebhookOutbox } from './webhooks/outbox.ts';
import { loadWebhookKey, SecretBox } from './webhooks/secrets.ts';

export interface Gateway {
  /** The API base, e.g. `http://127.0.0.1:41234/api/v1`. */
  url: string;
  /** Scheme, host and port, e.g. `http://127.0.0.1:41234`. */
  origin: string;
  app: FastifyInstance;
  config: GatewayConfig;
  seed: SeedReport;
  /** The gateway's services (database, stores, bus), for tests and tools in this package. */
  context: GatewayContext;
  close(): Promise<void>;
}

/** Headers a failed response must not keep from the handler that started it. */
const SUCCESS_ONLY_HEADERS = ['content-disposition', 'etag', 'location', 'idempotent-replayed', 'cache-control'];

/**
 * Where to listen. The loopback address of local development also answers on `localhost` as the system resolves
 * it (IPv6 `::1` first on many), so that `http://localhost:8080`, the demo's second origin, works everywhere.
 */
async function listenHost(host: string): Promise<string> {
  if (host !== '127.0.0.1') return host;
  const addresses = await lookup('localhost', { all: true }).catch(() => []);
  const loopback = addresses.length > 0 && addresses.every((a) => a.address === '127.0.0.1' || a.address === '::1');
  return loopback && addresses.some((a) => a.address === '127.0.0.1') ? 'localhost' : host;
}

export async function startGateway(options: GatewayOptions = {}): Promise<Gateway> {
  const config = resolveConfig(options);
  await mkdir(join(config.dataDir, 'uploads'), { recursive: true });
  const contract = loadContract();
  const database = await openDatabase(config.dataDir);
  const { db } = database;

  let webhookKey: Buffer;
  try {
    webhookKey = await loadWebhookKey(config.webhooks.key, config.dataDir);
  } catch (error) {
    await database.close();
    throw error;
  }
  const bus = new EventBus();
  const catalogue = new Catalogue(db);
  const uploads = new UploadStore(db, config.dataDir, config.limits.uploadTtlSeconds);
  // Webhooks: changes write their events into the outbox in their own transaction; the dispatcher sends them
  // once the gateway listens (it needs the public URL for the events' links).
  const outbox = new WebhookOutbox(config.webhooks);
  const secrets = new SecretBox(webhookKey);
  const policy = new AddressPolicy({ allowPrivate: config.webhooks.allowPrivate, resolve: config.webhooks.resolve, timeoutMs: config.webhooks.timeoutMs });
  const dispatcher = new WebhookDispatcher({ db, secrets, policy, config: config.webhooks });
  outbox.onCommitted(() => dispatcher.wake());
  const applications = new ApplicationService(db, catalogue, uploads, bus, outbox);
  // Drafts are checked against the contract's own Service schema (every error, as a person fixes them all).
  const authoringAjv = createContractAjv(contract.document);
  const authoring = new AuthoringService(
    db,
    catalogue,
    componentValidator(authoringAjv, 'Service'),
    componentValidator(authoringAjv, 'LocalizedText'),
    outbox,
  );
  const ctx: GatewayContext = {
    config,
    contract,
    db,
    sessions: new SessionService(db, config.limits),
    sessionCookies: new SessionCookies({ config, path: `${contract.basePath}/auth` }),
    loginLimiter: new LoginLimiter(config.limits),
    passwords: new PasswordHasher(config.limits),
    catalogue,
    authoring,
    uploads,
    applications,
    tracking: new TrackingService(db, catalogue),
    bus,
    webhooks: new WebhookEndpoints({ db, secrets, policy, catalogue, dispatcher, config: config.webhooks }),
    outbox,
    dispatcher,
    openStreams: new Set(),
  };

  let seedReport: SeedReport;
  try {
    seedReport = await seed({ db, uploads, applications, authoring, seedDemo: config.seedDemo });
  } catch (error) {
    await database.close();
    throw error;
  }

  let oidcKeys;
  try {
    oidcKeys = await loadOidcKeys(db);
  } catch (error) {
    await database.close();
    throw error;
  }

  const sweep = async () => {
    const now = Date.now();
    await uploads.sweep(now);
    await ctx.sessions.sweep(now);
    await sweepOidcModels(db, now);
    await db
      .deleteFrom('idempotency_keys')
      .where('created_at', '<', nowIso(now - config.limits.idempotencyTtlSeconds * 1000))
      .execute();
  };
  await sweep();

  // URLs the router cannot decode and requests the HTTP parser cannot read get problems like any other request.
  const unrouted = createUnroutedAnswers();
  const app = Fastify({
    logger: loggerOptions(config.logLevel, config.logStream),
    // One line per request is written by the edge's onResponse hook instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true, requestIdLogLabel: 'requestId' }),
    genReqId: requestIdFor,
    bodyLimit: config.limits.jsonBodyBytes,
    trustProxy: config.trustProxy,
    // Closing ends keep-alive and event-stream connections instead of waiting for them. Requests that still
    // arrive are answered normally (Fastify's own 503 would not be problem+json).
    forceCloseConnections: true,
    return503OnClosing: false,
    frameworkErrors: unrouted.frameworkErrors,
    clientErrorHandler: unrouted.clientErrorHandler,
    // The contract's schemas bound every path parameter (a 400 that names it); the router's own limit, a guard
    // for regular-expression parameters the gateway does not have, would answer first with a bare 414. A URL
    // cannot be longer than Node's header limit anyway.
    routerOptions: { maxParamLength: maxHeaderSize },
  });
  // Set before any plugin or route: a route takes the error handler in force when it is added, and the
  // plugins (CORS preflight, static files) add routes of their own.
  app.setErrorHandler((error, request, reply) => {
    let known: ProblemError | null = problemFromError(error);
    if (!known || known.status >= 500) {
      // The details stay in the log, under the request id the client sees.
      request.log.error({ err: error }, 'request failed');
      known ??= problem('internal', { detail: `Sebutkan kode ${request.id} bila Anda menghubungi kami.` });
    }
    for (const header of SUCCESS_ONLY_HEADERS) reply.removeHeader(header);
    reply.header('cache-control', 'no-store');
    return reply
      .code(known.status)
      .headers(known.headers())
      .type(PROBLEM_CONTENT_TYPE)
      .send(JSON.stringify(known.toProblem(request.id)));
  });

  const sweeper = setInterval(() => {
    sweep().catch((error: unknown) => app.log.error({ err: error }, 'sweep failed'));
  }, config.limits.sweepIntervalSeconds * 1000);
  sweeper.unref();

  // Fastify's JSON parser (prototype-poisoning safe), except that an empty body is "no body": an optional body
  // (cancelApplication) may come with a Content-Type and nothing else; a required one is refused by the registrar.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = String(body);
    if (text.trim() === '') return done(null, undefined);
    return parseJson(request, text, done);
  });
  await app.register(multipart, { limits: { fileSize: config.limits.uploadBytes, files: 1 } });
  // Cookies are parsed where they are read (the session cookie), not on every request.
  await app.register(cookie, { hook: false });
  const bearerOrigins = new Set<string>();
  await installEdge(app, config, { bearerOrigins });
  // The OpenID Connect provider needs the gateway's public origin (its issuer), known once it listens; its routes
  // and the bearer check are in place before, and answer 503 until then.
  const oidc: OidcHolder = { current: null, csp: providerCsp([]) };
  let upstream: UpstreamLogin | null = null;
  const bearer = new BearerAuth(app, ctx.sessions, async (token) => (oidc.current ? oidc.current.principalOf(token) : null));
  await installRateLimits(app, { config, contract, bearer });
  // The CSRF checks of cookie sessions that need no body, before the body is read.
  const cookieRoutes = new Map(
    contract.operations.filter((op) => COOKIE_OPERATIONS.has(op.operationId)).map((op) => [fastifyPath(contract.basePath, op.path), op.operationId]),
  );
  app.addHook('onRequest', (request, _reply, done) => {
    const operationId = cookieRoutes.get(request.routeOptions.url ?? '');
    if (operationId === undefined) return done();
    try {
      ctx.sessionCookies.checkRequest(request, operationId);
      done();
    } catch (error) {
      done(error as Error);
    }
  });
  const matchers: PathMatcher[] = registerContractRoutes(app, {
    contract,
    handlers: createHandlers(ctx),
    authenticate: (request) => bearer.authenticate(request),
  });

  registerOidcRoutes(app, { holder: oidc, bearer, sessions: ctx.sessions, sessionCookies: ctx.sessionCookies, upstream: () => upstream });

  const mounts: StaticMount[] = [{ prefix: '/oidc/assets/', dir: fileURLToPath(new URL('./oidc/assets/', import.meta.url)) }];
  if (config.publicDir) mounts.push({ prefix: '/', dir: config.publicDir });
  if (config.storybookDir) mounts.push({ prefix: '/storybook/', dir: config.storybookDir, inlineStyles: true });
  if (config.cdnDir) mounts.push({ prefix: '/cdn/', dir: config.cdnDir });
  const apiDocs = registerApiDocs(app, { basePath: contract.basePath, title: contract.document.info.title });
  mounts.push(apiDocs.mount);
  const apiPrefix = `${contract.basePath}/`;

  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split('?', 1)[0]!;
    if (path.startsWith(apiPrefix) || path === contract.basePath) {
      const matcher = matchers.find((m) => m.pattern.test(path));
      if (matcher) {
        const allow = [...matcher.methods, 'OPTIONS'].join(', ');
        // OPTIONS that is no CORS preflight of an allowed origin (@fastify/cors answers those): what it may do.
        if (request.method === 'OPTIONS') return reply.code(204).header('allow', allow).send();
        throw problem('method-not-allowed', { detail: `Gunakan ${allow}.`, headers: { allow } });
      }
    }
    throw problem('not-found', { detail: 'Alamat ini tidak ada.' });
  });
  // Pages may call the API at the gateway's public origin too: the demo pages on http://localhost:8080 sign in
  // through the gateway at http://127.0.0.1:8080. That origin is added once the port is known (it may be random).
  const pageConnectOrigins = [...config.corsOrigins];
  await installStatic(app, mounts, pageConnectOrigins);

  // After the error handler and every plugin: a route loaded earlier (Fastify loads routes at each
  // `await app.register(...)`) keeps the default error handler, and misses hooks a later plugin adds to routes.
  unrouted.register(app);

  // Open event streams would keep the server from closing: end them first. Webhook attempts in flight are
  // abandoned (due again at the next start) before the database closes.
  app.addHook('preClose', async () => {
    for (const close of [...ctx.openStreams]) close();
    await dispatcher.close();
  });
  app.addHook('onClose', async () => {
    clearInterval(sweeper);
    await database.close();
  });

  try {
    await app.listen({ port: config.port, host: await listenHost(config.host) });
  } catch (error) {
    await app.close(); // closes the database too
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host === '0.0.0.0' ? '127.0.0.1' : config.host;
  const origin = `http://${host}:${port}`;

  const issuer = config.publicUrl ?? origin;
  if (!pageConnectOrigins.includes(issuer)) pageConnectOrigins.push(issuer);
  const clients = [...config.oidcClients, ...(config.seedDemo ? demoOidcClients(port) : [])];
  try {
    oidc.current = new OpenIdProvider({
      db,
      config,
      sessions: ctx.sessions,
      issuer,
      apiResource: issuer + contract.basePath,
      clients,
      keys: oidcKeys,
      clearSessionCookie: (koa) => koa.append('set-cookie', ctx.sessionCookies.clearingHeader({ protocol: koa.protocol, hostname: koa.hostname })),
      log: app.log,
    });
  } catch (error) {
    await app.close();
    throw error;
  }
  oidc.csp = providerCsp(oidc.current.clientOrigins);
  for (const clientOrigin of oidc.current.clientOrigins) bearerOrigins.add(clientOrigin);
  if (config.upstream) upstream = new UpstreamLogin(config.upstream, db, issuer);
  dispatcher.start(issuer + contract.basePath, app.log);
  return {
    url: origin + contract.basePath,
    origin,
    app,
    config,
    seed: seedReport,
    context: ctx,
    close: () => app.close(),
  };
}
