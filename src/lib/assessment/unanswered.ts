/** Questions without any answer: they count as wrong, so the page warns before submitting. */
export const unanswered = (questionIds: readonly string[], answers: Record<string, string[]>) =>
  questionIds.filter((id) => !answers[id]?.length);
