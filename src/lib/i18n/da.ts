/**
 * The Danish dictionary: every UI string, in parts by where it is used, so that browser
 * code ships only the part it needs. An English edition is the same three parts in English.
 */
import { account } from './da/account.ts';
import { assessment } from './da/assessment.ts';
import { learning } from './da/learning.ts';
import { site } from './da/site.ts';
import { stories } from './da/stories.ts';

export const da = { ...site, ...learning, ...account, ...assessment, ...stories } as const;

export type MessageKey = keyof typeof da;
