import { describe, expect, it } from 'vitest';
import { grade, isCorrect, isMultipleChoice } from '../../src/lib/quiz/grade.ts';

const single = { id: 'q1', correct: ['b'] };
const multiple = { id: 'q2', correct: ['a', 'c'] };

describe('grading', () => {
  it('a single-answer question is right only with the right option', () => {
    expect(isCorrect(single, ['b'])).toBe(true);
    expect(isCorrect(single, ['a'])).toBe(false);
    expect(isCorrect(single, [])).toBe(false);
  });

  it('a multiple-answer question needs exactly the correct set, in any order', () => {
    expect(isCorrect(multiple, ['c', 'a'])).toBe(true);
    expect(isCorrect(multiple, ['a'])).toBe(false);
    expect(isCorrect(multiple, ['a', 'b', 'c'])).toBe(false);
  });

  it('grade counts right answers; unanswered questions count as wrong', () => {
    expect(grade([single, multiple], { q1: ['b'] })).toEqual({ correct: 1, total: 2 });
    expect(grade([single, multiple], { q1: ['b'], q2: ['a', 'c'] })).toEqual({ correct: 2, total: 2 });
  });

  it('more than one correct option makes a multiple-choice question', () => {
    expect(isMultipleChoice(single)).toBe(false);
    expect(isMultipleChoice(multiple)).toBe(true);
  });
});
