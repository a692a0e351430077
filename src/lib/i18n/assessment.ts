/** `t` for the assessment and revocation islands. */
import { account } from './da/account.ts';
import { assessment } from './da/assessment.ts';
import { learning } from './da/learning.ts';
import { forms } from './da/forms.ts';
import { LOCALE, makeT } from './translate.ts';

const strings = { ...learning, ...account, ...assessment, ...forms } as const;
export type AssessmentKey = keyof typeof strings;
export { formatDate } from './translate.ts';
export const t = makeT(strings);

const times = new Intl.DateTimeFormat(LOCALE, { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Copenhagen' });
const moments = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Copenhagen' });

/** "14.05" */
export const formatTime = (d: string) => times.format(new Date(d));
/** "30. november 2026 kl. 14.05" */
export const formatMoment = (d: string) => moments.format(new Date(d));
