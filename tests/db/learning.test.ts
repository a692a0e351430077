import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refused, type Session, type TestDb } from '../support/db.ts';
import { course, quizLessons, rightAnswers, wrongAnswers, personaDb, type Personas } from '../support/personas.ts';

let db: TestDb;
let p: Personas;
beforeAll(async () => ({ db, p } = await personaDb()));
afterAll(() => db?.close());

interface Progress {
  lessons: { lesson_id: string; course_id: string; completed_at: string }[];
  attempts: { id: string; lesson_id: string; correct: number; total: number; passed: boolean }[];
}
const lesson = quizLessons[0]!;
const second = quizLessons[1]!;

describe('anonymous visitor', () => {
  it('reads the published catalogue', async () => {
    const rows = await db.as(null).query<{ id: string }>('select id from public.lessons where course_id = $1', [course.id]);
    expect(rows.length).toBe(course.lessons.filter((l) => l.status === 'published').length);
  });

  it('cannot read anyone’s progress or attempts, nor the answer keys', async () => {
    expect((await refused(db.as(null).query('select * from public.lesson_progress'))).code).toBe('42501');
    expect((await refused(db.as(null).query('select * from public.quiz_attempts'))).code).toBe('42501');
    expect((await refused(db.as(null).query('select * from private.quiz_keys'))).code).toBe('42501');
  });

  it('cannot record progress', async () => {
    expect(
      (
        await refused(
          db.as(null).rpc('record_quiz_attempt', { p_attempt_id: randomUUID(), p_lesson_id: lesson.id, p_answers: rightAnswers(lesson) }),
        )
      ).code,
    ).toBe('42501');
    expect((await refused(db.as(null).rpc('my_progress'))).code).toBe('42501');
  });
});

describe('learner', () => {
  it('a failed attempt is stored, graded by the database, and completes nothing', async () => {
    const r = await db.as(p.learner).rpc<{ passed: boolean; correct: number }>('record_quiz_attempt', {
      p_attempt_id: randomUUID(),
      p_lesson_id: lesson.id,
      p_answers: wrongAnswers(lesson),
    });
    expect(r).toMatchObject({ passed: false, correct: 0 });
    const mine = await db.as(p.learner).rpc<Progress>('my_progress');
    expect(mine.lessons).toEqual([]);
    expect(mine.attempts).toHaveLength(1);
  });

  it('a passing attempt completes the lesson; sending it twice changes nothing', async () => {
    const attempt = { p_attempt_id: randomUUID(), p_lesson_id: lesson.id, p_answers: rightAnswers(lesson) };
    const first = await db.as(p.learner).rpc<{ passed: boolean; completed_at: string }>('record_quiz_attempt', attempt);
    const again = await db.as(p.learner).rpc<{ passed: boolean; completed_at: string }>('record_quiz_attempt', attempt);
    expect(first.passed).toBe(true);
    expect(again).toEqual(first);
    const mine = await db.as(p.learner).rpc<Progress>('my_progress');
    expect(mine.lessons.map((l) => l.lesson_id)).toEqual([lesson.id]);
    expect(mine.attempts).toHaveLength(2);
  });

  it('cannot claim a score: the client’s own grading is ignored', async () => {
    const r = await db.as(p.learner).rpc<{ correct: number; passed: boolean }>('record_quiz_attempt', {
      p_attempt_id: randomUUID(),
      p_lesson_id: second.id,
      p_answers: { correct: 99, total: 99, passed: true },
    });
    expect(r).toMatchObject({ correct: 0, passed: false });
  });

  it('cannot mark a lesson with a knowledge check done without passing it', async () => {
    expect((await refused(db.as(p.learner).rpc('record_lesson_done', { p_lesson_id: second.id }))).message).toBe('check_required');
  });

  it('cannot write progress directly, nor for someone else', async () => {
    const e = await refused(
      db
        .as(p.learner)
        .query('insert into public.lesson_progress (user_id, lesson_id, done_offline_at) values ($1, $2, now())', [
          p.otherLearner.id,
          second.id,
        ]),
    );
    expect(e.code).toBe('42501');
    const e2 = await refused(
      db
        .as(p.learner)
        .query(
          "insert into public.quiz_attempts (id, user_id, lesson_id, answers, correct, total, passed, done_offline_at) values ($1, $2, $3, '{}', 5, 5, true, now())",
          [randomUUID(), p.learner.id, second.id],
        ),
    );
    expect(e2.code).toBe('42501');
  });

  it('a completion time in the future is stored as now', async () => {
    const r = await db.as(p.learner).rpc<{ completed_at: string }>('record_quiz_attempt', {
      p_attempt_id: randomUUID(),
      p_lesson_id: second.id,
      p_answers: rightAnswers(second),
      p_attempted_at: '2099-01-01T00:00:00Z',
    });
    expect(new Date(r.completed_at).getTime()).toBeLessThanOrEqual(Date.now() + 60_000);
  });

  it('marks a lesson without a knowledge check done, once, at the server’s time at the latest', async () => {
    await db.exec(
      `insert into public.lessons (id, course_id, position, title, question_count, status) values ('uden-tjek', '${course.id}', 99, 'Uden videnstjek', 0, 'published')`,
    );
    const first = await db
      .as(p.learner)
      .rpc<{ completed_at: string }>('record_lesson_done', { p_lesson_id: 'uden-tjek', p_completed_at: '2099-01-01T00:00:00Z' });
    expect(new Date(first.completed_at).getTime()).toBeLessThanOrEqual(Date.now() + 60_000);
    const again = await db.as(p.learner).rpc<{ completed_at: string }>('record_lesson_done', { p_lesson_id: 'uden-tjek' });
    expect(again.completed_at).toBe(first.completed_at);
    expect((await refused(db.as(null).rpc('record_lesson_done', { p_lesson_id: 'uden-tjek' }))).code).toBe('42501');
  });

  it('an unknown lesson is refused with a clear code', async () => {
    expect(
      (
        await refused(
          db.as(p.learner).rpc('record_quiz_attempt', { p_attempt_id: randomUUID(), p_lesson_id: 'findes-ikke', p_answers: {} }),
        )
      ).message,
    ).toBe('lesson_not_found');
  });
});

