import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TYPES_FILE, typesFromMigrations } from '../../scripts/generate-types.ts';

describe('database.types.ts', () => {
  it('matches the migrated schema (run `npm run types` after changing a migration)', async () => {
    expect(readFileSync(TYPES_FILE, 'utf8')).toBe(await typesFromMigrations());
  }, 60_000);

  it('every public function has a typed wrapper in src/lib/supabase/rpc.ts (or a plain fetch in src/client/)', async () => {
    const types = readFileSync(TYPES_FILE, 'utf8');
    const functions = [...types.slice(types.indexOf('Functions: {')).matchAll(/^ {6}([a-z_]+): \{$/gm)].map((m) => m[1]);
    const wrappers = readFileSync(new URL('../../src/lib/supabase/rpc.ts', import.meta.url), 'utf8');
    const fetched = readFileSync(new URL('../../src/client/advisors.ts', import.meta.url), 'utf8');
    expect(functions.length).toBeGreaterThan(15);
    expect(functions.filter((f) => !wrappers.includes(`c.rpc('${f}'`) && !fetched.includes(`/rest/v1/rpc/${f}`))).toEqual([]);
  });
});
