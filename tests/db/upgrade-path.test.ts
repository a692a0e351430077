/**
 * A deploy never loses what people did. The released migrations (supabase/migrations.lock.json)
 * run first, the seed and a few hundred generated learners fill the database, then the migrations
 * newer than the release and the catalogue sync run, as a deploy would; every row a user owns must
 * still be there, unchanged. With no newer migration it still runs (and checks the catalogue sync);
 * the second test shows it fails when a migration deletes or changes such a row.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../support/db.ts';
import { newerMigrations, releasedMigrations } from '../../scripts/migrations.ts';
import { syncCatalogue } from '../../scripts/catalogue.ts';
import { seedSql } from '../../supabase/local/database.ts';
import { applyMigrations, compare, generateLearners, rowCount, snapshot } from '../support/upgrade.ts';

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb({ bare: true });
  await applyMigrations(db, releasedMigrations());
  await syncCatalogue(db);
  await db.exec(seedSql());
  await generateLearners(db, 200);
}, 240_000);
afterAll(() => db?.close());

describe('upgrade from the released migrations', () => {
  it('loses or changes no row a user owns when the newer migrations and the catalogue sync run', async () => {
    const before = await snapshot(db);
    expect(before.get('auth.users')!.size).toBeGreaterThanOrEqual(200);
    expect(before.get('public.certificates')!.size).toBeGreaterThanOrEqual(20);
    expect(before.get('public.submissions')!.size).toBeGreaterThanOrEqual(30);
    expect(rowCount(before)).toBeGreaterThan(800);
    await applyMigrations(db, newerMigrations());
    await syncCatalogue(db);
    expect(compare(before, await snapshot(db))).toEqual([]);
  }, 120_000);

  it('fails when a newer migration deletes or changes a user’s row', async () => {
    const before = await snapshot(db);
    const { rows } = await db.query<{ id: string }>('select id from public.quiz_attempts order by id limit 1');
    const {
      rows: [profile],
    } = await db.query<{ user_id: string }>('select user_id from public.profiles where display_name is not null order by user_id limit 1');
    await applyMigrations(
      db,
      ['29991231000000_a_careless_change.sql'],
      () => `
      delete from public.quiz_attempts where id = '${rows[0]!.id}';
      update public.profiles set display_name = upper(display_name) where user_id = '${profile!.user_id}';`,
    );
    expect(compare(before, await snapshot(db)).sort()).toEqual([
      `public.profiles ${JSON.stringify([profile!.user_id])}: changed updated_at, display_name`,
      `public.quiz_attempts ${JSON.stringify([rows[0]!.id])}: lost`,
    ]);
  }, 120_000);
});
