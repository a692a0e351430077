-- Contributions: one pipeline for every kind people send in — case stories, business entries for the
-- directory, and error reports on content pages. One table of submissions (the kind's fields in
-- `fields`, checked by the kind's field rules, the same rules as the forms in src/lib/*/fields.ts),
-- one state machine, one trail, one editors' queue, one review function. This migration holds what
-- every kind uses: the submissions and their trail, the daily quotas, the building blocks of the
-- field rules and the slugs. Each kind follows in its own migration (stories, businesses, reports);
-- the state machine, publishing and the RPCs come last (moderation), when every kind is known.
--
-- Submissions (with contact data) are readable only by their submitter and by editors; who
-- decided is kept in `moderation_events.actor_id`, which no API role can read.
-- No API role writes the table: Supabase serves every table in public at /rest/v1/<table>, so a
-- write privilege would let a signed-in user store whatever a form never sends. Every write is a
-- security-definer function in private that checks auth.uid() and cleans the fields; the triggers
-- clean them again (defence in depth), so even the owner cannot store an unknown key.

create table public.submissions (
  id uuid primary key default gen_random_uuid(),
  kind text not null check (kind in ('story', 'business', 'report')),
  -- Null only for an error report sent without an account.
  submitter_id uuid default auth.uid() references auth.users (id) on delete cascade,
  state text not null default 'pending'
    check (state in ('draft', 'pending', 'approved', 'changes_requested', 'rejected', 'withdrawn', 'fixed')),
  fields jsonb not null check (jsonb_typeof(fields) = 'object'),
  -- A business submission that changes an existing directory entry.
  business_id uuid,
  -- Counts every change; the editor's decision names the version it was made on.
  version int not null default 1,
  editor_note text check (editor_note is null or char_length(editor_note) <= 4000),
  reviewed_at timestamptz,
  submitted_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (submitter_id is not null or kind = 'report'),
  check (state <> 'fixed' or kind = 'report'),
  check (business_id is null or kind = 'business')
);
alter table public.submissions enable row level security;
create index submissions_submitter_idx on public.submissions (submitter_id, submitted_at);
create index submissions_queue_idx on public.submissions (state, kind, submitted_at);

revoke all on public.submissions from anon, authenticated;
grant select on public.submissions to authenticated;

create policy "submitters and editors read submissions" on public.submissions
  for select to authenticated using (submitter_id = (select auth.uid()) or (select private.is_editor()));

create table public.moderation_events (
  id bigint generated always as identity primary key,
  submission_id uuid not null references public.submissions (id) on delete cascade,
  -- Kept for the audit; no API role may read it (submitters must not learn editors' user ids).
  actor_id uuid references auth.users (id) on delete set null,
  actor_role text not null check (actor_role in ('submitter', 'editor', 'system')),
  from_state text,
  to_state text not null,
  note text,
  created_at timestamptz not null default now()
);
alter table public.moderation_events enable row level security;
create index moderation_events_submission_idx on public.moderation_events (submission_id, created_at);
create index moderation_events_actor_idx on public.moderation_events (actor_id);
revoke all on public.moderation_events from anon, authenticated;
grant select (id, submission_id, actor_role, from_state, to_state, note, created_at) on public.moderation_events to authenticated;
create policy "submitters and editors read the trail" on public.moderation_events
  for select to authenticated using (
    (select private.is_editor())
    or exists (select 1 from public.submissions s where s.id = submission_id and s.submitter_id = (select auth.uid()))
  );

-- Daily quotas ------------------------------------------------------------------------------

-- How many submissions a bucket may take per day (UTC). Editable by the owner.
create table private.submission_limits (
  bucket text primary key,
  per_day int not null check (per_day >= 0)
);
alter table private.submission_limits enable row level security;
insert into private.submission_limits values
  ('user', 5),            -- per signed-in user, all kinds together
  ('report_global', 500), -- every error report on the site
  ('report_page', 20),    -- error reports on one page
  ('report_email', 5),    -- error reports leaving one reply address
  ('report_address', 20), -- anonymous error reports from one client address (private.client_address)
  ('report_unconfirmed', 50); -- anonymous error reports without a confirmed address, all together

create table private.submission_quota (
  bucket text not null,
  key text not null,
  day date not null,
  used int not null,
  primary key (bucket, key, day)
);
alter table private.submission_quota enable row level security;

-- Takes one unit or refuses. Atomic: the upsert locks the counter row, so two parallel
-- submissions against a limit of one cannot both pass (count-then-insert could).
create function private.take_quota(p_bucket text, p_key text) returns void
language plpgsql security definer set search_path = ''
as $$
declare
  cap int := (select per_day from private.submission_limits where bucket = p_bucket);
  taken int;
begin
  insert into private.submission_quota as q (bucket, key, day, used)
  select p_bucket, p_key, (now() at time zone 'utc')::date, 1 where cap > 0
  on conflict (bucket, key, day) do update set used = q.used + 1 where q.used < cap
  returning used into taken;
  if taken is null then
    raise exception using errcode = 'PT429', message = 'rate_limited', detail = cap::text;
  end if;
end
$$;

-- Field rules --------------------------------------------------------------------------------
-- Each returns {field: problem} with the problem names of the forms' validate(); empty when valid.

create function private.text_problem(v jsonb, min_len int, max_len int) returns text
language sql immutable set search_path = ''
as $$
  select case
    when v is null or jsonb_typeof(v) = 'null' or char_length(btrim(v #>> '{}')) = 0 then case when min_len > 0 then 'required' end
    when jsonb_typeof(v) <> 'string' then 'required'
    when char_length(btrim(v #>> '{}')) < min_len then 'tooShort'
    when char_length(btrim(v #>> '{}')) > max_len then 'tooLong'
  end
$$;

create function private.choice_problem(v jsonb, allowed text[]) returns text
language sql immutable set search_path = ''
as $$ select case when jsonb_typeof(v) = 'string' and (v #>> '{}') = any (allowed) then null else 'choose' end $$;

create function private.choices_problem(v jsonb, allowed text[], min_count int) returns text
language sql immutable set search_path = ''
as $$
  select case when jsonb_typeof(v) = 'array'
                   and (select bool_and(jsonb_typeof(e) = 'string' and (e #>> '{}') = any (allowed)) from jsonb_array_elements(v) e) is not false
                   and jsonb_array_length(v) >= min_count
              then null else 'choose' end
$$;

create function private.year_problem(v jsonb) returns text
language sql stable set search_path = ''
as $$
  select case
    when v is null or jsonb_typeof(v) = 'null' then 'required'
    when jsonb_typeof(v) = 'number' and (v #>> '{}')::numeric = trunc((v #>> '{}')::numeric)
         and (v #>> '{}')::numeric between 1800 and extract(year from now()) then null
    else 'year' end
$$;

create function private.email_problem(v jsonb, required boolean) returns text
language sql immutable set search_path = ''
as $$
  select case
    when v is null or jsonb_typeof(v) = 'null' or btrim(v #>> '{}') = '' then case when required then 'required' end
    when jsonb_typeof(v) = 'string' and btrim(v #>> '{}') ~* '^[^@\s]+@[^@\s]+\.[a-z]{2,}$' and char_length(v #>> '{}') <= 254 then null
    else 'email' end
$$;

create function private.url_problem(v jsonb) returns text
language sql immutable set search_path = ''
as $$
  select case
    when v is null or jsonb_typeof(v) = 'null' or btrim(v #>> '{}') = '' then null
    when jsonb_typeof(v) = 'string' and btrim(v #>> '{}') ~ '^https?://[^\s/]+\.[^\s]+$' and char_length(btrim(v #>> '{}')) <= 300 then null
    else 'url' end
$$;

create function private.consent_problem(v jsonb) returns text
language sql immutable set search_path = ''
as $$ select case when v = 'true'::jsonb then null else 'consent' end $$;

-- A CVR number: 8 digits, the first not 0, weights 2 7 6 5 4 3 2 1 summing to a multiple of 11.
create function private.cvr_problem(v jsonb) returns text
language sql immutable set search_path = ''
as $$
  select case
    when v is null or jsonb_typeof(v) = 'null' or btrim(v #>> '{}') = '' then 'required'
    when jsonb_typeof(v) <> 'string' or (v #>> '{}') !~ '^[1-9][0-9]{7}$' then 'cvr'
    when (select sum(substr(v #>> '{}', i, 1)::int * (array[2, 7, 6, 5, 4, 3, 2, 1])[i]) from generate_series(1, 8) i) % 11 <> 0 then 'cvr'
  end
$$;

-- The lists of src/lib/content/taxonomy.ts (a test compares them).
create function private.legal_forms() returns text[] language sql immutable set search_path = '' as $$
  select array['A.M.B.A.', 'F.M.B.A.', 'Forening', 'Selvejende institution', 'Erhvervsdrivende fond', 'ApS', 'A/S', 'I/S', 'Andelskasse', 'Andet'] $$;
create function private.sectors() returns text[] language sql immutable set search_path = '' as $$
  select array['Fødevarer og landbrug', 'Handel', 'Energi og miljø', 'Bank og finansiering', 'IT og rådgivning', 'Medier og kultur',
    'Byggeri og håndværk', 'Service og rengøring', 'Social og sundhed', 'Uddannelse', 'Bolig', 'Andet'] $$;
create function private.areas() returns text[] language sql immutable set search_path = '' as $$
  select array['Indre By', 'Østerbro', 'Nørrebro', 'Vesterbro/Kongens Enghave', 'Valby', 'Vanløse', 'Brønshøj-Husum', 'Bispebjerg',
    'Amager Øst', 'Amager Vest', 'København, flere bydele', 'Hovedstadsområdet i øvrigt', 'Resten af Danmark',
    'Flere steder i Danmark', 'Flere lande'] $$;
create function private.size_bands() returns text[] language sql immutable set search_path = '' as $$
  select array['under-10', '10-49', '50-249', '250-plus'] $$;
create function private.principles() returns text[] language sql immutable set search_path = '' as $$
  select array['inkluderende-arbejdsmarked', 'hjerne-og-hjerte', 'viden', 'attraktivt-og-synligt', 'internationalt'] $$;
create function private.offer_categories() returns text[] language sql immutable set search_path = '' as $$
  select array['mad-og-catering', 'rengoering-og-service', 'it-og-digitalt', 'byggeri-og-haandvaerk', 'tryk-og-grafisk',
    'konsulent-og-raadgivning', 'groent-og-udearealer', 'transport-og-flytning', 'tekstil-og-vask', 'kultur-og-events',
    'energi', 'beskaeftigelse-og-socialt', 'juridisk-raadgivning', 'kommunikation-og-medier', 'undervisning-og-kurser',
    'bank-og-finansiering', 'detailhandel', 'netvaerk-og-interesse', 'andet'] $$;

create function private.strip_nulls(o jsonb) returns jsonb
language sql immutable set search_path = ''
as $$ select coalesce(jsonb_object_agg(key, value), '{}') from jsonb_each(o) where value is not null and jsonb_typeof(value) <> 'null' $$;

-- Slugs for published entries -----------------------------------------------------------------

-- Latin letters and digits only; never empty (a name in another script gets the fallback).
create function private.slugify(t text, fallback text) returns text
language sql immutable set search_path = ''
as $$
  select coalesce(nullif(trim(both '-' from regexp_replace(
    replace(replace(replace(translate(lower(t), 'éèêëáàäâóòöôúùüûíìïîýçñß', 'eeeeaaaaoooouuuuiiiiycns'), 'æ', 'ae'), 'ø', 'oe'), 'å', 'aa'),
    '[^a-z0-9]+', '-', 'g')), ''), fallback)
$$;

create function private.unique_slug(t text, fallback text, p_table text) returns text
language plpgsql stable set search_path = ''
as $$
declare
  base text := private.slugify(t, fallback);
  candidate text := base;
  n int := 1;
  taken boolean;
begin
  loop
    execute format('select exists (select 1 from public.%I where slug = $1)', p_table) into taken using candidate;
    exit when not taken;
    n := n + 1;
    candidate := base || '-' || n;
  end loop;
  return candidate;
end
$$;

revoke all on function private.take_quota(text, text), private.text_problem(jsonb, int, int), private.choice_problem(jsonb, text[]),
  private.choices_problem(jsonb, text[], int), private.year_problem(jsonb), private.email_problem(jsonb, boolean),
  private.url_problem(jsonb), private.consent_problem(jsonb), private.cvr_problem(jsonb), private.legal_forms(), private.sectors(),
  private.areas(), private.size_bands(), private.principles(), private.offer_categories(), private.strip_nulls(jsonb),
  private.slugify(text, text), private.unique_slug(text, text, text)
  from public, anon, authenticated;
