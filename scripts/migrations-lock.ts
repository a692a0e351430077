/**
 * Releases the migrations: writes the sha256 of every file in supabase/migrations/ to
 * supabase/migrations.lock.json. Files already listed must be unchanged (a released migration is
 * history a database has run; a change is a new migration). `npm run migrations:lock` adds the new
 * files; `-- --reset` writes the whole list again, for the one time before the first production
 * deploy when the history may still be rewritten.
 */
import { writeFileSync } from 'node:fs';
import { changedMigrations, LOCK_FILE, migrationHashes, readLock } from './migrations.ts';

const reset = process.argv.includes('--reset');
const changed = reset ? [] : changedMigrations();
if (changed.length) {
  console.error(`A released migration changed: add a new migration instead (${changed.join(', ')}).`);
  process.exit(1);
}
const released = reset ? {} : readLock().migrations;
const current = migrationHashes();
const migrations = Object.fromEntries(Object.entries({ ...current, ...released }).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(
  LOCK_FILE,
  JSON.stringify(
    {
      note: 'Released migrations and their sha256. Never edit a listed file: add a new migration (npm run migrations:lock).',
      migrations,
    },
    null,
    2,
  ) + '\n',
);
const added = Object.keys(current).filter((f) => !(f in released));
console.log(added.length ? `Udgivet: ${added.join(', ')}` : 'Ingen nye migreringer.');
