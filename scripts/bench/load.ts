/**
 * Load benchmark: many learners at once on PostgreSQL 15 with Supabase's roles and every
 * migration, through the RPC functions as PostgREST calls them (a transaction per call, the role
 * and the JWT claims set locally), over a connection pool the size of a small Supabase project.
 *
 * Each simulated session is a fresh learner: profile read at sign-in, name, my progress, three
 * reading lessons marked done, every knowledge check of a course, my progress again, the course
 * assessment started and submitted (right for every other learner, from the keys read as
 * superuser), and a certificate for those who passed. Every tenth session is a partner sending a
 * success story; one editor works through the queue the whole time. Sessions run back to back
 * for a fixed time per concurrency level, with a short think time between calls.
 *
 *   npm run bench:load                     (starts a throw-away PostgreSQL 15 cluster)
 *   DATABASE_URL=postgres://… npm run bench:load
 *   BENCH_LEVELS=50,200,500 BENCH_SECONDS=30 BENCH_POOL=20 BENCH_THINK_MS=100 BENCH_BACKGROUND=20000
 */
import { spawnSync } from 'node:child_process';
import { chownSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { bootstrap, migrate, type Sql } from '../../supabase/local/database.ts';
import { readCatalogue, syncCatalogue } from '../catalogue.ts';
// The organisation differs per partner, so the slugs do.
import { validSubmission } from '../../tests/support/submission.ts';

const LEVELS = (process.env.BENCH_LEVELS ?? '50,200,500').split(',').map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const POOL = Number(process.env.BENCH_POOL ?? 20);
const THINK_MS = Number(process.env.BENCH_THINK_MS ?? 100);
const BACKGROUND = Number(process.env.BENCH_BACKGROUND ?? 20_000);
const LEARNER_CALLS = [
  'get_my_profile',
  'update_my_profile',
  'my_progress',
  'record_lesson_done',
  'record_quiz_attempt',
  'start_assessment',
  'submit_assessment',
  'issue_certificate',
];

// A throw-away cluster, as in bench:db; log_lock_waits reports every wait longer than deadlock_timeout.
async function postgres(): Promise<{ url: string; log?: string; stop(): void }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop() {} };
  const bin = '/usr/lib/postgresql/15/bin';
  const port = process.env.BENCH_PG_PORT ?? '55444';
  const dir = mkdtempSync(join(tmpdir(), 'fv-load-pg-'));
  const id = (flag: string) => Number(spawnSync('id', [flag, 'postgres']).stdout);
  chownSync(dir, id('-u'), id('-g'));
  const as = (args: string[]) => spawnSync('runuser', ['-u', 'postgres', '--', ...args], { stdio: 'inherit' });
  as([`${bin}/initdb`, '-D', `${dir}/data`, '-A', 'trust', '-U', 'postgres']);
  as([
    `${bin}/pg_ctl`,
    '-D',
    `${dir}/data`,
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c shared_buffers=256MB -c log_lock_waits=on -c deadlock_timeout=100ms`,
    '-l',
    `${dir}/log`,
    '-w',
    'start',
  ]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    log: `${dir}/log`,
    stop: () => void as([`${bin}/pg_ctl`, '-D', `${dir}/data`, '-m', 'fast', 'stop']),
  };
}

const server = await postgres();
const admin = new pg.Client({ connectionString: server.url });
await admin.connect();
await admin.query('drop database if exists fv_load');
await admin.query('create database fv_load');
const target = new URL(server.url);
target.pathname = '/fv_load';

// Schema exactly as the tests build it: the Supabase-like bootstrap, every migration, the catalogue.
const setup = new pg.Client({ connectionString: target.toString() });
await setup.connect();
const sql: Sql = { exec: (s) => setup.query(s), query: (s, p) => setup.query(s, p as unknown[]) as never };
await bootstrap(sql);
await migrate(sql);
await syncCatalogue(sql);

const catalogue = readCatalogue();
const course = catalogue.courses.find((c) => c.status === 'published' && c.assessment && c.lessons.every((l) => l.questions.length))!;
const other = catalogue.courses.find((c) => c.status === 'published' && c.id !== course.id)!;
const quizLessons = course.lessons.filter((l) => l.status === 'published');
const rightAnswers = (l: (typeof quizLessons)[number]) => Object.fromEntries(l.questions.map((q) => [q.id, q.correct]));
// Reading lessons without a knowledge check, in another course (the real catalogue has checks in every lesson).
const readingLessons = ['laesestof-1', 'laesestof-2', 'laesestof-3'];
for (const [i, id] of readingLessons.entries())
  await setup.query(
    `insert into public.lessons (id, course_id, position, title, question_count, status) values ($1, $2, $3, $4, 0, 'published')`,
    [id, other.id, 100 + i, `Læsestof ${i + 1}`],
  );

console.log(`Fylder baggrundsdata i: ${BACKGROUND.toLocaleString('da-DK')} kursister med fremdrift …`);
await setup.query(
  `insert into auth.users (email, email_confirmed_at) select 'baggrund' || g || '@bench.invalid', now() from generate_series(1, $1) g`,
  [BACKGROUND],
);
await setup.query(`
  insert into public.lesson_progress (user_id, lesson_id, done_offline_at)
  select u.id, l.id, now() - interval '1 day' from auth.users u cross join lateral
    (select id from public.lessons where status = 'published' order by md5(u.id::text || id) limit 10) l`);
await setup.query(`
  insert into public.quiz_attempts (id, user_id, lesson_id, answers, correct, total, passed, done_offline_at)
  select gen_random_uuid(), lp.user_id, lp.lesson_id, '{}', 0, l.question_count, false, lp.done_offline_at
    from public.lesson_progress lp join public.lessons l on l.id = lp.lesson_id where l.question_count > 0`);
// Question text → the right options' texts: an attempt's ids are drawn afresh, so the bench finds the keys by text.
const keyTexts = Object.fromEntries(
  (
    await setup.query<{ question: string; texts: string[] }>(
      `select i.question, array(select o ->> 'text' from jsonb_array_elements(i.options) o where o ->> 'id' = any (i.correct)) as texts
       from private.assessment_items i where i.course_id = $1`,
      [course.id],
    )
  ).rows.map((r) => [r.question, r.texts]),
);
const editor = (
  await setup.query<{ id: string }>(
    `insert into auth.users (email, email_confirmed_at) values ('redaktoer@bench.invalid', now()) returning id`,
  )
).rows[0]!.id;
await setup.query(`insert into public.user_roles (user_id, role) values ($1, 'editor')`, [editor]);
await setup.query('analyze');
await setup.end();

const pool = new pg.Pool({ connectionString: target.toString(), max: POOL });
// An idle connection closed by the server (at the end) is no reason to stop.
pool.on('error', () => {});
let nextUser = 0;
async function newLearner(): Promise<string> {
  const { rows } = await pool.query<{ id: string }>(`insert into auth.users (email, email_confirmed_at) values ($1, now()) returning id`, [
    `kursist${++nextUser}-${randomUUID().slice(0, 8)}@bench.invalid`,
  ]);
  return rows[0]!.id;
}

interface Level {
  sessions: number;
  latencies: Map<string, number[]>;
  /** The same calls from the moment a pooled connection was had: the database's own share. */
  inDatabase: Map<string, number[]>;
  poolWaits: number[];
  errors: Map<string, number>;
  calls: number;
  completed: number;
  certificates: number;
}

/** One API call as PostgREST makes it; the time includes waiting for a pooled connection, as a client would see it. */
async function call<T>(level: Level, user: string, fn: string, args: Record<string, unknown> = {}): Promise<T | undefined> {
  const names = Object.keys(args);
  const values = Object.values(args).map((v) => (v !== null && typeof v === 'object' ? JSON.stringify(v) : v));
  const started = performance.now();
  const client = await pool.connect();
  const acquired = performance.now();
  level.poolWaits.push(acquired - started);
  try {
    await client.query('begin');
    await client.query(`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', $1, true)`, [
      JSON.stringify({ sub: user, role: 'authenticated', aud: 'authenticated' }),
    ]);
    const { rows } = await client.query(`select public.${fn}(${names.map((n, i) => `${n} => $${i + 1}`).join(', ')}) as result`, values);
    await client.query('commit');
    return rows[0].result as T;
  } catch (e) {
    await client.query('rollback').catch(() => {});
    const code = (e as { code?: string }).code ?? 'client';
    const key = `${fn}: ${code} ${(e as Error).message}`;
    level.errors.set(key, (level.errors.get(key) ?? 0) + 1);
    return undefined;
  } finally {
    client.release();
    level.calls++;
    const ended = performance.now();
    for (const [map, t] of [
      [level.latencies, ended - started],
      [level.inDatabase, ended - acquired],
    ] as const) {
      const list = map.get(fn) ?? [];
      list.push(t);
      map.set(fn, list);
    }
  }
}

