/**
 * The pieces of the upgrade-path test: apply a chosen list of migrations (the released ones, then
 * the newer ones), fill the database with a few hundred learners who did everything the site lets
 * them do, and compare every row a user owns before and after.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Sql } from '../../supabase/local/database.ts';
import { MIGRATIONS_DIR } from '../../scripts/migrations.ts';
import type { TestDb } from './db.ts';
import { course, rightAnswers } from './personas.ts';
import { validSubmission } from './submission.ts';
import { validBusiness, validReport } from './business.ts';
import { ensureBank, takeAssessment } from './assessment-fixture.ts';
import { readSitePages } from '../../scripts/site-pages.ts';

/** Applies migrations by file name, each in its own transaction, recorded as the Supabase CLI does. */
export async function applyMigrations(db: Sql, files: string[], sqlOf = (f: string) => readFileSync(join(MIGRATIONS_DIR, f), 'utf8')) {
  for (const file of files)
    await db
      .exec(`begin;\n${sqlOf(file)}\n;insert into supabase_migrations.schema_migrations (version, name)
      values ('${file.slice(0, 14)}', '${file.slice(15, -4)}');\ncommit;`)
      .catch(async (e) => {
        await db.exec('rollback').catch(() => {});
        throw new Error(`${file}: ${(e as Error).message}`);
      });
}

/** Tables with a column that refers to a person (a foreign key to auth.users, or a name that says so), and auth.users. */
async function userTables(db: Sql) {
  const { rows } = await db.query<{ tbl: string; refs: string[]; pk: string[] }>(`
    select format('%I.%I', n.nspname, c.relname) as tbl,
           array_agg(distinct a.attname::text) as refs,
           (select array_agg(k.attname::text order by k.attnum) from pg_index i join pg_attribute k on k.attrelid = i.indrelid and k.attnum = any (i.indkey)
             where i.indrelid = c.oid and i.indisprimary) as pk
      from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
     where c.relkind = 'r' and n.nspname in ('public', 'private') and a.attnum > 0 and not a.attisdropped
       and (exists (select 1 from pg_constraint k where k.contype = 'f' and k.conrelid = c.oid and a.attnum = any (k.conkey)
                     and k.confrelid = 'auth.users'::regclass)
            or a.attname ~ '(^|_)(user|owner|submitter|actor|author|learner|advisor)(_id)?$')
     group by n.nspname, c.relname, c.oid order by 1`);
  return [{ tbl: 'auth.users', refs: ['id'], pk: ['id'] }, ...rows];
}

export type Snapshot = Map<string, Map<string, Record<string, unknown>>>;

/** Every row a user owns, by table and primary key. */
export async function snapshot(db: Sql): Promise<Snapshot> {
  const result: Snapshot = new Map();
  for (const { tbl, refs, pk } of await userTables(db)) {
    if (!pk?.length) throw new Error(`${tbl} has no primary key: the upgrade test cannot follow its rows`);
    const owned = refs.map((r) => `t."${r}" is not null`).join(' or ');
    const { rows } = await db.query<{ row: Record<string, unknown> }>(`select to_jsonb(t) as row from ${tbl} t where ${owned}`);
    result.set(tbl, new Map(rows.map(({ row }) => [JSON.stringify(pk.map((k) => row[k])), row])));
  }
  return result;
}

export const rowCount = (s: Snapshot) => [...s.values()].reduce((n, rows) => n + rows.size, 0);

/** What was lost or changed between two snapshots. Columns added since are not a change. */
export function compare(before: Snapshot, after: Snapshot): string[] {
  const problems: string[] = [];
  for (const [tbl, rows] of before) {
    const now = after.get(tbl);
    for (const [key, row] of rows) {
      const later = now?.get(key);
      if (!later) problems.push(`${tbl} ${key}: lost`);
      else {
        const changed = Object.keys(row).filter((col) => JSON.stringify(row[col]) !== JSON.stringify(later[col]));
        if (changed.length) problems.push(`${tbl} ${key}: changed ${changed.join(', ')}`);
      }
    }
  }
  return problems;
}

