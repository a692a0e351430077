/**
 * Released migrations are history: a database that ran them will never run them again, so changing
 * one changes nothing there and everything on a new database. supabase/migrations.lock.json holds
 * their sha256; a change to a listed file fails here.
 */
import { cpSync, mkdtempSync, appendFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedMigrations, LOCK_FILE, MIGRATIONS_DIR, newerMigrations, releasedMigrations } from '../../scripts/migrations.ts';

const guard = (dir = MIGRATIONS_DIR) => {
  const changed = changedMigrations(dir, LOCK_FILE);
  if (changed.length) throw new Error(`a released migration changed: add a new migration instead (${changed.join(', ')})`);
};

describe('released migrations', () => {
  it('are unchanged', () => {
    expect(releasedMigrations().length).toBeGreaterThan(0);
    expect(() => guard()).not.toThrow();
  });

  it('come before every migration not released yet (a new one is never slipped in between)', () => {
    const last = releasedMigrations().at(-1)!;
    for (const name of newerMigrations()) expect(name > last, `${name} must sort after ${last}`).toBe(true);
  });

  it('the guard fails with its message when a released file changes or disappears', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fv-migrations-'));
    try {
      cpSync(MIGRATIONS_DIR, dir, { recursive: true });
      const [first, second] = releasedMigrations();
      appendFileSync(join(dir, first!), '\n-- an edit after release\n');
      rmSync(join(dir, second!));
      expect(() => guard(dir)).toThrow(`a released migration changed: add a new migration instead (${first}, ${second})`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
