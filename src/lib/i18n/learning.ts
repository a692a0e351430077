/** `t` for the learning islands: only their strings reach the browser, in Danish and English. */
import type { Lang } from '../content/taxonomy.ts';
import { learning } from './da/learning.ts';
import { learning as learningEn } from './en/learning.ts';
import { makeT } from './translate.ts';

export { formatDate } from './translate.ts';
export const t = makeT(learning);
const tEn = makeT(learningEn, 'en-GB');
/** `t` in the island's language (its `lang` prop). */
export const tIn = (lang: Lang = 'da'): typeof t => (lang === 'en' ? tEn : t);
