/**
 * What each API role may do, on a database prepared like a new Supabase project (whose default
 * privileges give anon and authenticated everything new in public). These lists are the intended
 * ones, written by hand: a new function or table that is open to more roles than it should be
 * fails here until someone decides otherwise.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refused, type TestDb } from '../support/db.ts';
import { personaDb, type Personas } from '../support/personas.ts';

let db: TestDb;
let p: Personas;
beforeAll(async () => {
  ({ db, p } = await personaDb());
});
afterAll(() => db?.close());

const rows = async <T>(sql: string, params: unknown[] = []) => (await db.query<T>(sql, params)).rows;

/** Functions in public and private the role may execute, as schema.name. */
const executable = async (role: string) =>
  (
    await rows<{ name: string }>(
      `select distinct n.nspname || '.' || p.proname as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where n.nspname in ('public', 'private') and has_function_privilege($1, p.oid, 'execute') order by 1`,
      [role],
    )
  ).map((r) => r.name);

/**
 * Every privilege the role holds on a table, view or sequence outside the system schemas: what
 * PostgREST's /rest/v1/<table> endpoints would let it do. Column grants are listed with their columns.
 */
const relationPrivileges = async (role: string) =>
  (
    await rows<{ line: string }>(
      `with rel as (
         select c.oid, c.relkind, format('%I.%I', n.nspname, c.relname) as name
           from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where c.relkind in ('r', 'p', 'v', 'm', 'f', 'S')
            and n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast') and n.nspname not like 'pg_temp%'
       ), whole as (
         select rel.name, priv from rel
          cross join unnest(array['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER']) priv
          where rel.relkind <> 'S' and has_table_privilege($1, rel.oid, priv)
         union all
         select rel.name, priv from rel cross join unnest(array['USAGE', 'SELECT', 'UPDATE']) priv
          where rel.relkind = 'S' and has_sequence_privilege($1, rel.oid, priv)
       ), columns as (
         select rel.name, priv, string_agg(a.attname, ', ' order by a.attname) as cols from rel
          cross join unnest(array['SELECT', 'INSERT', 'UPDATE', 'REFERENCES']) priv
          join pg_attribute a on a.attrelid = rel.oid and a.attnum > 0 and not a.attisdropped
          where rel.relkind <> 'S' and not has_table_privilege($1, rel.oid, priv) and has_column_privilege($1, rel.oid, a.attnum, priv)
          group by rel.name, priv
       )
       select lower(priv) || ' ' || name as line from whole
       union all select lower(priv) || ' ' || name || ' (' || cols || ')' from columns
       order by 1`,
      [role],
    )
  ).map((r) => r.line);

describe('anonymous visitor', () => {
  it('may execute only certificate verification, published stories, businesses and events, public figures, error reports and the catalogue’s lesson ids (and their private helpers)', async () => {
    expect(await executable('anon')).toEqual([
      'private.file_report',
      'private.list_advisors',
      'private.published_businesses',
      'private.published_events',
      'private.site_figures',
      'private.suppress_small',
      'private.verify_certificate',
      'public.catalogue_lesson_ids',
      'public.list_advisors',
      'public.list_published_stories',
      'public.public_figures',
      'public.published_businesses',
      'public.published_events',
      'public.report_error',
      'public.verify_certificate',
    ]);
  });

  it('may only read the published catalogue and the published stories', async () => {
    expect(await relationPrivileges('anon')).toEqual(['select public.courses', 'select public.lessons', 'select public.stories']);
  });

  it('is refused a function meant for signed-in users before it runs', async () => {
    expect((await refused(db.as(null).rpc('my_progress'))).code).toBe('42501');
    expect((await refused(db.as(null).query('select private.is_editor()'))).code).toBe('42501');
  });
});

describe('signed-in users (learner, another learner, partner and editor all have the role authenticated)', () => {
  it('may execute exactly the functions of the site', async () => {
    expect((await executable('authenticated')).filter((f) => f.startsWith('public.'))).toEqual([
      'public.assessment_overview',
      'public.assessment_result',
      'public.certificate_revocations',
      'public.delete_my_data',
      'public.editor_queue',
      'public.export_my_data',
      'public.find_certificate',
      'public.get_my_profile',
      'public.issue_certificate',
      'public.list_advisors',
      'public.list_published_stories',
      'public.merge_guest_progress',
      'public.my_advisor_listing',
      'public.my_business',
      'public.my_certificates',
      'public.my_progress',
      'public.my_submissions',
      'public.public_figures',
      'public.published_businesses',
      'public.published_events',
      'public.record_lesson_done',
      'public.record_quiz_attempt',
      'public.remove_advisor_listing',
      'public.report_error',
      'public.review_submission',
      'public.revoke_certificate',
      'public.save_advisor_listing',
      'public.start_assessment',
      'public.submit_assessment',
      'public.submit_business',
      'public.submit_case_story',
      'public.submit_event',
      'public.update_my_profile',
      'public.update_submission',
      'public.verify_certificate',
      'public.withdraw_submission',
    ]);
  });

  it('may not execute the private helpers that only the database itself runs', async () => {
    const forUsers = await executable('authenticated');
    for (const internal of [
      'private.complete_lesson',
      'private.sync_catalogue',
      'private.pass_threshold',
      'private.touch_updated_at',
      'private.new_certificate_code',
      'private.create_profile_for_new_user',
      'private.guard_submission_update',
      'private.unique_slug',
      'private.publish',
    ])
      expect(forUsers, internal).not.toContain(internal);
  });

  it('hold exactly these table privileges: read only, row level security narrowing each to the user’s own rows', async () => {
    expect(await relationPrivileges('authenticated')).toEqual([
      'select public.advisor_listings',
      'select public.assessment_attempts',
      'select public.businesses',
      'select public.certificate_events',
      'select public.certificates',
      'select public.courses',
      'select public.lesson_progress',
      'select public.lessons',
      'select public.moderation_events (actor_role, created_at, from_state, id, note, submission_id, to_state)',
      'select public.profiles',
      'select public.quiz_attempts',
      'select public.stories',
      'select public.submissions',
      'select public.user_roles',
    ]);
  });

  it('hold no insert, update or delete on any table in any schema (every write is a function that cleans it)', async () => {
    for (const role of ['anon', 'authenticated'])
      expect(
        (await relationPrivileges(role)).filter((line) => /^(insert|update|delete|truncate) /.test(line)),
        role,
      ).toEqual([]);
  });
});

