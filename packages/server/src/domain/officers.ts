// An OPD's staff, managed by its admins: an OPD admin invites, disables and enables the officers of their own
// OPD; the city's admin those of any OPD, and OPD admins too. An invitation makes a pending account (`invited`)
// and a one-time link whose token only the invited person sees: the gateway keeps its SHA-256, the link carries
// it in the fragment (never sent to a server, so never in a log or a Referer), it works once and for 72 hours.
// Disabling ends every session of the account in the same transaction. Every action is in the audit log, by
// account id only. Another OPD's account is 404, as another OPD's services are; citizens and officers get 403.
import { randomBytes } from 'node:crypto';
import { isEmail, type Schemas } from '@padu/contract';
import { formatMessage } from '@padu/contract/messages';
import type { Db } from '../db/database.ts';
import { isUniqueViolation, nowIso } from '../db/database.ts';
import { keysetCursor, keysetKeyOf, keysetPage, type KeysetOrder } from '../db/keyset.ts';
import { pageOf } from '../http/cursor.ts';
import { notFound, problem, validationProblem } from '../http/problems.ts';
import { authorsFor, isAuthor, type Principal } from '../auth/principal.ts';
import { hashToken, type SessionService } from '../auth/sessions.ts';
import type { PasswordHasher } from '../auth/password-hasher.ts';
import { authorScope, type Author } from './authoring.ts';
import type { Catalogue } from './catalogue.ts';
import { recordAudit } from './audit.ts';
import { insertUser, toUser, type User, type UserRow } from './users.ts';

export type Officer = Schemas['Officer'];
type StaffRole = Schemas['OfficerRole'];
type AuditAction = 'officer.invited' | 'officer.disabled' | 'officer.enabled' | 'invitation.accepted';

/** How long an invitation link works. */
export const INVITATION_HOURS = 72;
/** Where the invited person sets their password; the token follows in the fragment. */
export const INVITATION_PATH = '/petugas/undangan';

/**
 * Staff by name (index users_agency_order, agency_id first): one OPD's is a range of it, and the city's admin's
 * list of every OPD reads it whole, OPD by OPD. The two need their own keys, so that the cursor bound is part of
 * the index search either way. Names compare as stored (binary), the same in SQLite and PostgreSQL's "C".
 */
export function officersOrder(agencyId: string | null): KeysetOrder {
  const byName = [
    { column: 'name', type: 'string' },
    { column: 'id', type: 'string' },
  ] as const;
  return { keys: agencyId ? byName : [{ column: 'agency_id', type: 'string' }, ...byName], direction: 'asc' };
}

const STAFF_ROLES: readonly StaffRole[] = ['officer', 'opd_admin'];
const officerColumns = ['id', 'agency_id', 'role', 'name', 'email', 'status', 'last_sign_in_at'] as const;

export function officersQuery(db: Db, agencyId: string | null, after: readonly unknown[] | null, limit: number) {
  let query = db.selectFrom('users').select(officerColumns).where('role', 'in', STAFF_ROLES);
  query = agencyId ? query.where('agency_id', '=', agencyId) : query.where('agency_id', 'is not', null);
  return keysetPage(query, officersOrder(agencyId), after, limit);
}

type OfficerRow = Pick<UserRow, (typeof officerColumns)[number]>;

function toOfficer(row: OfficerRow): Officer {
  return {
    id: row.id,
    agencyId: row.agency_id!,
    role: row.role as StaffRole,
    name: row.name,
    email: row.email,
    status: row.status,
    lastSignInAt: row.last_sign_in_at,
  };
}

function emailTaken() {
  return problem('conflict', { code: 'account.email_taken', title: 'Akun sudah terdaftar', detail: 'Email ini sudah dipakai akun lain.' });
}

function invitationProblem(reason: 'invalid' | 'used' | 'expired') {
  if (reason === 'invalid') {
    return problem('not-found', {
      code: 'invitation.invalid',
      title: 'Undangan tidak berlaku',
      detail: 'Tautan undangan ini tidak dikenal, sudah diganti dengan tautan baru, atau sudah ditarik. Minta tautan baru kepada admin OPD Anda.',
    });
  }
  return problem('conflict', {
    code: `invitation.${reason}`,
    title: reason === 'used' ? 'Undangan sudah dipakai' : 'Undangan sudah kedaluwarsa',
    detail:
      reason === 'used'
        ? 'Tautan undangan ini sudah pernah dipakai. Masuk dengan email dan kata sandi yang Anda buat saat itu.'
        : `Tautan undangan hanya berlaku ${INVITATION_HOURS} jam. Minta tautan baru kepada admin OPD Anda.`,
  });
}

export interface OfficerServiceDeps {
  db: Db;
  sessions: SessionService;
  passwords: PasswordHasher;
  catalogue: Catalogue;
}

