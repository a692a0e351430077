/**
 * Faults between the browser and the database, with the real gateway process and the real
 * supabase-js client: the gateway stops while the outbox holds items and starts again on the
 * same data; an answer is lost after the database committed; malformed and oversized requests.
 */
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANON_KEY } from '../../supabase/local/config.ts';
import * as api from '../../src/lib/supabase/rpc.ts';
import { createOutbox, type OutboxItem } from '../../src/lib/progress/outbox.ts';
import { sendItem } from '../../src/lib/progress/send.ts';
import { createSync, type SyncState } from '../../src/lib/progress/sync.ts';
import type { StorageLike } from '../../src/lib/progress/store.ts';
import type { Client } from '../../src/lib/supabase/rpc.ts';
import { quizLessons, rightAnswers, wrongAnswers } from '../support/personas.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'fv-faults-'));
const inbox = join(dataDir, 'inbox.jsonl');
let port = 0;
let gateway: ChildProcess | undefined;
const url = () => `http://127.0.0.1:${port}`;

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port: p } = s.address() as AddressInfo;
      s.close(() => resolve(p));
    });
  });

/** Starts the gateway process on the same data directory every time, and waits until it listens. */
function startGateway(): Promise<void> {
  const child = spawn(process.execPath, ['supabase/local/start.ts'], {
    env: { ...process.env, GATEWAY_PORT: String(port), GATEWAY_DATA_DIR: join(dataDir, 'pglite'), GATEWAY_INBOX: inbox, NODE_ENV: 'test' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  gateway = child;
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (d: Buffer) => {
      output += d.toString();
      if (output.includes('Lokal Supabase-gateway')) resolve();
    });
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    child.on('exit', (code) => reject(new Error(`Gatewayen stoppede (${code}):\n${output}`)));
  });
}

