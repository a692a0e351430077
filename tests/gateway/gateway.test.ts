/** The real @supabase/supabase-js client against the local gateway, unchanged. */
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANON_KEY, JWT_SECRET, SERVICE_ROLE_KEY } from '../../supabase/local/config.ts';
import { signJwt } from '../../supabase/local/jwt.ts';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';
import { course, quizLessons, rightAnswers } from '../support/personas.ts';

let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway();
});
afterAll(() => gw?.close());

const client = (key = ANON_KEY): SupabaseClient => createClient(gw.url, key, { auth: { persistSession: false, autoRefreshToken: false } });

async function signIn(email: string) {
  const supabase = client();
  expect((await supabase.auth.signInWithOtp({ email })).error).toBeNull();
  const { data, error } = await supabase.auth.verifyOtp({ email, token: gw.codeFor(email), type: 'email' });
  expect(error).toBeNull();
  return { supabase, session: data.session! };
}

describe('auth', () => {
  it('signs in with an e-mail code and knows the user', async () => {
    const { supabase, session } = await signIn('kode@example.dk');
    expect(session.user.email).toBe('kode@example.dk');
    const { data } = await supabase.auth.getUser();
    expect(data.user?.id).toBe(session.user.id);
  });

  it('refuses a wrong code and a reused code', async () => {
    const email = 'forkert@example.dk';
    const supabase = client();
    await supabase.auth.signInWithOtp({ email });
    const wrong = await supabase.auth.verifyOtp({ email, token: '000000' === gw.codeFor(email) ? '111111' : '000000', type: 'email' });
    expect(wrong.error?.code).toBe('otp_expired');
    expect(wrong.error?.status).toBe(403);
    expect((await supabase.auth.verifyOtp({ email, token: gw.codeFor(email), type: 'email' })).error).toBeNull();
    expect((await supabase.auth.verifyOtp({ email, token: gw.codeFor(email), type: 'email' })).error?.code).toBe('otp_expired');
  });

  it('limits how often a code can be sent to one address', async () => {
    const supabase = client();
    await supabase.auth.signInWithOtp({ email: 'ofte@example.dk' });
    const again = await supabase.auth.signInWithOtp({ email: 'ofte@example.dk' });
    expect(again.error?.status).toBe(429);
    expect(again.error?.code).toBe('over_email_send_rate_limit');
  });

  it('accepts the token hash from the confirmation link', async () => {
    const supabase = client();
    await supabase.auth.signInWithOtp({ email: 'link@example.dk' });
    const { data, error } = await supabase.auth.verifyOtp({ token_hash: gw.linkFor('link@example.dk'), type: 'email' });
    expect(error).toBeNull();
    expect(data.user?.email).toBe('link@example.dk');
  });

  it('refreshes a session once per refresh token, and signs out', async () => {
    const { supabase, session } = await signIn('frisk@example.dk');
    const refreshed = await supabase.auth.refreshSession({ refresh_token: session.refresh_token });
    expect(refreshed.error).toBeNull();
    const reused = await client().auth.refreshSession({ refresh_token: session.refresh_token });
    expect(reused.error?.code).toBe('refresh_token_not_found');
    expect((await supabase.auth.signOut()).error).toBeNull();
    const after = await client().auth.getUser(refreshed.data.session!.access_token);
    expect(after.data.user).toBeNull();
    expect(after.error).not.toBeNull();
  });
});