describe('another learner', () => {
  it('sees none of the first learner’s progress or attempts', async () => {
    const theirs = await db.as(p.otherLearner).rpc<Progress>('my_progress');
    expect(theirs).toEqual({ lessons: [], attempts: [] });
    expect(await db.as(p.otherLearner).query('select * from public.lesson_progress')).toEqual([]);
    expect(await db.as(p.otherLearner).query('select * from public.quiz_attempts')).toEqual([]);
  });

  it('cannot reuse the first learner’s attempt id to read or take over that attempt', async () => {
    const [taken] = await db
      .query<{ id: string }>('select id from public.quiz_attempts where user_id = $1 limit 1', [p.learner.id])
      .then((r) => r.rows);
    const e = await refused(
      db
        .as(p.otherLearner)
        .rpc('record_quiz_attempt', { p_attempt_id: taken!.id, p_lesson_id: lesson.id, p_answers: rightAnswers(lesson) }),
    );
    expect(e.message).toBe('attempt_id_taken');
  });
});

describe('merging guest progress', () => {
  const guest = () => ({
    lessons: {
      [lesson.id]: {
        courseId: course.id,
        doneAt: '2026-01-01T10:00:00Z',
        attempts: [
          { id: 'f2a0b4de-0000-4000-8000-000000000001', at: '2026-01-01T10:00:00Z', answers: rightAnswers(lesson), correct: 9, total: 9 },
        ],
      },
      [second.id]: {
        courseId: course.id,
        doneAt: '2026-01-02T10:00:00Z',
        attempts: [{ id: 'f2a0b4de-0000-4000-8000-000000000002', at: '2026-01-02T10:00:00Z', answers: wrongAnswers(second) }],
      },
      'lektion-der-ikke-findes': { courseId: 'x', doneAt: '2026-01-01T10:00:00Z', attempts: [] },
    },
  });

  it('is the union of completions and the best score, and idempotent', async () => {
    // The account is older than the guest's progress, so the guest's own time is kept for display.
    await db.query(`update auth.users set created_at = '2025-06-01' where id = $1`, [p.partner.id]);
    const partner = db.as(p.partner);
    const once = await partner.rpc<Progress>('merge_guest_progress', { p_progress: guest() });
    const twice = await partner.rpc<Progress>('merge_guest_progress', { p_progress: guest() });
    expect(twice).toEqual(once);
    // The lesson passed as a guest counts, at the guest's time; the failed one does not,
    // though the guest's store claimed it done: the database grades again.
    expect(once.lessons.map((l) => [l.lesson_id, l.completed_at.slice(0, 10)])).toEqual([[lesson.id, '2026-01-01']]);
    expect(once.attempts).toHaveLength(2);
  });

  it('keeps the earliest completion when the account already had the lesson', async () => {
    const partner = db.as(p.partner);
    await partner.rpc('record_quiz_attempt', { p_attempt_id: randomUUID(), p_lesson_id: lesson.id, p_answers: rightAnswers(lesson) });
    const mine = await partner.rpc<Progress>('my_progress');
    expect(mine.lessons.find((l) => l.lesson_id === lesson.id)!.completed_at.slice(0, 10)).toBe('2026-01-01');
  });

  it('refuses something that is not progress', async () => {
    expect((await refused(db.as(p.partner).rpc('merge_guest_progress', { p_progress: { lessons: [] } }))).message).toBe('invalid_progress');
  });
});

describe('partner', () => {
  it('records its own attempts only and reads no one else’s', async () => {
    const mine = await db.as(p.partner).query<{ user_id: string }>('select user_id from public.quiz_attempts');
    expect(new Set(mine.map((r) => r.user_id))).toEqual(new Set([p.partner.id]));
    expect((await refused(db.as(p.partner).query(`update public.lesson_progress set recorded_at = now()`))).code).toBe('42501');
  });
});

