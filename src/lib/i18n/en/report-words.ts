/** The "Report an error" form's English words, as the island takes them (loaded only on English pages). */
import type { ReportWords } from '../reports.ts';
import { forms } from './forms.ts';
import { reports } from './reports.ts';

export const reportWords: ReportWords = { ...reports, 'form.errorTitle': forms['form.errorTitle'] };
