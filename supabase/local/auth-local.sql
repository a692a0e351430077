-- Tables of the local gateway's e-mail-code sign-in (stand-in for Supabase Auth's own).
-- Only the gateway, connected as the database owner, touches them.
create table if not exists auth.one_time_codes (
  email text primary key,
  code_hash text not null,
  attempts int not null default 0,
  sent_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz
);
-- The confirmation link carries a random token; only its hash is stored. (Older local databases
-- used a hash of e-mail and code instead: the column is added, not assumed.)
alter table auth.one_time_codes add column if not exists link_hash text unique;

create table if not exists auth.sessions (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  created_at timestamptz not null default now(),
  revoked_at timestamptz
);

create table if not exists auth.refresh_tokens (
  token text primary key,
  session_id uuid not null references auth.sessions (id) on delete cascade,
  created_at timestamptz not null default now(),
  used_at timestamptz
);

revoke all on auth.one_time_codes, auth.sessions, auth.refresh_tokens from anon, authenticated, service_role;
