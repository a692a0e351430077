-- Contributions: one pipeline for every kind people send in — case stories, business entries for the
-- directory, and error reports on content pages. One table of submissions (the kind's fields in
-- `fields`, checked by the kind's field rules, the same rules as the forms in src/lib/*/fields.ts),
-- one state machine, one trail, one editors' queue, one review function.
--
-- What the triggers do:
--   * before insert: check the fields, take one unit of the atomic daily quota, stamp the clock;
--   * after insert: write the first trail entry;
--   * before update: decide who may move a submission from which state to which, refuse field
--     changes outside the editable states, bump `version` when anything changed, write the trail,
--     and — only on the transition into `approved` — publish: a story into `stories`, a business
--     into `businesses` (new entry or the update of the submitter's own entry). An update that
--     leaves an approved submission approved publishes nothing and is not refused.
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

create table public.stories (
  id uuid primary key default gen_random_uuid(),
  submission_id uuid unique references public.submissions (id) on delete set null,
  slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  title text not null,
  organisation text not null,
  legal_form text not null,
  sector text not null,
  district text not null,
  founded int not null,
  size text not null,
  size_band text not null,
  principles text[] not null,
  summary text not null,
  story text not null,
  lessons text not null,
  website text,
  published_at timestamptz not null default now()
);
alter table public.stories enable row level security;
revoke all on public.stories from anon, authenticated;
grant select on public.stories to anon, authenticated;
create policy "everyone reads published stories" on public.stories
  for select to anon, authenticated using (true);

-- The public directory: only public fields. The contact person stays in the submission.
create table public.businesses (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid references auth.users (id) on delete set null,
  slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  name text not null,
  legal_form text not null,
  sector text not null,
  district text not null,
  offers text[] not null,
  rsv boolean not null,
  founded int not null,
  website text,
  cvr text not null unique,
  principles text[] not null,
  description text not null,
  published_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
alter table public.businesses enable row level security;
revoke all on public.businesses from anon, authenticated;
-- The public reads through published_businesses(), which leaves owner_id out.
grant select on public.businesses to authenticated;
create policy "owners and editors read directory entries" on public.businesses
  for select to authenticated using (owner_id = (select auth.uid()) or (select private.is_editor()));
alter table public.submissions add foreign key (business_id) references public.businesses (id) on delete cascade;

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
  ('report_address', 20); -- anonymous error reports from one client address (private.client_address)

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

-- Mirrors src/lib/stories/fields.ts validate().
create function private.story_problems(f jsonb) returns jsonb
language sql stable set search_path = ''
as $$
  select private.strip_nulls(jsonb_build_object(
    'title', private.text_problem(f -> 'title', 5, 140),
    'organisation', private.text_problem(f -> 'organisation', 2, 120),
    'legal_form', private.choice_problem(f -> 'legal_form', private.legal_forms()),
    'sector', private.choice_problem(f -> 'sector', private.sectors()),
    'district', private.choice_problem(f -> 'district', private.areas()),
    'founded', private.year_problem(f -> 'founded'),
    'size', private.text_problem(f -> 'size', 1, 80),
    'size_band', private.choice_problem(f -> 'size_band', private.size_bands()),
    'principles', private.choices_problem(f -> 'principles', private.principles(), 0),
    'summary', private.text_problem(f -> 'summary', 40, 400),
    'story', private.text_problem(f -> 'story', 300, 12000),
    'lessons', private.text_problem(f -> 'lessons', 40, 4000),
    'website', private.url_problem(f -> 'website'),
    'contact_name', private.text_problem(f -> 'contact_name', 2, 120),
    'contact_email', private.email_problem(f -> 'contact_email', true),
    'consent_publish', private.consent_problem(f -> 'consent_publish'),
    'consent_privacy', private.consent_problem(f -> 'consent_privacy')))
$$;

-- Mirrors src/lib/businesses/fields.ts validate().
create function private.business_problems(f jsonb) returns jsonb
language sql stable set search_path = ''
as $$
  select private.strip_nulls(jsonb_build_object(
    'name', private.text_problem(f -> 'name', 2, 120),
    'legal_form', private.choice_problem(f -> 'legal_form', private.legal_forms()),
    'sector', private.choice_problem(f -> 'sector', private.sectors()),
    'district', private.choice_problem(f -> 'district', private.areas()),
    'offers', private.choices_problem(f -> 'offers', private.offer_categories(), 1),
    'rsv', case when jsonb_typeof(f -> 'rsv') = 'boolean' then null else 'choose' end,
    'founded', private.year_problem(f -> 'founded'),
    'website', private.url_problem(f -> 'website'),
    'cvr', private.cvr_problem(f -> 'cvr'),
    'principles', private.choices_problem(f -> 'principles', private.principles(), 0),
    'description', private.text_problem(f -> 'description', 40, 1000),
    'contact_name', private.text_problem(f -> 'contact_name', 2, 120),
    'contact_email', private.email_problem(f -> 'contact_email', true),
    'consent_publish', private.consent_problem(f -> 'consent_publish'),
    'consent_privacy', private.consent_problem(f -> 'consent_privacy')))
$$;

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

create function private.field_problems(p_kind text, f jsonb) returns jsonb
language sql stable set search_path = ''
as $$
  select case p_kind when 'story' then private.story_problems(f) when 'business' then private.business_problems(f)
                     when 'report' then private.report_problems(f) end
$$;

-- The largest form's JSON, with room to spare: a story's texts add up to about 17,000 characters.
create function private.max_submission_bytes() returns int
language sql immutable set search_path = '' as $$ select 65536 $$;

-- The fields of a kind from a form's JSON: known keys only, text trimmed, e-mail lower-cased,
-- empty optional text as null. A key the form does not have (only the honeypot may come along)
-- or a payload larger than any form sends is refused, never stored.
create function private.clean_fields(p_kind text, p jsonb) returns jsonb
language plpgsql immutable set search_path = ''
as $$
declare
  keys text[] := case p_kind
    when 'story' then array['title', 'organisation', 'legal_form', 'sector', 'district', 'founded', 'size', 'size_band', 'principles',
                            'summary', 'story', 'lessons', 'website', 'contact_name', 'contact_email', 'consent_publish', 'consent_privacy']
    when 'business' then array['name', 'legal_form', 'sector', 'district', 'offers', 'rsv', 'founded', 'website', 'cvr', 'principles',
                               'description', 'contact_name', 'contact_email', 'consent_publish', 'consent_privacy']
    when 'report' then array['page_path', 'page_version', 'what', 'source', 'email'] end;
  k text;
  v jsonb;
  out jsonb := '{}';
begin
  if jsonb_typeof(p) is distinct from 'object' or keys is null then
    raise exception using errcode = '22023', message = 'invalid_submission';
  end if;
  if octet_length(p::text) > private.max_submission_bytes() then
    raise exception using errcode = '22023', message = 'submission_too_large', detail = private.max_submission_bytes()::text;
  end if;
  if coalesce(p ->> 'honeypot', '') <> '' then
    raise exception using errcode = '22023', message = 'rejected_as_spam';
  end if;
  if exists (select 1 from jsonb_object_keys(p) sent where sent <> 'honeypot' and not (sent = any (keys))) then
    raise exception using errcode = '22023', message = 'unknown_fields',
      detail = (select jsonb_agg(sent order by sent) from jsonb_object_keys(p) sent where sent <> 'honeypot' and not (sent = any (keys)))::text;
  end if;
  foreach k in array keys loop
    v := p -> k;
    if jsonb_typeof(v) = 'string' then
      v := to_jsonb(btrim(v #>> '{}'));
      if k in ('contact_email', 'email') then v := to_jsonb(lower(v #>> '{}')); end if;
      if k in ('website', 'source', 'email') and v = '""'::jsonb then v := 'null'; end if;
    end if;
    out := out || jsonb_build_object(k, coalesce(v, 'null'::jsonb));
  end loop;
  return out;
end
$$;

-- Publishing ---------------------------------------------------------------------------------

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

create function private.publish(s public.submissions) returns void
language plpgsql security definer set search_path = ''
as $$
declare
  f jsonb := s.fields;
begin
  if s.kind = 'story' then
    insert into public.stories (submission_id, slug, title, organisation, legal_form, sector, district, founded, size,
                                size_band, principles, summary, story, lessons, website)
    values (s.id, private.unique_slug(f ->> 'organisation', 'historie', 'stories'), f ->> 'title', f ->> 'organisation', f ->> 'legal_form',
            f ->> 'sector', f ->> 'district', (f ->> 'founded')::int, f ->> 'size', f ->> 'size_band',
            array(select jsonb_array_elements_text(f -> 'principles')), f ->> 'summary', f ->> 'story', f ->> 'lessons', f ->> 'website');
  elsif s.kind = 'business' and s.business_id is null then
    insert into public.businesses (owner_id, slug, name, legal_form, sector, district, offers, rsv, founded, website, cvr, principles, description)
    values (s.submitter_id, private.unique_slug(f ->> 'name', 'virksomhed', 'businesses'), f ->> 'name', f ->> 'legal_form', f ->> 'sector',
            f ->> 'district', array(select jsonb_array_elements_text(f -> 'offers')), (f ->> 'rsv')::boolean, (f ->> 'founded')::int,
            f ->> 'website', f ->> 'cvr', array(select jsonb_array_elements_text(f -> 'principles')), f ->> 'description');
  elsif s.kind = 'business' then
    update public.businesses
       set name = f ->> 'name', legal_form = f ->> 'legal_form', sector = f ->> 'sector', district = f ->> 'district',
           offers = array(select jsonb_array_elements_text(f -> 'offers')), rsv = (f ->> 'rsv')::boolean, founded = (f ->> 'founded')::int,
           website = f ->> 'website', cvr = f ->> 'cvr', principles = array(select jsonb_array_elements_text(f -> 'principles')),
           description = f ->> 'description', updated_at = now()
     where id = s.business_id;
  end if;
  -- An accepted error report publishes nothing: the editors correct the page itself.
end
$$;

-- The state machine --------------------------------------------------------------------------

create function private.refuse_bad_fields(p_kind text, f jsonb) returns void
language plpgsql stable set search_path = ''
as $$
declare
  problems jsonb := private.field_problems(p_kind, f);
begin
  if problems <> '{}' then
    raise exception using errcode = '23514', message = 'invalid_fields', detail = problems::text;
  end if;
end
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

create function private.guard_submission_insert() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  address text := private.client_address();
begin
  if new.state not in ('draft', 'pending') then
    raise exception using errcode = '42501', message = 'invalid_transition', detail = 'new submission in state ' || new.state;
  end if;
  new.fields := private.clean_fields(new.kind, new.fields);
  perform private.refuse_bad_fields(new.kind, new.fields);
  if new.business_id is not null
     and not exists (select 1 from public.businesses b where b.id = new.business_id and b.owner_id = new.submitter_id) then
    raise exception using errcode = '42501', message = 'not_your_business';
  end if;
  if new.submitter_id is not null then
    perform private.take_quota('user', new.submitter_id::text);
  end if;
  if new.kind = 'report' then
    -- A refusal rolls back every unit taken here, so a refused report counts against no quota;
    -- one visitor cannot use up the site's daily cap for everyone.
    if new.submitter_id is null and address is not null then
      perform private.take_quota('report_address', address);
    end if;
    perform private.take_quota('report_global', '');
    perform private.take_quota('report_page', new.fields ->> 'page_path');
    if new.fields ->> 'email' is not null then
      perform private.take_quota('report_email', new.fields ->> 'email');
    end if;
  end if;
  new.version := 1;
  new.submitted_at := now();
  new.updated_at := now();
  new.editor_note := null;
  new.reviewed_at := null;
  return new;
end
$$;

create function private.log_submission_created() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  insert into public.moderation_events (submission_id, actor_id, actor_role, from_state, to_state)
  values (new.id, new.submitter_id, 'submitter', null, new.state);
  return null;
end
$$;

create function private.guard_submission_update() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  uid uuid := (select auth.uid());
  is_submitter boolean := uid is not distinct from old.submitter_id;
  is_editor boolean := (select private.is_editor());
  move text := old.state || '>' || new.state;
  by_editor boolean;
begin
  if new.kind is distinct from old.kind or new.submitter_id is distinct from old.submitter_id
     or new.submitted_at is distinct from old.submitted_at or new.business_id is distinct from old.business_id then
    raise exception using errcode = '42501', message = 'read_only_field';
  end if;
  -- Nothing changed: nothing to check, log or publish.
  if new.fields = old.fields and new.state = old.state and new.editor_note is not distinct from old.editor_note then
    new.version := old.version;
    new.updated_at := old.updated_at;
    new.reviewed_at := old.reviewed_at;
    return new;
  end if;
  -- No signed-in user: the database owner or the service role (seed, maintenance), acting as the system.
  by_editor := uid is null or (is_editor and not is_submitter);

  if new.fields is distinct from old.fields then
    if not (is_submitter and uid is not null and old.state in ('draft', 'pending', 'changes_requested')) then
      raise exception using errcode = '42501', message = 'not_editable', detail = old.state;
    end if;
    new.fields := private.clean_fields(new.kind, new.fields);
    perform private.refuse_bad_fields(new.kind, new.fields);
  end if;
  if new.editor_note is distinct from old.editor_note and not by_editor then
    raise exception using errcode = '42501', message = 'read_only_field';
  end if;

  if new.state is distinct from old.state then
    if is_submitter and uid is not null and move in ('draft>pending', 'draft>withdrawn', 'pending>withdrawn', 'changes_requested>pending', 'changes_requested>withdrawn') then
      null;
    elsif by_editor and (move in ('pending>approved', 'pending>rejected')
                         or (move = 'pending>changes_requested' and old.kind <> 'report')
                         or (move in ('pending>fixed', 'approved>fixed') and old.kind = 'report')) then
      if new.state in ('changes_requested', 'rejected') and char_length(btrim(coalesce(new.editor_note, ''))) < 5 then
        raise exception using errcode = '23514', message = 'note_required';
      end if;
      new.reviewed_at := now();
    else
      raise exception using errcode = '42501', message = 'invalid_transition', detail = move;
    end if;
    insert into public.moderation_events (submission_id, actor_id, actor_role, from_state, to_state, note)
    values (new.id, uid, case when uid is null then 'system' when by_editor then 'editor' else 'submitter' end,
            old.state, new.state, case when by_editor then new.editor_note end);
    if new.state = 'approved' then
      perform private.publish(new);
    end if;
  elsif new.editor_note is distinct from old.editor_note then
    raise exception using errcode = '42501', message = 'invalid_transition', detail = 'note without a decision';
  end if;

  new.version := old.version + 1;
  new.updated_at := now();
  return new;
end
$$;

create trigger guard_submission_insert before insert on public.submissions
  for each row execute function private.guard_submission_insert();
create trigger log_submission_created after insert on public.submissions
  for each row execute function private.log_submission_created();
create trigger guard_submission_update before update on public.submissions
  for each row execute function private.guard_submission_update();

-- RPC ---------------------------------------------------------------------------------------

-- What a submitter sees of a submission: its fields flat, its trail without anyone's user id. The
-- system columns come after the fields, so they win: a field named id, kind, state or version can
-- never pass for the row's own (the editor's decision is made on the id and version shown).
create function private.submission_for_submitter(s public.submissions) returns jsonb
language sql stable set search_path = ''
as $$
  select s.fields || (to_jsonb(s) - array['fields', 'submitter_id']) || jsonb_build_object(
    'events', (select coalesce(jsonb_agg(jsonb_build_object('id', e.id, 'actor_role', e.actor_role, 'from_state', e.from_state,
                                                            'to_state', e.to_state, 'note', e.note, 'created_at', e.created_at)
                                         order by e.created_at, e.id), '[]')
                 from public.moderation_events e where e.submission_id = s.id))
$$;

-- The submitter's writes. Security definer because no API role may write the table; each one
-- acts only as auth.uid() and only on the caller's own rows.
create function private.submit(p_kind text, p_fields jsonb, p_business_id uuid default null) returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  uid uuid := private.require_user();
  created public.submissions;
begin
  if p_kind not in ('story', 'business') then
    raise exception using errcode = '22023', message = 'invalid_submission';
  end if;
  insert into public.submissions (kind, submitter_id, fields, business_id, state)
  values (p_kind, uid, private.clean_fields(p_kind, p_fields), p_business_id, 'pending')
  returning * into created;
  return private.submission_for_submitter(created);
end
$$;

-- Edits a submission that is pending or has changes requested; an edit after a request is a resubmission.
create function private.update_submission(p_id uuid, p_fields jsonb) returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  uid uuid := private.require_user();
  changed public.submissions;
begin
  update public.submissions s
     set fields = private.clean_fields(s.kind, p_fields),
         state = case when s.state = 'changes_requested' then 'pending' else s.state end
   where s.id = p_id and s.submitter_id = uid and s.kind <> 'report'
  returning * into changed;
  if not found then
    raise exception using errcode = 'PT404', message = 'submission_not_found';
  end if;
  return private.submission_for_submitter(changed);
end
$$;

create function private.withdraw_submission(p_id uuid) returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  uid uuid := private.require_user();
  changed public.submissions;
begin
  update public.submissions set state = 'withdrawn'
   where id = p_id and submitter_id = uid
  returning * into changed;
  if not found then
    raise exception using errcode = 'PT404', message = 'submission_not_found';
  end if;
  return private.submission_for_submitter(changed);
end
$$;

create function public.submit_case_story(p_submission jsonb) returns jsonb
language sql set search_path = ''
as $$ select private.submit('story', p_submission) $$;

-- A new directory entry, or (with p_business_id) a change to the caller's own entry; moderated either way.
create function public.submit_business(p_business jsonb, p_business_id uuid default null) returns jsonb
language sql set search_path = ''
as $$ select private.submit('business', p_business, p_business_id) $$;

-- Error reports need no account, so the insert runs as the owner; the trigger's quotas still apply.
create function private.file_report(p_fields jsonb) returns uuid
language plpgsql security definer set search_path = ''
as $$
declare
  new_id uuid := gen_random_uuid();
begin
  insert into public.submissions (id, kind, submitter_id, fields, state)
  values (new_id, 'report', (select auth.uid()), private.clean_fields('report', p_fields), 'pending');
  return new_id;
end
$$;

create function public.report_error(p_report jsonb) returns jsonb
language sql set search_path = ''
as $$ select jsonb_build_object('id', private.file_report(p_report), 'state', 'pending') $$;

create function public.update_submission(p_id uuid, p_submission jsonb) returns jsonb
language sql set search_path = ''
as $$ select private.update_submission(p_id, p_submission) $$;

create function public.withdraw_submission(p_id uuid) returns jsonb
language sql set search_path = ''
as $$ select private.withdraw_submission(p_id) $$;

create function public.my_submissions() returns jsonb
language sql stable set search_path = ''
as $$
  select coalesce(jsonb_agg(private.submission_for_submitter(s) order by s.submitted_at desc), '[]')
    from public.submissions s
   where s.submitter_id = (select auth.uid())
$$;

-- The partner's own directory entry, to edit it (null when they have none).
create function public.my_business() returns jsonb
language sql stable set search_path = ''
as $$
  select to_jsonb(b) - 'owner_id' from public.businesses b
   where b.owner_id = (select auth.uid()) order by b.published_at limit 1
$$;

-- Oldest first; filter by state (default: the open ones) and kind (default: all).
create function public.editor_queue(p_state text default null, p_kind text default null) returns jsonb
language plpgsql stable set search_path = ''
as $$
begin
  if not (select private.is_editor()) then
    raise exception using errcode = '42501', message = 'editors_only';
  end if;
  return coalesce((
    select jsonb_agg(private.submission_for_submitter(s) || jsonb_build_object(
             'submitter_id', s.submitter_id,
             'age_days', extract(day from now() - s.submitted_at)::int)
           order by s.submitted_at)
      from public.submissions s
     where ((p_state is null and s.state in ('pending', 'changes_requested')) or s.state = p_state)
       and (p_kind is null or s.kind = p_kind)), '[]');
end
$$;

-- One review for every kind. p_version is the version the editor opened: a submission changed
-- since then is refused, so the decision is always about what the editor saw.
create function private.review_submission(p_id uuid, p_version int, p_decision text, p_note text) returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  target text := case p_decision when 'approve' then 'approved' when 'request_changes' then 'changes_requested'
                                 when 'reject' then 'rejected' when 'fix' then 'fixed' end;
  changed public.submissions;
begin
  if not (select private.is_editor()) then
    raise exception using errcode = '42501', message = 'editors_only';
  end if;
  if target is null then
    raise exception using errcode = '22023', message = 'invalid_decision', detail = p_decision;
  end if;
  update public.submissions set state = target, editor_note = nullif(btrim(p_note), '')
   where id = p_id and version = p_version
  returning * into changed;
  if not found then
    if exists (select 1 from public.submissions where id = p_id) then
      raise exception using errcode = 'PT409', message = 'submission_changed';
    end if;
    raise exception using errcode = 'PT404', message = 'submission_not_found';
  end if;
  return private.submission_for_submitter(changed) || jsonb_build_object(
    'story', (select to_jsonb(st) - 'submission_id' from public.stories st where st.submission_id = p_id),
    'business', (select to_jsonb(b) - 'owner_id' from public.businesses b
                  where changed.kind = 'business' and changed.state = 'approved'
                    and b.id = coalesce(changed.business_id, (select id from public.businesses x where x.cvr = changed.fields ->> 'cvr'))));
end
$$;

create function public.review_submission(p_id uuid, p_version int, p_decision text, p_note text default null) returns jsonb
language sql set search_path = ''
as $$ select private.review_submission(p_id, p_version, p_decision, p_note) $$;

create function public.list_published_stories() returns jsonb
language sql stable set search_path = ''
as $$
  select coalesce(jsonb_agg(to_jsonb(s) - 'submission_id' order by s.published_at desc), '[]') from public.stories s
$$;

-- The public directory, for the site build's content loader. A JSON array, newest first, of objects
-- with exactly these keys: slug, name, legal_form, sector, district (taxonomy.ts lists), offers
-- (OFFER_CATEGORIES ids), rsv (boolean), founded (int), website (text or null), cvr (8 digits),
-- principles (PRINCIPLES ids), description, published_at, updated_at. No contact data, no owner.
create function private.published_businesses() returns jsonb
language sql stable security definer set search_path = ''
as $$
  select coalesce(jsonb_agg(jsonb_build_object(
           'slug', b.slug, 'name', b.name, 'legal_form', b.legal_form, 'sector', b.sector, 'district', b.district,
           'offers', b.offers, 'rsv', b.rsv, 'founded', b.founded, 'website', b.website, 'cvr', b.cvr,
           'principles', b.principles, 'description', b.description, 'published_at', b.published_at, 'updated_at', b.updated_at)
         order by b.published_at desc), '[]')
    from public.businesses b
$$;
create function public.published_businesses() returns jsonb
language sql stable set search_path = ''
as $$ select private.published_businesses() $$;

-- Privileges: private helpers for nobody but what needs them; each RPC for exactly its roles.
revoke all on function private.take_quota(text, text), private.text_problem(jsonb, int, int), private.choice_problem(jsonb, text[]),
  private.choices_problem(jsonb, text[], int), private.year_problem(jsonb), private.email_problem(jsonb, boolean),
  private.url_problem(jsonb), private.consent_problem(jsonb), private.cvr_problem(jsonb), private.legal_forms(), private.sectors(),
  private.areas(), private.size_bands(), private.principles(), private.offer_categories(), private.strip_nulls(jsonb),
  private.story_problems(jsonb), private.business_problems(jsonb), private.report_problems(jsonb), private.field_problems(text, jsonb),
  private.max_submission_bytes(), private.clean_fields(text, jsonb), private.slugify(text, text), private.unique_slug(text, text, text), private.publish(public.submissions),
  private.refuse_bad_fields(text, jsonb), private.client_address(), private.guard_submission_insert(), private.log_submission_created(),
  private.guard_submission_update(), private.submission_for_submitter(public.submissions), private.submit(text, jsonb, uuid),
  private.update_submission(uuid, jsonb), private.withdraw_submission(uuid), private.review_submission(uuid, int, text, text),
  private.file_report(jsonb), private.published_businesses()
  from public, anon, authenticated;
-- Called inside the invoker RPCs, so the caller's role needs them.
grant execute on function private.submission_for_submitter(public.submissions) to authenticated;
grant execute on function private.submit(text, jsonb, uuid), private.update_submission(uuid, jsonb), private.withdraw_submission(uuid),
  private.review_submission(uuid, int, text, text) to authenticated;
grant execute on function private.file_report(jsonb), private.published_businesses() to anon, authenticated;

revoke all on function public.submit_case_story(jsonb), public.submit_business(jsonb, uuid), public.report_error(jsonb),
  public.update_submission(uuid, jsonb), public.withdraw_submission(uuid), public.my_submissions(), public.my_business(),
  public.editor_queue(text, text), public.review_submission(uuid, int, text, text), public.list_published_stories(),
  public.published_businesses()
  from public, anon, authenticated;
grant execute on function public.submit_case_story(jsonb), public.submit_business(jsonb, uuid), public.update_submission(uuid, jsonb),
  public.withdraw_submission(uuid), public.my_submissions(), public.my_business(), public.editor_queue(text, text),
  public.review_submission(uuid, int, text, text) to authenticated;
grant execute on function public.report_error(jsonb), public.list_published_stories(), public.published_businesses() to anon, authenticated;
