/** `t` for the "Meld en fejl" island: only its strings reach the page. */
import { reports } from './da/reports.ts';
import { forms } from './da/forms.ts';
import { makeT } from './translate.ts';

export const t = makeT({ ...reports, 'form.errorTitle': forms['form.errorTitle'] });