/**
 * A few hundred learners: each has a profile and some progress and practice attempts; every tenth
 * passed the assessment and holds a certificate (some listed as advisors, one revoked); others sent
 * stories, reports and business entries, some of them decided by an editor.
 */
export async function generateLearners(db: TestDb, count: number) {
  const { rows: users } = await db.query<{ id: string; email: string }>(`
    insert into auth.users (email, email_confirmed_at)
    select 'fiktiv' || n || '@upgrade.example.dk', now() - make_interval(days => n % 90) from generate_series(1, ${count}) n
    returning id, email`);
  await db.query(`update public.profiles p set display_name = 'Fiktiv Deltager ' || substr(p.user_id::text, 1, 8), profession = 'revisor'
                   where p.user_id in (select id from auth.users where email like '%@upgrade.example.dk')`);
  const editor = await db.createUser('redaktor@upgrade.example.dk');
  await db.makeEditor(editor);
  await ensureBank(db, course);
  const lessons = course.lessons.filter((l) => l.status === 'published');
  const terms = readSitePages()
    .filter((p) => p.kind === 'glossary')
    .map((p) => p.path);

  for (const [i, user] of users.entries()) {
    const me = db.as(user);
    // Everyone did part of the course; every tenth all of it, the assessment and the certificate.
    const done = i % 10 === 0 ? lessons : lessons.slice(0, 1 + (i % lessons.length));
    for (const l of done) {
      if (l.questions.length)
        await me.rpc('record_quiz_attempt', { p_attempt_id: randomUUID(), p_lesson_id: l.id, p_answers: rightAnswers(l) });
      else await me.rpc('record_lesson_done', { p_lesson_id: l.id });
    }
    if (i % 10 === 0) {
      await takeAssessment(db, me, course.id);
      const cert = await me.rpc<{ code: string }>('issue_certificate', { p_course_id: course.id });
      if (i % 30 === 0)
        await me.rpc('save_advisor_listing', {
          p_listing: {
            profession: 'revisor',
            city: 'København',
            about: 'Fiktivt eksempel: revisor for andelsselskaber.',
            contact: 'https://raadgiver.example.dk',
          },
        });
      if (i === 100)
        await db.as(editor).rpc('revoke_certificate', { p_code: cert.code, p_reason: 'Fiktiv tilbagekaldelse i opgraderingstesten.' });
    }
    if (i % 7 === 1) {
      const s = await me.rpc<{ id: string; version: number }>('submit_case_story', {
        p_submission: validSubmission({ organisation: `Fiktiv Virksomhed ${i} A.M.B.A.` }),
      });
      if (i % 21 === 1) await db.as(editor).rpc('review_submission', { p_id: s.id, p_version: s.version, p_decision: 'approve' });
    }
    if (i % 11 === 2)
      await me.rpc('report_error', {
        p_report: validReport({ page_path: terms[i % terms.length], what: `Fiktiv fejlmelding nummer ${i} om en paragraf.` }),
      });
    if (i % 50 === 3) {
      // In the released migrations' shape: a business's inclusive jobs came later (20261207140000_inclusive_jobs.sql).
      const { inclusive_jobs: _, ...released } = validBusiness({ name: `Fiktiv Kantine ${i}`, cvr: validCvr(i) });
      const b = await me.rpc<{ id: string; version: number }>('submit_business', { p_business: released });
      await db.as(editor).rpc('review_submission', { p_id: b.id, p_version: b.version, p_decision: 'approve' });
    }
  }
}

/** The i-th valid CVR number (weights 2 7 6 5 4 3 2 1, sum divisible by 11, first digit not 0). */
function validCvr(i: number): string {
  const weights = [2, 7, 6, 5, 4, 3, 2, 1];
  for (let n = 20000000 + i * 97; ; n++) {
    const digits = String(n).split('').map(Number);
    if (digits.reduce((sum, d, k) => sum + d * weights[k]!, 0) % 11 === 0) return String(n);
  }
}
