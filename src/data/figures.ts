/**
 * The figures for /tal/, made once per build: the database's public_figures() (small counts
 * already left out by the database) plus what the build counts in the content itself. Read like
 * the partners' stories (published.ts): the configured project or the local gateway over HTTP, then
 * the local gateway's PGlite files; a local build without a database warns and shows only the
 * content's figures, a production build stops (it would publish figures that are plainly wrong).
 */
import { existsSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { PRODUCTION_BUILD_FLAG } from '../lib/build-backend.ts';
import { buildFigures, type ContentFigures, type DatabaseFigures, type FigureSet } from '../lib/figures/model.ts';
import { fromLocalDatabase, overHttp } from './published.ts';
import { allEvents } from './events.ts';

const FN = 'public_figures';

/** The moment this build counted; shown on the page as the date the content's figures were computed. */
export const FIGURES_BUILT_AT = new Date();

async function databaseFigures(logger: Pick<Console, 'info' | 'warn'> = console): Promise<DatabaseFigures | null> {
  const url = process.env.PUBLIC_SUPABASE_URL;
  const key = process.env.PUBLIC_SUPABASE_ANON_KEY;
  if (url && key) {
    try {
      const figures = (await overHttp<never>(FN, url, key)) as unknown as DatabaseFigures;
      logger.info(`[tal] tallene hentet fra ${url}`);
      return figures;
    } catch (error) {
      const reason = (error as Error).message;
      if (process.env[PRODUCTION_BUILD_FLAG])
        throw new Error(`Kunne ikke hente tallene til /tal/ fra ${url} (${reason}). Siden ville vise forkerte tal, så bygningen stopper her. Byg igen, når Supabase svarer.`);
      logger.warn(`[tal] kunne ikke hente tallene fra ${url} (${reason})`);
    }
  }
  const { DATA_DIR } = await import('../../supabase/local/config.ts');
  if (process.env.STORIES_LOCAL_DB !== 'off' && existsSync(DATA_DIR)) {
    try {
      return (await fromLocalDatabase<never>(FN, DATA_DIR)) as unknown as DatabaseFigures;
    } catch (error) {
      logger.warn(`[tal] kunne ikke læse den lokale database (${(error as Error).message})`);
    }
  }
  logger.warn('[tal] /tal/ bygges kun med indholdets tal: ingen database svarede');
  return null;
}

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

let made: Promise<FigureSet> | undefined;

/** The page and its CSV and JSON files share one answer per build. */
export function siteFigures(): Promise<FigureSet> {
  return (made ??= (async () => buildFigures(await databaseFigures(), await contentFigures(), FIGURES_BUILT_AT))());
}