const think = () => new Promise((r) => setTimeout(r, Math.random() * 2 * THINK_MS));

async function learnerSession(level: Level, passes: boolean) {
  const user = await newLearner();
  await call(level, user, 'get_my_profile');
  await think();
  await call(level, user, 'update_my_profile', { p_display_name: 'Belastning Testesen', p_profession: null });
  await call(level, user, 'my_progress');
  for (const id of readingLessons) {
    await think();
    await call(level, user, 'record_lesson_done', { p_lesson_id: id });
  }
  for (const l of quizLessons) {
    await think();
    await call(level, user, 'record_quiz_attempt', { p_attempt_id: randomUUID(), p_lesson_id: l.id, p_answers: rightAnswers(l) });
  }
  await call(level, user, 'my_progress');
  await think();
  const attempt = await call<{
    attempt_id: string;
    questions: { id: string; question: string; options: { id: string; text: string }[] }[];
  }>(level, user, 'start_assessment', { p_course_id: course.id });
  if (!attempt) return;
  const answers = Object.fromEntries(
    attempt.questions.map((q) => {
      const right = (o: { text: string }) => keyTexts[q.question]!.includes(o.text);
      return [q.id, (passes ? q.options.filter(right) : q.options.filter((o) => !right(o)).slice(0, 1)).map((o) => o.id)];
    }),
  );
  await think();
  const result = await call<{ passed: boolean }>(level, user, 'submit_assessment', {
    p_attempt_id: attempt.attempt_id,
    p_answers: answers,
  });
  if (result?.passed) {
    await think();
    if (await call(level, user, 'issue_certificate', { p_course_id: course.id })) level.certificates++;
  }
}

