// Single sign-on for sites outside the city's domain: the gateway is an OpenID Connect provider (oidc-provider,
// certified, not hand-rolled). Authorization code with PKCE (S256) for public clients registered by configuration,
// through top-level redirects, so that no third-party cookie is needed.
//
// How it fits Padu's sessions:
// - The citizen's session at the gateway is the Padu cookie session (http/session-cookie.ts). The provider's own
//   session is never trusted alone: every authorization request goes through Padu's sign-in page (oidc/
//   interaction.ts), which completes it with the citizen's Padu session (refreshed from the cookie, no password
//   typed) or a password or upstream login. So signing out of Padu anywhere signs the citizen out of single
//   sign-on too.
// - Each grant is a session family of its own ("Perangkat aktif" shows it with the client's name), a child of the
//   Padu family it was made from: ending that family ends the grant.
// - Access tokens are opaque, issued for the Padu API as a resource (RFC 8707), kept in the database and looked up
//   by the gateway's bearer check like Padu's own tokens (see principalOf): the per-account limits and revocation
//   work the same. A JWT could not be revoked when the citizen ends the session.
// - Refresh tokens rotate; a rotated one presented again revokes the grant.
// - RP-initiated logout (`/oidc/session/end`) ends the provider's session, the client's grants, and the Padu
//   session family behind them, whose cookie it clears: signing out on one site signs out everywhere.
import type { IncomingMessage, ServerResponse } from 'node:http';
import Provider, { errors, interactionPolicy, type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import type { FastifyBaseLogger } from 'fastify';
import type { GatewayConfig, OidcClientConfig } from '../config.ts';
import type { Db } from '../db/database.ts';
import { nowIso } from '../db/database.ts';
import type { SessionService } from '../auth/sessions.ts';
import type { Principal } from '../auth/principal.ts';
import { deviceLabel } from '../auth/session-origin.ts';
import { findUserById } from '../domain/users.ts';
import { createOidcAdapter } from './adapter.ts';
import type { OidcKeys } from './keys.ts';
import { renderErrorPage, renderLogoutPage, renderLogoutSuccessPage } from './pages.ts';

/** Where the provider's endpoints live (discovery stays at `/.well-known/openid-configuration`). */
export const OIDC_PREFIX = '/oidc';
export const OIDC_ROUTES = {
  authorization: `${OIDC_PREFIX}/auth`,
  token: `${OIDC_PREFIX}/token`,
  jwks: `${OIDC_PREFIX}/jwks`,
  end_session: `${OIDC_PREFIX}/session/end`,
  revocation: `${OIDC_PREFIX}/token/revocation`,
  userinfo: `${OIDC_PREFIX}/me`,
  pushed_authorization_request: `${OIDC_PREFIX}/request`,
  introspection: `${OIDC_PREFIX}/token/introspection`,
  registration: `${OIDC_PREFIX}/reg`,
  backchannel_authentication: `${OIDC_PREFIX}/backchannel`,
  code_verification: `${OIDC_PREFIX}/device`,
  device_authorization: `${OIDC_PREFIX}/device/auth`,
  challenge: `${OIDC_PREFIX}/challenge`,
  credential: `${OIDC_PREFIX}/credential`,
} as const;

/** The scope of the Padu API as a resource server; clients ask for `openid padu` (plus `profile`, `email`). */
export const API_SCOPE = 'padu';
/** The OpenID Connect scopes the provider knows. */
const OIDC_SCOPES = ['openid', 'offline_access', 'profile', 'email'];

/** What the interaction result carries besides login and consent: the Padu family it was completed with. */
export interface PaduInteractionResult {
  familyId: string;
}

export interface OidcOptions {
  db: Db;
  config: GatewayConfig;
  sessions: SessionService;
  /** The issuer: the gateway's public origin. */
  issuer: string;
  /** The Padu API's URL, the resource indicator of its access tokens. */
  apiResource: string;
  clients: OidcClientConfig[];
  keys: OidcKeys;
  /** Clears the Padu session cookie on a provider response (RP-initiated logout). */
  clearSessionCookie(ctx: { append(name: string, value: string): void; protocol: string; hostname: string }): void;
  log: FastifyBaseLogger;
}

/** Is `aud` (a string or a list) the API? */
const audienceIs = (aud: unknown, resource: string) => (Array.isArray(aud) ? aud.includes(resource) : aud === resource);

export class OpenIdProvider {
  readonly provider: Provider;
  readonly issuer: string;
  readonly apiResource: string;
  /** Origins of the clients' redirect URIs: they get CORS (bearer only) on the API and may be navigated to. */
  readonly clientOrigins: Set<string>;
  readonly #db: Db;
  readonly #sessions: SessionService;
  readonly #clients: Map<string, OidcClientConfig>;
  readonly #grantSeconds: number;
  readonly #callback: (req: IncomingMessage, res: ServerResponse) => void;

  constructor(options: OidcOptions) {
    const { db, config, sessions, issuer, apiResource, clients, keys } = options;
    this.issuer = issuer;
    this.apiResource = apiResource;
    this.#db = db;
    this.#sessions = sessions;
    this.#clients = new Map(clients.map((client) => [client.client_id, client]));
    this.clientOrigins = new Set(
      clients.flatMap((client) => [...client.redirect_uris, ...(client.post_logout_redirect_uris ?? [])]).map((uri) => new URL(uri).origin),
    );
    const { limits } = config;
    this.#grantSeconds = limits.refreshTokenSeconds;

    const policy = interactionPolicy.base();
    // The provider's session alone never signs a citizen in: the Padu sign-in page decides, every time.
    policy.get('login')!.checks.unshift(
      new interactionPolicy.Check('padu_session', 'Padu checks the citizen\'s session', 'login_required', (ctx) =>
        (ctx.oidc.result as { padu?: unknown } | undefined)?.padu ? interactionPolicy.Check.NO_NEED_TO_PROMPT : interactionPolicy.Check.REQUEST_PROMPT,
      ),
    );

    const configuration: Configuration = {
      adapter: createOidcAdapter(db),
      clients: clients.map((client) => ({
        client_id: client.client_id,
        client_name: client.client_name,
        redirect_uris: client.redirect_uris,
        post_logout_redirect_uris: client.post_logout_redirect_uris ?? [],
        // Public clients (a site's JavaScript): no secret, PKCE required (the provider's default for them).
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        application_type: 'web',
      })),
      jwks: keys.jwks,
      cookies: {
        keys: keys.cookieKeys,
        names: { session: 'padu_oidc_session', interaction: 'padu_oidc_interaction', resume: 'padu_oidc_resume' },
        long: { httpOnly: true, sameSite: 'lax' },
        short: { httpOnly: true, sameSite: 'lax' },
      },
      routes: OIDC_ROUTES,
      responseTypes: ['code'],
      scopes: OIDC_SCOPES,
      claims: { openid: ['sub'], profile: ['name'], email: ['email'] },
      conformIdTokenClaims: false,
      pkce: { required: () => true },
      // CORS (the token and revocation endpoints) for the origins of the client's own redirect URIs only.
      clientBasedCORS: (_ctx, origin, client) => origin !== 'null' && (client.redirectUris ?? []).some((uri) => new URL(uri).origin === origin),
      features: {
        devInteractions: { enabled: false },
        revocation: { enabled: true },
        userinfo: { enabled: false },
        rpInitiatedLogout: {
          enabled: true,
          logoutSource: async (ctx, form) => renderLogoutPage(ctx, form, apiResource),
          postLogoutSuccessSource: async (ctx) => renderLogoutSuccessPage(ctx),
        },
        resourceIndicators: {
          enabled: true,
          defaultResource: async () => apiResource,
          useGrantedResource: async () => true,
          getResourceServerInfo: async (_ctx, resource) => {
            if (resource !== apiResource) throw new errors.InvalidTarget();
            return { scope: API_SCOPE, accessTokenFormat: 'opaque', accessTokenTTL: limits.accessTokenSeconds };
          },
        },
      },
      findAccount: async (_ctx, id) => {
        const user = await findUserById(db, id);
        if (!user) return undefined;
        return {
          accountId: user.id,
          claims: async () => ({ sub: user.id, name: user.name, ...(user.email ? { email: user.email } : {}) }),
        };
      },
      interactions: {
        policy,
        url: async (_ctx, interaction) => `${OIDC_PREFIX}/interaction/${interaction.uid}`,
      },
      loadExistingGrant: async (ctx) => this.#grantFor(ctx),
      issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
      rotateRefreshToken: true,
      expiresWithSession: async () => false,
      ttl: {
        AccessToken: limits.accessTokenSeconds,
        AuthorizationCode: 60,
        IdToken: 3600,
        Interaction: 3600,
        Grant: limits.refreshTokenSeconds,
        Session: limits.refreshTokenSeconds,
        // A public client's refresh token does not outlive its first one through rotation.
        RefreshToken: (ctx, token) =>
          ctx?.oidc?.entities.RotatedRefreshToken ? ctx.oidc.entities.RotatedRefreshToken.remainingTTL : limits.refreshTokenSeconds,
      },
      renderError: async (ctx, out) => renderErrorPage(ctx, out),
      clockTolerance: 5,
    };

    this.provider = new Provider(issuer, configuration);
    this.provider.proxy = config.trustProxy;
    // Never a stack trace in a response: the provider answers `server_error`; the details go to the log.
    this.provider.on('server_error', (_ctx, error) => options.log.error({ err: error }, 'oidc provider error'));
    // RP-initiated logout: besides the provider's session and the clients' grants, the Padu session behind them.
    this.provider.use(async (ctx, next) => {
      await next();
      if (ctx.oidc?.route !== 'end_session_confirm' || ctx.status !== 303 || !ctx.oidc.params?.logout) return;
      const authorizations = (ctx.oidc.session?.authorizations ?? {}) as Record<string, { grantId?: unknown }>;
      const grantIds = Object.values(authorizations)
        .map((authorization) => authorization.grantId)
        .filter((grantId): grantId is string => typeof grantId === 'string');
      await this.#endPaduFamiliesBehind(grantIds);
      options.clearSessionCookie(ctx);
    });
    this.#callback = this.provider.callback();
  }

  /** Whether consent is granted without asking (the city's own sites; configurable per client). */
  isFirstParty(clientId: string): boolean {
    return this.#clients.get(clientId)?.first_party !== false;
  }

  /** Hands a request to the provider (its Node request listener). */
  handle(req: IncomingMessage, res: ServerResponse): void {
    this.#callback(req, res);
  }

  /**
   * The grant an authorization request resumes with: the one the consent page made, the client's live grant
   * made from the same Padu session, or, for a first-party client, a new one. Each new grant is a session family
   * (a child of the Padu family the citizen signed in with).
   */
  async #grantFor(ctx: KoaContextWithOIDC) {
    const { Grant } = this.provider;
    const result = ctx.oidc.result as { consent?: { grantId?: string }; padu?: PaduInteractionResult } | undefined;
    if (result?.consent?.grantId) return Grant.find(result.consent.grantId);
    const parentId = result?.padu?.familyId;
    const accountId = ctx.oidc.session?.accountId;
    const client = ctx.oidc.client;
    if (!parentId || !accountId || !client) return undefined;

    const existingId = ctx.oidc.session?.grantIdFor(client.clientId);
    if (existingId) {
      const family = await this.#db
        .selectFrom('session_families')
        .select('id')
        .where('oidc_grant_id', '=', existingId)
        .where('parent_id', '=', parentId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      const existing = family ? await Grant.find(existingId) : undefined;
      if (existing) return existing;
    }
    if (!this.isFirstParty(client.clientId)) return undefined;
    return this.createGrant({ accountId, clientId: client.clientId, scope: ctx.oidc.params?.scope, parentId, userAgent: ctx.get('user-agent') });
  }

  /** A new grant of what the client asked (`scope`, as requested) and its session family. */
  async createGrant(grant: { accountId: string; clientId: string; scope: unknown; parentId: string; userAgent: string | undefined }) {
    const requested = String(grant.scope ?? 'openid').split(' ');
    const model = new this.provider.Grant({ accountId: grant.accountId, clientId: grant.clientId });
    const oidcScope = requested.filter((scope) => OIDC_SCOPES.includes(scope)).join(' ');
    if (oidcScope) model.addOIDCScope(oidcScope);
    model.addOIDCClaims(['name', 'email']);
    model.addResourceScope(this.apiResource, requested.includes(API_SCOPE) ? API_SCOPE : '');
    const grantId = await model.save();
    const client = this.#clients.get(grant.clientId);
    const now = Date.now();
    await this.#db
      .insertInto('session_families')
      .values({
        id: crypto.randomUUID(),
        user_id: grant.accountId,
        kind: 'sso',
        site: client?.client_name ?? grant.clientId,
        device: deviceLabel(grant.userAgent),
        created_at: nowIso(now),
        last_used_at: nowIso(now),
        expires_at: nowIso(now + this.#grantSeconds * 1000),
        revoked_at: null,
        parent_id: grant.parentId,
        oidc_grant_id: grantId,
      })
      .execute();
    return model;
  }

  /** Ends the Padu families the grants were made from (and so every grant made from them). */
  async #endPaduFamiliesBehind(grantIds: string[]): Promise<void> {
    if (grantIds.length === 0) return;
    const rows = await this.#db
      .selectFrom('session_families')
      .select('parent_id')
      .where('oidc_grant_id', 'in', grantIds)
      .where('parent_id', 'is not', null)
      .execute();
    await this.#sessions.revokeFamilies([...new Set(rows.map((row) => row.parent_id!))]);
  }

  /**
   * The caller behind an access token this provider issued for the API, or null. The token is found through the
   * provider (expiry, format), must be for the API, and its grant's session family must be live.
   */
  async principalOf(accessToken: string): Promise<Principal | null> {
    const token = await this.provider.AccessToken.find(accessToken);
    if (!token || token.isExpired || !token.grantId || !audienceIs(token.aud, this.apiResource)) return null;
    const row = await this.#db
      .selectFrom('session_families')
      .innerJoin('users', 'users.id', 'session_families.user_id')
      .select(['users.id', 'users.role', 'users.agency_id', 'users.verified', 'session_families.id as family_id'])
      .where('session_families.oidc_grant_id', '=', token.grantId)
      .where('session_families.revoked_at', 'is', null)
      .where('session_families.expires_at', '>', nowIso())
      .executeTakeFirst();
    if (!row || row.id !== token.accountId) return null;
    return { userId: row.id, role: row.role, agencyId: row.agency_id, verified: row.verified === 1, familyId: row.family_id };
  }
}
