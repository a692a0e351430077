/**
 * Supabase's database advisors (the linter splinter) must find nothing at level WARN or ERROR.
 * The lints are our own SQL after splinter's definitions (tests/support/advisor-lints.sql), so
 * they run everywhere without splinter's file or its extensions. Schema-wide, like
 * structure.test.ts, so it has no persona sections.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../support/db.ts';

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(() => db?.close());

interface Finding {
  name: string;
  level: string;
  detail: string;
}
const lints = readFileSync(new URL('../support/advisor-lints.sql', import.meta.url), 'utf8');
const findings = async () => (await db.query<Finding>(lints)).rows.map((f) => `${f.level} ${f.name}: ${f.detail}`);

describe('database advisors', () => {
  it('find no warnings or errors in the migrated database', async () => {
    expect(await findings()).toEqual([]);
  });

  it('do see each kind of mistake they look for (checked on objects made and rolled back here)', async () => {
    await db.exec(`begin;
      create table public.lint_probe (id int, owner uuid);
      create table public.lint_probe_rls (id int primary key, owner uuid, probe int references public.lint_probe_rls (id));
      alter table public.lint_probe_rls enable row level security;
      create index lint_probe_a on public.lint_probe_rls (owner);
      create index lint_probe_b on public.lint_probe_rls (owner);
      create policy "probe one" on public.lint_probe_rls for select to authenticated using (owner = auth.uid());
      create policy "probe two" on public.lint_probe_rls for select to authenticated using (id > 0);
      create policy "probe writes" on public.lint_probe_rls for insert to authenticated with check (true);
      create view public.lint_probe_view as select id from public.lint_probe_rls;
      grant select on public.lint_probe_view to anon;
      create function public.lint_probe_fn() returns int language sql security definer as $$ select 1 $$;
      grant execute on function public.lint_probe_fn() to anon;`);
    try {
      const names = new Set((await findings()).map((f) => f.split(':')[0]));
      expect([...names].sort()).toEqual([
        'ERROR rls_disabled_in_public',
        'ERROR security_definer_view',
        'WARN anon_security_definer_function_executable',
        'WARN auth_rls_initplan',
        'WARN duplicate_index',
        'WARN function_search_path_mutable',
        'WARN multiple_permissive_policies',
        'WARN rls_policy_always_true',
        'WARN unindexed_foreign_keys',
      ]);
    } finally {
      await db.exec('rollback');
    }
  });
});
