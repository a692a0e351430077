/** Rules that hold for the whole schema, so a new table or function cannot forget them. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../support/db.ts';

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(() => db?.close());

const rows = async <T>(sql: string) => (await db.query<T>(sql)).rows;

describe('schema rules', () => {
  it('every table in public and private has row level security enabled', async () => {
    const open = await rows<{ name: string }>(`
      select n.nspname || '.' || c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where c.relkind = 'r' and n.nspname in ('public', 'private') and not c.relrowsecurity`);
    expect(open).toEqual([]);
  });

  it('security-definer functions live only in private, with an empty search_path', async () => {
    const bad = await rows<{ name: string }>(`
      select n.nspname || '.' || p.proname as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace
       where p.prosecdef and n.nspname in ('public', 'private')
         and (n.nspname <> 'private' or not coalesce(p.proconfig, '{}') @> array['search_path=""'])`);
    expect(bad).toEqual([]);
  });

  // The exceptions take an attempt's id, and find it only among the caller's own attempts.
  it('no security-definer function callable by anon or authenticated takes a user id', async () => {
    const bad = await rows<{ name: string }>(`
      select p.proname as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace
       where n.nspname = 'private' and p.prosecdef and 'uuid'::regtype = any (p.proargtypes::regtype[])
         and (has_function_privilege('anon', p.oid, 'execute') or has_function_privilege('authenticated', p.oid, 'execute'))
         and p.proname not in ('record_quiz_attempt', 'submit_assessment', 'assessment_result')`);
    expect(bad).toEqual([]);
  });

  it('every policy uses (select auth.uid()), never a bare auth.uid() per row', async () => {
    const bare = await rows<{ policyname: string }>(`
      select policyname from pg_policies where schemaname = 'public'
         and (coalesce(qual, '') || coalesce(with_check, '')) ~ 'auth\\.uid\\(\\)'
         and (coalesce(qual, '') || coalesce(with_check, '')) !~ 'SELECT auth\\.uid\\(\\)'`);
    expect(bare).toEqual([]);
  });

  it('anon can execute exactly the public functions meant for visitors', async () => {
    const forAnon = await rows<{ name: string }>(`
      select p.proname as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace
       where n.nspname = 'public' and has_function_privilege('anon', p.oid, 'execute') order by 1`);
    expect(forAnon.map((r) => r.name)).toEqual(['list_published_stories', 'public_figures', 'verify_certificate']);
  });
});

describe('seed', () => {
  it('loads: two learners, a partner, an editor and a submission in every state, one published', async () => {
    const { seedSql } = await import('../../supabase/local/database.ts');
    await db.exec(seedSql());
    expect((await rows<{ n: number }>('select count(*)::int as n from auth.users'))[0]!.n).toBe(4);
    const states = await rows<{ state: string }>('select distinct state from public.case_submissions order by 1');
    expect(states.map((s) => s.state)).toEqual(['approved', 'changes_requested', 'draft', 'pending', 'rejected', 'withdrawn']);
    expect((await rows<{ n: number }>('select count(*)::int as n from public.stories'))[0]!.n).toBe(1);
    expect((await rows<{ n: number }>('select count(*)::int as n from public.moderation_events'))[0]!.n).toBe(10); // 6 created, 4 decisions
  });
});

describe('story facets', () => {
  it('the database allows exactly the values of the site’s lists', async () => {
    const { AREAS, LEGAL_FORMS, SECTORS, SIZE_BANDS } = await import('../../src/lib/content/taxonomy.ts');
    const allowed = async (column: string) => {
      const [{ def }] = await rows<{ def: string }>(`
        select pg_get_constraintdef(c.oid) as def from pg_constraint c
         where c.conrelid = 'public.case_submissions'::regclass and c.contype = 'c' and pg_get_constraintdef(c.oid) like '%(${column} = ANY%'`) as [{ def: string }];
      return [...def.matchAll(/'([^']+)'::text/g)].map((m) => m[1]).sort();
    };
    expect(await allowed('legal_form')).toEqual([...LEGAL_FORMS].sort());
    expect(await allowed('sector')).toEqual([...SECTORS].sort());
    expect(await allowed('district')).toEqual([...AREAS].sort());
    expect(await allowed('size_band')).toEqual([...SIZE_BANDS].sort());
  });
});
