// Accounts and sessions: registerCitizen, login, refreshSession, logout, getCurrentUser. In cookie mode
// (`Padu-Session: cookie`, see http/session-cookie.ts) the refresh token travels in the session cookie only.
import { isEmail, normalizePhone, validateNik } from '@padu/contract';
import { formatMessage } from '@padu/contract/messages';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Handlers } from '../contract/handlers.ts';
import type { GatewayContext } from '../context.ts';
import { isUniqueViolation } from '../db/database.ts';
import { accountDisabled, type IssuedTokens } from '../auth/sessions.ts';
import { sessionOriginOf } from '../auth/session-origin.ts';
import { problem, validationProblem, type FieldError } from '../http/problems.ts';
import { addressOf } from '../http/rate-limits.ts';
import { findUserById, findUserByIdentifier, insertUser, normalizeIdentifier, toUser, type UserRow } from '../domain/users.ts';

type AuthHandlers = Pick<Handlers, 'registerCitizen' | 'login' | 'refreshSession' | 'logout' | 'getCurrentUser'>;

/** The contract's AuthSession; without the refresh token when it went into the cookie. */
function session(tokens: IssuedTokens, user: UserRow, inCookie = false) {
  const { accessToken, tokenType, expiresIn, refreshToken, refreshExpiresIn } = tokens;
  return inCookie
    ? { accessToken, tokenType, expiresIn, refreshExpiresIn, user: toUser(user) }
    : { accessToken, tokenType, expiresIn, refreshToken, refreshExpiresIn, user: toUser(user) };
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
  const { db, sessions, loginLimiter, passwords, sessionCookies: cookies } = ctx;
  /** In cookie mode, puts the refresh token in the cookie; the body to answer with either way. */
  const answer = (tokens: IssuedTokens, user: UserRow, request: FastifyRequest, reply: FastifyReply) => {
    const inCookie = cookies.isCookieMode(request);
    if (inCookie) cookies.set(reply, request, tokens.refreshToken);
    return session(tokens, user, inCookie);
  };

  return {
    async registerCitizen({ body, request, reply }) {
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
          return { user, tokens: await sessions.start(user.id, sessionOriginOf(request), trx) };
        });
        return { status: 201, body: answer(tokens, user, request, reply) };
      } catch (error) {
        // Two registrations racing for one NIK or email: the unique constraint decides.
        if (isUniqueViolation(error)) throw accountTaken(String((error as Error).message).includes('email') ? 'email' : 'nik');
        throw error;
      }
    },

    async login({ body, request, reply }) {
      const user = await findUserByIdentifier(db, body.identifier);
      // One counter per account, whichever identifier (NIK or email) names it; an identifier no account has
      // counts by its normalised text. Both cost the same lookup, the same limits and the same password check,
      // so the answer does not tell whether the account exists.
      const { kind, value } = normalizeIdentifier(body.identifier);
      const attempt = loginLimiter.reserve(user ? `account:${user.id}` : `${kind}:${value}`, addressOf(request));
      let valid: boolean;
      try {
        // An invited account has no password yet: checked against the dummy hash, as for no account at all.
        valid = await passwords.verify(body.password, user?.password_hash || null);
      } catch (error) {
        attempt.released(); // never checked (the gateway was too busy)
        throw error;
      }
      if (!user || !valid) {
        attempt.failed();
        throw problem('invalid-credentials', { detail: 'Periksa kembali NIK/email dan kata sandi Anda.' });
      }
      if (user.status === 'disabled') {
        // Only someone who knows the password learns that the account exists and why it cannot sign in.
        attempt.failed();
        throw accountDisabled();
      }
      attempt.succeeded();
      return { status: 200, body: answer(await sessions.start(user.id, sessionOriginOf(request)), user, request, reply) };
    },

    async refreshSession({ body, request, reply }) {
      const cookieMode = cookies.isCookieMode(request);
      let refreshToken = body?.refreshToken;
      if (refreshToken === undefined) {
        const fromCookie = cookies.read(request);
        // The cookie is a credential only where the page asked for it; anywhere else it is a cross-site request.
        if (fromCookie !== undefined && !cookieMode) throw cookies.headerRequired();
        refreshToken = fromCookie;
      }
      // A page asking for its cookie session without one is a visitor who has not signed in: no error.
      if (refreshToken === undefined && cookieMode) return { status: 204 };
      if (refreshToken === undefined) {
        throw problem('unauthorized', {
          code: 'refresh_token.missing',
          detail: 'Anda belum masuk.',
          headers: { 'www-authenticate': 'Bearer' },
        });
      }
      // Tabs and OPD sites sharing the cookie may present it together: a short grace for cookie sessions only.
      const outcome = await sessions.rotate(refreshToken, {
        reuseGraceMs: cookieMode && body?.refreshToken === undefined ? ctx.config.limits.cookieReuseGraceSeconds * 1000 : 0,
      });
      if (!outcome.ok) {
        if (cookieMode) cookies.clear(reply, request);
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
      return { status: 200, body: answer(outcome.tokens, user, request, reply) };
    },

    async logout({ body, principal, request, reply }) {
      if (body?.refreshToken !== undefined) await sessions.logout(body.refreshToken, principal.userId);
      if (cookies.isCookieMode(request)) {
        const fromCookie = cookies.read(request);
        if (fromCookie !== undefined) await sessions.logout(fromCookie, principal.userId);
        cookies.clear(reply, request);
      }
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
