/** `t` for the tools: the calculators' steps and the tool islands use only these strings. */
import { tools } from './da/tools.ts';
import { makeT } from './translate.ts';

export { formatNumber } from './translate.ts';
export type ToolKey = keyof typeof tools;
export const t = makeT(tools);
