/**
 * Strings about a page's counterpart in the other language: the links between a Danish story,
 * glossary entry or text page and its English version, and the English indexes' own texts.
 * A link to the other language is written in that language (its `lang` says so).
 */
export const translated = {
  'translated.storyInEnglish': 'Read this story in English',
  'translated.storyInDanish': 'Læs historien på dansk',
  'translated.storiesInEnglish': 'Read the stories in English',
  'translated.storiesInDanish': 'Læs alle historierne på dansk',
  'translated.termInEnglish': 'Read this entry in English',
  'translated.termInDanish': 'Læs forklaringen på dansk',
  'translated.glossaryInEnglish': 'Core terms in English',
  'translated.glossaryInDanish': 'Hele ordbogen på dansk',
  'translated.pageInDanish': 'Læs siden på dansk',
  'translated.home': 'Forside',
  'translated.storiesLead':
    'Sådan har andre gjort: kooperative, fællesejede og socialøkonomiske virksomheder i Danmark. Historierne er oversat fra den danske udgave, som har flere.',
  'translated.glossaryLead':
    'De vigtigste danske begreber om selskabsformer, socialøkonomi, beskæftigelse og offentlige indkøb. Hvert begreb står på dansk, som man møder det i love og dokumenter.',
  'translated.danishTerm': 'Dansk begreb',
  'translated.inEnglish': 'På engelsk',
  'translated.allTerms': 'Alle begreber på engelsk',
  'translated.sourceLaw': 'Lovhenvisning',
} as const;
