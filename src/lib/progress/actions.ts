/**
 * What a learner does, recorded the local-first way: the browser's store at once (works offline
 * and with no account), and, for a signed-in learner, the outbox that carries it to the server.
 */
import { sessionHint } from '../account/session.ts';
import { newId } from '../id.ts';
import { markDone, recordAttempt, type QuizAttempt } from './model.ts';
import type { OutboxItem } from './outbox.ts';
import { progressStore } from './store.ts';

/** Guests never load the sync code; a signed-in learner's item goes to the outbox. */
function enqueue(item: OutboxItem) {
  if (sessionHint()) void import('./account-sync.ts').then((m) => m.enqueue(item));
}

export function completeLesson(lessonId: string, courseId: string, at = new Date().toISOString()) {
  progressStore().update((p) => markDone(p, lessonId, courseId, at));
  enqueue({ kind: 'done', id: newId(), lessonId, at });
}

export function submitAttempt(lessonId: string, courseId: string, attempt: QuizAttempt, threshold: number) {
  progressStore().update((p) => recordAttempt(p, lessonId, courseId, attempt, threshold));
  enqueue({ kind: 'attempt', id: attempt.id, lessonId, answers: attempt.answers, at: attempt.at });
}
