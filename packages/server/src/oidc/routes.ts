// The OpenID Connect provider on the gateway: its own endpoints are handed to its Node request listener on
// hijacked replies (they answer in OAuth's error format, which is right for them), and Padu's sign-in pages and
// their endpoints are ordinary gateway routes (problem+json on error).
//
// Interaction endpoints (under /oidc/interaction/{uid}, where the provider's interaction cookie is sent):
// - GET  /oidc/interaction/{uid}           the sign-in (or consent) page;
// - POST /oidc/interaction/{uid}/login     `Authorization: Bearer <Padu access token>`: completes sign-in with
//                                          that session → `{ redirectTo }`;
// - POST /oidc/interaction/{uid}/consent   the same token: grants the client what it asked → `{ redirectTo }`;
// - POST /oidc/interaction/{uid}/abort     the citizen cancelled → `{ redirectTo }` (access_denied);
// - GET  /oidc/interaction/{uid}/upstream  to the upstream identity provider (INApas), when configured;
// - GET  /oidc/upstream/callback           its redirect back; then …/upstream/finish completes the sign-in.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { InteractionResults } from 'oidc-provider';
import type { BearerAuth } from '../auth/bearer.ts';
import type { SessionService } from '../auth/sessions.ts';
import { sessionOriginOf } from '../auth/session-origin.ts';
import type { SessionCookies } from '../http/session-cookie.ts';
import { problem, type ProblemError } from '../http/problems.ts';
import { pageCsp } from '../http/static.ts';
import { OIDC_PREFIX, OIDC_ROUTES, type OpenIdProvider, type PaduInteractionResult } from './provider.ts';
import { errorPage, languageOf, renderInteractionPage } from './pages.ts';
import { UPSTREAM_CALLBACK, UPSTREAM_COOKIE, type UpstreamLogin } from './upstream.ts';

/** The provider, once the gateway knows its public origin (after it listens). */
export interface OidcHolder {
  current: OpenIdProvider | null;
  /** The CSP of the provider's pages: its forms post to this origin and redirect to the clients'. */
  csp: string;
}

export interface OidcRouteOptions {
  holder: OidcHolder;
  bearer: BearerAuth;
  sessions: SessionService;
  sessionCookies: SessionCookies;
  /** The upstream identity provider, when configured (made once the gateway knows its origin). */
  upstream: () => UpstreamLogin | null;
}

/** The provider's endpoints, each handed over whole (discovery stays at the issuer's well-known path). */
const PROVIDER_PATHS = [
  '/.well-known/openid-configuration',
  OIDC_ROUTES.authorization,
  `${OIDC_ROUTES.authorization}/:uid`,
  OIDC_ROUTES.token,
  OIDC_ROUTES.jwks,
  OIDC_ROUTES.end_session,
  `${OIDC_ROUTES.end_session}/confirm`,
  `${OIDC_ROUTES.end_session}/success`,
  OIDC_ROUTES.revocation,
];

/** The CSP of Padu's sign-in pages: this origin's scripts, styles and API, no framing. */
const INTERACTION_CSP = pageCsp([]).replace("frame-ancestors 'self'", "frame-ancestors 'none'");

/** The CSP of the provider's own pages and responses, given the origins its forms may lead to. */
export function providerCsp(clientOrigins: Iterable<string>): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `form-action 'self' ${[...clientOrigins].join(' ')}`.trim(),
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; ');
}

function ready(holder: OidcHolder): OpenIdProvider {
  if (!holder.current) throw problem('unavailable', { detail: 'Layanan masuk sedang disiapkan. Coba lagi sebentar.', retryAfter: 1 });
  return holder.current;
}

const expired = () =>
  problem('not-found', {
    code: 'interaction.expired',
    detail: 'Permintaan masuk ini tidak ada atau sudah kedaluwarsa. Kembali ke situs asal dan coba lagi.',
  });

function sendPage(reply: FastifyReply, status: number, html: string): FastifyReply {
  return reply
    .code(status)
    .header('content-security-policy', INTERACTION_CSP)
    .header('cache-control', 'no-store')
    .type('text/html; charset=utf-8')
    .send(html);
}

