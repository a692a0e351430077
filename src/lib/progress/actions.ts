/**
 * What a learner does, recorded the local-first way: the browser's store at once (works offline
 * and with no account), and, for a signed-in learner, the outbox that carries it to the server.
 */
import { newId } from '../id.ts';
import { enqueue } from './account-sync.ts';
import { markDone, recordAttempt, type QuizAttempt } from './model.ts';
import { progressStore } from './store.ts';

export function completeLesson(lessonId: string, courseId: string, at = new Date().toISOString()) {
  progressStore().update((p) => markDone(p, lessonId, courseId, at));
  enqueue({ kind: 'done', id: newId(), lessonId, at });
}

export function submitAttempt(lessonId: string, courseId: string, attempt: QuizAttempt, threshold: number) {
  progressStore().update((p) => recordAttempt(p, lessonId, courseId, attempt, threshold));
  enqueue({ kind: 'attempt', id: attempt.id, lessonId, answers: attempt.answers, at: attempt.at });
}
