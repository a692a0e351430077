-- Profiles and roles. Every learner has a profile (created with the user); editors and
-- admins are named in user_roles, which only the service role can change.

-- A new Supabase project grants anon and authenticated everything on every new table, function
-- and sequence in public (default privileges in its initial schema), and PostgreSQL lets PUBLIC
-- execute every new function. Take both back for everything these migrations create, so each
-- object is granted below to exactly the roles that need it. (A per-schema default cannot remove
-- PUBLIC's execute, which is granted globally; hence the line without `in schema`.)
alter default privileges in schema public revoke all on tables from anon, authenticated, public;
alter default privileges in schema public revoke all on sequences from anon, authenticated, public;
alter default privileges in schema public revoke all on functions from anon, authenticated, public;
alter default privileges revoke execute on functions from public;

create schema if not exists private;
grant usage on schema private to anon, authenticated, service_role;
-- The service role (server-side maintenance, the catalogue sync) may run every helper.
alter default privileges in schema private grant execute on functions to service_role;

create table public.profiles (
  user_id uuid primary key references auth.users (id) on delete cascade,
  display_name text check (display_name is null or char_length(btrim(display_name)) between 2 and 120),
  profession text check (profession in ('revisor', 'rådgiver', 'iværksætter', 'indkøber', 'partner', 'andet')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
alter table public.profiles enable row level security;

-- Read only for API roles: the name is printed on certificates and shown in the advisor list, so
-- it changes only through update_my_profile, which trims and checks it.
revoke all on public.profiles from anon, authenticated;
grant select on public.profiles to authenticated;

create policy "learners read their own profile" on public.profiles
  for select to authenticated using (user_id = (select auth.uid()));

create table public.user_roles (
  user_id uuid not null references auth.users (id) on delete cascade,
  role text not null check (role in ('editor', 'admin')),
  granted_at timestamptz not null default now(),
  primary key (user_id, role)
);
alter table public.user_roles enable row level security;

revoke all on public.user_roles from anon, authenticated;
grant select on public.user_roles to authenticated;

create policy "users read their own roles" on public.user_roles
  for select to authenticated using (user_id = (select auth.uid()));

-- Security-definer helpers live in private, with an empty search_path, and read only what they must.
create function private.is_editor() returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (
    select 1 from public.user_roles
    where user_id = (select auth.uid()) and role in ('editor', 'admin')
  )
$$;
revoke all on function private.is_editor() from public;
grant execute on function private.is_editor() to authenticated, service_role;

create function private.create_profile_for_new_user() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  insert into public.profiles (user_id) values (new.id) on conflict do nothing;
  return new;
end
$$;
revoke all on function private.create_profile_for_new_user() from public;

create trigger create_profile_after_signup
  after insert on auth.users
  for each row execute function private.create_profile_for_new_user();

-- Server-set timestamps: whatever a client sends, updated_at is the server's clock.
create function private.touch_updated_at() returns trigger
language plpgsql set search_path = ''
as $$
begin
  new.updated_at := now();
  return new;
end
$$;

revoke all on function private.touch_updated_at() from public;

create trigger touch_profiles before update on public.profiles
  for each row execute function private.touch_updated_at();

-- RPC: the learner's profile, and changing the name printed on certificates and the profession.
create function public.get_my_profile() returns jsonb
language sql stable set search_path = ''
as $$
  select jsonb_build_object(
    'display_name', p.display_name,
    'profession', p.profession,
    'roles', coalesce((select jsonb_agg(r.role order by r.role) from public.user_roles r where r.user_id = p.user_id), '[]')
  )
  from public.profiles p
  where p.user_id = (select auth.uid())
$$;

-- Security definer because no API role may write the table; it changes only the caller's row.
create function private.update_my_profile(p_display_name text, p_profession text) returns void
language plpgsql security definer set search_path = ''
as $$
begin
  if (select auth.uid()) is null then
    raise exception using errcode = '42501', message = 'not_signed_in';
  end if;
  update public.profiles
     set display_name = nullif(btrim(p_display_name), ''), profession = nullif(p_profession, '')
   where user_id = (select auth.uid());
end
$$;
revoke all on function private.update_my_profile(text, text) from public, anon, authenticated;
grant execute on function private.update_my_profile(text, text) to authenticated;

create function public.update_my_profile(p_display_name text, p_profession text) returns jsonb
language plpgsql set search_path = ''
as $$
begin
  perform private.update_my_profile(p_display_name, p_profession);
  return public.get_my_profile();
end
$$;

revoke all on function public.get_my_profile(), public.update_my_profile(text, text) from public;
grant execute on function public.get_my_profile(), public.update_my_profile(text, text) to authenticated;
