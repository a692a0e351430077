/** The English counterpart strings: the same keys as da/translated.ts (the type says so). */
import type { translated as da } from '../da/translated.ts';
import type { Message } from '../translate.ts';

export const translated: Record<keyof typeof da, Message> = {
  'translated.storiesLead':
    'How others have done it: cooperative, jointly owned and social-economy businesses in Denmark. These stories are translated from the Danish edition, which has more.',
  'translated.glossaryLead':
    'The core Danish terms for legal forms, the social economy, employment and public purchasing, explained in English. Each keeps its Danish term, as you will meet it in Danish law and documents.',
  'translated.danishTerm': 'Danish term',
  'translated.inEnglish': 'In English',
  'translated.allTerms': 'All core terms in English',
};
