/** Converting between the server's record of progress and the browser's. */
import { PROGRESS_VERSION, type Progress } from './model.ts';
import { mergeProgress } from './merge.ts';
import type { ServerProgress } from '../supabase/types.ts';

/** The server's progress in the browser store's shape, so the two can be merged. */
export function fromServer(server: ServerProgress, courseOf: (lessonId: string) => string | undefined): Progress {
  const progress: Progress = { version: PROGRESS_VERSION, lessons: {} };
  const lesson = (id: string, courseId: string | null) =>
    (progress.lessons[id] ??= { courseId: courseId ?? courseOf(id) ?? '', attempts: [] });
  const iso = (t: string) => new Date(t).toISOString();
  for (const l of server.lessons) lesson(l.lesson_id, l.course_id).doneAt = iso(l.completed_at);
  for (const a of server.attempts)
    lesson(a.lesson_id, a.course_id).attempts.push({
      id: a.id,
      at: iso(a.attempted_at),
      correct: a.correct,
      total: a.total,
      answers: a.answers,
    });
  return progress;
}

/** Local progress with what the server knows added: completions and attempts from other devices. */
export const withServer = (local: Progress, server: ServerProgress) =>
  mergeProgress(
    local,
    fromServer(server, (id) => local.lessons[id]?.courseId),
  );
