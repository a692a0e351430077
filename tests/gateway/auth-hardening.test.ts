/**
 * The attacks a sign-in gateway must withstand: guessing codes (one by one, in parallel, through
 * the link), replaying refresh tokens, forged or incomplete JWTs, DNS rebinding, odd paths.
 * Parallel requests are started together on the gateway's database, which runs them one query at
 * a time, so a check-then-write race shows up every time, not now and then.
 */
import { createClient } from '@supabase/supabase-js';
import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANON_KEY, JWT_SECRET } from '../../supabase/local/config.ts';
import { refreshSession, sendCode, verifyCode } from '../../supabase/local/auth.ts';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';

let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway();
});
afterAll(() => gw?.close());

const client = () => createClient(gw.url, ANON_KEY, { auth: { persistSession: false, autoRefreshToken: false } });
const wrongCode = (right: string) => (right === '000000' ? '111111' : '000000');
const settled = async (promises: Promise<unknown>[]) => (await Promise.allSettled(promises)).map((r) => r.status);

describe('sign-in codes', () => {
  it('after five wrong guesses the right code is refused', async () => {
    const email = 'fem-gaet@example.dk';
    const supabase = client();
    await supabase.auth.signInWithOtp({ email });
    const right = gw.codeFor(email);
    for (let i = 0; i < 5; i++)
      expect((await supabase.auth.verifyOtp({ email, token: wrongCode(right), type: 'email' })).error?.code).toBe('otp_expired');
    const last = await supabase.auth.verifyOtp({ email, token: right, type: 'email' });
    expect(last.error?.code).toBe('otp_expired');
    expect(last.data.session).toBeNull();
  });

  it('counts guesses sent at the same time one by one: five wrong, then the right one, all at once', async () => {
    const email = 'samtidig@example.dk';
    const { code } = await sendCode(gw.db, { email });
    const guesses = [...Array.from({ length: 5 }, () => wrongCode(code)), code].map((token) =>
      verifyCode(gw.db, { email, token, type: 'email' }),
    );
    expect(await settled(guesses)).toEqual(Array(6).fill('rejected'));
  });

  it('the link carries a random token, not one derived from the address and the code', async () => {
    const email = 'tilfaeldig@example.dk';
    const { code, tokenHash } = await sendCode(gw.db, { email });
    const derived = createHash('sha256').update(`${email}:${code}`).digest('hex');
    expect(tokenHash).not.toBe(derived);
    expect(Buffer.from(tokenHash, 'base64url').length).toBeGreaterThanOrEqual(32);
    expect((await client().auth.verifyOtp({ token_hash: derived, type: 'email' })).error?.code).toBe('otp_expired');
    const { data, error } = await client().auth.verifyOtp({ token_hash: tokenHash, type: 'email' });
    expect(error).toBeNull();
    expect(data.user?.email).toBe(email);
    // The link spent the code: neither works again.
    expect((await client().auth.verifyOtp({ email, token: code, type: 'email' })).error?.code).toBe('otp_expired');
    expect((await client().auth.verifyOtp({ token_hash: tokenHash, type: 'email' })).error?.code).toBe('otp_expired');
  });

  it('a link opened twice at the same time signs in once', async () => {
    const email = 'dobbeltklik@example.dk';
    const { tokenHash } = await sendCode(gw.db, { email });
    const twice = [
      verifyCode(gw.db, { token_hash: tokenHash, type: 'email' }),
      verifyCode(gw.db, { token_hash: tokenHash, type: 'email' }),
    ];
    expect((await settled(twice)).sort()).toEqual(['fulfilled', 'rejected']);
  });

  it('a link guess counts against the code of that e-mail: after five, the link is spent too', async () => {
    const email = 'linkgaet@example.dk';
    const { code, tokenHash } = await sendCode(gw.db, { email });
    for (let i = 0; i < 5; i++) await verifyCode(gw.db, { email, token: wrongCode(code), type: 'email' }).catch(() => {});
    await expect(verifyCode(gw.db, { token_hash: tokenHash, type: 'email' })).rejects.toMatchObject({ code: 'otp_expired' });
  });
});

describe('refresh tokens', () => {
  it('are spent once, even by two requests at the same time', async () => {
    const email = 'frisk-samtidig@example.dk';
    const { code } = await sendCode(gw.db, { email });
    const session = await verifyCode(gw.db, { email, token: code, type: 'email' });
    const twice = [
      refreshSession(gw.db, { refresh_token: session.refresh_token }),
      refreshSession(gw.db, { refresh_token: session.refresh_token }),
    ];
    expect((await settled(twice)).sort()).toEqual(['fulfilled', 'rejected']);
  });
});

