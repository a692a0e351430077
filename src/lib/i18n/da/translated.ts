/**
 * Strings of the English stories and glossary: the English indexes' own texts and the Danish terms.
 */
export const translated = {
  'translated.storiesLead':
    'Sådan har andre gjort: kooperative, fællesejede og socialøkonomiske virksomheder i Danmark. Historierne er oversat fra den danske udgave, som har flere.',
  'translated.glossaryLead':
    'De vigtigste danske begreber om selskabsformer, socialøkonomi, beskæftigelse og offentlige indkøb. Hvert begreb står på dansk, som man møder det i love og dokumenter.',
  'translated.danishTerm': 'Dansk begreb',
  'translated.inEnglish': 'På engelsk',
  'translated.allTerms': 'Alle begreber på engelsk',
} as const;
