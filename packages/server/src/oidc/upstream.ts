// Signing in through an upstream OpenID Connect provider (ready for INApas, the national digital identity): the
// gateway is its relying party (openid-client: authorization code with PKCE, state and nonce, the ID token
// checked), then finds or creates the Padu account. An identity proven upstream marks the account verified when
// the upstream asserts a valid NIK.
//
// A sign-in in flight is kept in the gateway's database for 10 minutes, under its `state`, and bound to the
// browser by a cookie holding the same `state` (path /oidc, SameSite=Lax: it comes back on the upstream's
// top-level redirect).
import * as client from 'openid-client';
import { validateNik } from '@padu/contract';
import type { UpstreamIdpConfig } from '../config.ts';
import type { Db } from '../db/database.ts';
import { isUniqueViolation, nowIso } from '../db/database.ts';
import { insertUser, findUserById, type UserRow } from '../domain/users.ts';
import { isLoopbackHost } from '../http/session-cookie.ts';
import { createOidcAdapter } from './adapter.ts';

export const UPSTREAM_COOKIE = 'padu_upstream';
export const UPSTREAM_CALLBACK = '/oidc/upstream/callback';
const TRANSACTION_SECONDS = 600;

/** A sign-in through the upstream, from the interaction that started it to the Padu session it ended with. */
export interface UpstreamTransaction {
  uid: string;
  nonce: string;
  codeVerifier: string;
  /** Set once the upstream has answered. */
  userId?: string;
  familyId?: string;
}

/** Marks a password hash that no password matches: an account made upstream signs in upstream only. */
const NO_PASSWORD = '!upstream';

export class UpstreamLogin {
  readonly label: string;
  readonly #config: UpstreamIdpConfig;
  readonly #db: Db;
  readonly #redirectUri: string;
  readonly #transactions;
  #discovered: Promise<client.Configuration> | undefined;

  constructor(config: UpstreamIdpConfig, db: Db, gatewayOrigin: string) {
    this.label = config.label;
    this.#config = config;
    this.#db = db;
    this.#redirectUri = gatewayOrigin + UPSTREAM_CALLBACK;
    this.#transactions = new (createOidcAdapter(db))('UpstreamLogin');
  }

  /** The upstream's metadata, fetched once (again after a failure). Plain http only to a loopback host. */
  #configuration(): Promise<client.Configuration> {
    this.#discovered ??= (async () => {
      const issuer = new URL(this.#config.issuer);
      const insecure = issuer.protocol === 'http:' && isLoopbackHost(issuer.hostname);
      return client.discovery(issuer, this.#config.clientId, undefined, client.ClientSecretPost(this.#config.clientSecret), {
        ...(insecure ? { execute: [client.allowInsecureRequests] } : {}),
        timeout: 10,
      });
    })().catch((error: unknown) => {
      this.#discovered = undefined;
      throw error;
    });
    return this.#discovered;
  }

  /** Starts a sign-in for interaction `uid`: the upstream URL to go to and the state for the cookie. */
  async start(uid: string): Promise<{ url: string; state: string }> {
    const configuration = await this.#configuration();
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    await this.#transactions.upsert(state, { uid, nonce, codeVerifier } satisfies UpstreamTransaction, TRANSACTION_SECONDS);
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.#redirectUri,
      scope: this.#config.scope.split(/\s+/).includes('openid') ? this.#config.scope : `openid ${this.#config.scope}`,
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url: url.href, state };
  }

  async transaction(state: string): Promise<UpstreamTransaction | undefined> {
    return (await this.#transactions.find(state)) as UpstreamTransaction | undefined;
  }

  async save(state: string, transaction: UpstreamTransaction): Promise<void> {
    await this.#transactions.upsert(state, { ...transaction }, TRANSACTION_SECONDS);
  }

  async end(state: string): Promise<void> {
    await this.#transactions.destroy(state);
  }

  /**
   * Completes a sign-in from the upstream's redirect (`currentUrl`, with its code and state): the tokens are
   * exchanged and the ID token checked (issuer, audience, signature, nonce), then the Padu account is found or
   * made. Throws when anything does not hold.
   */
  async finish(currentUrl: URL, state: string, transaction: UpstreamTransaction): Promise<UserRow> {
    const configuration = await this.#configuration();
    const tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
      pkceCodeVerifier: transaction.codeVerifier,
      expectedState: state,
      expectedNonce: transaction.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims?.sub) throw new Error('the upstream returned no subject');
    return this.#account(configuration.serverMetadata().issuer, claims);
  }

  /**
   * The Padu account of an upstream identity: the one linked to it, else the one with the NIK the upstream
   * asserts, else a new citizen account. A valid asserted NIK verifies the account.
   */
  async #account(issuer: string, claims: client.IDToken): Promise<UserRow> {
    const asserted = claims[this.#config.nikClaim];
    const nik = typeof asserted === 'string' ? validateNik(asserted) : null;
    const provenNik = nik?.ok ? nik.value : null;
    const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim().slice(0, 120) : 'Warga';
    return this.#db.transaction().execute(async (trx) => {
      const link = await trx
        .selectFrom('user_identities')
        .select('user_id')
        .where('issuer', '=', issuer)
        .where('subject', '=', claims.sub)
        .executeTakeFirst();
      let user = link ? await findUserById(trx, link.user_id) : undefined;
      if (!user && provenNik) user = await trx.selectFrom('users').selectAll().where('nik', '=', provenNik).executeTakeFirst();
      if (!user) {
        user = await insertUser(trx, {
          role: 'citizen',
          name,
          nik: provenNik,
          email: null,
          phone: null,
          verified: provenNik !== null,
          agencyId: null,
          passwordHash: NO_PASSWORD,
        });
      }
      if (!link) {
        await trx.insertInto('user_identities').values({ issuer, subject: claims.sub, user_id: user.id, created_at: nowIso() }).execute();
      }
      // Proven upstream: the NIK is the account's (or becomes it, when the account had none and nobody has it).
      if (provenNik && !user.verified && (user.nik === provenNik || user.nik === null)) {
        try {
          await trx.updateTable('users').set({ verified: 1, nik: provenNik }).where('id', '=', user.id).execute();
          user = { ...user, verified: 1, nik: provenNik };
        } catch (error) {
          if (!isUniqueViolation(error)) throw error;
        }
      }
      return user;
    });
  }
}
