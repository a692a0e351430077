/**
 * One dictionary for every UI string (da.ts). Pages and server components use this `t`, or
 * `tFor(lang)` on a page that exists in both languages; islands use the smaller ones in
 * learning.ts and account.ts, which look up the same strings.
 */
import type { Lang } from '../content/taxonomy.ts';
import { da, type MessageKey } from './da.ts';
import { en } from './en.ts';
import { makeT } from './translate.ts';

export type { MessageKey };
export { formatDate, formatNumber } from './translate.ts';
export const t = makeT(da);
const tEn = makeT(en, 'en-GB');

/** `t` in the page's language: English pages use only keys that have an English text (en.ts). */
export const tFor = (lang: Lang): ((key: MessageKey, vars?: Record<string, string | number>) => string) => (lang === 'en' ? tEn : t);
