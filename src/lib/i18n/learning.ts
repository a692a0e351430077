/** `t` for the learning islands: only their strings reach the browser. */
import { learning } from './da/learning.ts';
import { makeT } from './translate.ts';

export const t = makeT(learning);
