/**
 * The course assessment, persona by persona: drawn and graded in the database, keys never
 * readable, the rules (pass mark, 3 attempts per 24 hours, expiry, one submission), server time
 * on every record, certificates that need the assessment, revocation by editors only.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refused, type TestDb } from '../support/db.ts';
import { course, quizLessons, rightAnswers, personaDb, type Personas } from '../support/personas.ts';
import { ensureBank, keysOf, takeAssessment, type StartedAttempt } from '../support/assessment-fixture.ts';

let db: TestDb;
let p: Personas;
let texts: { question: string; explanation: string; options: { text: string }[] }[];
beforeAll(async () => {
  ({ db, p } = await personaDb());
  await ensureBank(db, course);
  texts = (
    await db.query<(typeof texts)[number]>('select question, explanation, options from private.assessment_items where course_id = $1', [
      course.id,
    ])
  ).rows;
  for (const [user, name] of [
    [p.learner, 'Lærke Læresen'],
    [p.otherLearner, 'Anders Anden'],
    [p.partner, 'Pia Partner'],
  ] as const)
    await db.as(user).rpc('update_my_profile', { p_display_name: name, p_profession: null });
});
afterAll(() => db?.close());

interface Feedback {
  attempt_id: string;
  correct: number;
  total: number;
  score_percent: number;
  passed: boolean;
  submitted_at: string;
  items: {
    id: string;
    options: { id: string; text: string }[];
    chosen: string[];
    right: boolean;
    lesson: { id: string; title: string };
    correct?: string[];
    explanation?: string;
    sources?: unknown[];
  }[];
}

interface Certificate {
  code: string;
  started_on: string;
  completed_on: string;
  passed_at: string;
  score_percent: number;
  revoked_at: string | null;
}

const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Copenhagen' });

/** Every lesson done the practice way, with the answers any reader finds in the lesson pages. */
async function doEveryLesson(user: Personas['learner'], at?: string) {
  for (const l of quizLessons)
    await db.as(user).rpc('record_quiz_attempt', {
      p_attempt_id: randomUUID(),
      p_lesson_id: l.id,
      p_answers: rightAnswers(l),
      p_attempted_at: at ?? null,
    });
}

describe('anonymous visitor', () => {
  it('can neither see the rules, start, submit nor read results', async () => {
    for (const [fn, args] of [
      ['assessment_overview', { p_course_id: course.id }],
      ['start_assessment', { p_course_id: course.id }],
      ['submit_assessment', { p_attempt_id: randomUUID(), p_answers: {} }],
      ['assessment_result', { p_attempt_id: randomUUID() }],
    ] as const)
      expect((await refused(db.as(null).rpc(fn, args))).code).toBe('42501');
  });

  it('cannot read the items, their keys, the banks nor the attempts', async () => {
    for (const table of [
      'private.assessment_items',
      'private.assessments',
      'private.assessment_attempt_items',
      'private.assessment_attempt_options',
      'public.assessment_attempts',
      'public.certificate_events',
    ])
      expect((await refused(db.as(null).query(`select * from ${table}`))).code).toBe('42501');
  });
});

