/**
 * One dictionary for every UI string (da.ts). Pages and server components use this `t`;
 * islands use the smaller ones in learning.ts and account.ts, which look up the same strings.
 */
import { da, type MessageKey } from './da.ts';
import { makeT } from './translate.ts';

export type { MessageKey };
export { formatDate, formatNumber, LOCALE } from './translate.ts';
export const t = makeT(da);
