// Accounts and sessions: registerCitizen, login, refreshSession, logout, getCurrentUser.
import { isEmail, normalizePhone, validateNik } from '@padu/contract';
import { formatMessage } from '@padu/contract/messages';
import type { Handlers } from '../contract/handlers.ts';
import type { GatewayContext } from '../context.ts';
import { isUniqueViolation } from '../db/database.ts';
import type { IssuedTokens } from '../auth/sessions.ts';
import { problem, validationProblem, type FieldError } from '../http/problems.ts';
import { addressOf } from '../http/rate-limits.ts';
import { findUserById, findUserByIdentifier, insertUser, normalizeIdentifier, toUser, type UserRow } from '../domain/users.ts';

type AuthHandlers = Pick<Handlers, 'registerCitizen' | 'login' | 'refreshSession' | 'logout' | 'getCurrentUser'>;

function session(tokens: IssuedTokens, user: UserRow) {
  return { ...tokens, user: toUser(user) };
}

function accountTaken(what: 'nik' | 'email') {
  return problem('conflict', {
    code: what === 'nik' ? 'account.nik_taken' : 'account.email_taken',
    title: 'Akun sudah terdaftar',
    detail:
      what === 'nik'
        ? 'NIK ini sudah terdaftar. Masuk dengan akun Anda, atau hubungi OPD bila Anda tidak pernah mendaftar.'
        : 'Email ini sudah dipakai akun lain.',
  });
}

export function authHandlers(ctx: GatewayContext): AuthHandlers {
  const { db, sessions, loginLimiter, passwords } = ctx;

  return {
    async registerCitizen({ body }) {
      const errors: FieldError[] = [];
      const nik = validateNik(body.nik);
      if (!nik.ok) {
        const params = { label: 'NIK' };
        errors.push({ pointer: '/nik', code: nik.code, message: formatMessage(nik.code, params), params });
      }
      const phone = body.phone === undefined ? undefined : normalizePhone(body.phone);
      if (phone && !phone.ok) {
        const params = { label: 'Nomor telepon' };
        errors.push({ pointer: '/phone', code: phone.code, message: formatMessage(phone.code, params), params });
      }
      const email = body.email?.trim().toLowerCase();
      if (email !== undefined && !isEmail(email)) {
        const params = { label: 'Email' };
        errors.push({ pointer: '/email', code: 'email.invalid', message: formatMessage('email.invalid', params), params });
      }
      if (errors.length > 0 || !nik.ok) throw validationProblem(errors);

      if (await db.selectFrom('users').select('id').where('nik', '=', nik.value).executeTakeFirst()) throw accountTaken('nik');
      if (email && (await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst())) {
        throw accountTaken('email');
      }
      const passwordHash = await passwords.hash(body.password);
      try {
        // The account and its first session together, or neither.
        const { user, tokens } = await db.transaction().execute(async (trx) => {
          const user = await insertUser(trx, {
            role: 'citizen',
            name: body.name.trim(),
            nik: nik.value,
            email: email ?? null,
            phone: phone?.ok ? phone.value : null,
            verified: false,
            agencyId: null,
            passwordHash,
          });
          return { user, tokens: await sessions.start(user.id, trx) };
        });
        return { status: 201, body: session(tokens, user) };
      } catch (error) {
        // Two registrations racing for one NIK or email: the unique constraint decides.
        if (isUniqueViolation(error)) throw accountTaken(String((error as Error).message).includes('email') ? 'email' : 'nik');
        throw error;
      }
    },

    async login({ body, request }) {
      const user = await findUserByIdentifier(db, body.identifier);
      // One counter per account, whichever identifier (NIK or email) names it; an identifier no account has
      // counts by its normalised text. Both cost the same lookup, the same limits and the same password check,
      // so the answer does not tell whether the account exists.
      const { kind, value } = normalizeIdentifier(body.identifier);
      const attempt = loginLimiter.reserve(user ? `account:${user.id}` : `${kind}:${value}`, addressOf(request));
      let valid: boolean;
      try {
        valid = await passwords.verify(body.password, user?.password_hash ?? null);
      } catch (error) {
        attempt.released(); // never checked (the gateway was too busy)
        throw error;
      }
      if (!user || !valid) {
        attempt.failed();
        throw problem('invalid-credentials', { detail: 'Periksa kembali NIK/email dan kata sandi Anda.' });
      }
      attempt.succeeded();
      return { status: 200, body: session(await sessions.start(user.id), user) };
    },

    async refreshSession({ body }) {
      const outcome = await sessions.rotate(body.refreshToken);
      if (!outcome.ok) {
        throw problem('unauthorized', {
          code: outcome.reason === 'reused' ? 'refresh_token.reused' : 'refresh_token.invalid',
          detail:
            outcome.reason === 'reused'
              ? 'Token pembaruan ini sudah pernah dipakai. Demi keamanan, semua sesi dari login tersebut diakhiri. Silakan masuk lagi.'
              : 'Sesi Anda sudah berakhir. Silakan masuk lagi.',
          headers: { 'www-authenticate': 'Bearer error="invalid_token"' },
        });
      }
      const user = await findUserById(db, outcome.userId);
      if (!user) throw problem('unauthorized');
      return { status: 200, body: session(outcome.tokens, user) };
    },

    async logout({ body, principal }) {
      await sessions.logout(body.refreshToken, principal.userId);
      // The session used to call logout ends too, even if the refresh token given was of another login.
      await sessions.revokeFamilyOf(principal);
      return { status: 204 };
    },

    async getCurrentUser({ principal }) {
      const user = await findUserById(db, principal.userId);
      if (!user) throw problem('unauthorized');
      return { status: 200, body: toUser(user) };
    },
  };
}
