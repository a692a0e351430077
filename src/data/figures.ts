/**
 * The figures for /tal/, made once per build: the database's answer (stored by figures-loader.ts,
 * small counts already left out there) plus what the build counts in the content itself.
 */
import { getCollection, getEntry } from 'astro:content';
import { buildFigures, type ContentFigures, type FigureSet } from '../lib/figures/model.ts';
import type { PublicFigures } from '../lib/supabase/types.ts';
import { DATABASE_FIGURES_ID } from './figures-loader.ts';
import { allEvents } from './events.ts';
import type { Lang } from '../lib/content/taxonomy.ts';

/** The moment this build counted; shown on the page as the date the content's figures were computed. */
export const FIGURES_BUILT_AT = new Date();

/** The editors' own, real entries: the partners' approved ones are counted by the database, fictional ones not at all. */
async function contentFigures(): Promise<ContentFigures> {
  const [stories, businesses, events] = await Promise.all([getCollection('stories'), getCollection('businesses'), allEvents()]);
  return {
    stories: stories.filter((s) => s.data.origin === 'redaktion' && !s.data.fictional).length,
    events: events.filter((e) => !e.data.fictional && e.data.status !== 'aflyst').length,
    businesses: businesses
      .filter((b) => b.data.origin === 'redaktion' && !b.data.fictional)
      .map((b) => ({ district: b.data.district, legalForm: b.data.legalForm, offers: b.data.offers })),
  };
}

const made = new Map<Lang, Promise<FigureSet>>();

/** The page and its CSV and JSON files share one answer per build; the English page has the same figures in English. */
export function siteFigures(lang: Lang = 'da'): Promise<FigureSet> {
  let set = made.get(lang);
  if (!set) {
    set = (async () => {
      const entry = await getEntry('figures', DATABASE_FIGURES_ID);
      if (entry?.data.problem) throw new Error(entry.data.problem);
      return buildFigures((entry?.data.figures as PublicFigures | undefined) ?? null, await contentFigures(), FIGURES_BUILT_AT, lang);
    })();
    made.set(lang, set);
  }
  return set;
}
