/**
 * Reads whatever is stored under the progress key and returns a valid, current `Progress`.
 * Unknown or broken data never throws: it yields what can be saved of it, or an empty record.
 */
import { emptyProgress, PROGRESS_VERSION, type LessonRecord, type Progress, type QuizAttempt } from './model.ts';

type Unknown = Record<string, unknown>;
const isObject = (v: unknown): v is Unknown => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

function readAttempt(v: unknown): QuizAttempt | undefined {
  if (!isObject(v) || !isString(v.id) || !isString(v.at) || !isCount(v.correct) || !isCount(v.total)) return;
  if (v.correct > v.total) return;
  const answers: Record<string, string[]> = {};
  if (isObject(v.answers)) for (const [q, a] of Object.entries(v.answers)) if (Array.isArray(a)) answers[q] = a.filter(isString);
  return { id: v.id, at: v.at, correct: v.correct, total: v.total, answers };
}

function readLesson(v: unknown): LessonRecord | undefined {
  if (!isObject(v) || !isString(v.courseId)) return;
  const attempts = Array.isArray(v.attempts) ? v.attempts.map(readAttempt).filter((a) => a !== undefined) : [];
  return { courseId: v.courseId, ...(isString(v.doneAt) ? { doneAt: v.doneAt } : {}), attempts };
}

export function migrate(raw: unknown): Progress {
  if (!isObject(raw) || raw.version !== PROGRESS_VERSION) return emptyProgress();
  const progress = emptyProgress();
  if (isObject(raw.lessons))
    for (const [id, value] of Object.entries(raw.lessons)) {
      const lesson = readLesson(value);
      if (lesson) progress.lessons[id] = lesson;
    }
  const lv = raw.lastVisited;
  if (isObject(lv) && isString(lv.lessonId) && isString(lv.courseId) && isString(lv.title) && isString(lv.url) && isString(lv.at)) {
    const next =
      isObject(lv.next) && isString(lv.next.title) && isString(lv.next.url) ? { next: { title: lv.next.title, url: lv.next.url } } : {};
    progress.lastVisited = { lessonId: lv.lessonId, courseId: lv.courseId, title: lv.title, url: lv.url, at: lv.at, ...next };
  }
  return progress;
}

export function parse(json: string | null): Progress {
  if (!json) return emptyProgress();
  try {
    return migrate(JSON.parse(json));
  } catch {
    return emptyProgress();
  }
}
