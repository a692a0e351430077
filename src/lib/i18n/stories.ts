/** `t` for the story islands: submission, my submissions, moderation. */
import { account } from './da/account.ts';
import { contributions } from './da/contributions.ts';
import { learning } from './da/learning.ts';
import { stories } from './da/stories.ts';
import { forms } from './da/forms.ts';
import { eventForm } from './da/event-form.ts';
import { makeT } from './translate.ts';

const strings = { ...learning, ...account, ...stories, ...contributions, ...forms, ...eventForm } as const;
export type StoriesKey = keyof typeof strings;
export { formatDate } from './translate.ts';
export const t = makeT(strings);
