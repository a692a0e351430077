-- Error reports on content pages, the third kind of contribution: sent with or without an account,
-- so besides the per-user quota they have their own (per page, per reply address, per client
-- address, site-wide), in private.submission_limits. A report names a page the site has: the pages
-- are synced with the catalogue (scripts/site-pages.ts), and stories published here count too, so a
-- made-up path cannot sidestep the per-page quota.

create table private.site_pages (
  path text primary key check (path ~ '^/[a-z0-9æøå/-]+/$' and char_length(path) <= 200),
  kind text not null check (kind in ('lesson', 'story', 'glossary', 'tool')),
  synced_at timestamptz not null default now()
);
alter table private.site_pages enable row level security;
revoke all on private.site_pages from public, anon, authenticated;
-- No policies: only the owner (the functions below, the sync) reads it.

-- Replaces the list with the site's pages: [{path, kind}] (scripts/site-pages.ts).
create function private.sync_site_pages(p_pages jsonb) returns int
language plpgsql security definer set search_path = ''
as $$
begin
  delete from private.site_pages
   where path not in (select p ->> 'path' from jsonb_array_elements(p_pages) p);
  insert into private.site_pages (path, kind)
  select p ->> 'path', p ->> 'kind' from jsonb_array_elements(p_pages) p
  on conflict (path) do update set kind = excluded.kind, synced_at = now();
  return (select count(*) from private.site_pages);
end
$$;

create function private.is_site_page(p_path text) returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (select 1 from private.site_pages where path = p_path)
      or exists (select 1 from public.stories s where '/historier/' || s.slug || '/' = p_path)
$$;


-- Mirrors src/lib/reports/fields.ts validate().
create function private.report_problems(f jsonb) returns jsonb
language sql stable set search_path = ''
as $$
  select private.strip_nulls(jsonb_build_object(
    'page_path', case when jsonb_typeof(f -> 'page_path') = 'string'
                           and (f ->> 'page_path') ~ '^/(kurser|historier|ordbog)/[a-z0-9æøå/-]+/$'
                           and char_length(f ->> 'page_path') <= 200
                           and private.is_site_page(f ->> 'page_path') then null else 'page' end,
    'page_version', private.text_problem(f -> 'page_version', 1, 80),
    'what', private.text_problem(f -> 'what', 10, 2000),
    'source', private.text_problem(f -> 'source', 0, 500),
    'email', private.email_problem(f -> 'email', false)))
$$;

-- The client's address, for the anonymous error reports' own quota: the `cf-connecting-ip` request
-- header, which the edge in front of a Supabase project (Cloudflare) sets from the connection and
-- overwrites when a client sends its own; the local gateway sets it the same way. PostgREST hands the
-- request headers to the database as the setting `request.headers`. Never `x-forwarded-for`: its
-- first entry is whatever the client wrote.
-- Supabase's documentation does not confirm that cf-connecting-ip reaches `request.headers` on a
-- hosted project (its own per-IP example reads x-forwarded-for, which a client can forge), so the
-- quota never depends on it: without the header, anonymous reports share the stricter site-wide
-- bucket `report_unconfirmed` instead of having no address quota at all.
create function private.client_address() returns text
language sql stable set search_path = ''
as $$
  select case when a ~ '^[0-9A-Fa-f.:]{2,45}$' then lower(a) end
    from (select nullif(current_setting('request.headers', true), '')::jsonb ->> 'cf-connecting-ip' as a) h
$$;

revoke all on function private.sync_site_pages(jsonb), private.is_site_page(text), private.report_problems(jsonb), private.client_address()
  from public, anon, authenticated;
