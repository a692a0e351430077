/** Grading of a knowledge check: a question is right when exactly the correct options are chosen. */
import type { Question } from '../content/schemas.ts';

export type QuestionKey = Pick<Question, 'id' | 'correct'>;

export function isCorrect(question: QuestionKey, chosen: readonly string[]): boolean {
  const want = new Set(question.correct);
  const got = new Set(chosen);
  return want.size === got.size && [...want].every((id) => got.has(id));
}

export function grade(questions: readonly QuestionKey[], answers: Record<string, readonly string[]>) {
  const correct = questions.filter((q) => isCorrect(q, answers[q.id] ?? [])).length;
  return { correct, total: questions.length };
}

/** Multiple-answer questions are shown with checkboxes, single-answer ones with radio buttons. */
export const isMultipleChoice = (question: QuestionKey) => question.correct.length > 1;

/** How many right answers pass, in the learner's terms: "at least 80 %" of four questions is all four. */
export const neededToPass = (total: number, threshold: number) => Math.min(total, Math.ceil(total * threshold - 1e-9));
