/** A knowledge-check attempt: kept as the learner's best result, and passing marks the lesson done. */
import { recordAttempt, type QuizAttempt } from '../../lib/progress/model.ts';
import { record } from './record.ts';

export function submitAttempt(lessonId: string, courseId: string, attempt: QuizAttempt, threshold: number) {
  record((p) => recordAttempt(p, lessonId, courseId, attempt, threshold), {
    kind: 'attempt',
    id: attempt.id,
    lessonId,
    answers: attempt.answers,
    at: attempt.at,
  });
}
