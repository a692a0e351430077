/** The site's typed wrappers (src/lib/supabase/rpc.ts) through supabase-js and the gateway: one call of each kind. */
import { createClient } from '@supabase/supabase-js';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANON_KEY } from '../../supabase/local/config.ts';
import type { Client } from '../../src/lib/supabase/rpc.ts';
import type { Database } from '../../src/lib/supabase/database.types.ts';
import * as rpc from '../../src/lib/supabase/rpc.ts';
import { startTestGateway, type TestGateway } from '../support/gateway.ts';
import { course, quizLessons, rightAnswers } from '../support/personas.ts';
import { keysOf } from '../support/assessment-fixture.ts';
import { validSubmission } from '../support/submission.ts';
import { validBusiness, validReport } from '../support/business.ts';

let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway();
});
afterAll(() => gw?.close());

const anon = (): Client => createClient<Database>(gw.url, ANON_KEY, { auth: { persistSession: false, autoRefreshToken: false } });

async function signedIn(email: string): Promise<Client> {
  const c = anon();
  await c.auth.signInWithOtp({ email });
  await c.auth.verifyOtp({ email, token: gw.codeFor(email), type: 'email' });
  return c;
}

describe('typed RPC wrappers', () => {
  it('take a learner from guest progress to a verified certificate, then export and delete', async () => {
    const c = await signedIn('wrapper@example.dk');
    const [first, ...rest] = quizLessons;
    const merged = await rpc.mergeGuestProgress(c, {
      lessons: { [first!.id]: { attempts: [{ id: randomUUID(), at: new Date().toISOString(), answers: rightAnswers(first!) }] } },
    });
    expect(merged.lessons.map((l) => l.lesson_id)).toEqual([first!.id]);
    for (const l of rest)
      expect((await rpc.recordQuizAttempt(c, { id: randomUUID(), lessonId: l.id, answers: rightAnswers(l) })).passed).toBe(true);
    expect((await rpc.myProgress(c)).lessons).toHaveLength(quizLessons.length);

    await expect(rpc.issueCertificate(c, course.id)).rejects.toMatchObject({ name: 'RpcError', message: 'name_required', status: 400 });
    expect((await rpc.updateMyProfile(c, 'Wilma Wrapper', 'revisor')).display_name).toBe('Wilma Wrapper');
    expect((await rpc.getMyProfile(c)).profession).toBe('revisor');
    await expect(rpc.issueCertificate(c, course.id)).rejects.toMatchObject({ message: 'assessment_required' });
    expect((await rpc.assessmentOverview(c, course.id)).attempts_left).toBe(3);
    const attempt = await rpc.startAssessment(c, course.id);
    expect(JSON.stringify(attempt)).not.toMatch(/"correct"|"explanation"/);
    // The attempt's own option ids, never the bank's letters.
    const keys = await keysOf(gw.db, attempt.attempt_id);
    const feedback = await rpc.submitAssessment(
      c,
      attempt.attempt_id,
      Object.fromEntries(attempt.questions.map((q) => [q.id, keys[q.id]!])),
    );
    expect(feedback).toMatchObject({ passed: true, score_percent: 100 });
    expect(await rpc.assessmentResult(c, attempt.attempt_id)).toEqual(feedback);
    await expect(rpc.submitAssessment(c, attempt.attempt_id, {})).rejects.toMatchObject({ message: 'attempt_already_submitted' });
    const cert = await rpc.issueCertificate(c, course.id);
    expect(cert).toMatchObject({ score_percent: 100, passed_at: feedback.submitted_at, revoked_at: null });
    expect(await rpc.myCertificates(c)).toEqual([cert]);
    expect(await rpc.verifyCertificate(anon(), cert.code)).toMatchObject({ participant_name: 'Wilma Wrapper', course_title: course.title });

    expect((await rpc.exportMyData(c)).certificates).toHaveLength(1);
    expect(await rpc.deleteMyData(c)).toEqual({ deleted: true });
  });

  it('carry a story from submission to publication', async () => {
    const partner = await signedIn('wrapper-partner@example.dk');
    const editorEmail = 'wrapper-editor@example.dk';
    const editor = await signedIn(editorEmail);
    await gw.db.query(`insert into public.user_roles (user_id, role) select id, 'editor' from auth.users where email = $1`, [editorEmail]);

    const sent = await rpc.submitCaseStory(partner, validSubmission() as never);
    const edited = await rpc.updateSubmission(partner, sent.id, validSubmission({ size: '15 medarbejdere' }) as never);
    expect(edited.size).toBe('15 medarbejdere');
    expect(await rpc.mySubmissions(partner)).toHaveLength(1);
    expect((await rpc.editorQueue(editor, 'pending')).map((s) => s.id)).toContain(sent.id);
    const reviewed = await rpc.reviewSubmission(editor, sent.id, edited.version, 'approve');
    expect(reviewed.story?.slug).toBeTruthy();
    expect((await rpc.listPublishedStories(anon())).map((s) => s.slug)).toContain(reviewed.story!.slug);

    const other = await rpc.submitCaseStory(partner, validSubmission({ organisation: 'Andet Fiktivt Firma' }) as never);
    expect((await rpc.withdrawSubmission(partner, other.id)).state).toBe('withdrawn');
    expect((await rpc.publicFigures(anon())).stories).toBeNull();
  });

  it('carry a business entry and an error report through the same pipeline', async () => {
    const partner = await signedIn('wrapper-business@example.dk');
    const editorEmail = 'wrapper-editor2@example.dk';
    const editor = await signedIn(editorEmail);
    await gw.db.query(`insert into public.user_roles (user_id, role) select id, 'editor' from auth.users where email = $1`, [editorEmail]);

    const sent = await rpc.submitBusiness(partner, validBusiness({ cvr: '20000023', name: 'Fiktiv Wrapper A.M.B.A.' }) as never);
    expect(sent).toMatchObject({ kind: 'business', state: 'pending' });
    const filed = await rpc.reportError(anon(), validReport() as never);
    expect(filed.state).toBe('pending');
    await expect(rpc.reportError(anon(), validReport({ what: 'kort' }) as never)).rejects.toMatchObject({
      name: 'RpcError',
      code: '23514',
      status: 400,
    });

    const queue = await rpc.editorQueue(editor, 'pending');
    expect(queue.map((s) => s.id)).toEqual(expect.arrayContaining([sent.id, filed.id]));
    expect((await rpc.editorQueue(editor, 'pending', 'report')).every((s) => s.kind === 'report')).toBe(true);
    const approved = await rpc.reviewSubmission(editor, sent.id, sent.version, 'approve');
    expect(approved.business?.slug).toBe('fiktiv-wrapper-a-m-b-a');
    expect((await rpc.publishedBusinesses(anon())).map((b) => b.slug)).toContain('fiktiv-wrapper-a-m-b-a');
    expect((await rpc.myBusiness(partner))?.name).toBe('Fiktiv Wrapper A.M.B.A.');
    await expect(rpc.reviewSubmission(editor, filed.id, 99, 'fix')).rejects.toMatchObject({ message: 'submission_changed', status: 409 });
    expect((await rpc.reviewSubmission(editor, filed.id, 1, 'fix', 'Rettet.')).state).toBe('fixed');
  });

  it('let an editor find and revoke a certificate, and list the revocations', async () => {
    const editor = await signedIn('wrapper-revoker@example.dk');
    await gw.db.query(
      `insert into public.user_roles (user_id, role) select id, 'editor' from auth.users where email = 'wrapper-revoker@example.dk'`,
    );
    const learner = await signedIn('wrapper-revoked@example.dk');
    for (const l of quizLessons) await rpc.recordQuizAttempt(learner, { id: randomUUID(), lessonId: l.id, answers: rightAnswers(l) });
    await rpc.updateMyProfile(learner, 'Rikke Revoked', null);
    const attempt = await rpc.startAssessment(learner, course.id);
    const keys = await keysOf(gw.db, attempt.attempt_id);
    await rpc.submitAssessment(learner, attempt.attempt_id, Object.fromEntries(attempt.questions.map((q) => [q.id, keys[q.id]!])));
    const { code } = await rpc.issueCertificate(learner, course.id);
    expect((await rpc.findCertificate(editor, code)).revoked_at).toBeNull();
    const revoked = await rpc.revokeCertificate(editor, code, 'Udstedt på et forkert grundlag.');
    expect(revoked.revoked_by).toBe('wrapper-revoker@example.dk');
    expect((await rpc.certificateRevocations(editor)).map((r) => r.code)).toEqual([code]);
    expect((await rpc.verifyCertificate(anon(), code))!.revoked_at).toBe(revoked.revoked_at);
  });

  it('report a network failure as a retryable RpcError', async () => {
    const offline = createClient<Database>('http://127.0.0.1:9', ANON_KEY, { auth: { persistSession: false } });
    const error = await rpc.myProgress(offline).catch((e) => e);
    expect(error).toBeInstanceOf(rpc.RpcError);
    expect(error.isNetwork).toBe(true);
  });

  it('report a refusal with the database’s message key', async () => {
    const c = await signedIn('wrapper-early@example.dk');
    const error = await rpc.recordLessonDone(c, quizLessons[0]!.id).catch((e) => e);
    expect(error).toMatchObject({ message: 'check_required', code: 'P0001', status: 400, isNetwork: false });
  });
});
