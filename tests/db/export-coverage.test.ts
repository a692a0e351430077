/**
 * Export and erasure cover everything: /min-side/ promises "alt, hvad vi har gemt om dig". One
 * person does everything the site lets a person do (learns, passes, is certified, is listed as an
 * advisor, sends a story, a business, a report and an event, moderates and revokes as an editor); then every
 * table with a user reference — found in the system catalogue, not listed by hand — must have each of their
 * rows in export_my_data, and none left after delete_my_data. A new table with a user reference
 * fails here until the export and the deletion cover it.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Persona, TestDb } from '../support/db.ts';
import { course, rightAnswers, personaDb, type Personas } from '../support/personas.ts';
import { validSubmission } from '../support/submission.ts';
import { validBusiness, validReport } from '../support/business.ts';
import { validEvent } from '../support/event.ts';
import { ensureBank, takeAssessment } from '../support/assessment-fixture.ts';
import type { ExportedData } from '../../src/lib/supabase/types.ts';

let db: TestDb;
let p: Personas;
let everyone: Persona; // the person who did everything
type Export = ExportedData;

/** Each user reference (table.column) and how many of the person's rows the export shows for it. */
const inExport: Record<string, (e: Export) => number> = {
  'public.profiles.user_id': (e) => (e.profile ? 1 : 0),
  'public.user_roles.user_id': (e) => e.profile.roles.length,
  'public.lesson_progress.user_id': (e) => e.progress.lessons.length,
  'public.quiz_attempts.user_id': (e) => e.progress.attempts.length,
  'public.assessment_attempts.user_id': (e) => e.assessment_attempts.filter((a) => 'answers' in a && 'score_percent' in a).length,
  'public.certificates.user_id': (e) => e.certificates.filter((c) => 'revoked_at' in c).length,
  'public.certificates.revoked_by': (e) => e.actions.certificates.filter((a) => a.action === 'revoked').length,
  'public.certificate_events.actor_id': (e) => e.actions.certificates.length,
  'public.advisor_listings.user_id': (e) => (e.advisor_listing ? 1 : 0),
  'public.submissions.submitter_id': (e) => e.submissions.filter((s) => Array.isArray(s.events)).length,
  'public.moderation_events.actor_id': (e) => e.actions.moderation.length,
  'public.businesses.owner_id': (e) => e.businesses.length,
};

/** Tables and columns that refer to a person: a foreign key to auth.users, or a name that says so. */
const userReferences = async () =>
  (
    await db.query<{ ref: string }>(`
      select distinct format('%I.%I.%I', n.nspname, c.relname, a.attname) as ref
        from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
       where c.relkind = 'r' and n.nspname in ('public', 'private') and a.attnum > 0 and not a.attisdropped
         and (exists (select 1 from pg_constraint k where k.contype = 'f' and k.conrelid = c.oid and a.attnum = any (k.conkey)
                       and k.confrelid = 'auth.users'::regclass)
              or a.attname ~ '(^|_)(user|owner|submitter|actor|author|learner|advisor)(_id)?$')
       order by 1`)
  ).rows.map((r) => r.ref);

const rowsOf = async (ref: string, id: string) => {
  const [schema, table, column] = ref.split('.');
  return (await db.query<{ n: number }>(`select count(*)::int as n from "${schema}"."${table}" where "${column}" = $1`, [id])).rows[0]!.n;
};

