/**
 * One source for the sign-in rules: supabase/config.toml. The local gateway and the browser's
 * sign-in code read it; this fails when either says something else.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { SIGN_IN_CODE_FILE, signInCodeModule } from '../../scripts/generate-sign-in-code.ts';
import { SIGN_IN_CODE } from '../../src/lib/account/sign-in-code.ts';
import { AUTH } from '../../supabase/local/config.ts';
import { authSettings, CONFIG_FILE, durationSeconds } from '../../supabase/local/project-settings.ts';

// Read here without the gateway's reader, so a mistake in it cannot hide a disagreement.
const toml = parse(readFileSync(CONFIG_FILE, 'utf8')) as {
  auth: {
    jwt_expiry: number;
    email: { otp_expiry: number; otp_length: number; max_frequency: string };
    rate_limit: { token_verifications: number };
  };
};

describe('the gateway’s sign-in rules', () => {
  it('are config.toml’s', () => {
    expect({
      accessTokenSeconds: AUTH.accessTokenSeconds,
      codeSeconds: AUTH.codeSeconds,
      codeLength: AUTH.codeLength,
      verificationsPerIp: AUTH.verificationsPerIp,
    }).toEqual({
      accessTokenSeconds: toml.auth.jwt_expiry,
      codeSeconds: toml.auth.email.otp_expiry,
      codeLength: toml.auth.email.otp_length,
      verificationsPerIp: toml.auth.rate_limit.token_verifications,
    });
    // Browser tests shorten the resend interval on purpose (GATEWAY_RESEND_SECONDS); otherwise it is config.toml's.
    if (!process.env.GATEWAY_RESEND_SECONDS) expect(`${AUTH.resendSeconds}s`).toBe(toml.auth.email.max_frequency);
  });

  it('follow a change to config.toml', () => {
    const changed = readFileSync(CONFIG_FILE, 'utf8')
      .replace(/^otp_expiry = \d+$/m, 'otp_expiry = 900')
      .replace(/^jwt_expiry = \d+$/m, 'jwt_expiry = 1800');
    expect(authSettings(changed)).toMatchObject({ codeSeconds: 900, accessTokenSeconds: 1800 });
  });

  it('refuse a config.toml without them, naming what is missing', () => {
    expect(() => authSettings('[auth]\njwt_expiry = 3600\n')).toThrow('[auth.email]');
    expect(() => authSettings('[auth]\njwt_expiry = "en time"\n[auth.email]\n[auth.rate_limit]\n')).toThrow('jwt_expiry');
  });

  it('read the CLI’s durations', () => {
    expect([durationSeconds('60s', 'x'), durationSeconds('5m', 'x'), durationSeconds('1h', 'x')]).toEqual([60, 300, 3600]);
    expect(() => durationSeconds('60', 'x')).toThrow('varighed');
  });
});

describe('the browser’s sign-in code', () => {
  it('has config.toml’s length and lifetime (run `npm run types` after changing it)', () => {
    expect(SIGN_IN_CODE).toEqual({ length: toml.auth.email.otp_length, seconds: toml.auth.email.otp_expiry });
    expect(readFileSync(SIGN_IN_CODE_FILE, 'utf8')).toBe(signInCodeModule());
  });
});
