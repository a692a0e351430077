/** The migrations on disk and the released ones in supabase/migrations.lock.json, by sha256. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const MIGRATIONS_DIR = resolve(import.meta.dirname, '../supabase/migrations');
export const LOCK_FILE = resolve(import.meta.dirname, '../supabase/migrations.lock.json');

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Every migration file (name → sha256), in the order they apply. */
export function migrationHashes(dir = MIGRATIONS_DIR): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => /^\d{14}_[a-z0-9_]+\.sql$/.test(f))
      .sort()
      .map((f) => [f, sha256(readFileSync(join(dir, f), 'utf8'))]),
  );
}

export function readLock(file = LOCK_FILE): { migrations: Record<string, string> } {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { migrations: {} };
}

/** Released migrations whose file is gone or differs from the hash it was released with. */
export function changedMigrations(dir = MIGRATIONS_DIR, file = LOCK_FILE): string[] {
  const now = migrationHashes(dir);
  return Object.entries(readLock(file).migrations)
    .filter(([name, hash]) => now[name] !== hash)
    .map(([name]) => name);
}

/** Migrations on disk that are not released yet, in order. */
export function newerMigrations(dir = MIGRATIONS_DIR, file = LOCK_FILE): string[] {
  const released = readLock(file).migrations;
  return Object.keys(migrationHashes(dir)).filter((name) => !(name in released));
}

export const releasedMigrations = (file = LOCK_FILE) => Object.keys(readLock(file).migrations).sort();
