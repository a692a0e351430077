/**
 * Published (submitted and approved) stories from Supabase, read at build time. It asks the
 * configured project (or the local gateway) over HTTP; with no answer it reads the local
 * gateway's PGlite database in .data/ if there is one; failing that it returns none and says so.
 * A production build (src/integrations/production-backend.ts) instead stops when the project
 * does not answer: building without the partners' stories would remove them from the site.
 */
import { existsSync } from 'node:fs';
import { PRODUCTION_BUILD_FLAG, storiesUnavailable } from '../lib/build-backend.ts';
import type { PublishedStory } from '../lib/supabase/types.ts';

interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

async function overHttp(url: string, key: string): Promise<PublishedStory[]> {
  const response = await fetch(`${url}/rest/v1/rpc/list_published_stories`, {
    method: 'POST',
    headers: { apikey: key, authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: '{}',
    signal: AbortSignal.timeout(5000),
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as PublishedStory[];
}

async function fromLocalDatabase(dir: string): Promise<PublishedStory[]> {
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create({ dataDir: dir });
  try {
    const { rows } = await db.query<{ stories: PublishedStory[] }>('select public.list_published_stories() as stories');
    return rows[0]?.stories ?? [];
  } finally {
    await db.close();
  }
}

export async function fetchPublishedStories(logger: Logger): Promise<PublishedStory[]> {
  const url = process.env.PUBLIC_SUPABASE_URL;
  const key = process.env.PUBLIC_SUPABASE_ANON_KEY;
  if (url && key) {
    try {
      const stories = await overHttp(url, key);
      logger.info(`${stories.length} godkendte historier hentet fra ${url}`);
      return stories;
    } catch (error) {
      if (process.env[PRODUCTION_BUILD_FLAG]) throw new Error(storiesUnavailable(url, (error as Error).message));
      logger.warn(`kunne ikke hente godkendte historier fra ${url} (${(error as Error).message})`);
    }
  }
  const { DATA_DIR } = await import('../../supabase/local/config.ts');
  if (process.env.STORIES_LOCAL_DB !== 'off' && existsSync(DATA_DIR)) {
    try {
      const stories = await fromLocalDatabase(DATA_DIR);
      logger.info(`${stories.length} godkendte historier læst fra den lokale database i ${DATA_DIR}`);
      return stories;
    } catch (error) {
      logger.warn(`kunne ikke læse den lokale database (${(error as Error).message})`);
    }
  }
  logger.warn('bygger kun med redaktionens historier: ingen database svarede');
  return [];
}