export class OfficerService {
  readonly #db: Db;
  readonly #sessions: SessionService;
  readonly #passwords: PasswordHasher;
  readonly #catalogue: Catalogue;

  constructor({ db, sessions, passwords, catalogue }: OfficerServiceDeps) {
    this.#db = db;
    this.#sessions = sessions;
    this.#passwords = passwords;
    this.#catalogue = catalogue;
  }

  /** Only OPD admins and the city's admin manage staff: 403 for anyone else. */
  #admin(principal: Principal): Author {
    if (!isAuthor(principal)) {
      throw problem('forbidden', { detail: 'Hanya admin OPD dan admin SPBE kota yang dapat mengelola petugas.' });
    }
    return principal as Author;
  }

  /** A staff account the admin manages: another OPD's, or one that is not staff, is 404; an OPD admin's is 403 to an OPD admin. */
  async #managed(admin: Author, userId: string): Promise<UserRow> {
    const row = await this.#db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirst();
    if (!row || row.agency_id === null || !STAFF_ROLES.includes(row.role as StaffRole) || !authorsFor(admin, row.agency_id)) throw notFound();
    if (row.role === 'opd_admin' && admin.role !== 'admin') {
      throw problem('forbidden', { detail: 'Akun admin OPD hanya dapat dikelola oleh admin SPBE kota.' });
    }
    return row;
  }

  #audit(db: Db, actor: { userId: string; role: 'officer' | 'opd_admin' | 'admin' }, agencyId: string, action: AuditAction, subjectUserId: string) {
    return recordAudit(db, actor, { agencyId, action, subjectUserId });
  }

  async list(principal: Principal, agencyId: string | undefined, limit: number, cursor: string | undefined) {
    const scope = authorScope(this.#admin(principal), agencyId, 'Admin OPD hanya dapat melihat petugas OPD-nya sendiri.');
    const order = officersOrder(scope);
    const rows = await officersQuery(this.#db, scope, keysetCursor(order, cursor), limit).execute();
    return pageOf(rows, limit, (row) => keysetKeyOf(order, row), toOfficer);
  }

  /** A pending account and its one-time link (`origin` is the gateway's public origin). */
  async invite(principal: Principal, request: Schemas['InviteOfficerRequest'], origin: string): Promise<Schemas['OfficerInvitation']> {
    const admin = this.#admin(principal);
    const agencyId = admin.role === 'admin' ? request.agencyId : (request.agencyId ?? admin.agencyId!);
    if (agencyId === undefined) {
      const params = { label: 'OPD' };
      throw validationProblem([{ pointer: '/agencyId', code: 'required', message: formatMessage('required', params), params }]);
    }
    if (!authorsFor(admin, agencyId)) throw problem('forbidden', { detail: 'Admin OPD hanya dapat mengundang petugas OPD-nya sendiri.' });
    if (request.role === 'opd_admin' && admin.role !== 'admin') {
      throw problem('forbidden', { detail: 'Hanya admin SPBE kota yang dapat mengundang admin OPD.' });
    }
    const email = request.email.trim().toLowerCase();
    if (!isEmail(email)) {
      const params = { label: 'Email' };
      throw validationProblem([{ pointer: '/email', code: 'email.invalid', message: formatMessage('email.invalid', params), params }]);
    }
    if (!(await this.#catalogue.agency(agencyId))) {
      throw validationProblem([{ pointer: '/agencyId', code: 'enum', message: 'OPD ini tidak dikenal.', params: { label: 'OPD' } }]);
    }
    const token = `inv_${randomBytes(32).toString('base64url')}`;
    const now = Date.now();
    const expiresAt = nowIso(now + INVITATION_HOURS * 3_600_000);
    let officer: OfficerRow;
    try {
      officer = await this.#db.transaction().execute(async (trx) => {
        const existing = await trx.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
        let row: OfficerRow;
        if (existing) {
          // Inviting again someone whose invitation is still pending in this OPD: a new link replaces the old.
          if (existing.status !== 'invited' || existing.agency_id !== agencyId) throw emailTaken();
          const role = request.role ?? (existing.role as StaffRole);
          if (role === 'opd_admin' && admin.role !== 'admin') {
            throw problem('forbidden', { detail: 'Hanya admin SPBE kota yang dapat mengundang admin OPD.' });
          }
          await trx.updateTable('users').set({ name: request.name.trim(), role }).where('id', '=', existing.id).execute();
          await trx.deleteFrom('staff_invitations').where('user_id', '=', existing.id).execute();
          row = { ...existing, name: request.name.trim(), role };
        } else {
          row = await insertUser(trx, {
            role: request.role ?? 'officer',
            name: request.name.trim(),
            nik: null,
            email,
            phone: null,
            verified: false,
            agencyId,
            passwordHash: '',
            status: 'invited',
          });
        }
        await trx
          .insertInto('staff_invitations')
          .values({ token_hash: hashToken(token), user_id: row.id, created_by: admin.userId, created_at: nowIso(now), expires_at: expiresAt, used_at: null })
          .execute();
        await this.#audit(trx, admin, agencyId, 'officer.invited', row.id);
        return row;
      });
    } catch (error) {
      // Two invitations racing for one email: the unique constraint lets one through.
      if (isUniqueViolation(error)) throw emailTaken();
      throw error;
    }
    return { officer: toOfficer(officer), link: `${origin}${INVITATION_PATH}#${token}`, expiresAt };
  }

  /**
   * Sets the invited account's password (and its name, when the invited person writes it) and makes it active, if
   * the token is live; the token is spent.
   */
  async accept(request: Schemas['AcceptInvitationRequest']): Promise<User> {
    const tokenHash = hashToken(request.token);
    const state = async (db: Db) => {
      const row = await db
        .selectFrom('staff_invitations')
        .innerJoin('users', 'users.id', 'staff_invitations.user_id')
        .select(['staff_invitations.used_at', 'staff_invitations.expires_at', 'users.status'])
        .where('staff_invitations.token_hash', '=', tokenHash)
        .executeTakeFirst();
      if (!row) return 'invalid';
      if (row.used_at !== null) return 'used';
      if (row.expires_at <= nowIso()) return 'expired';
      return row.status === 'invited' ? 'live' : 'invalid';
    };
    const before = await state(this.#db);
    if (before !== 'live') throw invitationProblem(before);
    // Hashed before the transaction: scrypt takes a tenth of a second, and SQLite writes one at a time.
    const passwordHash = await this.#passwords.hash(request.password);
    const user = await this.#db.transaction().execute(async (trx) => {
      const at = nowIso();
      // The conditional update is the claim: of two acceptances with one token, exactly one wins.
      const claimed = await trx
        .updateTable('staff_invitations')
        .set({ used_at: at })
        .where('token_hash', '=', tokenHash)
        .where('used_at', 'is', null)
        .where('expires_at', '>', at)
        .returning('user_id')
        .executeTakeFirst();
      const activated =
        claimed &&
        (await trx
          .updateTable('users')
          .set({ password_hash: passwordHash, status: 'active', ...(request.name?.trim() ? { name: request.name.trim() } : {}) })
          .where('id', '=', claimed.user_id)
          .where('status', '=', 'invited')
          .returningAll()
          .executeTakeFirst());
      if (!activated) {
        const now = await state(trx);
        throw invitationProblem(now === 'live' ? 'invalid' : now);
      }
      await this.#audit(trx, { userId: activated.id, role: activated.role as StaffRole }, activated.agency_id!, 'invitation.accepted', activated.id);
      return activated;
    });
    return toUser(user);
  }

  /** The account can no longer sign in; every session it has ends now, and a pending invitation is withdrawn. */
  async disable(principal: Principal, userId: string): Promise<Officer> {
    const admin = this.#admin(principal);
    const target = await this.#managed(admin, userId);
    const row = await this.#db.transaction().execute(async (trx) => {
      const disabled = await trx
        .updateTable('users')
        .set({ status: 'disabled' })
        .where('id', '=', target.id)
        .where('status', '!=', 'disabled')
        .returning(officerColumns)
        .executeTakeFirst();
      if (!disabled) throw problem('conflict', { code: 'officer.disabled', detail: 'Akun ini sudah dinonaktifkan.' });
      await trx.deleteFrom('staff_invitations').where('user_id', '=', target.id).where('used_at', 'is', null).execute();
      await this.#sessions.revokeAllOf(trx, target.id);
      await this.#audit(trx, admin, target.agency_id!, 'officer.disabled', target.id);
      return disabled;
    });
    return toOfficer(row);
  }

  /** A disabled account may sign in again (or, if it never set a password, be invited again). */
  async enable(principal: Principal, userId: string): Promise<Officer> {
    const admin = this.#admin(principal);
    const target = await this.#managed(admin, userId);
    const row = await this.#db.transaction().execute(async (trx) => {
      const enabled = await trx
        .updateTable('users')
        .set({ status: target.password_hash === '' ? 'invited' : 'active' })
        .where('id', '=', target.id)
        .where('status', '=', 'disabled')
        .returning(officerColumns)
        .executeTakeFirst();
      if (!enabled) throw problem('conflict', { code: 'officer.not_disabled', detail: 'Akun ini tidak sedang dinonaktifkan.' });
      await this.#audit(trx, admin, target.agency_id!, 'officer.enabled', target.id);
      return enabled;
    });
    return toOfficer(row);
  }
}
