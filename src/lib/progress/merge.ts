/**
 * Merging progress from two places (this browser and the account). Its own file: only the
 * account code needs it, so the knowledge check's bundle stays without it.
 */
import { PROGRESS_VERSION, type LessonRecord, type Progress } from './model.ts';

const earliest = (a?: string, b?: string) => (!a ? b : !b ? a : a < b ? a : b);
const latest = <T extends { at: string }>(a?: T, b?: T) => (!a ? b : !b ? a : a.at >= b.at ? a : b);

/**
 * Merges two progress records: the union of completions (earliest time wins) and of
 * attempts (by id). Commutative, associative and idempotent, so merging in any order,
 * any number of times, gives the same result.
 */
export function mergeProgress(a: Progress, b: Progress): Progress {
  const lessons: Record<string, LessonRecord> = { ...a.lessons };
  for (const [id, rb] of Object.entries(b.lessons)) {
    const ra = lessons[id];
    if (!ra) {
      lessons[id] = rb;
      continue;
    }
    const attempts = new Map(ra.attempts.map((x) => [x.id, x]));
    for (const x of rb.attempts) if (!attempts.has(x.id)) attempts.set(x.id, x);
    const doneAt = earliest(ra.doneAt, rb.doneAt);
    lessons[id] = {
      courseId: ra.courseId,
      ...(doneAt ? { doneAt } : {}),
      attempts: [...attempts.values()].sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : x.id < y.id ? -1 : 1)),
    };
  }
  const lastVisited = latest(a.lastVisited, b.lastVisited);
  return { version: PROGRESS_VERSION, lessons, ...(lastVisited ? { lastVisited } : {}) };
}
