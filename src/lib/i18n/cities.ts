/**
 * The city-case strings in either language.
 * The Danish strings are also part of the one dictionary (da.ts); this picks by page language.
 */
import type { Lang } from '../content/taxonomy.ts';
import { cities as da } from './da/cities.ts';
import { cities as en } from './en/cities.ts';
import { makeT } from './translate.ts';

const dictionaries = { da, en } as const;

/** `t` for the city pages in `lang`. */
export const citiesT = (lang: Lang) => makeT<Record<keyof typeof da, string>>(dictionaries[lang]);
