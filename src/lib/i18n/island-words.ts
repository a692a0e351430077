/**
 * The English words an English page hands its account and assessment islands as a prop: built at
 * build time from the English parts, so only English pages carry them (in their HTML) and no
 * island bundle carries a second language. Danish pages pass nothing.
 */
import type { Lang } from '../content/taxonomy.ts';
import type { AccountWords } from './account.ts';
import type { AssessmentWords } from './assessment.ts';
import { account } from './en/account.ts';
import { assessment } from './en/assessment.ts';
import { forms } from './en/forms.ts';
import { learning } from './en/learning.ts';

export const accountWords = (lang: Lang): AccountWords | undefined => (lang === 'en' ? { ...learning, ...account, ...forms } : undefined);

export const assessmentWords = (lang: Lang): AssessmentWords | undefined =>
  lang === 'en' ? { ...learning, ...account, ...assessment, ...forms } : undefined;
