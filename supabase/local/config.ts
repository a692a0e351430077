/**
 * Settings of the local gateway. The JWT secret and the keys derived from it are fixed, public
 * development values, like the Supabase CLI's: they only ever work against this loopback gateway.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const LOCAL_HOST = '127.0.0.1';
export const LOCAL_PORT = Number(process.env.GATEWAY_PORT ?? 54321);
export const LOCAL_URL = `http://${LOCAL_HOST}:${LOCAL_PORT}`;
export const DATA_DIR = resolve(import.meta.dirname, '../../.data/pglite');

export const JWT_SECRET = 'faelles-vaerdier-local-development-jwt-secret-not-for-production';
/**
 * The API keys: HS256 tokens signed with JWT_SECRET, claims {iss: "supabase-local", role,
 * aud: "authenticated", iat: 2025-11-26, exp: ten years later}. Fixed strings like the Supabase
 * CLI's demo keys, so they never change between runs; a gateway test verifies them.
 */
export const ANON_KEY =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1sb2NhbCIsInJvbGUiOiJhbm9uIiwiYXVkIjoiYXV0aGVudGljYXRlZCIsImlhdCI6MTc2NDExNTIwMCwiZXhwIjoyMDc5NDc1MjAwfQ.3h3ShPO8Z3pxGoBHzwPT9hniluESIWYtv3-h3-0DUxU';
export const SERVICE_ROLE_KEY =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1sb2NhbCIsInJvbGUiOiJzZXJ2aWNlX3JvbGUiLCJhdWQiOiJhdXRoZW50aWNhdGVkIiwiaWF0IjoxNzY0MTE1MjAwLCJleHAiOjIwNzk0NzUyMDB9.c1ZOHIEN-w0XG_o1ChcQGgwmHZhsCkIlqOZig4SmVc8';

/** A number from supabase/config.toml, so the gateway keeps the real project's limits. */
function projectSetting(section: string, key: string): number {
  const toml = readFileSync(resolve(import.meta.dirname, '../config.toml'), 'utf8');
  const body = toml.split(/^\[/m).find((part) => part.startsWith(`${section}]`));
  const value = body && new RegExp(`^${key}\\s*=\\s*(\\d+)`, 'm').exec(body)?.[1];
  if (!value) throw new Error(`supabase/config.toml mangler [${section}] ${key}`);
  return Number(value);
}

/** Sign-in rules; the same values stand in supabase/config.toml for the real project. */
export const AUTH = {
  accessTokenSeconds: 3600,
  codeSeconds: 600,
  /** Minimum time between two codes to the same address (browser tests shorten it). */
  resendSeconds: Number(process.env.GATEWAY_RESEND_SECONDS ?? 60),
  /** Guesses (right or wrong, by code or by link) before a code is spent. */
  maxCodeAttempts: 5,
  /** Verifications per IP address per five minutes ([auth.rate_limit] token_verifications). */
  verificationsPerIp: projectSetting('auth.rate_limit', 'token_verifications'),
  rateWindowSeconds: 300,
};
