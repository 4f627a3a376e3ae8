// Accounts: lookups by identifier and the contract's view of a user (NIK always masked).
import { randomUUID } from 'node:crypto';
import { maskNik, normalizeDigits, type Schemas } from '@padu/contract';
import type { Selectable } from 'kysely';
import type { Db } from '../db/database.ts';
import { nowIso } from '../db/database.ts';
import type { UserTable } from '../db/schema.ts';

export type UserRow = Selectable<UserTable>;
export type User = Schemas['User'];

export function toUser(row: UserRow): User {
  return {
    id: row.id,
    role: row.role,
    name: row.name,
    nikMasked: row.nik ? maskNik(row.nik) : null,
    email: row.email,
    phone: row.phone,
    verified: row.verified === 1,
    agencyId: row.agency_id,
  };
}

/** A login identifier, normalised: an email (lower-cased) or a NIK (digits only, any spacing removed). */
export function normalizeIdentifier(identifier: string): { kind: 'email' | 'nik'; value: string } {
  const trimmed = identifier.trim();
  return trimmed.includes('@')
    ? { kind: 'email', value: trimmed.toLowerCase() }
    : { kind: 'nik', value: normalizeDigits(trimmed) };
}

export async function findUserByIdentifier(db: Db, identifier: string): Promise<UserRow | undefined> {
  const { kind, value } = normalizeIdentifier(identifier);
  return db
    .selectFrom('users')
    .selectAll()
    .where(kind === 'email' ? 'email' : 'nik', '=', value)
    .executeTakeFirst();
}

export async function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface NewUser {
  role: UserRow['role'];
  name: string;
  nik: string | null;
  email: string | null;
  phone: string | null;
  verified: boolean;
  agencyId: string | null;
  /** Empty for an invited account, until it accepts its invitation. */
  passwordHash: string;
  /** `active` unless given. */
  status?: UserRow['status'];
}

export async function insertUser(db: Db, user: NewUser, id: string = randomUUID()): Promise<UserRow> {
  const row: UserRow = {
    id,
    role: user.role,
    name: user.name,
    nik: user.nik,
    email: user.email?.toLowerCase() ?? null,
    phone: user.phone,
    verified: user.verified ? 1 : 0,
    agency_id: user.agencyId,
    password_hash: user.passwordHash,
    created_at: nowIso(),
    status: user.status ?? 'active',
    last_sign_in_at: null,
  };
  await db.insertInto('users').values(row).execute();
  return row;
}
