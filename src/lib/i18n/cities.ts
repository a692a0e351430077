/**
 * The city-case strings in either language, and dates written the way each language writes them.
 * The Danish strings are also part of the one dictionary (da.ts); this picks by page language.
 */
import type { Lang } from '../content/taxonomy.ts';
import { cities as da } from './da/cities.ts';
import { cities as en } from './en/cities.ts';
import { makeT } from './translate.ts';

const dictionaries = { da, en } as const;
const dates = {
  da: new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Copenhagen' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Copenhagen' }),
};

/** `t` for the city pages in `lang`. */
export const citiesT = (lang: Lang) => makeT<Record<keyof typeof da, string>>(dictionaries[lang]);

export const formatDateIn = (lang: Lang, d: Date) => dates[lang].format(d);
