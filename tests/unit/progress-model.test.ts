import { describe, expect, it } from 'vitest';
import {
  bestAttempt,
  courseProgress,
  emptyProgress,
  isDone,
  markDone,
  mergeProgress,
  recordAttempt,
  visit,
  type Progress,
  type QuizAttempt,
} from '../../src/lib/progress';

const attempt = (id: string, correct: number, total = 5, at = `2026-01-0${correct + 1}T10:00:00Z`): QuizAttempt => ({
  id,
  at,
  correct,
  total,
  answers: {},
});

describe('markDone', () => {
  it('marks a lesson done and keeps the first time when marked again', () => {
    const once = markDone(emptyProgress(), 'l1', 'c1', '2026-01-01T00:00:00Z');
    const twice = markDone(once, 'l1', 'c1', '2026-02-01T00:00:00Z');
    expect(isDone(twice, 'l1')).toBe(true);
    expect(twice.lessons.l1!.doneAt).toBe('2026-01-01T00:00:00Z');
    expect(twice).toBe(once);
  });
});

describe('recordAttempt', () => {
  it('a failing attempt is recorded but does not complete the lesson', () => {
    const p = recordAttempt(emptyProgress(), 'l1', 'c1', attempt('a', 3), 0.8);
    expect(p.lessons.l1!.attempts).toHaveLength(1);
    expect(isDone(p, 'l1')).toBe(false);
  });

  it('a passing attempt completes the lesson at the time of the attempt', () => {
    const p = recordAttempt(emptyProgress(), 'l1', 'c1', attempt('a', 4), 0.8);
    expect(p.lessons.l1!.doneAt).toBe(attempt('a', 4).at);
  });

  it('the same attempt sent twice is stored once', () => {
    const once = recordAttempt(emptyProgress(), 'l1', 'c1', attempt('a', 2), 0.8);
    expect(recordAttempt(once, 'l1', 'c1', attempt('a', 2), 0.8).lessons.l1!.attempts).toHaveLength(1);
  });

  it('bestAttempt picks the highest score', () => {
    let p = emptyProgress();
    for (const a of [attempt('a', 2), attempt('b', 5), attempt('c', 3)]) p = recordAttempt(p, 'l1', 'c1', a, 0.8);
    expect(bestAttempt(p.lessons.l1)?.id).toBe('b');
  });
});

describe('courseProgress', () => {
  it('counts done lessons of the course only and names the next one', () => {
    let p = markDone(emptyProgress(), 'l1', 'c1', '2026-01-01T00:00:00Z');
    p = markDone(p, 'other', 'c2', '2026-01-01T00:00:00Z');
    expect(courseProgress(p, ['l1', 'l2', 'l3'])).toEqual({ done: 1, total: 3, percent: 33, nextLessonId: 'l2' });
  });

  it('an empty course is 0 % and has no next lesson', () => {
    expect(courseProgress(emptyProgress(), [])).toEqual({ done: 0, total: 0, percent: 0, nextLessonId: undefined });
  });
});

describe('mergeProgress', () => {
  const a: Progress = recordAttempt(markDone(emptyProgress(), 'l1', 'c1', '2026-03-01T00:00:00Z'), 'l2', 'c1', attempt('x', 2), 0.8);
  const b: Progress = visit(
    recordAttempt(markDone(emptyProgress(), 'l1', 'c1', '2026-01-01T00:00:00Z'), 'l2', 'c1', attempt('y', 5), 0.8),
    { lessonId: 'l2', courseId: 'c1', title: 'L2', url: '/kurser/c1/l2/', at: '2026-03-02T00:00:00Z' },
  );

  it('is the union of completions with the earliest time and the union of attempts', () => {
    const m = mergeProgress(a, b);
    expect(m.lessons.l1!.doneAt).toBe('2026-01-01T00:00:00Z');
    expect(m.lessons.l2!.attempts.map((x) => x.id).sort()).toEqual(['x', 'y']);
    expect(isDone(m, 'l2')).toBe(true);
    expect(m.lastVisited?.lessonId).toBe('l2');
  });

  it('is commutative and idempotent', () => {
    expect(mergeProgress(a, b)).toEqual(mergeProgress(b, a));
    const m = mergeProgress(a, b);
    expect(mergeProgress(m, b)).toEqual(m);
    expect(mergeProgress(m, m)).toEqual(m);
  });
});
