/**
 * The learner's progress as plain data, and the pure functions that change it.
 * Storage and sync live elsewhere; everything here is deterministic and easy to test.
 */

export const PROGRESS_VERSION = 1;

export interface QuizAttempt {
  /** Random id, so that sending the same attempt twice is recognised as one. */
  id: string;
  at: string;
  correct: number;
  total: number;
  /** Question id → the option ids the learner chose. */
  answers: Record<string, string[]>;
}

export interface LessonRecord {
  courseId: string;
  /** When the lesson first counted as done (ISO time); absent while not done. */
  doneAt?: string;
  attempts: QuizAttempt[];
}

export interface LastVisited {
  lessonId: string;
  courseId: string;
  title: string;
  url: string;
  at: string;
  /** The lesson after it (or the course page after the last), for "continue" once this is done. */
  next?: { title: string; url: string };
}

export interface Progress {
  version: typeof PROGRESS_VERSION;
  lessons: Record<string, LessonRecord>;
  lastVisited?: LastVisited;
}

export const emptyProgress = (): Progress => ({ version: PROGRESS_VERSION, lessons: {} });

export const score = (a: Pick<QuizAttempt, 'correct' | 'total'>) => (a.total ? a.correct / a.total : 0);

export const isPassing = (a: Pick<QuizAttempt, 'correct' | 'total'>, threshold: number) => score(a) >= threshold;

export function bestAttempt(record: LessonRecord | undefined): QuizAttempt | undefined {
  return record?.attempts.reduce<QuizAttempt | undefined>((best, a) => (!best || score(a) > score(best) ? a : best), undefined);
}

export const isDone = (p: Progress, lessonId: string) => Boolean(p.lessons[lessonId]?.doneAt);

function withLesson(p: Progress, lessonId: string, courseId: string, change: (r: LessonRecord) => LessonRecord): Progress {
  const current = p.lessons[lessonId] ?? { courseId, attempts: [] };
  return { ...p, lessons: { ...p.lessons, [lessonId]: change(current) } };
}

/** Marks a lesson done. Marking it again keeps the first time. */
export function markDone(p: Progress, lessonId: string, courseId: string, at: string): Progress {
  if (isDone(p, lessonId)) return p;
  return withLesson(p, lessonId, courseId, (r) => ({ ...r, doneAt: at }));
}

/** Records a knowledge-check attempt; a passing attempt also marks the lesson done. */
export function recordAttempt(p: Progress, lessonId: string, courseId: string, attempt: QuizAttempt, threshold: number): Progress {
  if (p.lessons[lessonId]?.attempts.some((a) => a.id === attempt.id)) return p;
  const next = withLesson(p, lessonId, courseId, (r) => ({ ...r, attempts: [...r.attempts, attempt] }));
  return isPassing(attempt, threshold) ? markDone(next, lessonId, courseId, attempt.at) : next;
}

export function visit(p: Progress, visit: LastVisited): Progress {
  return { ...p, lastVisited: visit };
}

export interface CourseProgress {
  done: number;
  total: number;
  percent: number;
  /** The first lesson not yet done, in course order. */
  nextLessonId?: string;
}

export function courseProgress(p: Progress, lessonIds: readonly string[]): CourseProgress {
  const done = lessonIds.filter((id) => isDone(p, id)).length;
  const total = lessonIds.length;
  return {
    done,
    total,
    percent: total ? Math.round((done / total) * 100) : 0,
    nextLessonId: lessonIds.find((id) => !isDone(p, id)),
  };
}