/**
 * What a signed-in user can write that an editor or the public later sees, and the function that
 * cleans it. Written by hand after walking every table and every function that writes one: a new
 * write path fails the test below until it is added here with its answer.
 */
const userWrites: Record<string, string> = {
  'public.submissions':
    'private.submit / update_submission / withdraw_submission / file_report (security definer): ' +
    'clean_fields (known keys only, size cap, honeypot) and the field rules, again in the triggers; editors and submitters ' +
    'see it through submission_for_submitter, where id, kind, state and version win over fields',
  'public.moderation_events': 'written only by the submission triggers; the note is the editor’s, never the submitter’s',
  'public.stories': 'written only by private.publish on approval, from fields an editor has reviewed',
  'public.businesses': 'written only by private.publish on approval, from fields an editor has reviewed',
  'public.profiles':
    'private.update_my_profile: display name trimmed, 2–120 characters, profession from a list; ' +
    'printed on certificates and shown by list_advisors',
  'public.advisor_listings':
    'private.save_advisor_listing / remove_advisor_listing: trimmed, checked lengths, contact ' +
    'only https:// or mailto:; shown publicly by list_advisors, only while a valid certificate exists',
  'public.lesson_progress': 'private.record_lesson_done / complete_lesson: only published lessons, time clamped; seen by the learner only',
  'public.quiz_attempts': 'private.record_quiz_attempt: graded here, answers ≤ 8000 bytes; seen by the learner only',
  'public.assessment_attempts': 'private.start_assessment / submit_assessment: only this attempt’s item ids kept; seen by the learner only',
  'public.certificates':
    'private.issue_certificate: name from the profile, course from the catalogue; the public sees ' + 'verify_certificate’s fixed fields',
  'public.certificate_events': 'written by issue_certificate and revoke_certificate (editors); read by editors only',
  'private.submission_quota': 'private.take_quota counters; nobody reads them but the owner',
};

describe('what a signed-in user can write', () => {
  it('every table a security-definer function callable by API roles writes is in the list, with its answer', async () => {
    const written = await rows<{ name: string }>(`
      select distinct t.name from pg_proc p join pg_namespace n on n.oid = p.pronamespace
       cross join lateral (select format('%I.%I', tn.nspname, c.relname) as name from pg_class c join pg_namespace tn on tn.oid = c.relnamespace
                            where c.relkind = 'r' and tn.nspname in ('public', 'private')
                              and p.prosrc ~* ('(insert\s+into|update|delete\s+from)\s+' || tn.nspname || '\.' || c.relname || '\M')) t
       where n.nspname in ('public', 'private') and (p.prosecdef or p.prorettype = 'trigger'::regtype)
       order by 1`);
    const unlisted = written
      .map((r) => r.name)
      .filter(
        (name) =>
          !(name in userWrites) &&
          !name.startsWith('public.courses') &&
          !['public.lessons', 'private.quiz_keys', 'private.assessments', 'private.assessment_items', 'private.site_pages'].includes(name),
      );
    expect(unlisted, 'add the table to userWrites with what cleans it').toEqual([]);
  });
});

describe('learner', () => {
  it('cannot run an internal helper directly, even with their own id', async () => {
    const e = await refused(db.as(p.learner).query(`select private.complete_lesson($1, 'x', now())`, [p.learner.id]));
    expect(e.code).toBe('42501');
  });
});

describe('another learner', () => {
  it('cannot touch the catalogue sync', async () => {
    expect((await refused(db.as(p.otherLearner).query(`select private.sync_catalogue('{"courses": []}')`))).code).toBe('42501');
  });
});

describe('partner', () => {
  it('cannot write the stories table directly', async () => {
    expect((await refused(db.as(p.partner).query(`delete from public.stories`))).code).toBe('42501');
  });
});

describe('editor', () => {
  it('has no table privilege beyond other users: moderation goes through functions', async () => {
    expect(
      (
        await refused(
          db.as(p.editor).query(`insert into public.stories (slug, title, organisation, legal_form, sector, district,
      founded, size, size_band, principles, summary, story, lessons) values ('x', 'x', 'x', 'x', 'x', 'x', 2000, 'x', 'x', '{}', 'x', 'x', 'x')`),
        )
      ).code,
    ).toBe('42501');
  });
});

describe('service role', () => {
  it('keeps Supabase’s default: everything in public, for server-side maintenance', async () => {
    expect(await executable('service_role')).toContain('public.list_published_stories');
    expect(await relationPrivileges('service_role')).toContain('delete public.stories');
  });
});
