-- Advisors: a learner who holds at least one valid certificate may choose to be listed publicly,
-- so that entrepreneurs can find an auditor or advisor who has done the courses. The listing holds
-- only what the advisor writes about their work; the name and the courses come from the
-- certificates themselves (never typed in), read by a function at the moment someone looks, so a
-- revoked certificate, a deleted account or a withdrawn listing is gone from the list at once.

create table public.advisor_listings (
  user_id uuid primary key references auth.users (id) on delete cascade,
  profession text not null check (profession in ('revisor', 'advokat', 'erhvervsrådgiver', 'bogholder', 'konsulent', 'andet')),
  firm text check (firm is null or char_length(btrim(firm)) between 2 and 120),
  city text not null check (char_length(btrim(city)) between 2 and 80),
  about text not null check (char_length(btrim(about)) between 20 and 600),
  -- A web page or an e-mail address the advisor chooses to publish; nothing else is shown.
  contact text not null check (
    char_length(contact) <= 300
    and (contact ~ '^https://[^\s/]+\.[^\s]+$' or contact ~* '^mailto:[^@\s]+@[^@\s]+\.[a-z]{2,}$')),
  listed_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
alter table public.advisor_listings enable row level security;

revoke all on public.advisor_listings from anon, authenticated;
grant select on public.advisor_listings to authenticated;
create policy "advisors read their own listing" on public.advisor_listings
  for select to authenticated using (user_id = (select auth.uid()));

-- A certificate counts while it is not revoked.
create function private.valid_certificates(p_user uuid) returns setof public.certificates
language sql stable set search_path = ''
as $$ select * from public.certificates c where c.user_id = p_user and c.revoked_at is null $$;

create function private.save_advisor_listing(p jsonb) returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  uid uuid := private.require_user();
  saved public.advisor_listings;
begin
  if not exists (select 1 from private.valid_certificates(uid)) then
    raise exception using errcode = 'P0001', message = 'no_valid_certificate';
  end if;
  insert into public.advisor_listings as a (user_id, profession, firm, city, about, contact)
  values (uid, p ->> 'profession', nullif(btrim(p ->> 'firm'), ''), btrim(p ->> 'city'), btrim(p ->> 'about'), btrim(p ->> 'contact'))
  on conflict (user_id) do update
     set profession = excluded.profession, firm = excluded.firm, city = excluded.city, about = excluded.about,
         contact = excluded.contact, updated_at = now()
  returning * into saved;
  return to_jsonb(saved) - 'user_id';
end
$$;

-- Security definer because no API role may write the table; it removes only the caller's listing.
create function private.remove_advisor_listing() returns boolean
language sql security definer set search_path = ''
as $$
  with gone as (delete from public.advisor_listings a where a.user_id = private.require_user() returning 1)
  select exists (select 1 from gone)
$$;

-- The public list: one entry per listed advisor with at least one valid certificate, the name as on
-- the newest of them, and the courses they hold valid certificates for (with the code, so anyone can
-- check it at /bevis/).
create function private.list_advisors() returns jsonb
language sql stable security definer set search_path = ''
as $$
  select coalesce(jsonb_agg(entry order by entry ->> 'name'), '[]')
    from (
      select jsonb_build_object(
               'name', (select c.participant_name from private.valid_certificates(a.user_id) c order by c.passed_at desc limit 1),
               'profession', a.profession, 'firm', a.firm, 'city', a.city, 'about', a.about, 'contact', a.contact,
               'courses', (select jsonb_agg(jsonb_build_object('course_id', c.course_id, 'course_title', c.course_title,
                                                               'passed_on', (c.passed_at at time zone 'Europe/Copenhagen')::date,
                                                               'code', c.code) order by c.course_title)
                             from private.valid_certificates(a.user_id) c)) as entry
        from public.advisor_listings a
       where exists (select 1 from private.valid_certificates(a.user_id))
    ) listed
$$;

revoke all on function private.valid_certificates(uuid), private.save_advisor_listing(jsonb), private.remove_advisor_listing(),
  private.list_advisors() from public, anon, authenticated;
grant execute on function private.save_advisor_listing(jsonb), private.remove_advisor_listing() to authenticated;
grant execute on function private.list_advisors() to anon, authenticated;

-- RPC ---------------------------------------------------------------------------------------

create function public.save_advisor_listing(p_listing jsonb) returns jsonb
language sql set search_path = ''
as $$ select private.save_advisor_listing(p_listing) $$;

create function public.my_advisor_listing() returns jsonb
language sql stable set search_path = ''
as $$ select to_jsonb(a) - 'user_id' from public.advisor_listings a where a.user_id = (select auth.uid()) $$;

create function public.remove_advisor_listing() returns boolean
language sql set search_path = ''
as $$ select private.remove_advisor_listing() $$;

create function public.list_advisors() returns jsonb
language sql stable set search_path = ''
as $$ select private.list_advisors() $$;

revoke all on function public.save_advisor_listing(jsonb), public.my_advisor_listing(), public.remove_advisor_listing(),
  public.list_advisors() from public, anon, authenticated;
grant execute on function public.save_advisor_listing(jsonb), public.my_advisor_listing(), public.remove_advisor_listing()
  to authenticated;
grant execute on function public.list_advisors() to anon, authenticated;
