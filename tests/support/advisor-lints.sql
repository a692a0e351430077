-- The warnings and errors of Supabase's database advisors (the linter "splinter",
-- github.com/supabase/splinter, lints 0002–0029 at level WARN or ERROR), written again for this
-- project's database: our own SQL after splinter's published definitions, for a database without
-- storage, pgmq or pg_graphql (whose lints cannot apply). One row per finding: name, level, detail.
-- The API schema is public (supabase/config.toml [api] schemas). System and Supabase-owned schemas
-- are left out, as splinter leaves them out.
with
policies as (
  select n.nspname as schema_name, c.relname as table_name, c.relrowsecurity as rls, p.polname as policy_name,
         p.polpermissive as permissive, p.polroles, p.polcmd,
         coalesce(pg_get_expr(p.polqual, p.polrelid), '') as qual,
         coalesce(pg_get_expr(p.polwithcheck, p.polrelid), '') as with_check
    from pg_policy p join pg_class c on c.oid = p.polrelid join pg_namespace n on n.oid = c.relnamespace
   where n.nspname not in ('auth', 'extensions', 'information_schema', 'pg_catalog', 'storage', 'realtime', 'supabase_migrations', 'vault')
),
api_relations as (
  select c.oid, c.relname, c.relkind, c.reloptions, c.relrowsecurity, n.nspname
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
   where n.nspname = 'public'
     and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'e')
),
exposed as (
  select * from api_relations
   where has_table_privilege('anon', oid, 'select') or has_table_privilege('authenticated', oid, 'select')
)
-- 0001: a foreign key whose columns no index leads with, so a delete of the referenced row (and a
-- policy or lookup on the column) scans the table. Splinter files it under INFO; this project holds
-- it as a warning, so every foreign key is indexed (issue 20).
select 'unindexed_foreign_keys' as name, 'WARN' as level, format('%s: %s', c.conrelid::regclass, c.conname) as detail
  from pg_constraint c join pg_class t on t.oid = c.conrelid join pg_namespace n on n.oid = t.relnamespace
 where c.contype = 'f'
   and n.nspname not in ('auth', 'extensions', 'information_schema', 'pg_catalog', 'storage', 'realtime', 'supabase_migrations', 'vault')
   and not exists (
     select 1 from pg_index i
      where i.indrelid = c.conrelid
        and (string_to_array(i.indkey::text, ' ')::int2[])[1:cardinality(c.conkey)] @> c.conkey
        and (string_to_array(i.indkey::text, ' ')::int2[])[1:cardinality(c.conkey)] <@ c.conkey)
union all
-- 0002: a view in the API that shows auth.users.
select 'auth_users_exposed', 'ERROR', format('view public.%s reads auth.users', v.relname)
  from exposed v join pg_rewrite rw on rw.ev_class = v.oid join pg_depend d on d.objid = rw.oid
 where v.relkind in ('v', 'm') and d.refobjid = 'auth.users'::regclass
union all
-- 0003: auth.<fn>() or current_setting() evaluated per row instead of once, as (select …).
select 'auth_rls_initplan', 'WARN', format('policy %s on %s.%s', policy_name, schema_name, table_name)
  from policies
 where rls and exists (
   select 1 from unnest(array[qual, with_check]) e, unnest(array['auth.uid()', 'auth.jwt()', 'auth.role()', 'auth.email()', 'current_setting(']) f
    where position(f in e) > 0 and position('select ' || f in lower(e)) = 0)
union all
-- 0006: two permissive policies for one role and one action.
select 'multiple_permissive_policies', 'WARN',
       format('%s.%s: role %s, %s: %s', schema_name, table_name, r.rolname, cmd, string_agg(policy_name, ', ' order by policy_name))
  from policies
  join pg_roles r on polroles @> array[r.oid] or polroles = array[0::oid]
  cross join lateral unnest(case polcmd when 'r' then array['select'] when 'a' then array['insert'] when 'w' then array['update']
                                        when 'd' then array['delete'] else array['select', 'insert', 'update', 'delete'] end) cmd
 where permissive and r.rolname not like 'pg\_%' and r.rolname not like 'supabase%admin' and not r.rolbypassrls
 group by schema_name, table_name, r.rolname, cmd
