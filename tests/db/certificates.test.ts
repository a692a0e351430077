import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refused, type TestDb } from '../support/db.ts';
import { course, quizLessons, rightAnswers, personaDb, type Personas } from '../support/personas.ts';
import { ensureBank, takeAssessment } from '../support/assessment-fixture.ts';

let db: TestDb;
let p: Personas;
beforeAll(async () => {
  ({ db, p } = await personaDb());
  await ensureBank(db, course);
});
afterAll(() => db?.close());

interface Certificate {
  code: string;
  participant_name: string;
  course_title: string;
  hours: number;
  subject_area: string | null;
  completed_on: string;
}

async function passAll(user: Personas['learner'], lessons = quizLessons) {
  for (const l of lessons)
    await db.as(user).rpc('record_quiz_attempt', { p_attempt_id: randomUUID(), p_lesson_id: l.id, p_answers: rightAnswers(l) });
}

describe('learner', () => {
  it('cannot get a certificate without the name to print on it', async () => {
    await passAll(p.learner);
    expect((await refused(db.as(p.learner).rpc('issue_certificate', { p_course_id: course.id }))).message).toBe('name_required');
  });

  it('gets a certificate when every lesson is done, with hours and subject area; asking again returns the same', async () => {
    await db.as(p.learner).rpc('update_my_profile', { p_display_name: 'Lærke Læresen', p_profession: 'revisor' });
    expect((await refused(db.as(p.learner).rpc('issue_certificate', { p_course_id: course.id }))).message).toBe('assessment_required');
    await takeAssessment(db, db.as(p.learner), course.id);
    const cert = await db.as(p.learner).rpc<Certificate>('issue_certificate', { p_course_id: course.id });
    expect(cert.code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    expect(cert).toMatchObject({ participant_name: 'Lærke Læresen', course_title: course.title });
    expect(Number(cert.hours)).toBe(course.cpd_hours ?? course.estimated_hours);
    expect(cert.subject_area).toBe(course.cpd_subject_area);
    expect(cert).not.toHaveProperty('user_id');
    expect(await db.as(p.learner).rpc('issue_certificate', { p_course_id: course.id })).toEqual(cert);
    expect(await db.as(p.learner).rpc<Certificate[]>('my_certificates')).toEqual([cert]);
  });

  it('cannot insert a certificate directly', async () => {
    const e = await refused(
      db.as(p.learner).query(
        `insert into public.certificates (code, user_id, course_id, participant_name, course_title, level, hours, started_on, completed_on)
       values ('AAAA-BBBB-CCCC', $1, $2, 'X Y', 'T', 'øvet', 99, now(), now())`,
        [p.learner.id, course.id],
      ),
    );
    expect(e.code).toBe('42501');
  });
});

describe('another learner', () => {
  it('cannot issue a certificate early', async () => {
    await db.as(p.otherLearner).rpc('update_my_profile', { p_display_name: 'Anders Anden', p_profession: null });
    await passAll(p.otherLearner, quizLessons.slice(0, -1));
    const e = await refused(db.as(p.otherLearner).rpc('issue_certificate', { p_course_id: course.id }));
    expect(e.message).toBe('course_incomplete');
    expect(e.detail).toBe('1');
  });

  it('sees no one else’s certificates', async () => {
    expect(await db.as(p.otherLearner).rpc('my_certificates')).toEqual([]);
    expect(await db.as(p.otherLearner).query('select * from public.certificates')).toEqual([]);
  });
});

describe('anonymous visitor', () => {
  it('verifies a certificate by its code, in any case and spacing, and learns only name, course, dates, hours and score', async () => {
    const [{ code }] = (await db.query<{ code: string }>('select code from public.certificates limit 1')).rows as [{ code: string }];
    const found = await db
      .as(null)
      .rpc<Record<string, unknown>>('verify_certificate', { p_code: ` ${code.toLowerCase().replaceAll('-', ' ')} ` });
    expect(Object.keys(found).sort()).toEqual([
      'completed_on',
      'course_lang',
      'course_title',
      'hours',
      'participant_name',
      'passed_at',
      'revoked_at',
      'score_percent',
    ]);
    expect(found.participant_name).toBe('Lærke Læresen');
  });

  it('gets nothing for a wrong code', async () => {
    expect(await db.as(null).rpc('verify_certificate', { p_code: 'AAAA-AAAA-AAAA' })).toBeNull();
    expect(await db.as(null).rpc('verify_certificate', { p_code: '' })).toBeNull();
  });

  it('cannot read the certificates table nor issue one', async () => {
    expect((await refused(db.as(null).query('select * from public.certificates'))).code).toBe('42501');
    expect((await refused(db.as(null).rpc('issue_certificate', { p_course_id: course.id }))).code).toBe('42501');
  });
});

describe('partner', () => {
  it('sees no certificate of the learner and cannot issue one without the lessons', async () => {
    expect(await db.as(p.partner).query('select * from public.certificates')).toEqual([]);
    await db.as(p.partner).rpc('update_my_profile', { p_display_name: 'Pia Partner', p_profession: 'partner' });
    expect((await refused(db.as(p.partner).rpc('issue_certificate', { p_course_id: course.id }))).message).toBe('course_incomplete');
  });
});

describe('editor', () => {
  it('has no more access to certificates than any learner', async () => {
    expect(await db.as(p.editor).query('select * from public.certificates')).toEqual([]);
    expect(await db.as(p.editor).rpc('my_certificates')).toEqual([]);
    expect((await refused(db.as(p.editor).query(`update public.certificates set participant_name = 'Ændret'`))).code).toBe('42501');
    const { rows } = await db.query<{ participant_name: string }>('select participant_name from public.certificates where user_id = $1', [
      p.learner.id,
    ]);
    expect(rows.map((r) => r.participant_name)).toEqual(['Lærke Læresen']);
  });
});