describe('editor', () => {
  it('has no view of learners’ progress and cannot change it', async () => {
    expect(await db.as(p.editor).rpc('my_progress')).toEqual({ lessons: [], attempts: [] });
    expect(await db.as(p.editor).query('select * from public.lesson_progress')).toEqual([]);
    expect((await refused(db.as(p.editor).query('delete from public.quiz_attempts'))).code).toBe('42501');
    const { rows } = await db.query<{ n: number }>('select count(*)::int as n from public.quiz_attempts where user_id = $1', [
      p.learner.id,
    ]);
    expect(rows[0]!.n).toBeGreaterThan(0);
  });
});

describe('pass threshold', () => {
  it('is the same in the database as on the site', async () => {
    const { PASS_THRESHOLD } = await import('../../src/lib/site.ts');
    const { rows } = await db.query<{ t: string }>('select private.pass_threshold()::text as t');
    expect(Number(rows[0]!.t)).toBe(PASS_THRESHOLD);
  });
});

/*
 * Two devices, or a request and its retry, at the same moment. On PostgreSQL each session has a
 * connection of its own, so the calls really overlap; on PGlite (one connection) they interleave.
 */
describe(`at the same moment${process.env.DATABASE_URL ? '' : ' (on PGlite, one connection: the calls take turns; they overlap on PostgreSQL)'}`, () => {
  type Device = Session & { close?(): Promise<void> };
  const twoSessions = async (user: Personas['learner']): Promise<[Device, Device]> =>
    db.ownConnection ? [await db.ownConnection(user), await db.ownConnection(user)] : [db.as(user), db.as(user)];
  const closeAll = (sessions: Device[]) => Promise.all(sessions.map((s) => s.close?.()));
  const count = async (table: string, user: Personas['learner']) =>
    (await db.query<{ n: number }>(`select count(*)::int as n from public.${table} where user_id = $1`, [user.id])).rows[0]!.n;

  it('the same lesson done from two devices gives one row and one answer', async () => {
    const user = await db.createUser('to-enheder@example.dk');
    const lessons = ['samtidig-1', 'samtidig-2', 'samtidig-3'];
    for (const [i, id] of lessons.entries())
      await db.exec(
        `insert into public.lessons (id, course_id, position, title, question_count, status) values ('${id}', '${course.id}', ${90 + i}, 'Samtidig ${i}', 0, 'published')`,
      );
    const sessions = await twoSessions(user);
    try {
      for (const id of lessons) {
        const both = await Promise.all(sessions.map((s) => s.rpc<{ completed_at: string }>('record_lesson_done', { p_lesson_id: id })));
        expect(both[0]!.completed_at).toBe(both[1]!.completed_at);
      }
    } finally {
      await closeAll(sessions);
    }
    expect(await count('lesson_progress', user)).toBe(lessons.length);
  });

  it('a knowledge-check attempt and its retry, in flight together, are stored once and answered alike', async () => {
    const user = await db.createUser('gentaget@example.dk');
    const sessions = await twoSessions(user);
    try {
      for (const l of quizLessons) {
        const attempt = { p_attempt_id: randomUUID(), p_lesson_id: l.id, p_answers: rightAnswers(l) };
        const both = await Promise.all(sessions.map((s) => s.rpc('record_quiz_attempt', attempt)));
        expect(both[1]).toEqual(both[0]);
      }
    } finally {
      await closeAll(sessions);
    }
    expect(await count('quiz_attempts', user)).toBe(quizLessons.length);
    expect(await count('lesson_progress', user)).toBe(quizLessons.length);
  });

  it('two merges of overlapping guest progress give no duplicates and the same result', async () => {
    const user = await db.createUser('to-fletninger@example.dk');
    const store = (from: number) => ({
      lessons: Object.fromEntries(
        quizLessons.slice(from).map((l, i) => [
          l.id,
          {
            courseId: course.id,
            doneAt: '2026-11-01T10:00:00Z',
            attempts: [
              { id: `7c1e0000-0000-4000-8000-${String(from + i).padStart(12, '0')}`, at: '2026-11-01T10:00:00Z', answers: rightAnswers(l) },
            ],
          },
        ]),
      ),
    });
    const sessions = await twoSessions(user);
    try {
      // The second device has everything but the first lesson: the rest overlaps.
      const [one, two] = await Promise.all([
        sessions[0]!.rpc<Progress>('merge_guest_progress', { p_progress: store(0) }),
        sessions[1]!.rpc<Progress>('merge_guest_progress', { p_progress: store(1) }),
      ]);
      const after = await db.as(user).rpc<Progress>('my_progress');
      expect(after.attempts).toHaveLength(quizLessons.length);
      expect(after.lessons).toHaveLength(quizLessons.length);
      expect([one.attempts.length, two.attempts.length]).toContain(quizLessons.length);
    } finally {
      await closeAll(sessions);
    }
  });
});
