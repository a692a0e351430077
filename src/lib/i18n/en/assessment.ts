/** The final assessment's and revocation's strings in English: the same keys as da/assessment.ts. */
import type { assessment as da } from '../da/assessment.ts';
import type { Message } from '../translate.ts';

export const assessment: Record<keyof typeof da, Message> = {
  'assessment.title': 'Final assessment: {course}',
  'assessment.lead':
    'The assessment decides whether you get a certificate. Fælles Værdier marks it, not your browser, so nobody can see the answers in advance, and your result is saved to your account.',
  'assessment.link': 'Take the final assessment',
  'assessment.linkLead': "The certificate requires you to complete every lesson and pass the course's final assessment.",
  'assessment.signedOut': 'You must be signed in to take the assessment, so that the result can appear on your certificate.',
  'assessment.signIn': 'Sign in to take the assessment',
  'assessment.rules': 'About the assessment',
  'assessment.ruleItems': "{count} questions, drawn from the course's item bank.",
  'assessment.rulePass': 'You need at least {percent}% correct to pass.',
  'assessment.ruleTime': {
    by: 'minutes',
    one: 'You have {minutes} minute from when you start until you hand in.',
    other: 'You have {minutes} minutes from when you start until you hand in.',
  },
  'assessment.ruleAttempts': {
    by: 'perDay',
    one: 'You can take the assessment {perDay} time within 24 hours. You have {left} attempts left now.',
    other: 'You can take the assessment {perDay} times within 24 hours. You have {left} attempts left now.',
  },
  'assessment.ruleOnce':
    'An attempt can be handed in only once. Afterwards you see which answers were wrong and which lesson to read again. You see the correct answers and the explanations when you have passed.',
  'assessment.start': 'Start the assessment',
  'assessment.resume': 'Continue the attempt you started',
  'assessment.starting': 'Fetching the questions …',
  'assessment.questions': 'Questions',
  'assessment.expiresAt': 'Hand in by {time} at the latest.',
  'assessment.question': 'Question {n} of {total}',
  'assessment.chooseOne': 'Choose one answer.',
  'assessment.chooseAll': 'Choose all correct answers.',
  'assessment.submit': 'Hand in the assessment',
  'assessment.submitting': 'Handing in …',
  'assessment.result': 'Your result',
  'assessment.passed': 'Passed: {correct} of {total} correct ({score}%). The pass mark is {pass}%.',
  'assessment.failed': 'Not passed: {correct} of {total} correct ({score}%). The pass mark is {pass}%.',
  'assessment.feedback': 'Review of your answers',
  'assessment.right': 'Correct',
  'assessment.wrong': 'Wrong',
  'assessment.yourAnswer': 'Your answer: {answer}',
  'assessment.noAnswer': 'Your answer: none',
  'assessment.correctAnswer': 'Correct answer: {answer}',
  'assessment.sources': 'Sources',
  'assessment.failedHint':
    'When an attempt is not passed, we do not show the correct answers. Read the lesson named at each wrong answer before you try again. The questions are drawn anew for each attempt, and the options come in a new order.',
  'assessment.readAgain': 'Read again:',
  'assessment.fromLesson': 'From the lesson:',
  'assessment.alreadyPassed': 'You passed the assessment on {date} with {score}% correct.',
  'assessment.tryAgain': 'Take the assessment again',
  'assessment.noneLeft': 'You have used your {perDay} attempts for the last 24 hours. You can try again {when}.',

  'assessment.error.signedOut': 'You are not signed in. Sign in and try again.',
  'assessment.error.notFound': 'The course has no final assessment yet.',
  'assessment.error.alreadyPassed': 'You have already passed the assessment. Your certificate can be issued on My page.',
  'assessment.error.attemptLimit': 'You have used your 3 attempts for the last 24 hours. You can try again {when}.',
  'assessment.error.attemptNotFound': 'We cannot find that attempt on your account. Start the assessment again.',
  'assessment.error.alreadySubmitted':
    'The attempt has already been handed in, and an attempt can be handed in only once. See the result below or start a new attempt.',
  'assessment.error.expired': 'The time for the attempt has run out, so it can no longer be handed in. You can start a new attempt now.',
  'assessment.error.expiredWait':
    'The time for the attempt has run out, so it can no longer be handed in. You have used your attempts for the last 24 hours and can try again {when}.',
  'assessment.error.notSubmitted': 'The attempt has not been handed in yet.',
  'assessment.error.invalidAnswers': 'Your answers could not be read. Try handing in again.',
  'assessment.error.network':
    'We could not connect to Fælles Værdier. Your answers are not lost: try handing in again when you are online.',
  'assessment.error.unexpectedAnswer':
    'The server answered in a way this page does not know. The site may just have been updated: reload the page and try again.',
  'assessment.error.unknown': 'Something went wrong. Try again in a moment.',

  'lesson.assessment': 'Final assessment',
  'course.assessment': 'Final assessment and certificate',

  'revoke.title': 'Revoke a certificate',
  'revoke.lead':
    'Find the certificate by its code. A revoked certificate shows as revoked on the Verify a certificate page; the reason is not shown publicly.',
  'revoke.code': 'Verification code',
  'revoke.find': 'Find certificate',
  'revoke.reason': 'Reason (10–500 characters, not shown publicly)',
  'revoke.submit': 'Revoke the certificate',
  'revoke.done': 'The certificate {code} has been revoked.',
  'revoke.already': 'The certificate was revoked on {date} by {who}.',
  'revoke.found': '{name}, {course}. Passed {date} with {score}%.',
  'revoke.trail': 'Revoked certificates',
  'revoke.noTrail': 'No certificates have been revoked.',
  'revoke.trailLine': '{date}: {code} ({name}, {course}) revoked by {who}. Reason: {reason}',
  'revoke.error.notEditor': 'Only editors can revoke certificates.',
  'revoke.error.notFound': 'There is no certificate with that code.',
  'revoke.error.already': 'The certificate has already been revoked.',
  'revoke.error.reason': 'Write a reason of 10–500 characters.',
  'revoke.error.code': 'A code has 12 characters (letters and digits), for example ABCD-EFGH-2345.',
};