having count(*) > 1
union all
-- 0007: policies on a table whose row level security is off.
select distinct 'policy_exists_rls_disabled', 'ERROR', format('%s.%s', schema_name, table_name) from policies where not rls
union all
-- 0009: two identical indexes.
select 'duplicate_index', 'WARN', format('%s: %s', i.indrelid::regclass, string_agg(i.indexrelid::regclass::text, ', '))
  from pg_index i join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace
 where n.nspname not in ('auth', 'extensions', 'information_schema', 'pg_catalog', 'pg_toast', 'supabase_migrations')
 group by i.indrelid, i.indkey::text, i.indclass::text, coalesce(pg_get_expr(i.indexprs, i.indrelid), ''), coalesce(pg_get_expr(i.indpred, i.indrelid), '')
having count(*) > 1
union all
-- 0010: a view in the API that runs with its owner's rights.
select 'security_definer_view', 'ERROR', format('view public.%s', relname)
  from exposed
 where relkind = 'v' and not coalesce(reloptions, '{}') && array['security_invoker=true', 'security_invoker=on', 'security_invoker=1']
union all
-- 0011: a function whose search_path the caller can change.
select 'function_search_path_mutable', 'WARN', format('function %s.%s', n.nspname, p.proname)
  from pg_proc p join pg_namespace n on n.oid = p.pronamespace
 where n.nspname not in ('auth', 'extensions', 'information_schema', 'pg_catalog', 'storage', 'realtime', 'supabase_migrations', 'vault', 'pg_toast')
   and n.nspname not like 'pg\_temp%' and n.nspname not like 'pg\_toast%'
   and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e')
   and not exists (select 1 from unnest(coalesce(p.proconfig, '{}')) c where c like 'search\_path=%')
union all
-- 0013: a table in the API without row level security.
select 'rls_disabled_in_public', 'ERROR', format('table public.%s', relname) from api_relations where relkind in ('r', 'p') and not relrowsecurity
union all
-- 0014: an extension installed in public.
select 'extension_in_public', 'WARN', format('extension %s', e.extname)
  from pg_extension e join pg_namespace n on n.oid = e.extnamespace where n.nspname = 'public'
union all
-- 0015: a policy trusting user_metadata, which users can edit themselves.
select 'rls_references_user_metadata', 'ERROR', format('policy %s on %s.%s', policy_name, schema_name, table_name)
  from policies where qual || with_check like '%user\_metadata%'
union all
-- 0016, 0017: materialized views and foreign tables bypass row level security.
select case relkind when 'm' then 'materialized_view_in_api' else 'foreign_table_in_api' end, 'WARN', format('public.%s', relname)
  from exposed where relkind in ('m', 'f')
union all
-- 0021: a foreign key to a unique constraint of an auth table other than its primary key.
select 'fkey_to_auth_unique', 'ERROR', format('%s: %s', c.conrelid::regclass, c.conname)
  from pg_constraint c join pg_class t on t.oid = c.confrelid join pg_namespace n on n.oid = t.relnamespace
  join pg_index i on i.indexrelid = c.conindid
 where c.contype = 'f' and n.nspname = 'auth' and not i.indisprimary
union all
-- 0024: a policy that lets any row be written.
select 'rls_policy_always_true', 'WARN', format('policy %s on %s.%s', policy_name, schema_name, table_name)
  from policies where polcmd <> 'r' and (btrim(qual) = 'true' or btrim(with_check) = 'true')
union all
-- 0028, 0029: a security-definer function in the API that anon or signed-in users can call.
select role || '_security_definer_function_executable', 'WARN', format('function public.%s(%s)', p.proname, pg_get_function_identity_arguments(p.oid))
  from pg_proc p join pg_namespace n on n.oid = p.pronamespace cross join unnest(array['anon', 'authenticated']) role
 where n.nspname = 'public' and p.prosecdef and has_function_privilege(role, p.oid, 'execute')
order by 1, 3
