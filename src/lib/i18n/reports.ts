/** `t` for the "Meld en fejl" island: only its strings reach the page; English ones only on English pages. */
import { reports } from './da/reports.ts';
import { forms } from './da/forms.ts';
import { makeT, type Message } from './translate.ts';

export const t = makeT({ ...reports, 'form.errorTitle': forms['form.errorTitle'] });
export type ReportWords = Record<keyof typeof reports | 'form.errorTitle', Message>;

/** `t` over the form's English words, which open.ts loads only on an English page; without them, Danish. */
export const tWith = (words?: ReportWords): typeof t => (words ? makeT(words, 'en-GB') : t);