describe('learner', () => {
  it('has done every lesson with the answers copied from the lesson pages, and is still refused a certificate', async () => {
    await doEveryLesson(p.learner);
    const e = await refused(db.as(p.learner).rpc('issue_certificate', { p_course_id: course.id }));
    expect(e.message).toBe('assessment_required');
  });

  it('cannot read the items or keys, not even through a table the API exposes', async () => {
    for (const table of [
      'private.assessment_items',
      'private.assessments',
      'private.assessment_attempt_items',
      'private.assessment_attempt_options',
    ])
      expect((await refused(db.as(p.learner).query(`select * from ${table}`))).code).toBe('42501');
    for (const fn of ['private.attempt_questions', 'private.attempt_feedback', 'private.attempt_marks', 'private.sync_assessment'])
      expect((await refused(db.as(p.learner).query(`select ${fn}(null)`))).code).toMatch(/42501|42883/);
  });

  it('sees the rules before starting: items, pass mark, time limit, attempts left', async () => {
    const o = await db.as(p.learner).rpc<Record<string, unknown>>('assessment_overview', { p_course_id: course.id });
    expect(o).toMatchObject({
      item_count: 5,
      pass_percent: 80,
      time_limit_minutes: 60,
      attempts_left: 3,
      next_attempt_at: null,
      open_attempt: null,
      passed: null,
      lessons_missing: 0,
    });
  });

  it('gets questions with shuffled options and no keys; a reload returns the same attempt', async () => {
    const a = await db.as(p.learner).rpc<StartedAttempt>('start_assessment', { p_course_id: course.id });
    expect(a.questions).toHaveLength(5);
    expect(new Set(a.questions.map((q) => q.id)).size).toBe(5);
    const sent = JSON.stringify(a);
    expect(sent).not.toMatch(/"correct"|"explanation"|"sources"/);
    for (const t of texts) expect(sent).not.toContain(t.explanation);
    const again = await db.as(p.learner).rpc<StartedAttempt>('start_assessment', { p_course_id: course.id });
    expect(again).toEqual(a);
    // Question and option ids are opaque and unique, never the bank's item ids (whose names can give an
    // answer away) or letters; the learner's own attempt row holds neither.
    const ids = [...a.questions.map((q) => q.id), ...a.questions.flatMap((q) => q.options.map((o) => o.id))];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const bankIds = (await db.query<{ id: string }>('select id from private.assessment_items where course_id = $1', [course.id])).rows.map(
      (r) => r.id,
    );
    const [row] = await db
      .as(p.learner)
      .query<Record<string, unknown>>('select * from public.assessment_attempts where id = $1', [a.attempt_id]);
    for (const text of [sent, JSON.stringify(row)]) for (const id of bankIds) expect(text).not.toContain(`"${id}"`);
    expect(Object.keys(row!)).not.toContain('item_ids');
    expect((await db.as(p.learner).rpc<{ attempts_left: number }>('assessment_overview', { p_course_id: course.id })).attempts_left).toBe(
      2,
    );
    expect((await refused(db.as(p.learner).rpc('assessment_result', { p_attempt_id: a.attempt_id }))).message).toBe(
      'attempt_not_submitted',
    );
  });

  it('submits once and gets feedback with explanations for that attempt’s items only', async () => {
    const a = await db.as(p.learner).rpc<StartedAttempt>('start_assessment', { p_course_id: course.id });
    const keys = await keysOf(db, a.attempt_id);
    // Four right, one wrong: 80 % is exactly the pass mark.
    const answers = Object.fromEntries(a.questions.map((q, i) => [q.id, i === 0 ? ['x'] : keys[q.id]!]));
    const f = await db
      .as(p.learner)
      .rpc<Feedback>('submit_assessment', { p_attempt_id: a.attempt_id, p_answers: { ...answers, 'ikke-i-proeven': ['a'] } });
    expect(f).toMatchObject({ correct: 4, total: 5, score_percent: 80, passed: true });
    expect(f.items.map((i) => i.id)).toEqual(a.questions.map((q) => q.id));
    expect(f.items[0]).toMatchObject({ right: false, chosen: ['x'] });
    // A pass gets the full feedback: the keys (as this attempt's ids), explanations, sources and the lesson.
    for (const item of f.items) {
      expect(item.correct).toEqual(expect.arrayContaining(keys[item.id]!));
      expect(item.correct).toHaveLength(keys[item.id]!.length);
      expect(item.explanation).toBeTruthy();
      expect(item.sources!.length).toBeGreaterThan(0);
      expect(item.lesson.title).toBeTruthy();
    }
    const shown = new Set(f.items.map((i) => i.explanation));
    const others = texts.filter((t) => !shown.has(t.explanation));
    expect(others.length).toBeGreaterThan(0);
    for (const t of others) expect(JSON.stringify(f)).not.toContain(t.explanation);
    expect(await db.as(p.learner).rpc('assessment_result', { p_attempt_id: a.attempt_id })).toEqual(f);

    const second = await refused(db.as(p.learner).rpc('submit_assessment', { p_attempt_id: a.attempt_id, p_answers: keys }));
    expect(second.message).toBe('attempt_already_submitted');
    expect((await db.as(p.learner).rpc<Feedback>('assessment_result', { p_attempt_id: a.attempt_id })).score_percent).toBe(80);
  });

  it('cannot start again once passed', async () => {
    expect((await refused(db.as(p.learner).rpc('start_assessment', { p_course_id: course.id }))).message).toBe('assessment_already_passed');
  });

  it('gets one certificate with the date and score of passing, however many times it is asked for at once', async () => {
    const issue = () => db.as(p.learner).rpc<Certificate>('issue_certificate', { p_course_id: course.id });
    const certs = await Promise.all([issue(), issue(), issue()]);
    expect(new Set(certs.map((c) => c.code)).size).toBe(1);
    expect(certs[0]).toMatchObject({ score_percent: 80, completed_on: today(), revoked_at: null });
    expect((await db.query('select 1 from public.certificates where user_id = $1', [p.learner.id])).rows).toHaveLength(1);
    const v = await db.as(null).rpc<Record<string, unknown>>('verify_certificate', { p_code: certs[0]!.code });
    expect(v).toMatchObject({ score_percent: 80, passed_at: certs[0]!.passed_at, revoked_at: null, participant_name: 'Lærke Læresen' });
    expect(v).not.toHaveProperty('revoked_reason');
  });
});

