/**
 * supabase/config.toml, read with a TOML parser: the one place the sign-in rules are written.
 * `supabase config push` applies it to the real project; the local gateway and the browser's
 * sign-in code (src/lib/account/sign-in-code.ts, generated from it) take their values from here.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'smol-toml';

export const CONFIG_FILE = resolve(import.meta.dirname, '../config.toml');

export interface AuthSettings {
  /** [auth] jwt_expiry: seconds an access token lives. */
  accessTokenSeconds: number;
  /** [auth.email] otp_expiry: seconds a sign-in code lives. */
  codeSeconds: number;
  /** [auth.email] otp_length: digits in a sign-in code. */
  codeLength: number;
  /** [auth.email] max_frequency: minimum seconds between two codes to the same address. */
  resendSeconds: number;
  /** [auth.rate_limit] token_verifications: verifications per IP address per five minutes. */
  verificationsPerIp: number;
}

type Table = Record<string, unknown>;

function table(root: Table, path: string): Table {
  const value = path.split('.').reduce<unknown>((t, key) => (t as Table | undefined)?.[key], root);
  if (typeof value !== 'object' || value === null) throw new Error(`supabase/config.toml mangler [${path}]`);
  return value as Table;
}

function count(t: Table, path: string, key: string): number {
  const value = t[key];
  if (!Number.isInteger(value) || (value as number) <= 0)
    throw new Error(`supabase/config.toml: [${path}] ${key} skal være et positivt heltal`);
  return value as number;
}

/** "60s", "5m", "1h" → seconds (the Supabase CLI's duration format). */
export function durationSeconds(text: unknown, where: string): number {
  const m = typeof text === 'string' ? /^(\d+)(s|m|h)$/.exec(text) : null;
  if (!m) throw new Error(`supabase/config.toml: ${where} skal være en varighed som "60s"`);
  return Number(m[1]) * { s: 1, m: 60, h: 3600 }[m[2] as 's' | 'm' | 'h'];
}

/** The sign-in rules of config.toml (`text` for tests; by default the file itself). */
export function authSettings(text = readFileSync(CONFIG_FILE, 'utf8')): AuthSettings {
  const root = parse(text) as Table;
  const auth = table(root, 'auth');
  const email = table(root, 'auth.email');
  const limits = table(root, 'auth.rate_limit');
  return {
    accessTokenSeconds: count(auth, 'auth', 'jwt_expiry'),
    codeSeconds: count(email, 'auth.email', 'otp_expiry'),
    codeLength: count(email, 'auth.email', 'otp_length'),
    resendSeconds: durationSeconds(email.max_frequency, '[auth.email] max_frequency'),
    verificationsPerIp: count(limits, 'auth.rate_limit', 'token_verifications'),
  };
}
