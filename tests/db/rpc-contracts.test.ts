/**
 * The answer of every RPC function the browser calls, held to the schema the browser checks it
 * with (src/lib/supabase/contracts.ts), built strict here: a key added, renamed or dropped, or a
 * value of another type, fails. The list of functions is read from the browser's code
 * (src/lib/supabase/rpc.ts and the plain fetch in src/client/), so a new call without a contract
 * fails too. The personas do what the site lets them do, so every answer carries real rows.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { contracts } from '../../src/lib/supabase/contracts.ts';
import { ensureBank, keysOf, type StartedAttempt } from '../support/assessment-fixture.ts';
import { validBusiness, validReport } from '../support/business.ts';
import type { Persona, Session, TestDb } from '../support/db.ts';
import { course, personaDb, rightAnswers, type Personas } from '../support/personas.ts';
import { validSubmission } from '../support/submission.ts';
import { validEvent } from '../support/event.ts';

const strict = contracts(z.strictObject as unknown as typeof z.object);
type Contract = keyof typeof strict;

/** The functions the browser calls, from its own code. */
function browserRpcs(): string[] {
  const wrappers = readFileSync(new URL('../../src/lib/supabase/rpc.ts', import.meta.url), 'utf8');
  const fetched = readFileSync(new URL('../../src/client/advisors.ts', import.meta.url), 'utf8');
  return [...wrappers.matchAll(/c\.rpc\('([a-z_]+)'/g), ...fetched.matchAll(/\/rest\/v1\/rpc\/([a-z_]+)/g)].map((m) => m[1]!).sort();
}

let db: TestDb;
let p: Personas;
let learner: Persona;
const answers = new Map<string, { contract: Contract; answer: unknown }[]>();

/** Calls a function as `who` and keeps the answer for its contract. */
async function call<T>(who: Session, fn: string, contract: Contract, args?: Record<string, unknown>): Promise<T> {
  const answer = await who.rpc<T>(fn, args);
  answers.set(fn, [...(answers.get(fn) ?? []), { contract, answer }]);
  return answer;
}

beforeAll(async () => {
  ({ db, p } = await personaDb());
  learner = await db.createUser('kontrakt@example.dk');
  const me = db.as(learner);
  const editor = db.as(p.editor);
  const anon = db.as(null);
  const published = course.lessons.filter((l) => l.status === 'published');

  // Learning. Every lesson of the catalogue has a check, so a lesson without one is added, as learning.test.ts does.
  await db.query(
    `insert into public.lessons (id, course_id, position, title, question_count, status) values ('uden-tjek', '${course.id}', 99, 'Uden videnstjek', 0, 'published')`,
  );
  await call(me, 'record_lesson_done', 'lessonDone', { p_lesson_id: 'uden-tjek' });
  await call(me, 'update_my_profile', 'profile', { p_display_name: 'Kamma Kontrakt', p_profession: 'revisor' });
  await call(me, 'get_my_profile', 'profile');
  for (const l of published) {
    if (l.questions.length)
      await call(me, 'record_quiz_attempt', 'attemptResult', { p_attempt_id: randomUUID(), p_lesson_id: l.id, p_answers: rightAnswers(l) });
    else await call(me, 'record_lesson_done', 'lessonDone', { p_lesson_id: l.id });
  }
  await call(me, 'my_progress', 'serverProgress');
  const [first] = published;
  await call(me, 'merge_guest_progress', 'serverProgress', {
    p_progress: { lessons: { [first!.id]: { courseId: course.id, doneAt: '2026-11-30T10:00:00.000Z', attempts: [] } } },
  });
  await call(anon, 'catalogue_lesson_ids', 'lessonIds');

  // Assessment and certificates
  await ensureBank(db, course);
  await call(me, 'assessment_overview', 'assessmentOverview', { p_course_id: course.id });
  const attempt = await call<StartedAttempt>(me, 'start_assessment', 'assessmentAttempt', { p_course_id: course.id });
  const keys = await keysOf(db, attempt.attempt_id);
  await call(me, 'submit_assessment', 'assessmentFeedback', {
    p_attempt_id: attempt.attempt_id,
    p_answers: Object.fromEntries(attempt.questions.map((q) => [q.id, keys[q.id]!])),
  });
  await call(me, 'assessment_result', 'assessmentFeedback', { p_attempt_id: attempt.attempt_id });
  await call(me, 'assessment_overview', 'assessmentOverview', { p_course_id: course.id });
  const certificate = await call<{ code: string }>(me, 'issue_certificate', 'certificate', { p_course_id: course.id });
  await call(me, 'my_certificates', 'certificates');
  await call(anon, 'verify_certificate', 'verifiedCertificate', { p_code: certificate.code });
  await call(anon, 'verify_certificate', 'verifiedCertificate', { p_code: 'AAAA-BBBB-CCCC' });

  // Advisors
  await call(me, 'my_advisor_listing', 'maybeAdvisorListing');
  const listing = { profession: 'revisor', firm: null, city: 'København', about: 'Fiktivt eksempel: revisor for andelsselskaber.' };
  await call(me, 'save_advisor_listing', 'advisorListing', { p_listing: { ...listing, contact: 'https://kamma.example.dk' } });
  await call(me, 'my_advisor_listing', 'maybeAdvisorListing');
  await call(anon, 'list_advisors', 'advisors');

  // Contributions: a story, a business and a report, edited, withdrawn and moderated
  const story = await call<{ id: string }>(me, 'submit_case_story', 'storySubmission', { p_submission: validSubmission() });
  await call(me, 'update_submission', 'anySubmission', { p_id: story.id, p_submission: validSubmission({ title: 'En rettet titel' }) });
  const second = await call<{ id: string }>(me, 'submit_case_story', 'storySubmission', {
    p_submission: validSubmission({ organisation: 'Fiktiv Anden A.M.B.A.' }),
  });
  await call(me, 'withdraw_submission', 'anySubmission', { p_id: second.id });
  const business = await call<{ id: string }>(me, 'submit_business', 'businessSubmission', { p_business: validBusiness() });
  // A business submission from before inclusive jobs existed (20261207140000) has no such field, as in seed.sql.
  const { inclusive_jobs: _, ...older } = validBusiness({ name: 'Fiktiv Ældre A.M.B.A.', cvr: '10000017' });
  await db
    .definer(p.partner)
    .query(`insert into public.submissions (kind, submitter_id, fields) values ('business', $1, $2)`, [
      p.partner.id,
      JSON.stringify(older),
    ]);
  const event = await call<{ id: string }>(me, 'submit_event', 'eventSubmission', { p_event: validEvent() });
  await call(anon, 'report_error', 'reportReceipt', { p_report: validReport() });
  await call(me, 'report_error', 'reportReceipt', { p_report: validReport({ email: 'kontrakt@example.dk' }) });
  await call(me, 'my_submissions', 'submissions');
  const queue = await call<{ id: string; version: number }[]>(editor, 'editor_queue', 'queue');
  const version = (id: string) => queue.find((s) => s.id === id)!.version;
  await call(editor, 'review_submission', 'review', { p_id: story.id, p_version: version(story.id), p_decision: 'approve' });
  await call(editor, 'review_submission', 'review', { p_id: business.id, p_version: version(business.id), p_decision: 'approve' });
  await call(editor, 'review_submission', 'review', { p_id: event.id, p_version: version(event.id), p_decision: 'approve' });
  await call(me, 'my_business', 'maybeOwnBusiness');
  await call(db.as(p.partner), 'my_business', 'maybeOwnBusiness');
  await call(anon, 'list_published_stories', 'publishedStories');
  await call(anon, 'published_businesses', 'publishedBusinesses');
  await call(anon, 'published_events', 'publishedEvents');

  // Certificates, for editors: another learner's certificate revoked
  const other = db.as(p.otherLearner);
  await other.rpc('update_my_profile', { p_display_name: 'Otto Anden', p_profession: 'andet' });
  for (const l of published) {
    if (l.questions.length)
      await other.rpc('record_quiz_attempt', { p_attempt_id: randomUUID(), p_lesson_id: l.id, p_answers: rightAnswers(l) });
    else await other.rpc('record_lesson_done', { p_lesson_id: l.id });
  }
  await other.rpc('record_lesson_done', { p_lesson_id: 'uden-tjek' });
  const theirAttempt = await other.rpc<StartedAttempt>('start_assessment', { p_course_id: course.id });
  const theirKeys = await keysOf(db, theirAttempt.attempt_id);
  await other.rpc('submit_assessment', {
    p_attempt_id: theirAttempt.attempt_id,
    p_answers: Object.fromEntries(theirAttempt.questions.map((q) => [q.id, theirKeys[q.id]!])),
  });
  const theirs = await other.rpc<{ code: string }>('issue_certificate', { p_course_id: course.id });
  await call(editor, 'find_certificate', 'editorCertificate', { p_code: theirs.code });
  await call(editor, 'revoke_certificate', 'editorCertificate', { p_code: theirs.code, p_reason: 'Fiktiv tilbagekaldelse i en test.' });
  await call(editor, 'certificate_revocations', 'revocations');

  // Figures, the export, then removal and erasure
  await call(anon, 'public_figures', 'publicFigures');
  await call(me, 'export_my_data', 'exportedData');
  await call(me, 'remove_advisor_listing', 'removed');
  await call(me, 'my_advisor_listing', 'maybeAdvisorListing');
  await call(me, 'delete_my_data', 'deleted');
}, 120_000);
afterAll(() => db?.close());

describe('RPC contracts', () => {
  it('every function the browser calls is called here', () => {
    expect([...answers.keys()].sort()).toEqual([...new Set(browserRpcs())]);
  });

  it('every answer has exactly the shape its schema describes', () => {
    const broken: string[] = [];
    for (const [fn, calls] of answers)
      for (const { contract, answer } of calls) {
        const checked = strict[contract].safeParse(answer);
        if (!checked.success)
          broken.push(`${fn} (${contract}): ${checked.error.issues.map((i) => `${i.path.join('.') || '·'} ${i.message}`).join('; ')}`);
      }
    expect(broken).toEqual([]);
  });

  it('the lists hold rows, so each row’s schema was tried', () => {
    const empty = [...answers]
      .flatMap(([fn, calls]) => calls.map((c) => [fn, c.answer] as const))
      .filter(([, answer]) => Array.isArray(answer) && answer.length === 0)
      .map(([fn]) => fn);
    expect(empty).toEqual([]);
  });

  it('a changed shape fails: a key too many, a key missing, a value of another type', () => {
    const profile = answers.get('get_my_profile')![0]!.answer as Record<string, unknown>;
    expect(strict.profile.safeParse(profile).success).toBe(true);
    expect(strict.profile.safeParse({ ...profile, nickname: 'x' }).success).toBe(false);
    expect(strict.profile.safeParse({ ...profile, roles: undefined }).success).toBe(false);
    expect(strict.profile.safeParse({ ...profile, display_name: 42 }).success).toBe(false);
  });
});
