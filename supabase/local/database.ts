/**
 * Applying the schema: the Supabase bootstrap (roles, auth) that a real project already has,
 * then every migration in order, recorded like the Supabase CLI does. Works on PGlite and on a
 * PostgreSQL server through the same two methods.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface Sql {
  exec(sql: string): Promise<unknown>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

const SUPABASE_DIR = resolve(import.meta.dirname, '..');
const MIGRATIONS_DIR = join(SUPABASE_DIR, 'migrations');

const migrationFiles = () =>
  readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^\d{14}_[a-z0-9_]+\.sql$/.test(f))
    .sort();

const read = (path: string) => readFileSync(path, 'utf8');

/** Roles, the auth schema and, for the local gateway, its sign-in tables. */
export async function bootstrap(db: Sql): Promise<void> {
  await db.exec(read(join(SUPABASE_DIR, 'local/bootstrap.sql')));
  await db.exec(read(join(SUPABASE_DIR, 'local/auth-local.sql')));
  await db.exec(`
    create schema if not exists supabase_migrations;
    create table if not exists supabase_migrations.schema_migrations (version text primary key, name text, applied_at timestamptz default now());
  `);
}

/** Applies the migrations not yet applied, each in its own transaction. Returns their names. */
export async function migrate(db: Sql): Promise<string[]> {
  const { rows } = await db.query<{ version: string }>('select version from supabase_migrations.schema_migrations');
  const done = new Set(rows.map((r) => r.version));
  // The migrations were settled into one per domain in December 2026 (a history rewritten once,
  // before the first release): a database migrated before that has versions no file has any more.
  const files = new Set(migrationFiles().map((f) => f.slice(0, 14)));
  const unknown = [...done].filter((v) => !files.has(v));
  if (unknown.length)
    throw new Error(
      `Databasen er migreret med migreringer, der ikke findes mere (${unknown.join(', ')}). Slet den lokale .data/ og start igen.`,
    );
  const applied: string[] = [];
  for (const file of migrationFiles()) {
    const version = file.slice(0, 14);
    if (done.has(version)) continue;
    try {
      await db.exec(
        `begin;\n${read(join(MIGRATIONS_DIR, file))}\n;insert into supabase_migrations.schema_migrations (version, name) values ('${version}', '${file.slice(15, -4)}');\ncommit;`,
      );
    } catch (error) {
      await db.exec('rollback').catch(() => {});
      throw new Error(`Migreringen ${file} fejlede: ${(error as Error).message}`);
    }
    applied.push(file);
  }
  return applied;
}

export const seedSql = () => read(join(SUPABASE_DIR, 'seed.sql'));
