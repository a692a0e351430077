/** `t` for the learning islands: only their strings reach the browser. */
import { learning } from './da/learning.ts';
import { makeT, type Message } from './translate.ts';

export const t = makeT(learning);
export type LearningWords = Record<keyof typeof learning, Message>;

/** `t` over the check's English words, which an English page loads only when it needs them; without them, Danish. */
export const tWith = (words?: LearningWords): typeof t => (words ? makeT(words, 'en-GB') : t);
