/**
 * The English parts for learning, account, assessment, forms and reports have every key of their
 * Danish part (the types say so; this also catches a cast), the same placeholders, and the same
 * plural shape; the partial part for the course pages names only keys the Danish site part has.
 * The islands' dictionaries answer in the language they are asked for.
 */
import { describe, expect, it } from 'vitest';
import { account as daAccount } from '../../src/lib/i18n/da/account.ts';
import { assessment as daAssessment } from '../../src/lib/i18n/da/assessment.ts';
import { forms as daForms } from '../../src/lib/i18n/da/forms.ts';
import { learning as daLearning } from '../../src/lib/i18n/da/learning.ts';
import { reports as daReports } from '../../src/lib/i18n/da/reports.ts';
import { site as daSite } from '../../src/lib/i18n/da/site.ts';
import { account } from '../../src/lib/i18n/en/account.ts';
import { assessment } from '../../src/lib/i18n/en/assessment.ts';
import { coursePages } from '../../src/lib/i18n/en/course-pages.ts';
import { forms } from '../../src/lib/i18n/en/forms.ts';
import { learning } from '../../src/lib/i18n/en/learning.ts';
import { reports } from '../../src/lib/i18n/en/reports.ts';
import { courseLanguage as daCourseLanguage } from '../../src/lib/i18n/da/course-language.ts';
import { courseLanguage } from '../../src/lib/i18n/en/course-language.ts';
import { tIn as accountIn } from '../../src/lib/i18n/account.ts';
import { learnEnglish, tIn as assessmentIn } from '../../src/lib/i18n/assessment.ts';
import { assessmentWords } from '../../src/lib/i18n/island-words.ts';
import { reportWords } from '../../src/lib/i18n/en/report-words.ts';
import { tWith as learningWith } from '../../src/lib/i18n/learning.ts';
import { tWith as reportsWith } from '../../src/lib/i18n/reports.ts';
import { tFor } from '../../src/lib/i18n/index.ts';
import type { Message } from '../../src/lib/i18n/translate.ts';

const placeholders = (m: Message) =>
  [...(typeof m === 'string' ? m : `${m.one} ${m.other}`).matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort((a, b) => a!.localeCompare(b!));
const shape = (m: Message) => (typeof m === 'string' ? 'text' : `plural by ${m.by}`);

/** Words spelt the same in both languages. */
const SAME_IN_BOTH = new Set(['level.specialist', 'my.profession', 'my.profession.partner']);

const parts: [string, Record<string, Message>, Record<string, Message>][] = [
  ['learning', daLearning, learning],
  ['account', daAccount, account],
  ['assessment', daAssessment, assessment],
  ['forms', daForms, forms],
  ['reports', daReports, reports],
  ['course-language', daCourseLanguage, courseLanguage],
];

describe('English dictionary parts', () => {
  for (const [name, da, en] of parts)
    it(`${name}: every Danish key in English, with the same placeholders and plural shape`, () => {
      expect(Object.keys(en).sort()).toEqual(Object.keys(da).sort());
      for (const key of Object.keys(da)) {
        expect(placeholders(en[key]!), key).toEqual(placeholders(da[key]!));
        expect(shape(en[key]!), key).toEqual(shape(da[key]!));
        if (!SAME_IN_BOTH.has(key)) expect(en[key], `${key} is not translated`).not.toEqual(da[key]);
      }
    });

  it('the course pages’ part names only keys of the Danish site part, with the same placeholders', () => {
    const site = daSite as Record<string, Message>;
    for (const [key, text] of Object.entries(coursePages as Record<string, Message>)) {
      expect(site[key], key).toBeDefined();
      expect(placeholders(text), key).toEqual(placeholders(site[key]!));
    }
  });
});

describe('the islands’ dictionaries', () => {
  it('answer in the language they are asked for once an English island has handed over its words, Danish by default', () => {
    learnEnglish(assessmentWords('en'));
    expect(learningWith(learning)('quiz.result', { correct: 3, total: 4 })).toBe('You got 3 of 4 right.');
    expect(learningWith()('quiz.result', { correct: 3, total: 4 })).toBe('Du fik 3 af 4 rigtige.');
    expect(accountIn('en')('certificate.hoursValue', { hours: 1.5 })).toBe('1.5 hours');
    expect(accountIn('da')('certificate.hoursValue', { hours: 2.5 })).toBe('2,5 timer');
    expect(assessmentIn('en')('assessment.ruleTime', { minutes: 1 })).toBe('You have 1 minute from when you start until you hand in.');
    expect(reportsWith(reportWords)('report.toggle')).toBe('Report an error');
    expect(reportsWith()('report.toggle')).toBe('Meld en fejl');
    expect(assessmentWords('da')).toBeUndefined();
  });

  it('give an English page every key the course, lesson and assessment pages use', () => {
    const t = tFor('en');
    expect(t('lesson.minutes', { minutes: 12 })).toBe('Reading time about 12 min.');
    expect(t('course.lessonCount', { count: 1 })).toBe('1 lesson');
    expect(t('assessment.title', { course: 'X' })).toBe('Final assessment: X');
    expect(t('status.lessons', { done: 2, total: 5 })).toBe('Lessons: 2 of 5 completed.');
  });
});
