import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refused, type TestDb } from '../support/db.ts';
import { course, quizLessons, rightAnswers, personaDb, type Personas } from '../support/personas.ts';
import { validSubmission } from '../support/submission.ts';
import type { ExportedData } from '../../src/lib/supabase/types.ts';
import { ensureBank, takeAssessment } from '../support/assessment-fixture.ts';

let db: TestDb;
let p: Personas;
beforeAll(async () => {
  ({ db, p } = await personaDb());
  await db.as(p.learner).rpc('update_my_profile', { p_display_name: 'Lærke Læresen', p_profession: 'revisor' });
  for (const l of quizLessons)
    await db.as(p.learner).rpc('record_quiz_attempt', { p_attempt_id: randomUUID(), p_lesson_id: l.id, p_answers: rightAnswers(l) });
  await ensureBank(db, course);
  await takeAssessment(db, db.as(p.learner), course.id);
  await db.as(p.learner).rpc('issue_certificate', { p_course_id: course.id });
  await db.as(p.learner).rpc('submit_case_story', { p_submission: validSubmission() });
});
afterAll(() => db?.close());

describe('learner', () => {
  it('exports all of its data as one JSON document', async () => {
    const data = await db.as(p.learner).rpc<ExportedData>('export_my_data');
    expect(data.user).toEqual({ id: p.learner.id, email: p.learner.email });
    expect(data.profile.display_name).toBe('Lærke Læresen');
    expect(data.progress.lessons).toHaveLength(quizLessons.length);
    expect(data.certificates).toHaveLength(1);
    expect(data.submissions).toHaveLength(1);
  });

  it('deletes all of its personal data, which cascades from the account', async () => {
    expect(await db.as(p.learner).rpc('delete_my_data')).toEqual({ deleted: true });
    for (const table of [
      'auth.users where id',
      'public.profiles where user_id',
      'public.lesson_progress where user_id',
      'public.quiz_attempts where user_id',
      'public.certificates where user_id',
      'public.submissions where submitter_id',
    ]) {
      const { rows } = await db.query<{ n: number }>(`select count(*)::int as n from ${table} = $1`, [p.learner.id]);
      expect(rows[0]!.n, table).toBe(0);
    }
  });
});

describe('another learner', () => {
  it('exports only its own (empty) data and cannot delete someone else', async () => {
    const data = await db.as(p.otherLearner).rpc<ExportedData>('export_my_data');
    expect(data.progress).toEqual({ lessons: [], attempts: [] });
    expect(data.submissions).toEqual([]);
    // The only deletion function takes no user id: it deletes the caller and no one else.
    expect((await refused(db.as(p.otherLearner).query(`delete from auth.users where id = $1`, [p.partner.id]))).code).toBe('42501');
    const { rows } = await db.query<{ n: number }>('select count(*)::int as n from auth.users where id = $1', [p.partner.id]);
    expect(rows[0]!.n).toBe(1);
  });

  it('delete_my_data deletes the stranger and no one else', async () => {
    const lesson = quizLessons[0]!;
    await db
      .as(p.partner)
      .rpc('record_quiz_attempt', { p_attempt_id: randomUUID(), p_lesson_id: lesson.id, p_answers: rightAnswers(lesson) });
    await db
      .as(p.otherLearner)
      .rpc('record_quiz_attempt', { p_attempt_id: randomUUID(), p_lesson_id: lesson.id, p_answers: rightAnswers(lesson) });
    const count = async (sql: string, id: string) => (await db.query<{ n: number }>(sql, [id])).rows[0]!.n;
    const partnerAttempts = await count('select count(*)::int as n from public.quiz_attempts where user_id = $1', p.partner.id);
    expect(partnerAttempts).toBe(1);

    expect(await db.as(p.otherLearner).rpc('delete_my_data')).toEqual({ deleted: true });
    expect(await count('select count(*)::int as n from auth.users where id = $1', p.otherLearner.id)).toBe(0);
    expect(await count('select count(*)::int as n from public.quiz_attempts where user_id = $1', p.otherLearner.id)).toBe(0);
    for (const other of [p.partner, p.editor])
      expect(await count('select count(*)::int as n from auth.users where id = $1', other.id)).toBe(1);
    expect(await count('select count(*)::int as n from public.quiz_attempts where user_id = $1', p.partner.id)).toBe(partnerAttempts);
    expect(await count(`select count(*)::int as n from public.user_roles where user_id = $1 and role = 'editor'`, p.editor.id)).toBe(1);
  });
});

describe('partner', () => {
  it('exports its own submission and nothing of anyone else', async () => {
    await db.as(p.partner).rpc('submit_case_story', { p_submission: validSubmission({ organisation: 'Fiktiv Partner A.M.B.A.' }) });
    const data = await db.as(p.partner).rpc<ExportedData>('export_my_data');
    expect(data.user.id).toBe(p.partner.id);
    expect(data.submissions.map((s) => (s.kind === 'story' ? s.organisation : s.kind))).toEqual(['Fiktiv Partner A.M.B.A.']);
    expect(data.certificates).toEqual([]);
  });
});

describe('editor', () => {
  it('exports only its own data, though it may read every submission for moderation', async () => {
    const data = await db.as(p.editor).rpc<ExportedData>('export_my_data');
    expect(data.user.id).toBe(p.editor.id);
    expect(data.submissions).toEqual([]);
    expect(data.profile.roles).toEqual(['editor']);
  });

  it('cannot delete another account', async () => {
    expect((await refused(db.as(p.editor).query('delete from auth.users where id = $1', [p.partner.id]))).code).toBe('42501');
  });
});

describe('anonymous visitor', () => {
  it('cannot export or delete', async () => {
    expect((await refused(db.as(null).rpc('export_my_data'))).code).toBe('42501');
    expect((await refused(db.as(null).rpc('delete_my_data'))).code).toBe('42501');
  });

  it('sees public figures with counts under 5 suppressed (tests/db/figures.test.ts has the rest)', async () => {
    expect(await db.as(null).rpc('public_figures')).toMatchObject({ learners: null, certificates: null, stories: null });
    const learners = await Promise.all(Array.from({ length: 5 }, (_, i) => db.createUser(`tal${i}@example.dk`)));
    for (const u of learners)
      for (const l of quizLessons)
        await db.as(u).rpc('record_quiz_attempt', { p_attempt_id: randomUUID(), p_lesson_id: l.id, p_answers: rightAnswers(l) });
    const figures = await db.as(null).rpc<Record<string, number | null>>('public_figures');
    // The five, and one learner from the tests above whose progress is still there: under 5 was null.
    expect(figures.learners).toBe(6);
    expect(figures.certificates).toBeNull();
  });
});
