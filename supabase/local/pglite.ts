/**
 * The local database: PGlite (PostgreSQL compiled to WebAssembly) persisted in .data/, or in
 * memory for tests. On first start it gets the Supabase bootstrap, every migration, the course
 * catalogue and the seed; on later starts only new migrations and a fresh catalogue sync.
 */
import { PGlite } from '@electric-sql/pglite';
import { bootstrap, migrate, seedSql, type Sql } from './database.ts';
import { syncCatalogue } from '../../scripts/catalogue.ts';
import type { Transactional } from './rpc.ts';

/** PGlite is one connection: requests take turns, so one request's transaction never sees another's. */
function serialised(db: PGlite): Transactional & { close(): Promise<void> } {
  let queue: Promise<unknown> = Promise.resolve();
  const turn = <T>(work: () => Promise<T>): Promise<T> => {
    const result = queue.then(work);
    queue = result.catch(() => {});
    return result;
  };
  const raw: Sql = { exec: (s) => db.exec(s), query: (s, p) => db.query(s, p) };
  return {
    exec: (s) => turn(() => raw.exec(s)),
    query: (s, p) => turn(() => raw.query(s, p)),
    transaction: (work) => turn(() => db.transaction((tx) => work({ exec: (s) => tx.exec(s), query: (s, p) => tx.query(s, p) }))),
    close: () => turn(() => db.close()),
  };
}

export interface LocalDatabase extends Transactional {
  close(): Promise<void>;
  /** What happened at start, for the terminal. */
  report: { created: boolean; migrations: string[]; catalogue: { courses: number; lessons: number } };
}

export async function openLocalDatabase(dataDir?: string, { seed = true } = {}): Promise<LocalDatabase> {
  const pg = await PGlite.create(dataDir ? { dataDir } : {});
  const db = serialised(pg);
  const { rows } = await db.query(`select 1 from pg_namespace where nspname = 'supabase_migrations'`);
  const created = rows.length === 0;
  await bootstrap(db);
  const migrations = await migrate(db);
  const catalogue = await syncCatalogue(db);
  if (created && seed) await db.exec(seedSql());
  return { ...db, report: { created, migrations, catalogue } };
}
