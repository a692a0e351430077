/**
 * The English site chrome and shared labels: the same keys as da/site.ts. Partial on purpose: the
 * course catalogue, lesson progress and story library strings come with the English pages that use
 * them (en/learning.ts and the stories), and a key used before it has English text stops the build.
 */
import type { site as da } from '../da/site.ts';
import type { Message } from '../translate.ts';

export const site: Partial<Record<keyof typeof da, Message>> = {
  'site.name': 'Fælles Værdier',
  'site.description':
    "An English edition of Fælles Værdier, the knowledge hub for Copenhagen's democratic, cooperative and social-economy businesses: the directory, the city cases, the network and the figures.",

  'nav.skip': 'Skip to content',
  'nav.main': 'Main menu',
  'nav.home': 'Home',
  'nav.courses': 'Courses',
  'nav.stories': 'Stories',
  'nav.glossary': 'Glossary',
  'nav.search': 'Search',
  'nav.about': 'About',
  'nav.breadcrumbs': 'Breadcrumbs',
  'nav.footer': 'About the site',
  'nav.advisors': 'Advisers',
  'nav.tasks': 'Find your way',

  'common.and': 'and',

  'footer.privacy': 'Privacy',
  'footer.accessibility': 'Accessibility statement',
  'footer.rss': 'Stories as RSS',
  'publisher.by': 'Published by',
  'publisher.cvr': 'CVR no.',
  'publisher.placeholder': '(Placeholder: the publisher is not set in this development build.)',
  'footer.about': "Fælles Værdier is a knowledge hub for Copenhagen's democratic, cooperative and social-economy businesses.",

  'audience.revisor': 'Auditors',
  'audience.rådgiver': 'Advisers',
  'audience.iværksætter': 'Founders',
  'audience.indkøber': 'Buyers',
  'audience.partner': 'Partners',
  'audience.arbejdsgiver': 'Employers',

  // The same wording as the city cases (en/cities.ts), so a principle reads the same everywhere.
  'principle.inkluderende-arbejdsmarked': 'An inclusive business community and labour market',
  'principle.hjerne-og-hjerte': 'Buying with head and heart',
  'principle.viden': 'Knowledge and awareness',
  'principle.attraktivt-og-synligt': 'Making it attractive and visible to run such a business',
  'principle.internationalt': 'Exchange with international cities',

  'catalogue.all': 'All',

  'lesson.sources': 'Sources',
  'review.label': 'Review',
  'review.reviewed': 'Last checked against its sources on {date}.',
  'review.changes': 'Changes',

  'type.kursus': 'Course',
  'type.lektion': 'Lesson',
  'type.historie': 'Story',
  'type.ordbog': 'Term',
  'type.side': 'About the site',

  'lang.switch': 'På dansk',
  'lang.edition': 'Dansk udgave',
  'nav.inDanish': '(in Danish)',
  'nav.signIn': 'Sign in',
  'nav.myPage': 'My page',
  'nav.cities': 'Other cities',
  'stories.title': 'Stories',
  'stories.facts': 'Facts',
  'stories.organisation': 'Organisation',
  'stories.legalForm': 'Legal form',
  'stories.founded': 'Founded',
  'stories.size': 'Size',
  'stories.district': 'Place',
  'stories.sector': 'Sector',
  'stories.website': 'Website',
  'stories.principles': "The vision's principles",
  'stories.fictional': 'Fictional example: the organisation and the figures are invented to illustrate a point.',
  'stories.relatedTerms': 'Terms',
  'glossary.title': 'Glossary',
  'glossary.aliases': 'Also called',
  'glossary.related': 'See also',
  'glossary.source': 'Source',
};
