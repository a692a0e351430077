/**
 * Settings of the local gateway. The JWT secret and the keys derived from it are fixed, public
 * development values, like the Supabase CLI's: they only ever work against this loopback gateway.
 */
import { resolve } from 'node:path';
import { signJwt } from './jwt.ts';

export const LOCAL_HOST = '127.0.0.1';
export const LOCAL_PORT = Number(process.env.GATEWAY_PORT ?? 54321);
export const LOCAL_URL = `http://${LOCAL_HOST}:${LOCAL_PORT}`;
export const DATA_DIR = resolve(import.meta.dirname, '../../.data/pglite');

export const JWT_SECRET = 'faelles-vaerdier-local-development-jwt-secret-not-for-production';
const TEN_YEARS = 10 * 365 * 24 * 3600;
const issued = 1764115200; // 2025-11-26: fixed, so the keys never change between runs
export const ANON_KEY = signJwt({ iss: 'supabase-local', role: 'anon', iat: issued, exp: issued + TEN_YEARS }, JWT_SECRET);
export const SERVICE_ROLE_KEY = signJwt({ iss: 'supabase-local', role: 'service_role', iat: issued, exp: issued + TEN_YEARS }, JWT_SECRET);

/** Sign-in rules; the same values stand in supabase/config.toml for the real project. */
export const AUTH = {
  accessTokenSeconds: 3600,
  codeSeconds: 600,
  /** Minimum time between two codes to the same address (browser tests shorten it). */
  resendSeconds: Number(process.env.GATEWAY_RESEND_SECONDS ?? 60),
  /** Wrong guesses before a code is spent. */
  maxCodeAttempts: 5,
};
