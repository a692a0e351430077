-- Events, the fourth kind of contribution (issue 24): a partner sends an event through the one
-- pipeline, editors decide on it in the same queue with the same trail and versioned decision, and
-- an approved event is published into public.events, which the site build reads through
-- published_events() at the next build (beside the editors' event files in src/content/events/).
-- The organiser's contact person and the consents stay in the submission: never public.
--
-- Times are Copenhagen wall-clock times as an organiser announces them ("2027-05-12T17:00"), stored
-- as timestamp without time zone and read as Europe/Copenhagen; the end must come after the start
-- and the start after now. Links (sign-up, online meeting) are https only. The functions this
-- migration redefines (field rules dispatch, cleaning, submitting, publishing) are copied from
-- their latest version with the event kind added; nothing else in them changed.

alter table public.submissions drop constraint submissions_kind_check;
alter table public.submissions add constraint submissions_kind_check check (kind in ('story', 'business', 'report', 'event'));

-- The site's audiences: AUDIENCES in src/lib/content/taxonomy.ts (tests/db/structure.test.ts compares).
create function private.audiences() returns text[] language sql immutable set search_path = '' as $$
  select array['revisor', 'rådgiver', 'iværksætter', 'indkøber', 'partner'] $$;

-- The published events: public fields only, read through published_events(). A link is published
-- as a link, so the table holds it to the form's rule (https only) whoever writes it.
create table public.events (
  id uuid primary key default gen_random_uuid(),
  submission_id uuid unique references public.submissions (id) on delete set null,
  slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  title text not null,
  -- Wall-clock time in Copenhagen.
  starts timestamp not null,
  ends timestamp not null,
  place_kind text not null check (place_kind in ('adresse', 'online')),
  place_name text,
  address text,
  district text,
  online_url text constraint events_online_url_is_https
    check (online_url is null or (online_url ~ '^https://[^\s/]+\.[^\s]+$' and char_length(online_url) <= 300)),
  organiser_name text not null,
  -- The slug of the organiser's directory entry (src/content/businesses/ or a registered entry).
  organiser_business text check (organiser_business is null or organiser_business ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  audiences text[] not null,
  price int check (price is null or price between 0 and 100000),
  price_note text,
  sign_up_url text constraint events_sign_up_url_is_https
    check (sign_up_url is null or (sign_up_url ~ '^https://[^\s/]+\.[^\s]+$' and char_length(sign_up_url) <= 300)),
  description text not null,
  published_at timestamptz not null default now(),
  check (ends > starts),
  check (place_kind <> 'adresse' or (address is not null and district is not null)),
  check (place_kind <> 'online' or online_url is not null)
);
alter table public.events enable row level security;
-- No API role reads or writes the table: the public reads published_events(), which is the
-- contract the content loader relies on; only the publishing trigger writes.
revoke all on public.events from anon, authenticated;

-- Field rules ------------------------------------------------------------------------------------

-- A Copenhagen wall-clock time "ÅÅÅÅ-MM-DDTTT:MM" that exists, or null.
create function private.local_time(v jsonb) returns timestamp
language plpgsql immutable set search_path = ''
as $$
begin
  if jsonb_typeof(v) is distinct from 'string' or (v #>> '{}') !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9]$' then
    return null;
  end if;
  return (v #>> '{}')::timestamp;
exception when others then
  return null;
end
$$;

create function private.https_problem(v jsonb, required boolean) returns text
language sql immutable set search_path = ''
as $$
  select case
    when v is null or jsonb_typeof(v) = 'null' or btrim(v #>> '{}') = '' then case when required then 'required' end
    when jsonb_typeof(v) = 'string' and btrim(v #>> '{}') ~ '^https://[^\s/]+\.[^\s]+$' and char_length(btrim(v #>> '{}')) <= 300 then null
    else 'https' end
$$;

-- Mirrors src/lib/events/fields.ts validate(). The start must lie ahead of now in Copenhagen.
create function private.event_problems(f jsonb) returns jsonb
language sql stable set search_path = ''
as $$
  select private.strip_nulls(jsonb_build_object(
    'title', private.text_problem(f -> 'title', 5, 160),
    'start', case
      when f -> 'start' is null or jsonb_typeof(f -> 'start') = 'null' or btrim(f ->> 'start') = '' then 'required'
      when private.local_time(f -> 'start') is null then 'dateTime'
      when private.local_time(f -> 'start') <= (now() at time zone 'Europe/Copenhagen') then 'past' end,
    'end', case
      when f -> 'end' is null or jsonb_typeof(f -> 'end') = 'null' or btrim(f ->> 'end') = '' then 'required'
      when private.local_time(f -> 'end') is null then 'dateTime'
      when private.local_time(f -> 'end') <= private.local_time(f -> 'start') then 'endBeforeStart' end,
    'place_kind', private.choice_problem(f -> 'place_kind', array['adresse', 'online']),
    'place_name', case when f ->> 'place_kind' = 'adresse' then private.text_problem(f -> 'place_name', 0, 120) end,
    'address', case when f ->> 'place_kind' = 'adresse' then private.text_problem(f -> 'address', 5, 200) end,
    'district', case when f ->> 'place_kind' = 'adresse' then private.choice_problem(f -> 'district', private.areas()) end,
    'online_url', case when f ->> 'place_kind' = 'online' then private.https_problem(f -> 'online_url', true) end,
    'organiser_name', private.text_problem(f -> 'organiser_name', 2, 120),
    'organiser_business', case
      when f -> 'organiser_business' is null or jsonb_typeof(f -> 'organiser_business') = 'null' then null
      when jsonb_typeof(f -> 'organiser_business') = 'string' and (f ->> 'organiser_business') ~ '^[a-z0-9]+(-[a-z0-9]+)*$'
           and char_length(f ->> 'organiser_business') <= 100 then null
      else 'choose' end,
    'audiences', private.choices_problem(f -> 'audiences', private.audiences(), 1),
    'price', case
      when f -> 'price' is null or jsonb_typeof(f -> 'price') = 'null' then null
      when jsonb_typeof(f -> 'price') = 'number' and (f ->> 'price')::numeric = trunc((f ->> 'price')::numeric)
           and (f ->> 'price')::numeric between 0 and 100000 then null
      else 'price' end,
    'price_note', private.text_problem(f -> 'price_note', 0, 200),
    'sign_up_url', private.https_problem(f -> 'sign_up_url', false),
    'description', private.text_problem(f -> 'description', 40, 800),
    'contact_name', private.text_problem(f -> 'contact_name', 2, 120),
    'contact_email', private.email_problem(f -> 'contact_email', true),
    'consent_publish', private.consent_problem(f -> 'consent_publish'),
    'consent_privacy', private.consent_problem(f -> 'consent_privacy')))
$$;

-- As in 20261126120440_moderation.sql, with the event kind.
create or replace function private.field_problems(p_kind text, f jsonb) returns jsonb
language sql stable set search_path = ''
as $$
  select case p_kind when 'story' then private.story_problems(f) when 'business' then private.business_problems(f)
                     when 'report' then private.report_problems(f) when 'event' then private.event_problems(f) end
$$;

-- As in 20261207140000_inclusive_jobs.sql, with the event's keys; an event's empty optional text is null.
create or replace function private.clean_fields(p_kind text, p jsonb) returns jsonb
language plpgsql immutable set search_path = ''
as $$
declare
  keys text[] := case p_kind
    when 'story' then array['title', 'organisation', 'legal_form', 'sector', 'district', 'founded', 'size', 'size_band', 'principles',
                            'summary', 'story', 'lessons', 'website', 'contact_name', 'contact_email', 'consent_publish', 'consent_privacy']
    when 'business' then array['name', 'legal_form', 'sector', 'district', 'offers', 'rsv', 'founded', 'website', 'cvr', 'principles',
                               'description', 'inclusive_jobs', 'contact_name', 'contact_email', 'consent_publish', 'consent_privacy']
    when 'report' then array['page_path', 'page_version', 'what', 'source', 'email']
    when 'event' then array['title', 'start', 'end', 'place_kind', 'place_name', 'address', 'district', 'online_url', 'organiser_name',
                            'organiser_business', 'audiences', 'price', 'price_note', 'sign_up_url', 'description',
                            'contact_name', 'contact_email', 'consent_publish', 'consent_privacy'] end;
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
      if p_kind = 'event' and k in ('place_name', 'online_url', 'organiser_business', 'price_note', 'sign_up_url') and v = '""'::jsonb then
        v := 'null';
      end if;
    end if;
    out := out || jsonb_build_object(k, coalesce(v, 'null'::jsonb));
  end loop;
  return out;
end
$$;

-- Publishing -------------------------------------------------------------------------------------

-- As in 20261207140000_inclusive_jobs.sql, with an approved event published into public.events
-- (only the chosen place's fields; the slug from the title and the day).
create or replace function private.publish(s public.submissions) returns void
language plpgsql security definer set search_path = ''
as $$
declare
  f jsonb := s.fields;
  at_address boolean := f ->> 'place_kind' = 'adresse';
begin
  if s.kind = 'story' then
    insert into public.stories (submission_id, slug, title, organisation, legal_form, sector, district, founded, size,
                                size_band, principles, summary, story, lessons, website)
    values (s.id, private.unique_slug(f ->> 'organisation', 'historie', 'stories'), f ->> 'title', f ->> 'organisation', f ->> 'legal_form',
            f ->> 'sector', f ->> 'district', (f ->> 'founded')::int, f ->> 'size', f ->> 'size_band',
            array(select jsonb_array_elements_text(f -> 'principles')), f ->> 'summary', f ->> 'story', f ->> 'lessons', f ->> 'website');
  elsif s.kind = 'business' and s.business_id is null then
    insert into public.businesses (owner_id, slug, name, legal_form, sector, district, offers, rsv, founded, website, cvr, principles, description,
                                   inclusive_jobs)
    values (s.submitter_id, private.unique_slug(f ->> 'name', 'virksomhed', 'businesses'), f ->> 'name', f ->> 'legal_form', f ->> 'sector',
            f ->> 'district', array(select jsonb_array_elements_text(f -> 'offers')), (f ->> 'rsv')::boolean, (f ->> 'founded')::int,
            f ->> 'website', f ->> 'cvr', array(select jsonb_array_elements_text(f -> 'principles')), f ->> 'description',
            private.inclusive_jobs_of(f));
  elsif s.kind = 'business' then
    update public.businesses
       set name = f ->> 'name', legal_form = f ->> 'legal_form', sector = f ->> 'sector', district = f ->> 'district',
           offers = array(select jsonb_array_elements_text(f -> 'offers')), rsv = (f ->> 'rsv')::boolean, founded = (f ->> 'founded')::int,
           website = f ->> 'website', cvr = f ->> 'cvr', principles = array(select jsonb_array_elements_text(f -> 'principles')),
           description = f ->> 'description', inclusive_jobs = private.inclusive_jobs_of(f), updated_at = now()
     where id = s.business_id;
  elsif s.kind = 'event' then
    insert into public.events (submission_id, slug, title, starts, ends, place_kind, place_name, address, district, online_url,
                               organiser_name, organiser_business, audiences, price, price_note, sign_up_url, description)
    values (s.id, private.unique_slug((f ->> 'title') || ' ' || left(f ->> 'start', 10), 'arrangement', 'events'), f ->> 'title',
            private.local_time(f -> 'start'), private.local_time(f -> 'end'), f ->> 'place_kind',
            case when at_address then f ->> 'place_name' end, case when at_address then f ->> 'address' end,
            case when at_address then f ->> 'district' end, case when not at_address then f ->> 'online_url' end,
            f ->> 'organiser_name', f ->> 'organiser_business', array(select jsonb_array_elements_text(f -> 'audiences')),
            (f ->> 'price')::int, f ->> 'price_note', f ->> 'sign_up_url', f ->> 'description');
  end if;
  -- An accepted error report publishes nothing: the editors correct the page itself.
end
$$;

-- The published events, for the site build's content loader. A JSON array, soonest first, of
-- objects with exactly these keys: slug, title, start and end ("ÅÅÅÅ-MM-DDTTT:MM", Copenhagen time),
-- place_kind ('adresse' or 'online'), place_name, address, district (areas()), online_url,
-- organiser_name, organiser_business (a directory slug or null), audiences (audiences()), price
-- (whole kroner or null), price_note, sign_up_url, description, published_at. No contact data.
create function private.published_events() returns jsonb
language sql stable security definer set search_path = ''
as $$
  select coalesce(jsonb_agg(jsonb_build_object(
           'slug', e.slug, 'title', e.title,
           'start', to_char(e.starts, 'YYYY-MM-DD"T"HH24:MI'), 'end', to_char(e.ends, 'YYYY-MM-DD"T"HH24:MI'),
           'place_kind', e.place_kind, 'place_name', e.place_name, 'address', e.address, 'district', e.district,
           'online_url', e.online_url, 'organiser_name', e.organiser_name, 'organiser_business', e.organiser_business,
           'audiences', e.audiences, 'price', e.price, 'price_note', e.price_note, 'sign_up_url', e.sign_up_url,
           'description', e.description, 'published_at', e.published_at)
         order by e.starts, e.slug), '[]')
    from public.events e
$$;
create function public.published_events() returns jsonb
language sql stable set search_path = ''
as $$ select private.published_events() $$;

-- Submitting -------------------------------------------------------------------------------------

-- As in 20261126120440_moderation.sql, taking events as well.
create or replace function private.submit(p_kind text, p_fields jsonb, p_business_id uuid default null) returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  uid uuid := private.require_user();
  created public.submissions;
begin
  if p_kind not in ('story', 'business', 'event') then
    raise exception using errcode = '22023', message = 'invalid_submission';
  end if;
  insert into public.submissions (kind, submitter_id, fields, business_id, state)
  values (p_kind, uid, private.clean_fields(p_kind, p_fields), p_business_id, 'pending')
  returning * into created;
  return private.submission_for_submitter(created);
end
$$;

create function public.submit_event(p_event jsonb) returns jsonb
language sql set search_path = ''
as $$ select private.submit('event', p_event) $$;

-- Privileges -------------------------------------------------------------------------------------
revoke all on function private.audiences(), private.local_time(jsonb), private.https_problem(jsonb, boolean),
  private.event_problems(jsonb), private.published_events()
  from public, anon, authenticated;
grant execute on function private.published_events() to anon, authenticated;
revoke all on function public.submit_event(jsonb), public.published_events() from public, anon, authenticated;
grant execute on function public.submit_event(jsonb) to authenticated;
grant execute on function public.published_events() to anon, authenticated;
