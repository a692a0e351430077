/**
 * The part of Supabase Auth (GoTrue) the site uses: e-mail code sign-in, verify, refresh,
 * user and logout. Codes are printed in the terminal instead of being e-mailed.
 */
import { createHash, randomBytes, randomInt } from 'node:crypto';
import type { Sql } from './database.ts';
import { AUTH, JWT_SECRET } from './config.ts';
import { AUDIENCE, ISSUER, signJwt } from './jwt.ts';

export class AuthError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

interface UserRow {
  id: string;
  email: string;
  aud: string;
  role: string;
  email_confirmed_at: Date | string | null;
  last_sign_in_at: Date | string | null;
  raw_app_meta_data: Record<string, unknown>;
  raw_user_meta_data: Record<string, unknown>;
  created_at: Date | string;
  updated_at: Date | string;
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/** The user object GoTrue returns. */
export const publicUser = (u: UserRow) => ({
  id: u.id,
  aud: u.aud,
  role: u.role,
  email: u.email,
  email_confirmed_at: iso(u.email_confirmed_at),
  confirmed_at: iso(u.email_confirmed_at),
  last_sign_in_at: iso(u.last_sign_in_at),
  phone: '',
  app_metadata: u.raw_app_meta_data,
  user_metadata: u.raw_user_meta_data,
  identities: [],
  created_at: iso(u.created_at),
  updated_at: iso(u.updated_at),
  is_anonymous: false,
});

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
/** What is stored for a code: never the code itself. */
const codeHash = (email: string, code: string) => sha256(`${email}:${code}`);

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export function normaliseEmail(value: unknown): string {
  const email = typeof value === 'string' ? value.trim().toLowerCase() : '';
  if (!EMAIL.test(email) || email.length > 254)
    throw new AuthError(400, 'validation_failed', 'Unable to validate email address: invalid format');
  return email;
}

export interface CodeSent {
  email: string;
  code: string;
  /** The `token_hash` of the confirmation link: 32 random bytes, unrelated to the code. */
  tokenHash: string;
}

/** POST /auth/v1/otp: makes a code of config.toml's length for the address, at most one per resend interval. */
export async function sendCode(db: Sql, body: { email?: unknown; create_user?: unknown }): Promise<CodeSent> {
  const email = normaliseEmail(body.email);
  if (body.create_user === false) {
    const { rows } = await db.query('select 1 from auth.users where email = $1', [email]);
    if (!rows.length) throw new AuthError(422, 'otp_disabled', 'Signups not allowed for otp');
  }
  const { rows } = await db.query<{ wait: number }>(
    `select ceil(extract(epoch from sent_at + make_interval(secs => $2) - now()))::int as wait
       from auth.one_time_codes where email = $1 and sent_at > now() - make_interval(secs => $2)`,
    [email, AUTH.resendSeconds],
  );
  if (rows.length)
    throw new AuthError(
      429,
      'over_email_send_rate_limit',
      `For security purposes, you can only request this after ${rows[0]!.wait} seconds.`,
    );

  const code = String(randomInt(0, 10 ** AUTH.codeLength)).padStart(AUTH.codeLength, '0');
  const link = randomBytes(32).toString('base64url');
  await db.query(
    `insert into auth.one_time_codes (email, code_hash, link_hash, attempts, sent_at, expires_at, used_at)
     values ($1, $2, $3, 0, now(), now() + make_interval(secs => $4), null)
     on conflict (email) do update set code_hash = excluded.code_hash, link_hash = excluded.link_hash, attempts = 0,
       sent_at = now(), expires_at = excluded.expires_at, used_at = null`,
    [email, codeHash(email, code), sha256(link), AUTH.codeSeconds],
  );
  return { email, code, tokenHash: link };
}

const invalidCode = () => new AuthError(403, 'otp_expired', 'Token has expired or is invalid');

/*
 * Every guess takes one of the code's attempts in the same statement that checks there is one
 * left (`update … where attempts < max returning`), so guesses sent side by side cannot pass the
 * check together; spending the code is a second conditional update, so only one caller wins it.
 */
async function spendCode(db: Sql, email: string, token: string): Promise<string> {
  const { rows } = await db.query<{ code_hash: string }>(
    `update auth.one_time_codes set attempts = attempts + 1
      where email = $1 and used_at is null and expires_at > now() and attempts < $2
     returning code_hash`,
    [email, AUTH.maxCodeAttempts],
  );
  if (!rows[0] || rows[0].code_hash !== codeHash(email, token)) throw invalidCode();
  const spent = await db.query('update auth.one_time_codes set used_at = now() where email = $1 and used_at is null returning email', [
    email,
  ]);
  if (!spent.rows.length) throw invalidCode();
  return email;
}

/** The link's token: one statement counts the attempt and spends the code. */
async function spendLink(db: Sql, token: string): Promise<string> {
  const { rows } = await db.query<{ email: string }>(
    `update auth.one_time_codes set attempts = attempts + 1, used_at = now()
      where link_hash = $1 and used_at is null and expires_at > now() and attempts < $2
     returning email`,
    [sha256(token), AUTH.maxCodeAttempts],
  );
  if (!rows[0]) throw invalidCode();
  return rows[0].email;
}

/** POST /auth/v1/verify: spends a code (or the link's token) and starts a session. */
export async function verifyCode(db: Sql, body: { email?: unknown; token?: unknown; token_hash?: unknown; type?: unknown }) {
  if (!['email', 'magiclink', 'signup'].includes(String(body.type)))
    throw new AuthError(400, 'validation_failed', 'Verify requires a verification type');
  const email =
    typeof body.token_hash === 'string' && body.token_hash.length > 0
      ? await spendLink(db, body.token_hash)
      : await spendCode(db, normaliseEmail(body.email), String(body.token ?? '').trim());

  const user = (
    await db.query<UserRow>(
      `insert into auth.users (email, email_confirmed_at, last_sign_in_at) values ($1, now(), now())
       on conflict (email) do update set last_sign_in_at = now(), email_confirmed_at = coalesce(auth.users.email_confirmed_at, now()), updated_at = now()
       returning *`,
      [email],
    )
  ).rows[0]!;
  const { rows: session } = await db.query<{ id: string }>('insert into auth.sessions (user_id) values ($1) returning id', [user.id]);
  return issueSession(db, user, session[0]!.id);
}

async function issueSession(db: Sql, user: UserRow, sessionId: string) {
  const now = Math.floor(Date.now() / 1000);
  const expiresAt = now + AUTH.accessTokenSeconds;
  const accessToken = await signJwt(
    {
      aud: AUDIENCE,
      exp: expiresAt,
      iat: now,
      iss: ISSUER,
      sub: user.id,
      email: user.email,
      role: 'authenticated',
      aal: 'aal1',
      session_id: sessionId,
      app_metadata: user.raw_app_meta_data,
      user_metadata: user.raw_user_meta_data,
      is_anonymous: false,
    },
    JWT_SECRET,
  );
  const refreshToken = randomBytes(24).toString('base64url');
  await db.query('insert into auth.refresh_tokens (token, session_id) values ($1, $2)', [refreshToken, sessionId]);
  return {
    access_token: accessToken,
    token_type: 'bearer',
    expires_in: AUTH.accessTokenSeconds,
    expires_at: expiresAt,
    refresh_token: refreshToken,
    user: publicUser(user),
  };
}

/** POST /auth/v1/token?grant_type=refresh_token: a used refresh token cannot be used again. */
export async function refreshSession(db: Sql, body: { refresh_token?: unknown }) {
  // Spent in the statement that checks it, so two requests with one token cannot both pass.
  const { rows } = await db.query<{ session_id: string }>(
    `update auth.refresh_tokens r set used_at = now()
       from auth.sessions s
      where r.token = $1 and r.used_at is null and s.id = r.session_id and s.revoked_at is null
     returning r.session_id`,
    [String(body.refresh_token ?? '')],
  );
  const row = rows[0];
  if (!row) throw new AuthError(400, 'refresh_token_not_found', 'Invalid Refresh Token: Refresh Token Not Found');
  const user = (
    await db.query<UserRow>('select u.* from auth.users u join auth.sessions s on s.user_id = u.id where s.id = $1', [row.session_id])
  ).rows[0];
  if (!user) throw new AuthError(400, 'refresh_token_not_found', 'Invalid Refresh Token: Refresh Token Not Found');
  return issueSession(db, user, row.session_id);
}

/** The user of a valid session; a token from a revoked session or a deleted user counts as signed out. */
export async function sessionUser(db: Sql, claims: { sub?: string; session_id?: unknown }) {
  const { rows } = await db.query<UserRow>(
    `select u.* from auth.users u join auth.sessions s on s.user_id = u.id
      where u.id = $1 and s.id = $2 and s.revoked_at is null`,
    [claims.sub, String(claims.session_id ?? '')],
  );
  if (!rows[0]) throw new AuthError(403, 'session_not_found', 'Session from session_id claim in JWT does not exist');
  return rows[0];
}

/** POST /auth/v1/logout: ends this session (scope=local) or every session of the user (global). */
export async function logout(db: Sql, claims: { sub?: string; session_id?: unknown }, scope: string) {
  if (scope === 'others')
    await db.query('update auth.sessions set revoked_at = now() where user_id = $1 and id <> $2', [claims.sub, claims.session_id]);
  else if (scope === 'local') await db.query('update auth.sessions set revoked_at = now() where id = $1', [claims.session_id]);
  else await db.query('update auth.sessions set revoked_at = now() where user_id = $1', [claims.sub]);
}
