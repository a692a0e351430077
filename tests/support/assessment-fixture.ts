/**
 * A bank for the tests while a course has no real `assessment.yaml` yet: 4 × draw items over the
 * course's lessons, validated by the same schema as the real banks. The texts are marked so a
 * leak test can look for them; with a real bank present the tests use the real one.
 */
import { BANK_FACTOR, bankSchema, type Bank } from '../../src/lib/assessment/schema.ts';
import { bankPayload } from '../../scripts/assessment-bank.ts';
import type { Sql } from '../../supabase/local/database.ts';

const IDS = ['a', 'b', 'c', 'd'] as const;

export function fixtureBank(lessonIds: readonly string[], draw = 5): Bank {
  return bankSchema.parse({
    draw,
    reviewed: '2026-11-29',
    items: Array.from({ length: BANK_FACTOR * draw }, (_, n) => ({
      id: `testopgave-${n + 1}`,
      lesson: lessonIds[n % lessonIds.length],
      question:
        n % 5 === 4
          ? `Testbankens opgave nummer ${n + 1}: vælg alle rigtige.`
          : `Testbankens opgave nummer ${n + 1}: hvilket svar er rigtigt?`,
      options: IDS.map((id) => ({ id, text: `Testbankens svarmulighed ${id} til opgave ${n + 1}` })),
      // Keys spread over the letters, as the content check requires of a real bank.
      correct: n % 5 === 4 ? [IDS[Math.floor(n / 5) % 4], IDS[(Math.floor(n / 5) + 1) % 4]] : [IDS[n % 4]],
      explanation: `Testbankens forklaring til opgave ${n + 1}.`,
      sources: [{ title: 'Testkilde', law: 'LBK nr. 1 af 01.01.2020, § 1' }],
    })),
  });
}

/** Loads the fixture bank for a course that has none of its own; returns whether it did. */
export async function ensureBank(db: Sql, course: { id: string; lessons: { id: string }[]; assessment: unknown }) {
  if (course.assessment) return false;
  await db.query('select private.sync_assessment($1, $2::jsonb)', [
    course.id,
    JSON.stringify(bankPayload(fixtureBank(course.lessons.map((l) => l.id)))),
  ]);
  return true;
}

export interface StartedAttempt {
  attempt_id: string;
  expires_at: string;
  questions: { id: string; question: string; multiple: boolean; options: { id: string; text: string }[] }[];
}

/**
 * The keys of one attempt, question id → right option ids (both this attempt's opaque ids), read
 * the way only the database owner can (the tests' superuser connection) through the function that grades.
 */
export async function keysOf(db: Sql, attemptId: string): Promise<Record<string, string[]>> {
  const { rows } = await db.query<{ question_id: string; keys: string[] }>(
    `select m.question_id, m.keys from public.assessment_attempts a, private.attempt_marks(a, '{}') m where a.id = $1`,
    [attemptId],
  );
  return Object.fromEntries(rows.map((r) => [r.question_id, r.keys]));
}

type Rpc = { rpc<T>(fn: string, args?: Record<string, unknown>): Promise<T> };

/** Starts an attempt and submits it with every answer right (or every answer wrong). */
export async function takeAssessment(db: Sql, session: Rpc, courseId: string, right = true) {
  const attempt = await session.rpc<StartedAttempt>('start_assessment', { p_course_id: courseId });
  const keys = await keysOf(db, attempt.attempt_id);
  const answers = Object.fromEntries(
    attempt.questions.map((q) => [
      q.id,
      right
        ? keys[q.id]!
        : q.options
            .map((o) => o.id)
            .filter((id) => !keys[q.id]!.includes(id))
            .slice(0, 1),
    ]),
  );
  return session.rpc<{ passed: boolean; score_percent: number; submitted_at: string }>('submit_assessment', {
    p_attempt_id: attempt.attempt_id,
    p_answers: answers,
  });
}
