/** The forms' error pattern, the certificate road and the CPD hours in English: the same keys as da/forms.ts. */
import type { forms as da } from '../da/forms.ts';
import type { Message } from '../translate.ts';

export const forms: Record<keyof typeof da, Message> = {
  'form.errorTitle': 'There is something you need to fix',
  'form.noscript': 'The form works only with JavaScript turned on. Turn on JavaScript in your browser and reload the page.',

  'road.title': 'What a certificate requires',
  'road.lessons': "All the course's lessons completed",
  'road.assessment': 'The final assessment passed',
  'road.name': 'Your name, as it should appear on the certificate',
  'road.missingTitle': 'The certificate cannot be issued yet. You still need to:',
  'road.missingName': 'Write your name as it should appear on the certificate',
  'road.missingLessons': 'Complete the lessons:',
  'road.missingAssessment': 'Pass the final assessment',
  'road.namePrompt': 'Write your name now, so that the certificate can be issued when you have passed.',
  'road.nameSave': 'Save the name',
  'road.nameSaved': 'The name is saved: {name}.',
  'road.nameOnCertificate': 'Name on the certificate: {name}.',
  'road.nameInvalid': 'Write your name with 2–120 characters.',
  'road.done': 'done',
  'road.todo': 'to do',
  'road.lessonsLeft': { by: 'total', one: '{count} of {total} lesson left.', other: '{count} of {total} lessons left.' },
  'road.toCourse': 'See the lessons',
  'road.nameLabel': 'Name on the certificate',

  'handIn.title': 'You have not answered every question',
  'handIn.lead': 'A question without an answer counts as wrong, and handing in uses one of your attempts. Go back to:',
  'handIn.question': 'Question {n}',
  'handIn.anyway': 'Hand in anyway',

  'status.title': 'Your status',
  'status.signedOut': 'Sign in to see whether you have passed the assessment and received a certificate.',
  'status.lessons': 'Lessons: {done} of {total} completed.',
  'status.assessmentPassed': 'Final assessment: passed {date} with {score}%.',
  'status.assessmentNot': 'Final assessment: not passed yet.',
  'status.certificate': 'Certificate: issued {date}.',
  'status.certificateNone': 'Certificate: not issued yet.',
  'status.view': 'View certificate',
  'status.failed': 'Your status could not be fetched just now.',

  'cpd.title': 'Continuing-education hours',
  'cpd.lead':
    'Danish approved auditors document continuing education in fixed periods of three calendar years (for example 2024–2026): at least 120 hours, of which at least 30 hours in each of the two subject areas, or 90 hours with an annual competence evaluation. Here are the hours from your certificates by period and subject area.',
  'cpd.source':
    'Source: the Danish Business Authority’s guidance on the executive order on mandatory continuing education for approved auditors',
  'cpd.none': 'You have no certificates with continuing-education hours yet.',
  'cpd.period': 'Period {from}–{to}',
  'cpd.course': 'Course',
  'cpd.area': 'Subject area',
  'cpd.date': 'Completed',
  'cpd.hours': 'Hours',
  'cpd.code': 'Code',
  'cpd.total': 'Total',
  'cpd.csv': 'Download as CSV (spreadsheet)',
  'cpd.print': 'Show a printable overview',
  'cpd.printTitle': 'Continuing education: overview of certificates',
  'cpd.printLead': 'Printed from {site} on {date}. Each certificate can be verified with its code at {url}.',
  'cpd.printButton': 'Print or save as PDF',
  'cpd.participant': 'Participant: {name}',
  'cpd.back': 'Back to My page',
};
