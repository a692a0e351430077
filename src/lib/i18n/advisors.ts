/** `t` for the advisor islands. */
import { advisors } from './da/advisors.ts';
import { forms } from './da/forms.ts';
import { makeT } from './translate.ts';

export type AdvisorKey = keyof typeof advisors;
export { formatDate } from './translate.ts';
export const t = makeT({ ...advisors, 'form.errorTitle': forms['form.errorTitle'] });
