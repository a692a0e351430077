/**
 * Database benchmark: 100,000 learners and 3 million lesson_progress rows (plus 600,000 quiz
 * attempts) on a PostgreSQL server, then the time of "my progress" and "record lesson done"
 * called the way the API calls them (a transaction, the role and claims set), median and p95,
 * with the query plans. Then the same on PGlite at a tenth of the size.
 *   DATABASE_URL=postgres://… npm run bench:db   (otherwise a throw-away PostgreSQL 15 cluster is started)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, chownSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { bootstrap, migrate, type Sql } from '../../supabase/local/database.ts';

interface Timed {
  medianMs: number;
  p95Ms: number;
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;

/** A catalogue of 10 courses of 20 lessons; every other lesson has a knowledge check. */
function catalogue() {
  return {
    courses: Array.from({ length: 10 }, (_, c) => ({
      id: `bench-${c + 1}`,
      title: `Kursus ${c + 1}`,
      level: 'grundlæggende',
      estimated_hours: 5,
      cpd_hours: null,
      cpd_subject_area: null,
      status: 'published',
      lessons: Array.from({ length: 20 }, (_, l) => ({
        id: `bench-${c + 1}-${l + 1}`,
        position: l + 1,
        title: `Lektion ${l + 1}`,
        status: 'published',
        questions: l % 2 ? [{ id: 'q1', correct: ['a'] }] : [],
      })),
    })),
  };
}

async function populate(db: Sql, learners: number) {
  await db.query('select private.sync_catalogue($1::jsonb)', [JSON.stringify(catalogue())]);
  await db.exec(`
    insert into auth.users (id, email)
    select gen_random_uuid(), 'kursist' || g || '@bench.invalid' from generate_series(1, ${learners}) g;
    -- 30 lessons per learner, a different window of the 200 for each.
    with l as (select id, row_number() over (order by id) - 1 as n from public.lessons),
         u as (select id, row_number() over (order by id) as g from auth.users)
    insert into public.lesson_progress (user_id, lesson_id, completed_at, recorded_at)
    select u.id, l.id, now() - (l.n || ' hours')::interval, now()
      from u join l on l.n between u.g % 170 and u.g % 170 + 29;
    insert into public.quiz_attempts (id, user_id, lesson_id, answers, correct, total, passed, attempted_at)
    select gen_random_uuid(), lp.user_id, lp.lesson_id, '{"q1": ["a"]}', 1, 1, true, lp.completed_at
      from public.lesson_progress lp join public.lessons l on l.id = lp.lesson_id
     where l.question_count > 0 and (hashtext(lp.user_id::text) % 5) = 0;
    analyze;
  `);
}

/** One API-style call: a transaction with the learner's role and claims, like PostgREST. */
async function call(db: Sql & { transaction?: unknown }, user: string, sqlText: string, params: unknown[]) {
  await db.exec('begin');
  await db.query(`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', $1, true)`, [
    JSON.stringify({ sub: user, role: 'authenticated' }),
  ]);
  await db.query(sqlText, params);
  await db.exec('commit');
}

async function time(users: string[], run: (user: string, i: number) => Promise<void>): Promise<Timed> {
  const times: number[] = [];
  for (const [i, user] of users.entries()) {
    const started = performance.now();
    await run(user, i);
    times.push(performance.now() - started);
  }
  return { medianMs: percentile(times, 0.5), p95Ms: percentile(times, 0.95) };
}

