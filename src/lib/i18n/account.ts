/** `t` for the account islands (sign-in, my page, certificates), in Danish and English. */
import type { Lang } from '../content/taxonomy.ts';
import { account } from './da/account.ts';
import { learning } from './da/learning.ts';
import { forms } from './da/forms.ts';
import { account as accountEn } from './en/account.ts';
import { learning as learningEn } from './en/learning.ts';
import { forms as formsEn } from './en/forms.ts';
import { makeT } from './translate.ts';

const strings = { ...learning, ...account, ...forms } as const;
export type AccountKey = keyof typeof strings;
export { formatDate } from './translate.ts';
export { formatDateIn } from './formats.ts';
export const t = makeT(strings);
const tEn = makeT({ ...learningEn, ...accountEn, ...formsEn }, 'en-GB');
/** `t` in the island's language (its `lang` prop). */
export const tIn = (lang: Lang = 'da'): typeof t => (lang === 'en' ? tEn : t);
