/**
 * The database's figures for /tal/ (public_figures, small counts already left out there), fetched
 * once per build by the content layer, like the partners' stories: the configured project or the
 * local gateway over HTTP, then the local gateway's PGlite files. A local build without a database
 * warns and stores none (the page then shows only the content's figures); a production build stores
 * the problem, and /tal/ stops the build with it: it would publish figures that are plainly wrong.
 */
import type { Loader } from 'astro/loaders';
import { existsSync } from 'node:fs';
import { PRODUCTION_BUILD_FLAG } from '../lib/build-backend.ts';
import type { PublicFigures } from '../lib/supabase/types.ts';
import { fromLocalDatabase, overHttp } from './published.ts';

const FN = 'public_figures';
/** The one entry's id; the collection is empty when no database answered. */
export const DATABASE_FIGURES_ID = 'database';

type Logger = { info(message: string): void; warn(message: string): void };

export const figuresUnavailable = (url: string, reason: string) =>
  `Kunne ikke hente tallene til /tal/ fra ${url} (${reason}). Siden ville vise forkerte tal, så bygningen stopper her. Byg igen, når Supabase svarer.`;

async function databaseFigures(logger: Logger): Promise<PublicFigures | { problem: string } | null> {
  const url = process.env.PUBLIC_SUPABASE_URL;
  const key = process.env.PUBLIC_SUPABASE_ANON_KEY;
  if (url && key) {
    try {
      const figures = (await overHttp<never>(FN, url, key)) as unknown as PublicFigures;
      logger.info(`[tal] tallene hentet fra ${url}`);
      return figures;
    } catch (error) {
      const reason = (error as Error).message;
      // Thrown when /tal/ is rendered, after every loader has run, so the stories' own message comes first.
      if (process.env[PRODUCTION_BUILD_FLAG]) return { problem: figuresUnavailable(url, reason) };
      logger.warn(`[tal] kunne ikke hente tallene fra ${url} (${reason})`);
    }
  }
  const { DATA_DIR } = await import('../../supabase/local/constants.ts');
  if (process.env.STORIES_LOCAL_DB !== 'off' && existsSync(DATA_DIR)) {
    try {
      const figures = (await fromLocalDatabase<never>(FN, DATA_DIR)) as unknown as PublicFigures;
      logger.info(`[tal] tallene læst fra den lokale database i ${DATA_DIR}`);
      return figures;
    } catch (error) {
      logger.warn(`[tal] kunne ikke læse den lokale database (${(error as Error).message})`);
    }
  }
  logger.warn('[tal] /tal/ bygges kun med indholdets tal: ingen database svarede');
  return null;
}

export function figuresLoader(): Loader {
  return {
    name: 'faelles-vaerdier:figures',
    async load(context) {
      context.store.clear();
      const figures = await databaseFigures(context.logger);
      if (!figures) return;
      const data = await context.parseData({
        id: DATABASE_FIGURES_ID,
        data: 'problem' in figures ? { figures: null, problem: figures.problem } : { figures },
      });
      context.store.set({ id: DATABASE_FIGURES_ID, data, digest: context.generateDigest(data) });
    },
  };
}