describe('JWTs', () => {
  const now = () => Math.floor(Date.now() / 1000);
  const sign = (claims: Record<string, unknown>, alg = 'HS256') =>
    new SignJWT(claims).setProtectedHeader({ alg, typ: 'JWT' }).sign(new TextEncoder().encode(JWT_SECRET));
  const call = (token: string) =>
    createClient(gw.url, ANON_KEY, { global: { headers: { Authorization: `Bearer ${token}` } }, auth: { persistSession: false } }).rpc(
      'public_figures',
    );

  it('the API keys are such tokens, for the roles anon and service_role', async () => {
    const { SERVICE_ROLE_KEY } = await import('../../supabase/local/config.ts');
    const { verifyJwt } = await import('../../supabase/local/jwt.ts');
    expect(await verifyJwt(ANON_KEY, JWT_SECRET)).toMatchObject({ role: 'anon', aud: 'authenticated' });
    expect(await verifyJwt(SERVICE_ROLE_KEY, JWT_SECRET)).toMatchObject({ role: 'service_role', aud: 'authenticated' });
  });

  it('accepts a complete token', async () => {
    const ok = await call(await sign({ role: 'anon', iss: 'supabase-local', aud: 'authenticated', exp: now() + 60 }));
    expect(ok.status).toBe(200);
  });

  it('refuses a token without exp, without aud or for another audience', async () => {
    for (const claims of [
      { role: 'anon', iss: 'supabase-local', aud: 'authenticated' },
      { role: 'anon', iss: 'supabase-local', exp: now() + 60 },
      { role: 'anon', iss: 'supabase-local', aud: 'et-andet-sted', exp: now() + 60 },
    ]) {
      const res = await call(await sign(claims));
      expect(res.status, JSON.stringify(claims)).toBe(401);
    }
  });

  it('refuses an unsigned token (alg none)', async () => {
    const head = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const body = Buffer.from(JSON.stringify({ role: 'service_role', aud: 'authenticated', exp: now() + 60 })).toString('base64url');
    expect((await call(`${head}.${body}.`)).status).toBe(401);
  });
});

describe('HTTP', () => {
  const raw = (path: string, headers: Record<string, string>) =>
    new Promise<number>((resolve, reject) => {
      const url = new URL(gw.url);
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path,
          method: 'POST',
          headers: { apikey: ANON_KEY, 'content-type': 'application/json', ...headers },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode!);
        },
      );
      req.on('error', reject);
      req.end('{}');
    });

  it('refuses a Host header other than its own loopback address (DNS rebinding)', async () => {
    const { port } = new URL(gw.url);
    expect(await raw('/rest/v1/rpc/public_figures', { host: `127.0.0.1:${port}` })).toBe(200);
    expect(await raw('/rest/v1/rpc/public_figures', { host: `localhost:${port}` })).toBe(200);
    expect(await raw('/rest/v1/rpc/public_figures', { host: `rebind.evil.example:${port}` })).toBe(403);
    expect(await raw('/rest/v1/rpc/public_figures', { host: `127.0.0.1:1` })).toBe(403);
  });

  it('answers 400 on a malformed function name', async () => {
    const { port } = new URL(gw.url);
    for (const name of ['%E0%A4%A', 'public_figures%3Bdrop', 'Public_Figures', '%2E%2E'])
      expect(await raw(`/rest/v1/rpc/${name}`, { host: `127.0.0.1:${port}` }), name).toBe(400);
  });
});

describe('verification limit per IP address', () => {
  const limit = Number(/\[auth\.rate_limit\][^[]*?token_verifications\s*=\s*(\d+)/.exec(readFileSync('supabase/config.toml', 'utf8'))![1]);

  it('is the one config.toml sets for the real project, and the gateway enforces it', async () => {
    expect(limit).toBe(30);
    const fresh = await startTestGateway();
    try {
      const supabase = createClient(fresh.url, ANON_KEY, { auth: { persistSession: false } });
      for (let i = 0; i < limit; i++)
        expect((await supabase.auth.verifyOtp({ email: `gaet${i}@example.dk`, token: '123456', type: 'email' })).error?.status).toBe(403);
      const over = await supabase.auth.verifyOtp({ email: 'gaet-igen@example.dk', token: '123456', type: 'email' });
      expect(over.error?.status).toBe(429);
      expect(over.error?.code).toBe('over_request_rate_limit');
    } finally {
      await fresh.close();
    }
  });
});