async function benchmark(db: Sql, label: string, learners: number) {
  console.log(`${label}: fylder ${learners.toLocaleString('da-DK')} kursister ind …`);
  const fill = performance.now();
  await populate(db, learners);
  const counts = (
    await db.query<{ progress: string; attempts: string }>(
      'select (select count(*) from public.lesson_progress) as progress, (select count(*) from public.quiz_attempts) as attempts',
    )
  ).rows[0]!;
  console.log(
    `  ${Number(counts.progress).toLocaleString('da-DK')} fremdriftsrækker, ${Number(counts.attempts).toLocaleString('da-DK')} forsøg (${((performance.now() - fill) / 1000).toFixed(0)} s)`,
  );

  const users = (await db.query<{ id: string }>('select id from auth.users order by random() limit 300')).rows.map((r) => r.id);
  // Warm up, then measure.
  for (const u of users.slice(0, 20)) await call(db, u, 'select public.my_progress()', []);
  const myProgress = await time(users, (u) => call(db, u, 'select public.my_progress()', []));
  // A lesson without a check that the learner has not done (each learner's window leaves most free).
  const free = (
    await db.query<{ user_id: string; lesson_id: string }>(
      `
    select u.id as user_id, (select l.id from public.lessons l where l.question_count = 0
       and not exists (select 1 from public.lesson_progress p where p.user_id = u.id and p.lesson_id = l.id) limit 1) as lesson_id
      from unnest($1::uuid[]) as u(id)`,
      [users],
    )
  ).rows;
  const recordDone = await time(
    free.map((f) => f.user_id),
    (u, i) => call(db, u, 'select public.record_lesson_done($1)', [free[i]!.lesson_id]),
  );

  const plan = async (sqlText: string, params: unknown[]) =>
    (await db.query<{ 'QUERY PLAN': string }>(`explain (analyze, costs off, timing off, summary off) ${sqlText}`, params)).rows
      .map((r) => r['QUERY PLAN'])
      .join('\n');
  const plans = {
    myProgressLessons: await plan('select lp.lesson_id, lp.completed_at from public.lesson_progress lp where lp.user_id = $1', [users[0]]),
    myProgressAttempts: await plan('select a.id, a.lesson_id from public.quiz_attempts a where a.user_id = $1', [users[0]]),
    recordDone: await plan(
      `insert into public.lesson_progress as lp (user_id, lesson_id, completed_at) values ($1, 'bench-1-1', now())
      on conflict (user_id, lesson_id) do update set completed_at = least(lp.completed_at, excluded.completed_at)`,
      [users[1]],
    ),
  };
  return { label, learners, progressRows: Number(counts.progress), attemptRows: Number(counts.attempts), myProgress, recordDone, plans };
}

async function postgres(): Promise<{ url: string; stop(): void }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop() {} };
  const bin = '/usr/lib/postgresql/15/bin';
  const dir = mkdtempSync(join(tmpdir(), 'fv-bench-pg-'));
  const { uid, gid } = { uid: Number(spawnSync('id', ['-u', 'postgres']).stdout), gid: Number(spawnSync('id', ['-g', 'postgres']).stdout) };
  chownSync(dir, uid, gid);
  const as = (args: string[]) => spawnSync('runuser', ['-u', 'postgres', '--', ...args], { stdio: 'inherit' });
  as([`${bin}/initdb`, '-D', `${dir}/data`, '-A', 'trust', '-U', 'postgres']);
  as([
    `${bin}/pg_ctl`,
    '-D',
    `${dir}/data`,
    '-o',
    `-p 55439 -k ${dir} -c listen_addresses=127.0.0.1 -c shared_buffers=512MB`,
    '-l',
    `${dir}/log`,
    '-w',
    'start',
  ]);
  return {
    url: 'postgres://postgres@127.0.0.1:55439/postgres',
    stop: () => void as([`${bin}/pg_ctl`, '-D', `${dir}/data`, '-m', 'fast', 'stop']),
  };
}

const fmt = (t: Timed) => `${t.medianMs.toFixed(2)} / ${t.p95Ms.toFixed(2)}`;
const results = [];

const server = await postgres();
const admin = new pg.Client({ connectionString: server.url });
await admin.connect();
await admin.query('drop database if exists fv_bench');
await admin.query('create database fv_bench');
const target = new URL(server.url);
target.pathname = '/fv_bench';
const client = new pg.Client({ connectionString: target.toString() });
await client.connect();
const viaPg: Sql = { exec: (s) => client.query(s), query: (s, p) => client.query(s, p as unknown[]) as never };
await bootstrap(viaPg);
await migrate(viaPg);
const version = (await client.query('show server_version')).rows[0].server_version;
results.push(await benchmark(viaPg, `PostgreSQL ${version}`, 100_000));
await client.end();
await admin.query('drop database fv_bench');
await admin.end();
server.stop();

const lite = await PGlite.create();
await bootstrap(lite);
await migrate(lite);
results.push(await benchmark(lite, 'PGlite', 10_000));
await lite.close();

console.log('\n| Database | Kursister | Fremdriftsrækker | »Min fremdrift« median/p95 (ms) | »Lektion gennemført« median/p95 (ms) |');
console.log('|---|---:|---:|---|---|');
for (const r of results)
  console.log(
    `| ${r.label} | ${r.learners.toLocaleString('da-DK')} | ${r.progressRows.toLocaleString('da-DK')} | ${fmt(r.myProgress)} | ${fmt(r.recordDone)} |`,
  );
for (const r of results)
  console.log(
    `\nForespørgselsplaner, ${r.label}:\n\n${Object.entries(r.plans)
      .map(([k, v]) => `${k}:\n${v}`)
      .join('\n\n')}`,
  );
