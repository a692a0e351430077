/**
 * A certificate says in which language the course was taken: the catalogue knows each course's
 * language (synced from `lang` in courses/<course>/index.md) and the certificate keeps it, for the
 * learner (issue_certificate, my_certificates) and for anyone checking the code (verify_certificate).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCatalogue } from '../../scripts/catalogue.ts';
import type { TestDb } from '../support/db.ts';
import { course as danishCourse, personaDb, type Personas } from '../support/personas.ts';
import { ensureBank, takeAssessment } from '../support/assessment-fixture.ts';

const englishCourse = readCatalogue().courses.find((c) => c.lang === 'en' && c.status === 'published')!;

let db: TestDb;
let p: Personas;
beforeAll(async () => {
  ({ db, p } = await personaDb());
  await ensureBank(db, danishCourse);
});
afterAll(() => db?.close());

async function complete(learner: Personas['learner'], c: typeof englishCourse) {
  for (const l of c.lessons.filter((l) => l.status === 'published'))
    await db.as(learner).rpc('record_quiz_attempt', {
      p_attempt_id: randomUUID(),
      p_lesson_id: l.id,
      p_answers: Object.fromEntries(l.questions.map((q) => [q.id, q.correct])),
    });
  await takeAssessment(db, db.as(learner), c.id);
  return db.as(learner).rpc<{ code: string; course_lang: string }>('issue_certificate', { p_course_id: c.id });
}

describe('the catalogue', () => {
  it('knows the language of each course', async () => {
    expect(englishCourse, 'a published English course in courses/').toBeDefined();
    const { rows } = await db.query<{ id: string; lang: string }>('select id, lang from public.courses where id = any ($1)', [
      [englishCourse.id, danishCourse.id],
    ]);
    expect(Object.fromEntries(rows.map((r) => [r.id, r.lang]))).toEqual({ [englishCourse.id]: 'en', [danishCourse.id]: 'da' });
  });

  it('refuses a language the site does not have', async () => {
    await expect(db.query(`update public.courses set lang = 'sv' where id = $1`, [englishCourse.id])).rejects.toThrow(/check/);
  });
});

describe('learner', () => {
  it('gets a certificate for the English course that says English, and one for a Danish course that says Danish', async () => {
    await db.as(p.learner).rpc('update_my_profile', { p_display_name: 'Lærke Læresen', p_profession: 'revisor' });
    const english = await complete(p.learner, englishCourse);
    expect(english.course_lang).toBe('en');
    const danish = await complete(p.learner, danishCourse as typeof englishCourse);
    expect(danish.course_lang).toBe('da');
    const mine = await db.as(p.learner).rpc<{ code: string; course_lang: string }[]>('my_certificates');
    expect(Object.fromEntries(mine.map((c) => [c.code, c.course_lang]))).toEqual({ [english.code]: 'en', [danish.code]: 'da' });
  });

  it('cannot change the language a certificate records', async () => {
    await expect(db.as(p.learner).query(`update public.certificates set course_lang = 'da'`)).rejects.toThrow();
  });
});

describe('anonymous', () => {
  it('sees the language when checking a code', async () => {
    const { rows } = await db.query<{ code: string }>('select code from public.certificates where course_id = $1', [englishCourse.id]);
    const found = await db.as(null).rpc<{ course_lang: string; course_title: string }>('verify_certificate', { p_code: rows[0]!.code });
    expect(found).toMatchObject({ course_lang: 'en', course_title: englishCourse.title });
  });
});

describe('editor', () => {
  it('a course later synced in another language leaves earlier certificates as they were', async () => {
    await db.query(`update public.courses set lang = 'da' where id = $1`, [englishCourse.id]);
    const { rows } = await db.query<{ course_lang: string }>('select course_lang from public.certificates where course_id = $1', [
      englishCourse.id,
    ]);
    expect(rows.map((r) => r.course_lang)).toEqual(['en']);
    await db.query(`update public.courses set lang = 'en' where id = $1`, [englishCourse.id]);
  });
});
