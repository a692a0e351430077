/** The "Report an error" form in English: the same keys as da/reports.ts (the type says so). */
import type { reports as da } from '../da/reports.ts';
import type { Message } from '../translate.ts';

export const reports: Record<keyof typeof da, Message> = {
  'report.toggle': 'Report an error',
  'report.lead': 'Have you found an error on the page? Write what is wrong. You do not need an account.',
  'report.what': 'What is wrong?',
  'report.source': 'A source that shows what is right (optional)',
  'report.email': 'Your e-mail, if you would like an answer (optional)',
  'report.emailHint': 'Seen only by the editors and used only to answer you about this report.',
  'report.send': 'Send the report',
  'report.sending': 'Sending …',
  'report.sent': 'Thank you! The editors have received your report.',
  'report.sentMine': 'You can follow it under My error reports on the Danish Min side.',
  'report.sentEmail': 'The editors will answer you by e-mail.',
  'report.limited': 'Many error reports have been sent today. Try again tomorrow, or write to the editors.',
  'report.failed': 'The report could not be sent. Your text is still here; try again.',
  'report.noscript': 'The form for reporting an error needs JavaScript. You can also write to the editors at {email}.',
  'report.problem.required': 'Fill in the field.',
  'report.problem.tooShort': 'Write at least {min} characters.',
  'report.problem.tooLong': 'Write at most {max} characters.',
  'report.problem.email': 'Enter a valid e-mail address, for example name@example.com.',
  'report.problem.page': 'This page cannot receive error reports.',
  'report.honeypot': 'Leave this field empty',
};