export function registerOidcRoutes(app: FastifyInstance, { holder, bearer, sessions, sessionCookies, upstream }: OidcRouteOptions): void {
  // ---------------------------------------------------------------- the provider's endpoints
  for (const url of PROVIDER_PATHS) {
    app.route({
      method: ['GET', 'POST', 'OPTIONS'],
      url,
      // Before any body is read: the provider reads its own.
      onRequest(request, reply, done) {
        let oidc: OpenIdProvider;
        try {
          oidc = ready(holder);
        } catch (error) {
          return done(error as Error);
        }
        reply.hijack();
        const res = reply.raw;
        // The edge's headers (request id, limits, security headers), with the provider pages' own CSP.
        for (const [name, value] of Object.entries(reply.getHeaders())) if (value !== undefined) res.setHeader(name, value);
        res.setHeader('content-security-policy', holder.csp);
        oidc.handle(request.raw, res);
      },
      handler: async () => undefined,
    });
  }

  // ---------------------------------------------------------------- Padu's interaction pages
  const base = `${OIDC_PREFIX}/interaction/:uid`;

  /** The interaction of this browser (its cookie), which must be the one in the URL. */
  const details = async (request: FastifyRequest<{ Params: { uid: string } }>, reply: FastifyReply) => {
    const oidc = ready(holder);
    try {
      const found = await oidc.provider.interactionDetails(request.raw, reply.raw);
      if (found.uid !== request.params.uid) throw expired();
      return { oidc, details: found };
    } catch (error) {
      if ((error as ProblemError).name === 'ProblemError') throw error;
      throw expired();
    }
  };

  /** A Padu session of this gateway (not an SSO client's token), live, for the interaction's citizen. */
  const paduSession = async (request: FastifyRequest, accountId?: string) => {
    const principal = await bearer.authenticate(request);
    const family = await sessions.liveFamily(principal.familyId, principal.userId);
    if (!family || family.kind === 'sso' || (accountId !== undefined && accountId !== principal.userId)) {
      throw problem('unauthorized', {
        detail: 'Masuk dengan sesi Padu Anda di gateway ini.',
        headers: { 'www-authenticate': 'Bearer error="invalid_token"' },
      });
    }
    return { principal, family };
  };

  const finish = async (oidc: OpenIdProvider, request: FastifyRequest, reply: FastifyReply, result: InteractionResults, merge: boolean) => {
    const redirectTo = await oidc.provider.interactionResult(request.raw, reply.raw, result, { mergeWithLastSubmission: merge });
    return reply.header('cache-control', 'no-store').send({ redirectTo });
  };

  app.get<{ Params: { uid: string }; Querystring: { upstream?: string } }>(base, async (request, reply) => {
    let found;
    try {
      found = await details(request, reply);
    } catch {
      return sendPage(reply, 400, errorPage('id', 'invalid_request', 'interaction not found or expired'));
    }
    const { oidc, details: interaction } = found;
    const client = await oidc.provider.Client.find(String(interaction.params.client_id));
    const language = languageOf(interaction.params.ui_locales);
    return sendPage(
      reply,
      200,
      renderInteractionPage({
        uid: interaction.uid,
        prompt: interaction.prompt.name === 'consent' ? 'consent' : 'login',
        clientName: client?.clientName ?? String(interaction.params.client_id),
        language,
        upstreamLabel: upstream()?.label ?? null,
        upstreamFailed: request.query.upstream === 'failed',
      }),
    );
  });

  app.post<{ Params: { uid: string } }>(`${base}/login`, async (request, reply) => {
    const { oidc, details: interaction } = await details(request, reply);
    if (interaction.prompt.name !== 'login') throw problem('conflict', { code: 'interaction.not_login', detail: 'Langkah masuk sudah selesai.' });
    const { principal, family } = await paduSession(request);
    const padu: PaduInteractionResult = { familyId: family.id };
    return finish(oidc, request, reply, { login: { accountId: principal.userId }, padu }, false);
  });

  app.post<{ Params: { uid: string } }>(`${base}/consent`, async (request, reply) => {
    const { oidc, details: interaction } = await details(request, reply);
    if (interaction.prompt.name !== 'consent') throw problem('conflict', { code: 'interaction.not_consent', detail: 'Tidak ada izin yang diminta.' });
    const { principal, family } = await paduSession(request, interaction.session?.accountId);
    const grant = await oidc.createGrant({
      accountId: principal.userId,
      clientId: String(interaction.params.client_id),
      scope: interaction.params.scope,
      parentId: family.id,
      userAgent: request.headers['user-agent'],
    });
    const padu: PaduInteractionResult = { familyId: family.id };
    return finish(oidc, request, reply, { consent: { grantId: grant.jti }, padu }, true);
  });

  app.post<{ Params: { uid: string } }>(`${base}/abort`, async (request, reply) => {
    const { oidc } = await details(request, reply);
    return finish(oidc, request, reply, { error: 'access_denied', error_description: 'End-User aborted interaction' }, false);
  });

  // ---------------------------------------------------------------- the upstream identity provider
  const upstreamCookie = { path: OIDC_PREFIX, httpOnly: true, sameSite: 'lax' as const, maxAge: 600 };

  app.get<{ Params: { uid: string } }>(`${base}/upstream`, async (request, reply) => {
    const login = upstream();
    if (!login) throw problem('not-found', { detail: 'Tidak ada penyedia identitas lain.' });
    const { details: interaction } = await details(request, reply);
    const { url, state } = await login.start(interaction.uid);
    reply.setCookie(UPSTREAM_COOKIE, state, { ...upstreamCookie, secure: request.protocol === 'https' });
    return reply.redirect(url, 303);
  });

  app.get<{ Querystring: Record<string, string> }>(UPSTREAM_CALLBACK, async (request, reply) => {
    const login = upstream();
    const state = request.query.state;
    const cookieState = cookieValue(request, UPSTREAM_COOKIE);
    // The state must be the one this browser started with (no sign-in planted from elsewhere).
    const transaction = login && state && state === cookieState ? await login.transaction(state) : undefined;
    if (!login || !state || !transaction) {
      throw problem('bad-request', { code: 'upstream.state', detail: 'Permintaan masuk ini tidak dimulai di peramban ini, atau sudah kedaluwarsa.' });
    }
    const back = `${OIDC_PREFIX}/interaction/${encodeURIComponent(transaction.uid)}`;
    let user;
    try {
      user = await login.finish(new URL(request.url, `${request.protocol}://${request.host}`), state, transaction);
    } catch (error) {
      request.log.warn({ err: error }, 'upstream sign-in failed');
      await login.end(state);
      return reply.redirect(`${back}?upstream=failed`, 303);
    }
    // Signed in at the gateway too: the Padu cookie session, as a password sign-in on this page would be.
    const tokens = await sessions.start(user.id, { ...sessionOriginOf(request), kind: 'site', site: `${request.protocol}://${request.host}` });
    sessionCookies.set(reply, request, tokens.refreshToken);
    await login.save(state, { ...transaction, userId: user.id, familyId: tokens.familyId });
    return reply.redirect(`${back}/upstream/finish`, 303);
  });

  app.get<{ Params: { uid: string } }>(`${base}/upstream/finish`, async (request, reply) => {
    const login = upstream();
    const state = cookieValue(request, UPSTREAM_COOKIE);
    const transaction = login && state ? await login.transaction(state) : undefined;
    if (!login || !state || !transaction?.userId || !transaction.familyId || transaction.uid !== request.params.uid) {
      throw problem('bad-request', { code: 'upstream.state', detail: 'Permintaan masuk ini tidak dimulai di peramban ini, atau sudah kedaluwarsa.' });
    }
    await login.end(state);
    reply.clearCookie(UPSTREAM_COOKIE, upstreamCookie);
    const { oidc } = await details(request, reply);
    const padu: PaduInteractionResult = { familyId: transaction.familyId };
    const redirectTo = await oidc.provider.interactionResult(
      request.raw,
      reply.raw,
      { login: { accountId: transaction.userId, amr: ['fed'] }, padu },
      { mergeWithLastSubmission: false },
    );
    return reply.redirect(redirectTo, 303);
  });
}

/** One cookie of the request, parsed on demand. */
function cookieValue(request: FastifyRequest, name: string): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  return request.server.parseCookie(header)[name] || undefined;
}
