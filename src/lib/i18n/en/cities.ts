/** The English city-case strings: the same keys as da/cities.ts (the type says so). */
import type { cities as da } from '../da/cities.ts';

export const cities: Record<keyof typeof da, string> = {
  'type.byeksempel': 'City case',
  'cities.title': 'Learning from other cities',
  'cities.lead':
    'What have other cities and countries done for democratic, cooperative and social-economy businesses? Each case tells what was done, when, by whom, with what money and with what result – with sources – and what it could mean for Copenhagen.',
  'cities.facts': 'What happened',
  'cities.topic.what': 'What',
  'cities.topic.when': 'When',
  'cities.topic.who': 'Who',
  'cities.topic.money': 'Money',
  'cities.topic.result': 'Result',
  'cities.sourceRef': 'source {n}',
  'cities.copenhagen': 'What it could mean for Copenhagen',
  'cities.principles': "The vision's principles",
  'cities.act': 'Act on it: courses and tools on this site',
  'cities.actNote': 'The courses and tools are in Danish for now.',
  'cities.sources': 'Sources',
  'cities.reviewed': 'Last checked against the sources on {date}.',
  'cities.home': 'Home',
  'cities.breadcrumbs': 'Breadcrumbs',
  'cities.principle.inkluderende-arbejdsmarked': 'An inclusive business community and labour market',
  'cities.principle.hjerne-og-hjerte': 'Buying with head and heart',
  'cities.principle.viden': 'Knowledge and awareness',
  'cities.principle.attraktivt-og-synligt': 'Making it attractive and visible to run such a business',
  'cities.principle.internationalt': 'Exchange with international cities',
};
