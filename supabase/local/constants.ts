/**
 * The local backend's fixed values, with no side effects: the build (astro.config.mjs, the content
 * loaders) imports these without starting or reading anything. The JWT secret and the keys derived
 * from it are public development values, like the Supabase CLI's: they only ever work against the
 * loopback gateway.
 */
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
