/** `t` for the "Meld en fejl" island: only its strings reach the page, in Danish and English. */
import type { Lang } from '../content/taxonomy.ts';
import { reports } from './da/reports.ts';
import { forms } from './da/forms.ts';
import { reports as reportsEn } from './en/reports.ts';
import { forms as formsEn } from './en/forms.ts';
import { makeT } from './translate.ts';

export const t = makeT({ ...reports, 'form.errorTitle': forms['form.errorTitle'] });
const tEn = makeT({ ...reportsEn, 'form.errorTitle': formsEn['form.errorTitle'] }, 'en-GB');
/** `t` in the island's language (its `lang` prop). */
export const tIn = (lang: Lang = 'da'): typeof t => (lang === 'en' ? tEn : t);
