/**
 * The English dictionary: the parts of da.ts translated so far, each under src/lib/i18n/en/ with
 * the same keys as its Danish part. An English page may only use these keys: `tFor('en')` stops
 * the build on a key that has no English text, so no Danish string slips onto an English page.
 */
import type { MessageKey } from './da.ts';
import { cities } from './en/cities.ts';
import { translated } from './en/translated.ts';
import { contributions } from './en/contributions.ts';
import { directory } from './en/directory.ts';
import { events } from './en/events.ts';
import { figures } from './en/figures.ts';
import { search } from './en/search.ts';
import { site } from './en/site.ts';
import { tools } from './en/tools.ts';
import { coursePages } from './en/course-pages.ts';
import { learning } from './en/learning.ts';
import { account } from './en/account.ts';
import { assessment } from './en/assessment.ts';
import { forms } from './en/forms.ts';
import { reports } from './en/reports.ts';
import { courseLanguage } from './en/course-language.ts';
import type { Message } from './translate.ts';

// One part per line, so parts added side by side merge cleanly. coursePages first: the full
// site part, when it comes, is spread after it and wins.
export const en: Partial<Record<MessageKey, Message>> = {
  ...coursePages,
  ...cities,
  ...translated,
  ...site,
  ...search,
  ...directory,
  ...contributions,
  ...events,
  ...figures,
  ...tools,
  ...learning,
  ...account,
  ...assessment,
  ...forms,
  ...reports,
  ...courseLanguage,
};
