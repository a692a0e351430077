/** `t` for the search page's script: only the search strings reach the page. */
import { search } from './da/search.ts';
import { makeT } from './translate.ts';

export const t = makeT(search);
/** The search strings' `t` in either language (search-en.ts has the English one). */
export type SearchT = typeof t;
