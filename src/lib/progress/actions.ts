/**
 * What a learner does, recorded the local-first way: the browser's store at once (works offline
 * and with no account), and, for a signed-in learner, the outbox that carries it to the server.
 */
import { sessionHint } from '../account/session.ts';
import { newId } from '../id.ts';
import { markDone, recordAttempt, type QuizAttempt } from './model.ts';
import { createOutbox, type OutboxItem } from './outbox.ts';
import { progressStore } from './store.ts';

/**
 * A signed-in learner's item goes into the outbox at once (so leaving the page cannot lose it);
 * the code that sends it loads afterwards. Guests never load it.
 */
function enqueue(item: OutboxItem) {
  if (!sessionHint()) return;
  createOutbox(localStorage).add(item);
  void import('./account-sync.ts').then((m) => m.accountSync()?.flush());
}

export function completeLesson(lessonId: string, courseId: string, at = new Date().toISOString()) {
  progressStore().update((p) => markDone(p, lessonId, courseId, at));
  enqueue({ kind: 'done', id: newId(), lessonId, at });
}

export function submitAttempt(lessonId: string, courseId: string, attempt: QuizAttempt, threshold: number) {
  progressStore().update((p) => recordAttempt(p, lessonId, courseId, attempt, threshold));
  enqueue({ kind: 'attempt', id: attempt.id, lessonId, answers: attempt.answers, at: attempt.at });
}
