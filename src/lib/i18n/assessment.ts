/** `t` for the assessment and revocation islands, in Danish and English. */
import type { Lang } from '../content/taxonomy.ts';
import { account } from './da/account.ts';
import { assessment } from './da/assessment.ts';
import { learning } from './da/learning.ts';
import { forms } from './da/forms.ts';
import { account as accountEn } from './en/account.ts';
import { assessment as assessmentEn } from './en/assessment.ts';
import { learning as learningEn } from './en/learning.ts';
import { forms as formsEn } from './en/forms.ts';
import { LOCALE, makeT } from './translate.ts';

const strings = { ...learning, ...account, ...assessment, ...forms } as const;
export type AssessmentKey = keyof typeof strings;
export { formatDate } from './translate.ts';
export { formatDateIn, formatMomentIn, formatTimeIn } from './formats.ts';
export const t = makeT(strings);
const tEn = makeT({ ...learningEn, ...accountEn, ...assessmentEn, ...formsEn }, 'en-GB');
/** `t` in the island's language (its `lang` prop). */
export const tIn = (lang: Lang = 'da'): typeof t => (lang === 'en' ? tEn : t);

const times = new Intl.DateTimeFormat(LOCALE, { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Copenhagen' });
const moments = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Copenhagen' });

/** "14.05" */
export const formatTime = (d: string) => times.format(new Date(d));
/** "30. november 2026 kl. 14.05" */
export const formatMoment = (d: string) => moments.format(new Date(d));