describe('another learner', () => {
  let learnersAttempt: string;
  beforeAll(async () => {
    learnersAttempt = (
      await db.query<{ id: string }>('select id from public.assessment_attempts where user_id = $1 limit 1', [p.learner.id])
    ).rows[0]!.id;
  });

  it('cannot read, submit or see the result of someone else’s attempt', async () => {
    expect(await db.as(p.otherLearner).query('select * from public.assessment_attempts')).toEqual([]);
    expect((await refused(db.as(p.otherLearner).rpc('assessment_result', { p_attempt_id: learnersAttempt }))).message).toBe(
      'attempt_not_found',
    );
    expect((await refused(db.as(p.otherLearner).rpc('submit_assessment', { p_attempt_id: learnersAttempt, p_answers: {} }))).message).toBe(
      'attempt_not_found',
    );
  });

  it('cannot submit an attempt after its time is up', async () => {
    const a = await db.as(p.otherLearner).rpc<StartedAttempt>('start_assessment', { p_course_id: course.id });
    await db.query(
      `update public.assessment_attempts set started_at = now() - interval '61 minutes', expires_at = now() - interval '1 minute' where id = $1`,
      [a.attempt_id],
    );
    const e = await refused(
      db.as(p.otherLearner).rpc('submit_assessment', { p_attempt_id: a.attempt_id, p_answers: await keysOf(db, a.attempt_id) }),
    );
    expect(e.message).toBe('attempt_expired');
    expect(e.detail).toBeUndefined(); // attempts are left: they may start again now
  });

  it('after a failed attempt sees which answers were wrong and the lesson to read, never the right option nor the explanation', async () => {
    const a = await db.as(p.otherLearner).rpc<StartedAttempt>('start_assessment', { p_course_id: course.id });
    const keys = await keysOf(db, a.attempt_id);
    // Three right, two answered with a wrong option: 60 %, below the pass mark.
    const wrongOption = (q: StartedAttempt['questions'][number]) => q.options.find((o) => !keys[q.id]!.includes(o.id))!.id;
    const answers = Object.fromEntries(a.questions.map((q, i) => [q.id, i < 2 ? [wrongOption(q)] : keys[q.id]!]));
    const f = await db.as(p.otherLearner).rpc<Feedback>('submit_assessment', { p_attempt_id: a.attempt_id, p_answers: answers });
    expect(f).toMatchObject({ correct: 3, total: 5, passed: false });
    expect(f.items.map((i) => i.right)).toEqual([false, false, true, true, true]);
    const lessons = new Map(course.lessons.map((l) => [l.id, l.title]));
    for (const item of f.items) {
      expect(Object.keys(item).sort()).toEqual(['chosen', 'id', 'lesson', 'multiple', 'options', 'question', 'right']);
      expect(item.lesson.title).toBe(lessons.get(item.lesson.id));
      expect(item.chosen).toEqual(answers[item.id]);
    }
    // Nothing outside the options as shown, and the learner's own choice, names a right option of a wrong answer.
    for (const item of f.items.filter((i) => !i.right)) {
      const rest = JSON.stringify({ ...item, options: undefined, chosen: undefined });
      for (const key of keys[item.id]!) expect(rest).not.toContain(key);
    }
    const sent = JSON.stringify(f);
    for (const t of texts) expect(sent).not.toContain(t.explanation);
    expect(sent).not.toMatch(/"correct":\s*\[|"explanation"|"sources"/);
    // Asking for the result later reveals no more.
    expect(await db.as(p.otherLearner).rpc('assessment_result', { p_attempt_id: a.attempt_id })).toEqual(f);
  });

  it('is refused a fourth attempt within 24 hours, and told when the next one is allowed', async () => {
    // The expired attempt and the failed one above were the first two.
    const third = await takeAssessment(db, db.as(p.otherLearner), course.id, false);
    expect(third).toMatchObject({ passed: false, score_percent: 0 });
    const e = await refused(db.as(p.otherLearner).rpc('start_assessment', { p_course_id: course.id }));
    expect(e).toMatchObject({ code: 'PT429', message: 'assessment_attempt_limit' });
    const first = (
      await db.query<{ id: string; started_at: Date }>(
        'select id, started_at from public.assessment_attempts where user_id = $1 order by started_at limit 1',
        [p.otherLearner.id],
      )
    ).rows[0]!;
    expect(new Date(e.detail!).getTime()).toBe(new Date(first.started_at).getTime() + 24 * 3600_000);
    const o = await db
      .as(p.otherLearner)
      .rpc<{ attempts_left: number; next_attempt_at: string }>('assessment_overview', { p_course_id: course.id });
    expect(o.attempts_left).toBe(0);
    // A day later the oldest attempt no longer counts.
    await db.query(`update public.assessment_attempts set started_at = started_at - interval '24 hours' where id = $1`, [first.id]);
    expect((await takeAssessment(db, db.as(p.otherLearner), course.id)).passed).toBe(true);
  });

  it('records a lesson as done in 2020, and the certificate’s dates do not move', async () => {
    await db.query(`update auth.users set created_at = '2019-06-01' where id = $1`, [p.otherLearner.id]);
    await doEveryLesson(p.otherLearner, '2020-01-01T10:00:00Z');
    const progress = await db.as(p.otherLearner).rpc<{ lessons: { completed_at: string; recorded_at: string }[] }>('my_progress');
    // Kept for display as "done offline at", but the server's receipt time is what counts.
    expect(progress.lessons[0]!.completed_at.slice(0, 10)).toBe('2020-01-01');
    expect(progress.lessons[0]!.recorded_at.slice(0, 10)).toBe(new Date().toISOString().slice(0, 10));
    const cert = await db.as(p.otherLearner).rpc<Certificate>('issue_certificate', { p_course_id: course.id });
    // Started: the first thing the server recorded (an assessment attempt moved a day back above).
    expect(Date.now() - new Date(cert.started_on).getTime()).toBeLessThan(3 * 24 * 3600_000);
    expect(cert.completed_on).toBe(today());
  });

  it('cannot backdate past the account’s creation: a browser time before it is clamped', async () => {
    await db.query(`update auth.users set created_at = now() - interval '1 day' where id = $1`, [p.partner.id]);
    const lesson = quizLessons[0]!;
    await db.as(p.partner).rpc('record_quiz_attempt', {
      p_attempt_id: randomUUID(),
      p_lesson_id: lesson.id,
      p_answers: rightAnswers(lesson),
      p_attempted_at: '2020-01-01T00:00:00Z',
    });
    const { rows } = await db.query<{ done_offline_at: Date; created_at: Date }>(
      'select lp.done_offline_at, u.created_at from public.lesson_progress lp join auth.users u on u.id = lp.user_id where lp.user_id = $1',
      [p.partner.id],
    );
    expect(new Date(rows[0]!.done_offline_at).getTime()).toBe(new Date(rows[0]!.created_at).getTime());
  });
});

describe('partner', () => {
  it('cannot look up, revoke nor read the trail of certificates', async () => {
    const code = (await db.query<{ code: string }>('select code from public.certificates limit 1')).rows[0]!.code;
    for (const [fn, args] of [
      ['find_certificate', { p_code: code }],
      ['revoke_certificate', { p_code: code, p_reason: 'Ingen grund overhovedet' }],
      ['certificate_revocations', {}],
    ] as const)
      expect((await refused(db.as(p.partner).rpc(fn, args))).message).toBe('not_editor');
    expect(await db.as(p.partner).query('select * from public.certificate_events')).toEqual([]);
    expect(
      (await refused(db.as(p.partner).query(`update public.certificates set revoked_at = now(), revoked_reason = 'xxxxxxxxxxxx'`))).code,
    ).toBe('42501');
  });

  it('cannot send more practice attempts for one lesson than the daily limit', async () => {
    const lesson = quizLessons[1]!;
    const send = () => db.as(p.partner).rpc('record_quiz_attempt', { p_attempt_id: randomUUID(), p_lesson_id: lesson.id, p_answers: {} });
    for (let i = 0; i < 30; i++) await send();
    const e = await refused(send());
    expect(e).toMatchObject({ code: 'PT429', message: 'practice_limit', detail: '30' });
    // Sending an attempt already recorded again is not a new attempt.
    const known = (
      await db.query<{ id: string }>('select id from public.quiz_attempts where user_id = $1 and lesson_id = $2 limit 1', [
        p.partner.id,
        lesson.id,
      ])
    ).rows[0]!.id;
    await db.as(p.partner).rpc('record_quiz_attempt', { p_attempt_id: known, p_lesson_id: lesson.id, p_answers: {} });
  });

  it('cannot merge a guest store that is too big or holds too many attempts', async () => {
    const big = { lessons: { [quizLessons[0]!.id]: { doneAt: null, attempts: [], padding: 'x'.repeat(210_000) } } };
    expect((await refused(db.as(p.partner).rpc('merge_guest_progress', { p_progress: big }))).message).toBe('merge_too_large');
    const many = {
      lessons: { [quizLessons[2]!.id]: { attempts: Array.from({ length: 601 }, () => ({ id: randomUUID(), at: null, answers: {} })) } },
    };
    expect((await refused(db.as(p.partner).rpc('merge_guest_progress', { p_progress: many }))).message).toBe('merge_too_large');
    expect(
      (await db.query('select 1 from public.quiz_attempts where user_id = $1 and lesson_id = $2', [p.partner.id, quizLessons[2]!.id])).rows,
    ).toEqual([]);
  });
});

describe('editor', () => {
  let code: string;
  beforeAll(async () => {
    code = (await db.query<{ code: string }>('select code from public.certificates where user_id = $1', [p.learner.id])).rows[0]!.code;
  });

  it('looks a certificate up by its code', async () => {
    expect(await db.as(p.editor).rpc('find_certificate', { p_code: code.toLowerCase() })).toMatchObject({
      code,
      participant_name: 'Lærke Læresen',
      revoked_at: null,
    });
    expect((await refused(db.as(p.editor).rpc('find_certificate', { p_code: 'AAAA-AAAA-AAAA' }))).message).toBe('certificate_not_found');
  });

  it('must give a reason to revoke', async () => {
    expect((await refused(db.as(p.editor).rpc('revoke_certificate', { p_code: code, p_reason: ' kort ' }))).message).toBe(
      'revocation_reason_required',
    );
  });

  it('revokes with a reason; the trail says who and when; the public check says revoked and when, never why', async () => {
    const reason = 'Prøven blev taget af en anden end deltageren.';
    const r = await db
      .as(p.editor)
      .rpc<{ revoked_at: string; revoked_reason: string }>('revoke_certificate', { p_code: code, p_reason: reason });
    expect(r.revoked_reason).toBe(reason);
    expect((await refused(db.as(p.editor).rpc('revoke_certificate', { p_code: code, p_reason: reason }))).message).toBe(
      'certificate_already_revoked',
    );
    const trail = await db
      .as(p.editor)
      .rpc<{ code: string; reason: string; revoked_at: string; revoked_by: string }[]>('certificate_revocations');
    expect(trail).toEqual([expect.objectContaining({ code, reason, revoked_at: r.revoked_at, revoked_by: 'redaktor@example.dk' })]);
    const v = await db.as(null).rpc<Record<string, unknown>>('verify_certificate', { p_code: code });
    expect(v.revoked_at).toBe(r.revoked_at);
    expect(JSON.stringify(v)).not.toContain(reason);
    const mine = await db.as(p.learner).rpc<Certificate[]>('my_certificates');
    expect(mine[0]!.revoked_at).toBe(r.revoked_at);
    // Asking again does not issue a fresh certificate in place of the revoked one.
    expect((await db.as(p.learner).rpc<Certificate>('issue_certificate', { p_course_id: course.id })).revoked_at).toBe(r.revoked_at);
  });
});

// Two connections at once need a real server: PGlite has a single connection, so these run on
// PostgreSQL (DATABASE_URL; CI runs the db project on PostgreSQL 15).
const onPglite = !process.env.DATABASE_URL;
describe.skipIf(onPglite)(
  `parallel requests, on separate connections${onPglite ? ' (skipped: PGlite has one connection, so nothing can overlap; runs on PostgreSQL)' : ''}`,
  () => {
    /** Waits until `n` sessions of this database are blocked on a lock: proof that they overlap. */
    async function blockedSessions(n: number) {
      for (let waited = 0; ; waited += 20) {
        const { rows } = await db.query<{ n: number }>(
          `select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and query like '%submit_assessment%'`,
        );
        if (rows[0]!.n >= n) return;
        if (waited > 10_000) throw new Error(`${rows[0]!.n} af ${n} afleveringer venter på låsen`);
        await new Promise((r) => setTimeout(r, 20));
      }
    }

    it('two starts make one attempt, two submissions grade once, two issues make one certificate', async () => {
      const user = await db.createUser('samtidig@example.dk');
      await db.as(user).rpc('update_my_profile', { p_display_name: 'Samuel Samtidig', p_profession: null });
      await doEveryLesson(user);
      const [a, b] = [await db.ownConnection!(user), await db.ownConnection!(user)];
      try {
        const starts = await Promise.all([
          a.rpc<StartedAttempt>('start_assessment', { p_course_id: course.id }),
          b.rpc<StartedAttempt>('start_assessment', { p_course_id: course.id }),
        ]);
        expect(starts[0].attempt_id).toBe(starts[1].attempt_id);
        const keys = await keysOf(db, starts[0].attempt_id);
        const answers = Object.fromEntries(starts[0].questions.map((q) => [q.id, keys[q.id]!]));
        const submit = (s: typeof a) => s.rpc('submit_assessment', { p_attempt_id: starts[0].attempt_id, p_answers: answers });
        // Force the overlap: a third connection holds the attempts table until both submissions are
        // inside the database and waiting, then lets them go at the same moment.
        const { rows } = await db.query<{ name: string }>('select current_database() as name');
        const url = new URL(process.env.DATABASE_URL!);
        url.pathname = `/${rows[0]!.name}`;
        const holder = new pg.Client({ connectionString: url.toString() });
        await holder.connect();
        let racing: Promise<PromiseSettledResult<unknown>[]>;
        try {
          await holder.query('begin');
          await holder.query('lock table public.assessment_attempts in exclusive mode');
          racing = Promise.allSettled([submit(a), submit(b)]);
          await blockedSessions(2);
          await holder.query('commit');
        } finally {
          await holder.end();
        }
        const results = await racing;
        expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
        expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason.message).toBe('attempt_already_submitted');
        expect((await db.query('select 1 from public.assessment_attempts where user_id = $1', [user.id])).rows).toHaveLength(1);
        const certs = await Promise.all([
          a.rpc<Certificate>('issue_certificate', { p_course_id: course.id }),
          b.rpc<Certificate>('issue_certificate', { p_course_id: course.id }),
        ]);
        expect(certs[0].code).toBe(certs[1].code);
        expect((await db.query('select 1 from public.certificates where user_id = $1', [user.id])).rows).toHaveLength(1);
      } finally {
        await a.close();
        await b.close();
      }
    });
  },
);
