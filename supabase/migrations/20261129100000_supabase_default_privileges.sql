-- The first migration now begins by taking back Supabase's default privileges (anon and
-- authenticated get everything new in public; PUBLIC may execute every new function). A database
-- migrated before that change (a local .data/ database, or a project pushed early) has not done so:
-- this repeats it, so the migrations after this one create nothing open. A no-op everywhere else.
alter default privileges in schema public revoke all on tables from anon, authenticated, public;
alter default privileges in schema public revoke all on sequences from anon, authenticated, public;
alter default privileges in schema public revoke all on functions from anon, authenticated, public;
alter default privileges revoke execute on functions from public;
