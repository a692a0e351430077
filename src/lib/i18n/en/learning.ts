/** The knowledge check's strings in English: the same keys as da/learning.ts (the type says so). */
import type { learning as da } from '../da/learning.ts';
import type { Message } from '../translate.ts';

export const learning: Record<keyof typeof da, Message> = {
  'quiz.title': 'Knowledge check',
  'quiz.introAll': '{count} questions. You pass when you answer all {count} correctly.',
  'quiz.introSome': '{count} questions. You pass when you answer at least {needed} of them correctly.',
  'quiz.practice':
    "The knowledge check is for practice and does not count towards the certificate. The certificate requires you to pass the course's final assessment.",
  'quiz.modeOne': 'One question at a time',
  'quiz.modeAll': 'All questions at once',
  'quiz.mode': 'View',
  'quiz.question': 'Question {n} of {total}',
  'quiz.chooseOne': 'Choose one answer',
  'quiz.chooseMany': 'Choose all correct answers',
  'quiz.check': 'Check answer',
  'quiz.next': 'Next question',
  'quiz.previous': 'Previous question',
  'quiz.correct': 'Correct.',
  'quiz.wrong': 'Not quite.',
  'quiz.rightAnswer': 'The correct answer is: {answer}',
  'quiz.pickFirst': 'Choose an answer before you check.',
  'quiz.checkAll': 'Check all answers',
  'quiz.unanswered': 'You have not answered question {list} yet.',
  'quiz.yourAnswer': '(your answer)',
  'quiz.rightMark': '(correct answer)',
  'quiz.nextLesson': 'Next lesson: {title}',
  'quiz.backToCourse': 'Back to the course',
  'quiz.result': 'You got {correct} of {total} right.',
  'quiz.passed': 'Passed. The lesson is complete.',
  'quiz.failed': 'Not passed yet. Read the explanations and try again.',
  'quiz.retry': 'Try again',
  'quiz.best': 'Your best result: {correct} of {total}.',
};
