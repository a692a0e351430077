/**
 * Settings of the local gateway: its fixed values (constants.ts) and the sign-in rules of
 * supabase/config.toml (project-settings.ts), so the gateway keeps the real project's rules.
 * Reads config.toml when imported: the build imports constants.ts instead.
 */
import { authSettings } from './project-settings.ts';

export { ANON_KEY, DATA_DIR, JWT_SECRET, LOCAL_HOST, LOCAL_PORT, LOCAL_URL, SERVICE_ROLE_KEY } from './constants.ts';

const project = authSettings();

/** Sign-in rules: config.toml's, plus the two that Supabase fixes rather than configures. */
export const AUTH = {
  accessTokenSeconds: project.accessTokenSeconds,
  codeSeconds: project.codeSeconds,
  codeLength: project.codeLength,
  /** Minimum time between two codes to the same address (browser tests shorten it). */
  resendSeconds: Number(process.env.GATEWAY_RESEND_SECONDS ?? project.resendSeconds),
  /** Guesses (right or wrong, by code or by link) before a code is spent; Supabase's is not configurable. */
  maxCodeAttempts: 5,
  /** Verifications per IP address per window ([auth.rate_limit] token_verifications). */
  verificationsPerIp: project.verificationsPerIp,
  /** Supabase counts the IP limits over five minutes. */
  rateWindowSeconds: 300,
};
