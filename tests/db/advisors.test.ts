/**
 * The advisor list, persona by persona: only a learner with a valid certificate may be listed; the
 * name and courses come from the certificates; a revoked certificate, a withdrawn listing or a
 * deleted account leaves the public list at once; nobody edits another's listing.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refused, type TestDb } from '../support/db.ts';
import { course, quizLessons, rightAnswers, personaDb, type Personas } from '../support/personas.ts';
import { ensureBank, takeAssessment } from '../support/assessment-fixture.ts';

let db: TestDb;
let p: Personas;
let code: string;

interface Advisor {
  name: string;
  profession: string;
  firm: string | null;
  city: string;
  about: string;
  contact: string;
  courses: { course_id: string; course_title: string; passed_on: string; code: string }[];
}

const listing = {
  profession: 'revisor',
  firm: 'Fiktiv Revision ApS',
  city: 'København',
  about: 'Reviderer andelsselskaber og foreninger og rådgiver om andelsbeskatning.',
  contact: 'https://fiktiv-revision.example.dk/kontakt',
};

const publicList = () => db.as(null).rpc<Advisor[]>('list_advisors');

beforeAll(async () => {
  ({ db, p } = await personaDb());
  await ensureBank(db, course);
  await db.as(p.learner).rpc('update_my_profile', { p_display_name: 'Lærke Læresen', p_profession: 'revisor' });
  for (const l of quizLessons)
    await db
      .as(p.learner)
      .rpc('record_quiz_attempt', { p_attempt_id: randomUUID(), p_lesson_id: l.id, p_answers: rightAnswers(l), p_attempted_at: null });
  await takeAssessment(db, db.as(p.learner), course.id);
  ({ code } = await db.as(p.learner).rpc<{ code: string }>('issue_certificate', { p_course_id: course.id }));
});
afterAll(() => db?.close());

describe('anonymous visitor', () => {
  it('reads the public list but cannot list anyone or read the table', async () => {
    expect(await publicList()).toEqual([]);
    expect((await refused(db.as(null).rpc('save_advisor_listing', { p_listing: listing }))).code).toBe('42501');
    expect((await refused(db.as(null).query('select * from public.advisor_listings'))).code).toBe('42501');
  });
});

describe('learner with a valid certificate', () => {
  it('is listed with the name and courses from the certificate, never typed in', async () => {
    await db.as(p.learner).rpc('save_advisor_listing', { p_listing: { ...listing, name: 'Et andet navn', courses: ['findes-ikke'] } });
    const [advisor, ...rest] = await publicList();
    expect(rest).toEqual([]);
    expect(advisor).toMatchObject({ name: 'Lærke Læresen', ...listing });
    expect(advisor!.courses).toEqual([expect.objectContaining({ course_id: course.id, code })]);
    expect(Object.keys(advisor!)).not.toContain('user_id');
  });

  it('is refused a contact that is neither an https page nor an e-mail address, and keeps the listing', async () => {
    for (const contact of ['http://usikker.example.dk', 'javascript:alert(1)', 'ikke en adresse'])
      expect((await refused(db.as(p.learner).rpc('save_advisor_listing', { p_listing: { ...listing, contact } }))).code).toBe('23514');
    expect((await publicList())[0]!.contact).toBe(listing.contact);
    await db.as(p.learner).rpc('save_advisor_listing', { p_listing: { ...listing, contact: 'mailto:laerke@example.dk' } });
    expect((await publicList())[0]!.contact).toBe('mailto:laerke@example.dk');
  });

  it('leaves the list at once when withdrawing, and can come back', async () => {
    expect(await db.as(p.learner).rpc('remove_advisor_listing')).toBe(true);
    expect(await publicList()).toEqual([]);
    expect(await db.as(p.learner).rpc('my_advisor_listing')).toBeNull();
    await db.as(p.learner).rpc('save_advisor_listing', { p_listing: listing });
    expect(await publicList()).toHaveLength(1);
  });
});

describe('another learner', () => {
  it('without a certificate cannot be listed, and cannot touch the first learner’s listing', async () => {
    expect((await refused(db.as(p.otherLearner).rpc('save_advisor_listing', { p_listing: listing }))).message).toBe('no_valid_certificate');
    expect(await db.as(p.otherLearner).query('select * from public.advisor_listings')).toEqual([]);
    expect((await refused(db.as(p.otherLearner).query('delete from public.advisor_listings'))).code).toBe('42501');
    expect(await db.as(p.otherLearner).rpc('remove_advisor_listing')).toBe(false);
    expect(await publicList()).toHaveLength(1);
    expect((await refused(db.as(p.otherLearner).query(`update public.advisor_listings set city = 'Aarhus'`))).code).toBe('42501');
  });
});

describe('partner', () => {
  it('has no more rights over the list than any other user without a certificate', async () => {
    expect((await refused(db.as(p.partner).rpc('save_advisor_listing', { p_listing: listing }))).message).toBe('no_valid_certificate');
    expect(await db.as(p.partner).query('select * from public.advisor_listings')).toEqual([]);
  });
});

describe('editor', () => {
  it('revoking the only certificate removes the advisor from the list at once', async () => {
    await db.as(p.editor).rpc('revoke_certificate', { p_code: code, p_reason: 'Udstedt på et forkert grundlag i testen.' });
    expect(await publicList()).toEqual([]);
    expect((await refused(db.as(p.learner).rpc('save_advisor_listing', { p_listing: listing }))).message).toBe('no_valid_certificate');
  });

  it('deleting the account deletes the listing', async () => {
    await db.as(p.learner).rpc('delete_my_data');
    expect((await db.query('select count(*)::int as n from public.advisor_listings')).rows[0]).toEqual({ n: 0 });
  });
});
