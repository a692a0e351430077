/** `t` for the account islands (sign-in, my page, certificates). */
import { account } from './da/account.ts';
import { learning } from './da/learning.ts';
import { forms } from './da/forms.ts';
import { makeT } from './translate.ts';

const strings = { ...learning, ...account, ...forms } as const;
export type AccountKey = keyof typeof strings;
export { formatDate } from './translate.ts';
export const t = makeT(strings);
