/**
 * `t` for the assessment and revocation islands. Danish is built in; an English page hands the
 * island its English words as a prop (see account.ts), so a Danish page ships no English.
 */
import type { Lang } from '../content/taxonomy.ts';
import { account } from './da/account.ts';
import { assessment } from './da/assessment.ts';
import { learning } from './da/learning.ts';
import { forms } from './da/forms.ts';
import { learnEnglish as learnAccountEnglish } from './account.ts';
import { LOCALE, makeT, type Message } from './translate.ts';

const strings = { ...learning, ...account, ...assessment, ...forms } as const;
export type AssessmentKey = keyof typeof strings;
export type AssessmentWords = Record<AssessmentKey, Message>;
export { formatDate } from './translate.ts';
export { formatDateIn, formatMomentIn, formatTimeIn } from './formats.ts';
export const t = makeT(strings);

let english: typeof t | undefined;
/** Called by the assessment island with its `words` prop; the account parts it shows learn them too. */
export function learnEnglish(words: AssessmentWords | undefined) {
  if (!words) return;
  learnAccountEnglish(words);
  english ??= makeT(words, 'en-GB');
}
/** `t` in the island's language (its `lang` prop). */
export function tIn(lang: Lang = 'da'): typeof t {
  if (lang === 'da') return t;
  if (!english) throw new Error('i18n: en engelsk ø skal have sine engelske ord (words) med som prop');
  return english;
}

const moments = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Copenhagen' });

/** "30. november 2026 kl. 14.05" */
export const formatMoment = (d: string) => moments.format(new Date(d));
