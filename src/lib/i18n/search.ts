/** `t` for the search page's script: only the search strings reach the page. */
import { search } from './da/search.ts';
import { makeT } from './translate.ts';

export const t = makeT(search);
