-- Error reports on content pages, the third kind of contribution: sent with or without an account,
-- so besides the per-user quota they have their own (per page, per reply address, per client
-- address, site-wide), in private.submission_limits.

-- Mirrors src/lib/reports/fields.ts validate().
create function private.report_problems(f jsonb) returns jsonb
language sql stable set search_path = ''
as $$
  select private.strip_nulls(jsonb_build_object(
    'page_path', case when jsonb_typeof(f -> 'page_path') = 'string'
                           and (f ->> 'page_path') ~ '^/(kurser|historier|ordbog)/[a-z0-9æøå/-]+/$'
                           and char_length(f ->> 'page_path') <= 200 then null else 'page' end,
    'page_version', private.text_problem(f -> 'page_version', 1, 80),
    'what', private.text_problem(f -> 'what', 10, 2000),
    'source', private.text_problem(f -> 'source', 0, 500),
    'email', private.email_problem(f -> 'email', false)))
$$;

-- The client's address, for the anonymous error reports' own quota: the `cf-connecting-ip` request
-- header, which the edge in front of a Supabase project (Cloudflare) sets from the connection and
-- overwrites when a client sends its own; the local gateway sets it the same way. PostgREST hands the
-- request headers to the database as the setting `request.headers`. Never `x-forwarded-for`: its
-- first entry is whatever the client wrote. Without the header (the owner, a script on the database)
-- there is no address quota, only the others.
create function private.client_address() returns text
language sql stable set search_path = ''
as $$
  select case when a ~ '^[0-9A-Fa-f.:]{2,45}$' then lower(a) end
    from (select nullif(current_setting('request.headers', true), '')::jsonb ->> 'cf-connecting-ip' as a) h
$$;

revoke all on function private.report_problems(jsonb), private.client_address() from public, anon, authenticated;
