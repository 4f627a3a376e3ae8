// oidc-provider's storage on the gateway's database (table `oidc_models`), through Kysely like everything else,
// so that several gateways on one PostgreSQL share it. oidc-provider's in-memory adapter is for development only.
//
// Ids are stored as a SHA-256 (of the model's name and the id), never as they are: an authorization code, an
// access or refresh token and a session cookie are all their own id, so a copy of the table grants nothing.
// The payload is stored without its `jti`, which find() puts back from the id it was asked for.
//
// Grants are the single sign-on sessions of "Perangkat aktif" (a `session_families` row each): a grant revoked by
// the provider (refresh token reuse, a code used twice, logout) ends its family, and the tokens issued under a
// grant bump its family's last use.
import { createHash } from 'node:crypto';
import type { Adapter, AdapterPayload } from 'oidc-provider';
import type { Db } from '../db/database.ts';
import { isUniqueViolation, nowIso } from '../db/database.ts';

/** The stored key of a model's id. */
export function hashOidcId(model: string, id: string): string {
  return createHash('sha256').update(`${model}\u0000${id}`).digest('hex');
}

/** Models whose grant is filed with them, so that revoking a grant removes them all in one statement. */
const WITH_GRANT = new Set(['AccessToken', 'AuthorizationCode', 'RefreshToken', 'DeviceCode', 'BackchannelAuthenticationRequest']);

const epochIso = (seconds: number) => nowIso(seconds * 1000);

export function createOidcAdapter(db: Db) {
  return class DatabaseAdapter implements Adapter {
    readonly model: string;

    constructor(model: string) {
      this.model = model;
    }

    #key(id: string): string {
      return hashOidcId(this.model, id);
    }

    async upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void> {
      const { jti: _jti, ...rest } = payload;
      // A Grant is filed under its own id, so that the grant and everything issued under it go together.
      const grantId = this.model === 'Grant' ? id : WITH_GRANT.has(this.model) ? (payload.grantId ?? null) : null;
      const row = {
        model: this.model,
        id_hash: this.#key(id),
        payload: JSON.stringify(rest),
        grant_id: grantId,
        uid: payload.uid ?? null,
        expires_at: expiresIn ? epochIso(Math.floor(Date.now() / 1000) + expiresIn) : null,
        consumed_at: null,
      };
      try {
        await db.insertInto('oidc_models').values(row).execute();
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        await db
          .updateTable('oidc_models')
          .set({ payload: row.payload, grant_id: row.grant_id, uid: row.uid, expires_at: row.expires_at })
          .where('model', '=', this.model)
          .where('id_hash', '=', row.id_hash)
          .execute();
      }
      // Fresh tokens for an OIDC client: its single sign-on session was just used.
      if (this.model === 'AccessToken' && payload.grantId) {
        await db
          .updateTable('session_families')
          .set({ last_used_at: nowIso() })
          .where('oidc_grant_id', '=', payload.grantId)
          .where('revoked_at', 'is', null)
          .execute();
      }
    }

    async #read(where: { column: 'id_hash' | 'uid'; value: string }): Promise<{ payload: AdapterPayload; id?: string } | undefined> {
      const row = await db
        .selectFrom('oidc_models')
        .select(['payload', 'expires_at', 'consumed_at'])
        .where('model', '=', this.model)
        .where(where.column, '=', where.value)
        .executeTakeFirst();
      if (!row || (row.expires_at !== null && row.expires_at <= nowIso())) return undefined;
      const payload = JSON.parse(row.payload) as AdapterPayload;
      if (row.consumed_at) payload.consumed = Math.floor(Date.parse(row.consumed_at) / 1000);
      return { payload };
    }

    async find(id: string): Promise<AdapterPayload | undefined> {
      const found = await this.#read({ column: 'id_hash', value: this.#key(id) });
      return found && { ...found.payload, jti: id };
    }

    /** Sessions by their uid (the id itself, the cookie's value, is not stored and so not returned). */
    async findByUid(uid: string): Promise<AdapterPayload | undefined> {
      return (await this.#read({ column: 'uid', value: uid }))?.payload;
    }

    /** The device flow is not enabled. */
    async findByUserCode(): Promise<undefined> {
      return undefined;
    }

    async consume(id: string): Promise<void> {
      await db
        .updateTable('oidc_models')
        .set({ consumed_at: nowIso() })
        .where('model', '=', this.model)
        .where('id_hash', '=', this.#key(id))
        .execute();
    }

    async destroy(id: string): Promise<void> {
      await db.deleteFrom('oidc_models').where('model', '=', this.model).where('id_hash', '=', this.#key(id)).execute();
      if (this.model === 'Grant') {
        // The provider ended a grant (refresh token reuse, a code used twice, logout): its session ends with it.
        await db
          .updateTable('session_families')
          .set({ revoked_at: nowIso() })
          .where('oidc_grant_id', '=', id)
          .where('revoked_at', 'is', null)
          .execute();
      }
    }

    async revokeByGrantId(grantId: string): Promise<void> {
      await db.deleteFrom('oidc_models').where('model', '=', this.model).where('grant_id', '=', grantId).execute();
    }
  };
}

/** Deletes what has expired (run by the gateway's periodic sweep). */
export async function sweepOidcModels(db: Db, now = Date.now()): Promise<void> {
  await db.deleteFrom('oidc_models').where('expires_at', '<=', nowIso(now)).execute();
}
