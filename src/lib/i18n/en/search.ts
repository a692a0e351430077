/** The English search page and the English header's search field: the same keys as da/search.ts. */
import type { search as da } from '../da/search.ts';
import type { Message } from '../translate.ts';

export const search: Record<keyof typeof da, Message> = {
  'search.label': 'Search the English pages',
  'search.placeholder': 'Search in English',
  'search.submit': 'Search',
  'search.title': 'Search',
  'search.intro':
    'Search the English pages: the directory, the city cases and the other pages in English. The Danish pages have a search of their own.',
  'search.fieldLabel': 'Search for',
  'search.noscript': 'Search needs JavaScript. Instead you can use',
  // The English page offers its own lists without JavaScript (SearchPage.astro): directory, city cases, network.
  'search.noscriptCourses': 'the directory',
  'search.noscriptStories': 'the city cases',
  'search.noscriptGlossary': 'the network',
  'search.filters': 'Narrow the search',
  'search.filtersChosen': '({count} chosen)',
  'search.filter.type': 'Type',
  'search.filter.målgruppe': 'Audience',
  'search.filter.emne': 'Topic',
  'search.clearFilters': 'Clear all filters',
  'search.prompt': 'Type one or more words to search.',
  'search.count': { by: 'count', one: '{count} result for “{q}”', other: '{count} results for “{q}”' },
  'search.none': 'No results for “{q}”. Try another word or a shorter form.',
  'search.noneFiltered': 'No results for “{q}” with the chosen filters. Clear a filter, or try another word.',
  'search.more': 'Show more results ({count} more)',
  'search.sections': 'Sections of the page',
  'search.failed': 'The search could not be loaded. Check your connection and try again.',
};
