/**
 * The strings of da/site.ts that the English stories, glossary and text pages (about, privacy,
 * accessibility) use, in English: the same keys, typed against the Danish part. en/site.ts (the
 * English site chrome) translates all of da/site.ts; with it in en.ts this part adds nothing new
 * and can be dropped.
 */
import type { site as da } from '../da/site.ts';
import type { Message } from '../translate.ts';

type Key =
  | 'nav.home'
  | 'nav.breadcrumbs'
  | 'publisher.by'
  | 'publisher.cvr'
  | 'publisher.placeholder'
  | `principle.${string}`
  | 'lesson.sources'
  | 'review.label'
  | 'review.reviewed'
  | 'review.changes'
  | `stories.${'title' | 'facts' | 'organisation' | 'legalForm' | 'founded' | 'size' | 'district' | 'sector' | 'website' | 'principles' | 'fictional' | 'relatedTerms'}`
  | `glossary.${'title' | 'aliases' | 'related' | 'source'}`
  | `type.${'historie' | 'ordbog' | 'side'}`;

export const siteReading: Record<Extract<keyof typeof da, Key>, Message> = {
  'nav.home': 'Home',
  'nav.breadcrumbs': 'Breadcrumbs',
  'publisher.by': 'Published by',
  'publisher.cvr': 'CVR no.',
  'publisher.placeholder': '(Placeholder: the publisher is not set in this development build.)',
  'principle.inkluderende-arbejdsmarked': 'An inclusive business community and labour market',
  'principle.hjerne-og-hjerte': 'Buying with head and heart',
  'principle.viden': 'Knowledge and awareness',
  'principle.attraktivt-og-synligt': 'Making it attractive and visible to run such a business',
  'principle.internationalt': 'Exchange with international cities',
  'lesson.sources': 'Sources',
  'review.label': 'Expert review',
  'review.reviewed': 'Last checked against the sources on {date}.',
  'review.changes': 'Changes',
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
  'type.historie': 'Story',
  'type.ordbog': 'Term',
  'type.side': 'About the site',
};
