/**
 * The Danish dictionary: every UI string, in parts by where it is used, so that browser
 * code ships only the part it needs. An English edition is the same three parts in English.
 */
import { account } from './da/account.ts';
import { contributions } from './da/contributions.ts';
import { assessment } from './da/assessment.ts';
import { learning } from './da/learning.ts';
import { site } from './da/site.ts';
import { search } from './da/search.ts';
import { stories } from './da/stories.ts';
import { directory } from './da/directory.ts';
import { advisors } from './da/advisors.ts';
import { tools } from './da/tools.ts';
import { toolsCommon } from './da/tools-common.ts';
import { toolsKoop } from './da/tools-koop.ts';
import { toolsRsv } from './da/tools-rsv.ts';
import { tools7p } from './da/tools-7p.ts';
import { toolsUdbud } from './da/tools-udbud.ts';
import { events } from './da/events.ts';
import { toolsFleks } from './da/tools-fleks.ts';
import { cities } from './da/cities.ts';
import { forms } from './da/forms.ts';
import { figures } from './da/figures.ts';
import { translated } from './da/translated.ts';
import { eventForm } from './da/event-form.ts';
import { courseLanguage } from './da/course-language.ts';

// One part per line, so parts added side by side merge cleanly.
export const da = {
  ...site,
  ...search,
  ...learning,
  ...account,
  ...assessment,
  ...stories,
  ...contributions,
  ...directory,
  ...advisors,
  ...tools,
  ...toolsCommon,
  ...toolsKoop,
  ...toolsRsv,
  ...tools7p,
  ...toolsUdbud,
  ...toolsFleks,
  ...events,
  ...cities,
  ...forms,
  ...figures,
  ...translated,
  ...eventForm,
  ...courseLanguage,
} as const;

export type MessageKey = keyof typeof da;