beforeAll(async () => {
  ({ db, p } = await personaDb());
  everyone = await db.createUser('alt@example.dk');
  await db.makeEditor(everyone);
  const me = db.as(everyone);
  await me.rpc('update_my_profile', { p_display_name: 'Alma Altmulig', p_profession: 'revisor' });
  for (const l of course.lessons.filter((l) => l.status === 'published')) {
    if (l.questions.length)
      await me.rpc('record_quiz_attempt', { p_attempt_id: randomUUID(), p_lesson_id: l.id, p_answers: rightAnswers(l) });
    else await me.rpc('record_lesson_done', { p_lesson_id: l.id });
  }
  await ensureBank(db, course);
  await takeAssessment(db, me, course.id, false);
  await takeAssessment(db, me, course.id);
  await me.rpc('issue_certificate', { p_course_id: course.id });
  await me.rpc('save_advisor_listing', {
    p_listing: {
      profession: 'revisor',
      city: 'København',
      about: 'Fiktivt eksempel: revisor for andelsselskaber.',
      contact: 'https://alma.example.dk',
    },
  });
  await me.rpc('submit_case_story', { p_submission: validSubmission() });
  await me.rpc('report_error', { p_report: validReport({ email: 'alt@example.dk' }) });
  const business = await me.rpc<{ id: string; version: number }>('submit_business', { p_business: validBusiness() });
  await db.as(p.editor).rpc('review_submission', { p_id: business.id, p_version: business.version, p_decision: 'approve' });
  const event = await me.rpc<{ id: string; version: number }>('submit_event', { p_event: validEvent() });
  await db.as(p.editor).rpc('review_submission', { p_id: event.id, p_version: event.version, p_decision: 'approve' });

  // As an editor: a decision on someone else's story, and a revoked certificate of another learner.
  const theirs = await db.as(p.partner).rpc<{ id: string; version: number }>('submit_case_story', {
    p_submission: validSubmission({ organisation: 'Fiktiv Anden A.M.B.A.' }),
  });
  await me.rpc('review_submission', { p_id: theirs.id, p_version: theirs.version, p_decision: 'reject', p_note: 'Fiktiv afvisning.' });
  const other = db.as(p.otherLearner);
  await other.rpc('update_my_profile', { p_display_name: 'Otto Anden', p_profession: 'andet' });
  for (const l of course.lessons.filter((l) => l.status === 'published')) {
    if (l.questions.length)
      await other.rpc('record_quiz_attempt', { p_attempt_id: randomUUID(), p_lesson_id: l.id, p_answers: rightAnswers(l) });
    else await other.rpc('record_lesson_done', { p_lesson_id: l.id });
  }
  await takeAssessment(db, other, course.id);
  const cert = await other.rpc<{ code: string }>('issue_certificate', { p_course_id: course.id });
  await me.rpc('revoke_certificate', { p_code: cert.code, p_reason: 'Fiktiv tilbagekaldelse i en test.' });
});
afterAll(() => db?.close());

describe('the person who did everything', () => {
  it('every table with a user reference is covered by the export (add it to export_my_data and to this list)', async () => {
    expect(await userReferences()).toEqual(Object.keys(inExport).sort());
  });

  it('has a row in every one of those tables, and each row is in the export', async () => {
    const data = await db.as(everyone).rpc<Export>('export_my_data');
    for (const [ref, count] of Object.entries(inExport)) {
      const stored = await rowsOf(ref, everyone.id);
      expect(stored, `${ref}: the fixture should make a row`).toBeGreaterThan(0);
      expect(count(data), ref).toBe(stored);
    }
  });

  it('sees the assessment attempts with answers and scores, the revocation date and the advisor listing', async () => {
    const data = await db.as(everyone).rpc<Export>('export_my_data');
    expect(data.assessment_attempts.map((a) => a.passed)).toEqual([false, true]);
    expect(data.assessment_attempts[1]).toMatchObject({ course_id: course.id, score_percent: 100 });
    expect(Object.keys(data.assessment_attempts[1]?.answers ?? {}).length).toBeGreaterThan(0);
    expect(data.certificates[0]).toHaveProperty('revoked_at', null);
    expect(data.advisor_listing).toMatchObject({ city: 'København', contact: 'https://alma.example.dk' });
    expect(data.submissions.map((s) => s.kind).sort()).toEqual(['business', 'event', 'report', 'story']);
    expect(data.businesses[0]).toMatchObject({ cvr: '10000009' });
    expect(JSON.stringify(data)).not.toContain(p.editor.id);
    expect(JSON.stringify(data)).not.toContain('Otto Anden');
  });

  it('after deletion no row of any of those tables refers to the person, nor a daily quota counter', async () => {
    await db.as(everyone).rpc('delete_my_data');
    for (const ref of await userReferences()) expect(await rowsOf(ref, everyone.id), ref).toBe(0);
    const quota = await db.query<{ n: number }>(`select count(*)::int as n from private.submission_quota where key in ($1, $2)`, [
      everyone.id,
      everyone.email,
    ]);
    expect(quota.rows[0]!.n).toBe(0);
    // Other people's rows stay: the other learner's revoked certificate, the partner's story.
    expect(await rowsOf('public.certificates.user_id', p.otherLearner.id)).toBe(1);
    expect(await rowsOf('public.submissions.submitter_id', p.partner.id)).toBe(1);
  });
});
