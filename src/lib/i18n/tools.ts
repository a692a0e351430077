/**
 * `t` for one calculator: the shared calculator strings plus that calculator's own part, so a
 * calculator page ships only its own strings.
 */
import { toolsCommon } from './da/tools-common.ts';
import { makeT, type Message } from './translate.ts';

export function toolsT<P extends Record<string, Message>>(part: P) {
  return makeT({ ...toolsCommon, ...part });
}