function stopGateway(): Promise<void> {
  const child = gateway!;
  gateway = undefined;
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** A browser's localStorage, in memory. */
function memoryStorage(): StorageLike {
  const data = new Map<string, string>();
  return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

let supabase: SupabaseClient;
/** What the gateway answered, per call; `loseAnswer` throws away the next answer of a function after it arrived. */
const lose = new Set<string>();
async function signIn(email: string, fetchImpl: typeof fetch = fetch): Promise<SupabaseClient> {
  const c = createClient(url(), ANON_KEY, { auth: { persistSession: false, autoRefreshToken: false }, global: { fetch: fetchImpl } });
  expect((await c.auth.signInWithOtp({ email })).error).toBeNull();
  const sent = readFileSync(inbox, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { email: string; code: string })
    .findLast((s) => s.email === email)!;
  expect((await c.auth.verifyOtp({ email, token: sent.code, type: 'email' })).error).toBeNull();
  return c;
}

/** Like a request that timed out: the server did the work, the answer never reached the browser. */
const lossyFetch: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  const fn = /\/rpc\/([a-z_]+)/.exec(String(input))?.[1];
  if (fn && lose.delete(fn)) throw new TypeError('Tidsgrænse overskredet');
  return response;
};

const attempt = (i: number, right = true): OutboxItem => {
  const l = quizLessons[i % quizLessons.length]!;
  return {
    kind: 'attempt',
    id: randomUUID(),
    lessonId: l.id,
    answers: right ? rightAnswers(l) : wrongAnswers(l),
    at: new Date().toISOString(),
  };
};

function syncFor(c: SupabaseClient) {
  const outbox = createOutbox(memoryStorage());
  const states: SyncState[] = [];
  const sync = createSync({
    outbox,
    send: (item) => sendItem(c as unknown as Client, api, item),
    // The browser's waits (1 s, 2 s, 4 s …) shortened so the test runs in seconds.
    schedule: (ms, run) => {
      const t = setTimeout(run, Math.min(ms, 300));
      return () => clearTimeout(t);
    },
  });
  sync.subscribe((s) => states.push(s));
  return { sync, outbox, states };
}

async function until(done: () => boolean, what: string, ms = 20_000) {
  const end = Date.now() + ms;
  while (!done()) {
    if (Date.now() > end) throw new Error(`Nåede ikke: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const attemptsOf = async (c: SupabaseClient) => (await api.myProgress(c as unknown as Client)).attempts;

beforeAll(async () => {
  port = await freePort();
  await startGateway();
  supabase = await signIn('udfald@example.dk', lossyFetch);
}, 120_000);
afterAll(async () => {
  if (gateway) await stopGateway();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the gateway stops while the outbox holds items', () => {
  it('waits, then sends every item once when the gateway is back on the same data', async () => {
    const { sync, outbox, states } = syncFor(supabase);
    const before = await sync.push(attempt(0)).then(() => attemptsOf(supabase));
    expect(sync.state()).toBe('saved');

    await stopGateway();
    const offline = [attempt(1), attempt(2, false), attempt(3)];
    for (const item of offline) void sync.push(item);
    void sync.push(offline[0]!); // the same item again (a second tab): the outbox keeps one
    await until(() => sync.state() === 'waiting', 'venter på forbindelse');
    expect(outbox.items().map((i) => i.id)).toEqual(offline.map((i) => i.id));

    await startGateway();
    await until(() => sync.state() === 'saved', 'gemt på kontoen');
    expect(outbox.items()).toEqual([]);
    // »Venter på forbindelse« came before »Gemt på din konto«.
    expect(states.lastIndexOf('waiting')).toBeLessThan(states.lastIndexOf('saved'));

    const after = await attemptsOf(supabase);
    const sent = [...before.map((a) => a.id), ...offline.map((i) => i.id)];
    expect(after.map((a) => a.id).sort()).toEqual([...new Set(sent)].sort());
    sync.stop();
  }, 120_000);
});

describe('an answer lost after the database committed', () => {
  it('is sent again and counted once, because the item carries its id', async () => {
    const { sync, outbox, states } = syncFor(supabase);
    const before = (await attemptsOf(supabase)).length;
    const item = attempt(4);
    lose.add('record_quiz_attempt');
    await sync.push(item);
    expect(states).toContain('waiting');
    await until(() => sync.state() === 'saved', 'gemt efter nyt forsøg');
    expect(outbox.items()).toEqual([]);
    const after = await attemptsOf(supabase);
    expect(after).toHaveLength(before + 1);
    expect(after.filter((a) => a.id === item.id)).toHaveLength(1);
    sync.stop();
  });

  it('a retry sent while the first request is still running gets the same answer', async () => {
    const item = attempt(5);
    const call = () =>
      api.recordQuizAttempt(supabase as unknown as Client, {
        id: item.id,
        lessonId: item.lessonId,
        answers: (item as { answers: Record<string, string[]> }).answers,
      });
    const [first, retry] = await Promise.all([call(), call()]);
    expect(retry).toEqual(first);
    expect((await attemptsOf(supabase)).filter((a) => a.id === item.id)).toHaveLength(1);
  });
});

describe('malformed or oversized requests', () => {
  const post = async (fn: string, body: string) => {
    const { data } = await supabase.auth.getSession();
    const r = await fetch(`${url()}/rest/v1/rpc/${fn}`, {
      method: 'POST',
      headers: { apikey: ANON_KEY, authorization: `Bearer ${data.session!.access_token}`, 'content-type': 'application/json' },
      body,
    });
    return { status: r.status, body: (await r.json()) as { code: string; message: string } };
  };

  it('are refused with a clear error in PostgREST’s shape, and change nothing', async () => {
    const before = await api.myProgress(supabase as unknown as Client);
    const l = quizLessons[0]!;
    const bad = await post('record_quiz_attempt', '{"p_attempt_id": "');
    expect(bad).toEqual({ status: 400, body: expect.objectContaining({ code: 'PGRST102', message: 'Empty or invalid json' }) });

    const huge = JSON.stringify({ p_attempt_id: randomUUID(), p_lesson_id: l.id, p_answers: { x: ['a'.repeat(2_000_000)] } });
    const tooLarge = await post('record_quiz_attempt', huge);
    expect(tooLarge).toEqual({ status: 413, body: expect.objectContaining({ code: 'PGRST413', message: 'Payload too large' }) });

    const wrongId = await post(
      'record_quiz_attempt',
      JSON.stringify({ p_attempt_id: 'ikke-et-id', p_lesson_id: l.id, p_answers: rightAnswers(l) }),
    );
    expect(wrongId.status).toBe(400);
    expect(wrongId.body.code).toBe('22P02');
    const wrongAnswersType = await post(
      'record_quiz_attempt',
      JSON.stringify({ p_attempt_id: randomUUID(), p_lesson_id: l.id, p_answers: 'alle rigtige' }),
    );
    expect(wrongAnswersType.status).toBe(400);
    expect(wrongAnswersType.body.code).toMatch(/^(22P02|22023)$/);
    const arrayBody = await post('record_quiz_attempt', '[1, 2]');
    expect(arrayBody.body.code).toBe('PGRST102');

    expect(await api.myProgress(supabase as unknown as Client)).toEqual(before);
  });
});
