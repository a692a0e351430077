/**
 * `t` for the account islands (sign-in, my page, certificates). Danish is built in; an English page
 * hands its islands the English words as a prop (`words`, made by island-words.ts), so a Danish
 * page ships no English and the island learns its English before it renders.
 */
import type { Lang } from '../content/taxonomy.ts';
import { account } from './da/account.ts';
import { learning } from './da/learning.ts';
import { forms } from './da/forms.ts';
import { makeT, type Message } from './translate.ts';

const strings = { ...learning, ...account, ...forms } as const;
export type AccountKey = keyof typeof strings;
export type AccountWords = Record<AccountKey, Message>;
export { formatDate } from './translate.ts';
export { formatDateIn } from './formats.ts';
export const t = makeT(strings);

let english: typeof t | undefined;
/** Called by an island with its `words` prop (undefined on a Danish page). */
export function learnEnglish(words: AccountWords | undefined) {
  if (words && !english) english = makeT(words, 'en-GB');
}
/** `t` in the island's language (its `lang` prop). */
export function tIn(lang: Lang = 'da'): typeof t {
  if (lang === 'da') return t;
  if (!english) throw new Error('i18n: en engelsk ø skal have sine engelske ord (words) med som prop');
  return english;
}