describe('rpc', () => {
  it('runs a public function as anon', async () => {
    const { data, error } = await client().rpc('public_figures');
    expect(error).toBeNull();
    expect(data).toHaveProperty('stories');
  });

  it('hands the function the client address from the connection, not one the client claims', async () => {
    await gw.db.query(`update private.submission_limits set per_day = 1 where bucket = 'report_address'`);
    const report = (page: string, headers: Record<string, string> = {}) =>
      fetch(`${gw.url}/rest/v1/rpc/report_error`, {
        method: 'POST',
        headers: { apikey: ANON_KEY, 'content-type': 'application/json', ...headers },
        body: JSON.stringify({
          p_report: {
            page_path: page,
            page_version: '2026-11-29',
            what: 'Der står en forkert paragraf i afsnittet.',
            source: '',
            email: '',
          },
        }),
      });
    expect((await report('/ordbog/andelskapital/')).status).toBe(200);
    // Another address in the headers does not make this client someone else.
    const again = await report('/ordbog/amba/', { 'cf-connecting-ip': '203.0.113.9', 'x-forwarded-for': '203.0.113.9' });
    expect(again.status).toBe(429);
    expect(await again.json()).toMatchObject({ message: 'rate_limited' });
    const { rows } = await gw.db.query<{ key: string; used: number }>(
      `select key, used from private.submission_quota where bucket = 'report_address'`,
    );
    expect(rows).toEqual([{ key: '127.0.0.1', used: 1 }]);
    await gw.db.query(`update private.submission_limits set per_day = 20 where bucket = 'report_address'`);
  });

  it('runs a learner’s function with the learner’s identity', async () => {
    const { supabase } = await signIn('rpc@example.dk');
    const lesson = quizLessons[0]!;
    const { data, error } = await supabase.rpc('record_quiz_attempt', {
      p_attempt_id: randomUUID(),
      p_lesson_id: lesson.id,
      p_answers: rightAnswers(lesson),
    });
    expect(error).toBeNull();
    expect(data).toMatchObject({ passed: true });
    const mine = await supabase.rpc('my_progress');
    expect(mine.data.lessons).toHaveLength(1);
  });

  it('answers a refused call in PostgREST’s shape and status', async () => {
    const { error, status } = await client().rpc('my_progress');
    expect(status).toBe(401);
    expect(error?.code).toBe('42501');
    const { supabase } = await signIn('fejl@example.dk');
    const missing = await supabase.rpc('issue_certificate', { p_course_id: 'findes-ikke' });
    expect(missing.status).toBe(404);
    expect(missing.error).toMatchObject({ code: 'PT404', message: 'course_not_found' });
    const early = await supabase.rpc('issue_certificate', { p_course_id: course.id });
    expect(early.status).toBe(400);
    expect(early.error).toMatchObject({ code: 'P0001', message: 'name_required' });
    const nf = await supabase.rpc('findes_ikke');
    expect(nf.status).toBe(404);
    expect(nf.error?.code).toBe('PGRST202');
  });

  it('refuses a token with a wrong signature, an expired token and a missing API key', async () => {
    const forged = await signJwt(
      { role: 'authenticated', sub: randomUUID(), aud: 'authenticated', iss: 'supabase-local', exp: Math.floor(Date.now() / 1000) + 60 },
      'et-andet-hemmeligt-ord-som-er-langt-nok!!',
    );
    const bad = await createClient(gw.url, ANON_KEY, {
      global: { headers: { Authorization: `Bearer ${forged}` } },
      auth: { persistSession: false },
    }).rpc('my_progress');
    expect(bad.status).toBe(401);
    expect(bad.error?.code).toBe('PGRST301');
    const old = await signJwt(
      { role: 'authenticated', sub: randomUUID(), aud: 'authenticated', iss: 'supabase-local', exp: Math.floor(Date.now() / 1000) - 10 },
      JWT_SECRET,
    );
    const expired = await createClient(gw.url, ANON_KEY, {
      global: { headers: { Authorization: `Bearer ${old}` } },
      auth: { persistSession: false },
    }).rpc('my_progress');
    expect(expired.status).toBe(401);
    expect(expired.error?.code).toBe('PGRST303');
    const res = await fetch(`${gw.url}/rest/v1/rpc/public_figures`, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(401);
  });

  it('lets the service role call functions, the way server-side tools would', async () => {
    const { status, error } = await client(SERVICE_ROLE_KEY).rpc('public_figures');
    expect(error).toBeNull();
    expect(status).toBe(200);
  });

  it('answers CORS preflights only for local origins', async () => {
    const ok = await fetch(`${gw.url}/rest/v1/rpc/public_figures`, {
      method: 'OPTIONS',
      headers: { origin: 'http://127.0.0.1:4321', 'access-control-request-method': 'POST' },
    });
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:4321');
    const foreign = await fetch(`${gw.url}/rest/v1/rpc/public_figures`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(foreign.status).toBe(403);
  });
});
