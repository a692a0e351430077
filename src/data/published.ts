/**
 * Approved contributions from Supabase (partners' stories, directory entries, events), read at build time.
 * It asks the configured project (or the local gateway) over HTTP; with no answer it reads the
 * local gateway's PGlite database in .data/ if there is one; failing that it returns none and says
 * so. A production build (src/integrations/production-backend.ts) instead stops when the project
 * does not answer: building without the partners' contributions would remove them from the site.
 */
import { existsSync } from 'node:fs';
import {
  PRODUCTION_BUILD_FLAG,
  catalogueUnavailable,
  contributionsUnavailable,
  lessonsUnknownToDatabase,
  unknownLessons,
} from '../lib/build-backend.ts';

interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

/** What one kind of contribution is read with, and what it is called in the build log. */
interface Kind {
  fn: 'list_published_stories' | 'published_businesses' | 'published_events';
  label: string;
}
export const STORIES: Kind = { fn: 'list_published_stories', label: 'historier' };
export const BUSINESSES: Kind = { fn: 'published_businesses', label: 'virksomheder' };
export const EVENTS: Kind = { fn: 'published_events', label: 'arrangementer' };

export async function overHttp<T>(fn: string, url: string, key: string, retries = 1): Promise<T[]> {
  let response: Response;
  try {
    response = await fetch(`${url}/rest/v1/rpc/${fn}`, {
      method: 'POST',
      headers: { apikey: key, authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: '{}',
      signal: AbortSignal.timeout(5000),
    });
  } catch (error) {
    // A kept-alive connection the server closed at the same moment fails at once: ask once more.
    if (retries > 0) return overHttp<T>(fn, url, key, retries - 1);
    throw error;
  }
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as T[];
}

export async function fromLocalDatabase<T>(fn: string, dir: string): Promise<T[]> {
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create({ dataDir: dir });
  try {
    const { rows } = await db.query<{ rows: T[] }>(`select public.${fn}() as rows`);
    return rows[0]?.rows ?? [];
  } finally {
    await db.close();
  }
}

export async function fetchPublished<T>({ fn, label }: Kind, logger: Logger): Promise<T[]> {
  const url = process.env.PUBLIC_SUPABASE_URL;
  const key = process.env.PUBLIC_SUPABASE_ANON_KEY;
  if (url && key) {
    try {
      const rows = await overHttp<T>(fn, url, key);
      logger.info(`${rows.length} godkendte ${label} hentet fra ${url}`);
      return rows;
    } catch (error) {
      if (process.env[PRODUCTION_BUILD_FLAG]) throw new Error(contributionsUnavailable(label, url, (error as Error).message));
      logger.warn(`kunne ikke hente godkendte ${label} fra ${url} (${(error as Error).message})`);
    }
  }
  const { DATA_DIR } = await import('../../supabase/local/constants.ts');
  if (process.env.STORIES_LOCAL_DB !== 'off' && existsSync(DATA_DIR)) {
    try {
      const rows = await fromLocalDatabase<T>(fn, DATA_DIR);
      logger.info(`${rows.length} godkendte ${label} læst fra den lokale database i ${DATA_DIR}`);
      return rows;
    } catch (error) {
      logger.warn(`kunne ikke læse den lokale database (${(error as Error).message})`);
    }
  }
  logger.warn(`bygger kun med redaktionens ${label}: ingen database svarede`);
  return [];
}

/** The published lessons' ids in a database's catalogue (public.catalogue_lesson_ids). */
export const databaseLessonIds = (url: string, key: string) => overHttp<string>('catalogue_lesson_ids', url, key);

/**
 * Checks that the database knows every lesson this build publishes: a completion of a lesson it
 * does not know waits in the learner's browser until the catalogue sync has run. A production
 * build stops; a local one warns. With no backend configured (astro dev) there is nothing to ask.
 */
export async function checkDatabaseKnowsLessons(lessonIds: readonly string[], logger: Logger = console) {
  const url = process.env.PUBLIC_SUPABASE_URL;
  const key = process.env.PUBLIC_SUPABASE_ANON_KEY;
  if (!url || !key) return;
  const production = Boolean(process.env[PRODUCTION_BUILD_FLAG]);
  let known: string[];
  try {
    known = await databaseLessonIds(url, key);
  } catch (error) {
    if (production) throw new Error(catalogueUnavailable(url, (error as Error).message));
    logger.warn(`kunne ikke hente kursuskatalogets lektioner fra ${url} (${(error as Error).message})`);
    return;
  }
  const missing = unknownLessons(lessonIds, known);
  if (!missing.length) return;
  if (production) throw new Error(lessonsUnknownToDatabase(missing, url));
  logger.warn(`databasen på ${url} kender ikke lektionerne ${missing.join(', ')}: kør katalogsynkroniseringen`);
}
