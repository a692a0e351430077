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
  // Published websites are rendered as links: the tables refuse what the forms refuse, even for the owner.
  it('stories and businesses store only http(s) websites, whoever writes them', async () => {
    const story = (website: string) =>
      db.query(
        `
      insert into public.stories (slug, title, organisation, legal_form, sector, district, founded, size, size_band, principles, summary, story, lessons, website)
      values ('lenke-' || md5($1), 'Titel', 'Org', 'Forening', 'Handel', 'Valby', 2000, '5', 'under-10', '{}', 'r', 'h', 'l', $1)`,
        [website],
      );
    const business = (website: string) =>
      db.query(
        `
      insert into public.businesses (slug, name, legal_form, sector, district, offers, rsv, founded, website, cvr, principles, description)
      values ('lenke-' || md5($1), 'Navn', 'Forening', 'Handel', 'Valby', '{andet}', false, 2000, $1, lpad((abs(hashtext($1)) % 100000000)::text, 8, '1'), '{}', 'b')`,
        [website],
      );
    for (const bad of [
      'javascript:alert(1)//x.dk',
      'JAVASCRIPT:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      ' https://x.dk',
      'vbscript:x.dk',
    ]) {
      await expect(story(bad), bad).rejects.toMatchObject({ code: '23514' });
      await expect(business(bad), bad).rejects.toMatchObject({ code: '23514' });
    }
    await story('https://eksempel.dk/om');
    await business('http://eksempel.dk/');
    expect((await rows<{ n: number }>(`select count(*)::int as n from public.stories where slug like 'lenke-%'`))[0]!.n).toBe(1);
    // The rest of this file counts the seed's rows.
    await db.query(`delete from public.stories where slug like 'lenke-%'`);
    await db.query(`delete from public.businesses where slug like 'lenke-%'`);
  });

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

  // The exceptions take an attempt's or a submission's id (or a business's, checked by the trigger), and
  // find it only among the caller's own rows; review_submission only for editors.
  it('no security-definer function callable by anon or authenticated takes a user id', async () => {
    const bad = await rows<{ name: string }>(`
      select p.proname as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace
       where n.nspname = 'private' and p.prosecdef and 'uuid'::regtype = any (p.proargtypes::regtype[])
         and (has_function_privilege('anon', p.oid, 'execute') or has_function_privilege('authenticated', p.oid, 'execute'))
         and p.proname not in ('record_quiz_attempt', 'submit_assessment', 'assessment_result', 'submit', 'update_submission',
                               'withdraw_submission', 'review_submission')`);
    expect(bad).toEqual([]);
  });

  it('every policy uses (select auth.uid()), never a bare auth.uid() per row', async () => {
    const bare = await rows<{ policyname: string }>(`
      select policyname from pg_policies where schemaname = 'public'
         and (coalesce(qual, '') || coalesce(with_check, '')) ~ 'auth\\.uid\\(\\)'
         and (coalesce(qual, '') || coalesce(with_check, '')) !~ 'SELECT auth\\.uid\\(\\)'`);
    expect(bare).toEqual([]);
  });
});

describe('seed', () => {
  it('loads: two learners, a partner, an editor, stories in every state, business entries and error reports', async () => {
    const { seedSql } = await import('../../supabase/local/database.ts');
    await db.exec(seedSql());
    expect((await rows<{ n: number }>('select count(*)::int as n from auth.users'))[0]!.n).toBe(4);
    const states = await rows<{ state: string }>(`select distinct state from public.submissions where kind = 'story' order by 1`);
    expect(states.map((s) => s.state)).toEqual(['approved', 'changes_requested', 'draft', 'pending', 'rejected', 'withdrawn']);
    const kinds = await rows<{ kind: string; n: number }>(
      'select kind, count(*)::int as n from public.submissions group by kind order by 1',
    );
    expect(kinds).toEqual([
      { kind: 'business', n: 2 },
      { kind: 'report', n: 2 },
      { kind: 'story', n: 6 },
    ]);
    expect((await rows<{ n: number }>('select count(*)::int as n from public.stories'))[0]!.n).toBe(1);
    expect((await rows<{ n: number }>('select count(*)::int as n from public.businesses'))[0]!.n).toBe(1);
    expect((await rows<{ n: number }>('select count(*)::int as n from public.moderation_events'))[0]!.n).toBe(16); // 10 created, 6 decisions
    const fictional = await rows<{ n: number }>(
      `select count(*)::int as n from public.submissions where fields::text not ilike '%fiktiv%'`,
    );
    expect(fictional[0]!.n).toBe(0);
  });
});

describe('facets', () => {
  it('the database allows exactly the values of the site’s lists', async () => {
    const { AREAS, AUDIENCES, INCLUSIVE_JOBS, LEGAL_FORMS, OFFER_CATEGORIES, PRINCIPLES, SECTORS, SIZE_BANDS } = await import(
      '../../src/lib/content/taxonomy.ts'
    );
    const list = async (fn: string) => (await rows<{ v: string[] }>(`select private.${fn}() as v`))[0]!.v;
    expect(await list('legal_forms')).toEqual([...LEGAL_FORMS]);
    expect(await list('sectors')).toEqual([...SECTORS]);
    expect(await list('areas')).toEqual([...AREAS]);
    expect(await list('size_bands')).toEqual([...SIZE_BANDS]);
    expect(await list('principles')).toEqual([...PRINCIPLES]);
    expect(await list('offer_categories')).toEqual([...OFFER_CATEGORIES]);
    expect(await list('audiences')).toEqual([...AUDIENCES]);
    expect(await list('inclusive_jobs')).toEqual([...INCLUSIVE_JOBS]);
  });
});

describe('policies and helpers', () => {
  it('one permissive policy per table, role and action (splinter: multiple_permissive_policies)', async () => {
    const doubled = await rows<{ tablename: string; role: string; cmd: string }>(`
      select tablename, role, cmd from pg_policies, unnest(roles) role
       where schemaname = 'public' and permissive = 'PERMISSIVE'
       group by tablename, role, cmd having count(*) > 1`);
    expect(doubled).toEqual([]);
  });

  it('anon and authenticated may execute only the private helpers the API needs', async () => {
    const callable = async (role: string) =>
      (
        await rows<{ name: string }>(`
      select distinct p.proname as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace
       where n.nspname = 'private' and has_function_privilege('${role}', p.oid, 'execute') order by 1`)
      ).map((r) => r.name);
    const forAnon = await callable('anon');
    for (const hidden of [
      'submission_for_submitter',
      'take_quota',
      'publish',
      'submit',
      'field_problems',
      'story_problems',
      'clean_fields',
    ])
      expect(forAnon, hidden).not.toContain(hidden);
    expect(forAnon).toEqual(expect.arrayContaining(['file_report', 'published_businesses']));
    const forUsers = await callable('authenticated');
    for (const hidden of ['take_quota', 'publish', 'field_problems', 'slugify', 'unique_slug'])
      expect(forUsers, hidden).not.toContain(hidden);
  });
});