async function partnerSession(level: Level) {
  const user = await newLearner();
  await call(level, user, 'get_my_profile');
  await think();
  const tag = randomUUID().slice(0, 8);
  await call(level, user, 'submit_case_story', { p_submission: validSubmission({ organisation: `Fiktivt Bageri ${tag} A.M.B.A.` }) });
  await call(level, user, 'my_submissions');
}

/** The editor approves the oldest waiting submission, over and over. */
async function editorLoop(level: Level, until: number) {
  while (Date.now() < until) {
    const queue = await call<{ id: string; version: number }[]>(level, editor, 'editor_queue', { p_kind: 'story' });
    const first = queue?.[0];
    if (first) await call(level, editor, 'review_submission', { p_id: first.id, p_version: first.version, p_decision: 'approve' });
    await think();
  }
}

async function waitSampler(until: number) {
  let samples = 0;
  let withWaits = 0;
  let maxWaiting = 0;
  while (Date.now() < until) {
    const n = Number(
      (
        await admin.query(
          `select count(*) as n from pg_locks l join pg_database d on d.oid = l.database where not l.granted and d.datname = 'fv_load'`,
        )
      ).rows[0].n,
    );
    samples++;
    if (n) withWaits++;
    maxWaiting = Math.max(maxWaiting, n);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { samples, withWaits, maxWaiting };
}

const stat = async () =>
  (await admin.query(`select deadlocks, xact_commit, xact_rollback from pg_stat_database where datname = 'fv_load'`)).rows[0] as Record<
    string,
    string
  >;
const logWaits = () => (server.log ? (readFileSync(server.log, 'utf8').match(/still waiting for/g) ?? []).length : NaN);
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? NaN;

const results: {
  sessions: number;
  level: Level;
  seconds: number;
  deadlocks: number;
  waits: Awaited<ReturnType<typeof waitSampler>>;
  logged: number;
}[] = [];
for (const sessions of LEVELS) {
  const level: Level = {
    sessions,
    latencies: new Map(),
    inDatabase: new Map(),
    poolWaits: [],
    errors: new Map(),
    calls: 0,
    completed: 0,
    certificates: 0,
  };
  const before = await stat();
  const loggedBefore = logWaits();
  const started = Date.now();
  const until = started + SECONDS * 1000;
  console.log(`${sessions} samtidige sessioner i ${SECONDS} s …`);
  const workers = Array.from({ length: sessions }, async (_, w) => {
    for (let n = 0; Date.now() < until; n++) {
      if (w % 10 === 9 && n === 0) await partnerSession(level);
      else await learnerSession(level, (w + n) % 2 === 0);
      level.completed++;
    }
  });
  const [waits] = await Promise.all([waitSampler(until), editorLoop(level, until), ...workers]);
  const seconds = (Date.now() - started) / 1000;
  const after = await stat();
  results.push({
    sessions,
    level,
    seconds,
    deadlocks: Number(after.deadlocks) - Number(before.deadlocks),
    waits,
    logged: logWaits() - loggedBefore,
  });
}

const version = (await admin.query('show server_version')).rows[0].server_version;

const ms = (x: number) => x.toFixed(1);
console.log(
  `\nPostgreSQL ${version}, pulje ${POOL} forbindelser, ${SECONDS} s pr. niveau, tænketid 0–${2 * THINK_MS} ms, ${BACKGROUND.toLocaleString('da-DK')} baggrundskursister.\n`,
);
console.log(
  '| Sessioner | Kald/s | Sessioner færdige | Certifikater | Fejl | Deadlocks | Låseventer (log / prøver med ventende / maks. ventende) | Ventetid på forbindelse p50/p95 (ms) |',
);
console.log('|---:|---:|---:|---:|---:|---:|---|---|');
for (const r of results) {
  const errors = [...r.level.errors.values()].reduce((a, b) => a + b, 0);
  console.log(
    `| ${r.sessions} | ${(r.level.calls / r.seconds).toFixed(0)} | ${r.level.completed} | ${r.level.certificates} | ${errors} | ${r.deadlocks} | ${r.logged} / ${r.waits.withWaits} af ${r.waits.samples} / ${r.waits.maxWaiting} | ${ms(pct(r.level.poolWaits, 0.5))} / ${ms(pct(r.level.poolWaits, 0.95))} |`,
  );
}
const fns = [...new Set(results.flatMap((r) => [...r.level.latencies.keys()]))];
for (const [title, of] of [
  ['Som klienten ser det (inkl. ventetid på en forbindelse i puljen)', (l: Level) => l.latencies],
  ['I databasen (fra forbindelsen er givet, fire rundture)', (l: Level) => l.inDatabase],
] as const) {
  console.log(`\n${title}\n\n| Funktion | ${results.map((r) => `${r.sessions}: p50 / p95 / p99 (ms)`).join(' | ')} |`);
  console.log(`|---|${results.map(() => '---').join('|')}|`);
  for (const fn of fns) {
    const cells = results.map((r) => {
      const xs = of(r.level).get(fn) ?? [];
      const p95 = pct(xs, 0.95);
      const miss = LEARNER_CALLS.includes(fn) && r.sessions === 200 && p95 > 50 ? ' ⚠' : '';
      return xs.length ? `${ms(pct(xs, 0.5))} / ${ms(p95)} / ${ms(pct(xs, 0.99))}${miss} (n=${xs.length})` : '–';
    });
    console.log(`| ${fn} | ${cells.join(' | ')} |`);
  }
}
for (const r of results)
  if (r.level.errors.size) {
    console.log(`\nFejl ved ${r.sessions} sessioner:`);
    for (const [k, n] of r.level.errors) console.log(`  ${n} × ${k}`);
  }

await pool.end();
await admin.query('drop database fv_load with (force)');
await admin.end();
server.stop();
