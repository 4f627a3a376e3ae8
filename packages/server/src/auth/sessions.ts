// Sessions: opaque random access tokens (`at_…`, 15 minutes) and rotating refresh tokens (`rt_…`, 30 days).
// Only SHA-256 hashes are stored. Every login starts a family; a refresh token works once, and presenting one
// that was already used (a stolen copy, or the thief's) revokes the whole family.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Db } from '../db/database.ts';
import { prepared } from '../db/prepared.ts';
import { nowIso } from '../db/database.ts';
import type { GatewayLimits } from '../config.ts';
import type { Principal } from './principal.ts';

export interface IssuedTokens {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  refreshToken: string;
  refreshExpiresIn: number;
}

export type RotateOutcome =
  | { ok: true; userId: string; tokens: IssuedTokens }
  | { ok: false; reason: 'unknown' | 'expired' | 'revoked' | 'reused' };

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function newToken(prefix: 'at_' | 'rt_'): string {
  return prefix + randomBytes(32).toString('base64url');
}

export class SessionService {
  readonly #db: Db;
  readonly #limits: Pick<GatewayLimits, 'accessTokenSeconds' | 'refreshTokenSeconds'>;
  /** Runs on every authenticated request. */
  readonly #principalByToken;

  constructor(db: Db, limits: Pick<GatewayLimits, 'accessTokenSeconds' | 'refreshTokenSeconds'>) {
    this.#db = db;
    this.#limits = limits;
    this.#principalByToken = prepared(
      db,
      db
        .selectFrom('access_tokens')
        .innerJoin('users', 'users.id', 'access_tokens.user_id')
        .select(['users.id', 'users.role', 'users.agency_id', 'users.verified', 'access_tokens.family_id', 'access_tokens.expires_at'])
        .where('access_tokens.token_hash', '=', '?')
        .compile(),
    );
  }

  /** Starts a new family (login, register) or continues one (refresh), inside the caller's transaction. */
  async #issue(trx: Db, userId: string, familyId: string, now: number): Promise<IssuedTokens> {
    const accessToken = newToken('at_');
    const refreshToken = newToken('rt_');
    const { accessTokenSeconds, refreshTokenSeconds } = this.#limits;
    await trx
      .insertInto('access_tokens')
      .values({
        token_hash: hashToken(accessToken),
        family_id: familyId,
        user_id: userId,
        expires_at: nowIso(now + accessTokenSeconds * 1000),
      })
      .execute();
    await trx
      .insertInto('refresh_tokens')
      .values({
        token_hash: hashToken(refreshToken),
        family_id: familyId,
        user_id: userId,
        created_at: nowIso(now),
        expires_at: nowIso(now + refreshTokenSeconds * 1000),
        used_at: null,
        revoked_at: null,
      })
      .execute();
    return {
      accessToken,
      tokenType: 'Bearer',
      expiresIn: accessTokenSeconds,
      refreshToken,
      refreshExpiresIn: refreshTokenSeconds,
    };
  }

  /** A new session (new family) for a user. Pass a transaction to create it together with the user. */
  start(userId: string, trx?: Db): Promise<IssuedTokens> {
    const now = Date.now();
    if (trx) return this.#issue(trx, userId, randomUUID(), now);
    return this.#db.transaction().execute((t) => this.#issue(t, userId, randomUUID(), now));
  }

  /** Exchanges a refresh token for its successor; detects reuse. */
  async rotate(refreshToken: string): Promise<RotateOutcome> {
    const tokenHash = hashToken(refreshToken);
    const now = Date.now();
    const at = nowIso(now);
    const outcome = await this.#db.transaction().execute(async (trx): Promise<RotateOutcome> => {
      // The conditional update is the claim: of two racing requests with one token, exactly one wins.
      const claimed = await trx
        .updateTable('refresh_tokens')
        .set({ used_at: at })
        .where('token_hash', '=', tokenHash)
        .where('used_at', 'is', null)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', at)
        .returning(['user_id', 'family_id'])
        .executeTakeFirst();
      if (claimed) {
        return { ok: true, userId: claimed.user_id, tokens: await this.#issue(trx, claimed.user_id, claimed.family_id, now) };
      }
      const row = await trx
        .selectFrom('refresh_tokens')
        .select(['family_id', 'used_at', 'revoked_at'])
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      if (!row) return { ok: false, reason: 'unknown' };
      if (row.revoked_at) return { ok: false, reason: 'revoked' };
      if (row.used_at) {
        await this.#revokeFamily(trx, row.family_id, at);
        return { ok: false, reason: 'reused' };
      }
      return { ok: false, reason: 'expired' };
    });
    return outcome;
  }

  async #revokeFamily(trx: Db, familyId: string, at: string): Promise<void> {
    await trx
      .updateTable('refresh_tokens')
      .set({ revoked_at: at })
      .where('family_id', '=', familyId)
      .where('revoked_at', 'is', null)
      .execute();
    await trx.deleteFrom('access_tokens').where('family_id', '=', familyId).execute();
  }

  /** Logout: revokes the family of `refreshToken` if it belongs to `userId` (silently nothing otherwise). */
  async logout(refreshToken: string, userId: string): Promise<void> {
    const row = await this.#db
      .selectFrom('refresh_tokens')
      .select(['family_id', 'user_id'])
      .where('token_hash', '=', hashToken(refreshToken))
      .executeTakeFirst();
    if (!row || row.user_id !== userId) return;
    await this.#db.transaction().execute((trx) => this.#revokeFamily(trx, row.family_id, nowIso()));
  }

  /** Ends the session a principal is using (its whole family). */
  async revokeFamilyOf(principal: Pick<Principal, 'familyId'>): Promise<void> {
    await this.#db.transaction().execute((trx) => this.#revokeFamily(trx, principal.familyId, nowIso()));
  }

  /** The principal behind an access token, or null when it is unknown, expired or revoked. */
  async authenticate(accessToken: string): Promise<Principal | null> {
    const [row] = await this.#principalByToken(hashToken(accessToken));
    if (!row || row.expires_at <= nowIso()) return null;
    return {
      userId: row.id,
      role: row.role,
      agencyId: row.agency_id,
      verified: row.verified === 1,
      familyId: row.family_id,
    };
  }

  /** Deletes expired access tokens and refresh tokens long past use. */
  async sweep(now = Date.now()): Promise<void> {
    const at = nowIso(now);
    await this.#db.deleteFrom('access_tokens').where('expires_at', '<=', at).execute();
    await this.#db.deleteFrom('refresh_tokens').where('expires_at', '<=', at).execute();
  }
}
