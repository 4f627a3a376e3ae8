// Sessions: opaque random access tokens (`at_…`, 15 minutes) and rotating refresh tokens (`rt_…`, 30 days).
// Only SHA-256 hashes are stored. Every login starts a family; a refresh token works once, and presenting one
// that was already used (a stolen copy, or the thief's) revokes the whole family. Cookie sessions get a short grace
// (`cookieReuseGraceSeconds`): several tabs or OPD sites share one cookie and may all present it at once.
//
// Each family has a row in `session_families` (where it started, on what device, when it was last used), which
// is what "Perangkat aktif" lists. A single sign-on grant of an OIDC client is a family too, a child of the
// Padu family the citizen was signed in with: ending a family ends its children, and their grants and tokens.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Db } from '../db/database.ts';
import { prepared } from '../db/prepared.ts';
import { nowIso } from '../db/database.ts';
import type { SessionFamilyTable } from '../db/schema.ts';
import type { GatewayLimits } from '../config.ts';
import { problem } from '../http/problems.ts';
import type { Principal } from './principal.ts';
import type { SessionOrigin } from './session-origin.ts';

export type SessionFamilyRow = Selectable<SessionFamilyTable>;

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

/** The answer to a sign-in with the right password of a disabled account (only its holder learns it exists). */
export function accountDisabled() {
  return problem('forbidden', {
    code: 'account.disabled',
    title: 'Akun dinonaktifkan',
    detail: 'Akun ini sudah dinonaktifkan oleh admin OPD. Hubungi admin OPD Anda bila ini keliru.',
  });
}

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

  /**
   * A new session (a new family) for a user, started from `origin`. Pass a transaction to create it together with
   * the user.
   */
  start(userId: string, origin: SessionOrigin, trx?: Db): Promise<IssuedTokens & { familyId: string }> {
    const now = Date.now();
    const familyId = randomUUID();
    const run = async (t: Db) => {
      // The sign-in is recorded, and refused if the account was disabled meanwhile (e.g. while its password was
      // being checked): in one transaction with the session, so that a disabling runs wholly before or after.
      const signedIn = await t
        .updateTable('users')
        .set({ last_sign_in_at: nowIso(now) })
        .where('id', '=', userId)
        .where('status', '=', 'active')
        .executeTakeFirst();
      if (signedIn.numUpdatedRows === 0n) throw accountDisabled();
      await t
        .insertInto('session_families')
        .values({
          id: familyId,
          user_id: userId,
          kind: origin.kind,
          site: origin.site,
          device: origin.device,
          created_at: nowIso(now),
          last_used_at: nowIso(now),
          expires_at: nowIso(now + this.#limits.refreshTokenSeconds * 1000),
          revoked_at: null,
          parent_id: null,
          oidc_grant_id: null,
        })
        .execute();
      return { ...(await this.#issue(t, userId, familyId, now)), familyId };
    };
    return trx ? run(trx) : this.#db.transaction().execute(run);
  }

  /**
   * Exchanges a refresh token for its successor; detects reuse. `reuseGraceMs` (cookie sessions only): a token
   * presented again within that time of its first use, while its family is live, gets a fresh pair of the same
   * family instead of revoking it, so that concurrent refreshes with one cookie all succeed; later, reuse revokes
   * the family as always. Default 0: strict.
   */
  async rotate(refreshToken: string, { reuseGraceMs = 0 }: { reuseGraceMs?: number } = {}): Promise<RotateOutcome> {
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
        await trx
          .updateTable('session_families')
          .set({ last_used_at: at, expires_at: nowIso(now + this.#limits.refreshTokenSeconds * 1000) })
          .where('id', '=', claimed.family_id)
          .execute();
        return { ok: true, userId: claimed.user_id, tokens: await this.#issue(trx, claimed.user_id, claimed.family_id, now) };
      }
      const row = await trx
        .selectFrom('refresh_tokens')
        .select(['family_id', 'user_id', 'used_at', 'revoked_at', 'expires_at'])
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      if (!row) return { ok: false, reason: 'unknown' };
      if (row.revoked_at) return { ok: false, reason: 'revoked' };
      if (row.used_at && row.expires_at > at && now - Date.parse(row.used_at) < reuseGraceMs) {
        const family = await trx
          .updateTable('session_families')
          .set({ last_used_at: at, expires_at: nowIso(now + this.#limits.refreshTokenSeconds * 1000) })
          .where('id', '=', row.family_id)
          .where('revoked_at', 'is', null)
          .where('expires_at', '>', at)
          .returning('id')
          .executeTakeFirst();
        if (family) return { ok: true, userId: row.user_id, tokens: await this.#issue(trx, row.user_id, row.family_id, now) };
      }
      if (row.used_at) {
        await this.#revokeFamilies(trx, [row.family_id], at);
        return { ok: false, reason: 'reused' };
      }
      return { ok: false, reason: 'expired' };
    });
    return outcome;
  }

  /**
   * Revokes families and their children (the single sign-on grants made from them): refresh tokens, access
   * tokens, and the OIDC grants with their codes and tokens. Returns the ids revoked.
   */
  async #revokeFamilies(trx: Db, familyIds: readonly string[], at: string): Promise<string[]> {
    if (familyIds.length === 0) return [];
    const children = await trx
      .selectFrom('session_families')
      .select('id')
      .where('parent_id', 'in', familyIds)
      .where('revoked_at', 'is', null)
      .execute();
    const all = [...new Set([...familyIds, ...children.map((child) => child.id)])];
    await trx
      .updateTable('refresh_tokens')
      .set({ revoked_at: at })
      .where('family_id', 'in', all)
      .where('revoked_at', 'is', null)
      .execute();
    await trx.deleteFrom('access_tokens').where('family_id', 'in', all).execute();
    const grants = await trx
      .selectFrom('session_families')
      .select('oidc_grant_id')
      .where('id', 'in', all)
      .where('oidc_grant_id', 'is not', null)
      .execute();
    const grantIds = grants.map((grant) => grant.oidc_grant_id!);
    // The grant and every code and token issued under it (the adapter files them all under the grant's id).
    if (grantIds.length > 0) await trx.deleteFrom('oidc_models').where('grant_id', 'in', grantIds).execute();
    await trx.updateTable('session_families').set({ revoked_at: at }).where('id', 'in', all).where('revoked_at', 'is', null).execute();
    return all;
  }

  /** Ends every session of a user at once (a disabled account), inside the caller's transaction. */
  async revokeAllOf(trx: Db, userId: string): Promise<string[]> {
    const families = await trx.selectFrom('session_families').select('id').where('user_id', '=', userId).where('revoked_at', 'is', null).execute();
    return this.#revokeFamilies(
      trx,
      families.map((family) => family.id),
      nowIso(),
    );
  }

  /** Revokes families (and their children) in a transaction of their own. */
  revokeFamilies(familyIds: readonly string[]): Promise<string[]> {
    return this.#db.transaction().execute((trx) => this.#revokeFamilies(trx, familyIds, nowIso()));
  }

  /** The family of a refresh token, if it exists. */
  async familyOfRefreshToken(refreshToken: string): Promise<{ familyId: string; userId: string } | undefined> {
    const row = await this.#db
      .selectFrom('refresh_tokens')
      .select(['family_id', 'user_id'])
      .where('token_hash', '=', hashToken(refreshToken))
      .executeTakeFirst();
    return row && { familyId: row.family_id, userId: row.user_id };
  }

  /** Logout: revokes the family of `refreshToken` if it belongs to `userId` (silently nothing otherwise). */
  async logout(refreshToken: string, userId: string): Promise<void> {
    const family = await this.familyOfRefreshToken(refreshToken);
    if (!family || family.userId !== userId) return;
    await this.revokeFamilies([family.familyId]);
  }

  /** Ends the session a principal is using (its whole family). */
  async revokeFamilyOf(principal: Pick<Principal, 'familyId'>): Promise<void> {
    await this.revokeFamilies([principal.familyId]);
  }

  /** A live (neither revoked nor expired) family of a user; undefined for anyone else's. */
  async liveFamily(familyId: string, userId?: string): Promise<SessionFamilyRow | undefined> {
    let query = this.#db
      .selectFrom('session_families')
      .selectAll()
      .where('id', '=', familyId)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', nowIso());
    if (userId !== undefined) query = query.where('user_id', '=', userId);
    return query.executeTakeFirst();
  }

  /**
   * One page of a user's live families, most recently used first, after the `after` key (`[lastUsedAt, id]`).
   * Fetches `limit + 1` rows, so that the caller knows whether there is a next page.
   */
  listLive(userId: string, limit: number, after: readonly [string, string] | null): Promise<SessionFamilyRow[]> {
    let query = this.#db
      .selectFrom('session_families')
      .selectAll()
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', nowIso());
    if (after) {
      const [lastUsedAt, id] = after;
      query = query.where((eb) =>
        eb.or([eb('last_used_at', '<', lastUsedAt), eb.and([eb('last_used_at', '=', lastUsedAt), eb('id', '<', id)])]),
      );
    }
    return query.orderBy('last_used_at', 'desc').orderBy('id', 'desc').limit(limit + 1).execute();
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

  /** Deletes expired access tokens, refresh tokens long past use, and families that are over. */
  async sweep(now = Date.now()): Promise<void> {
    const at = nowIso(now);
    await this.#db.deleteFrom('access_tokens').where('expires_at', '<=', at).execute();
    await this.#db.deleteFrom('refresh_tokens').where('expires_at', '<=', at).execute();
    await this.#db
      .deleteFrom('session_families')
      .where((eb) => eb.or([eb('expires_at', '<=', at), eb('revoked_at', 'is not', null)]))
      .execute();
  }
}
