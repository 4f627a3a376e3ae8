// The keys the gateway makes for itself at first start and keeps in its database (table `gateway_keys`), never in
// the repository: the OpenID Connect signing key (RS256, which every OIDC client supports) and the keys that sign
// the provider's cookies. Several gateways on one database race to create them once; the first insert wins and
// every gateway reads the same keys back.
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import type { Configuration } from 'oidc-provider';

type JSONWebKeySet = NonNullable<Configuration['jwks']>;
import type { Db } from '../db/database.ts';
import { isUniqueViolation, nowIso } from '../db/database.ts';

async function loadOrCreate<T>(db: Db, name: string, create: () => T): Promise<T> {
  const existing = await db.selectFrom('gateway_keys').select('value').where('name', '=', name).executeTakeFirst();
  if (existing) return JSON.parse(existing.value) as T;
  try {
    await db.insertInto('gateway_keys').values({ name, value: JSON.stringify(create()), created_at: nowIso() }).execute();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  const stored = await db.selectFrom('gateway_keys').select('value').where('name', '=', name).executeTakeFirstOrThrow();
  return JSON.parse(stored.value) as T;
}

export interface OidcKeys {
  jwks: JSONWebKeySet;
  cookieKeys: string[];
}

export async function loadOidcKeys(db: Db): Promise<OidcKeys> {
  const jwks = await loadOrCreate(db, 'oidc.jwks', () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    return { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), alg: 'RS256', use: 'sig' }] };
  });
  const cookieKeys = await loadOrCreate(db, 'oidc.cookie-keys', () => [randomBytes(32).toString('base64url')]);
  return { jwks: jwks as JSONWebKeySet, cookieKeys };
}
