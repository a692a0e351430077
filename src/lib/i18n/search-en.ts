/** `t` for the English search page's script: only the English search strings reach the page. */
import { search } from './en/search.ts';
import { makeT } from './translate.ts';

export const t = makeT(search, 'en-GB');
