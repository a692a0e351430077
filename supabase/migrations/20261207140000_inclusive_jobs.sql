-- Inclusive jobs in the directory (issue 23, point 7): a business may state which inclusive jobs it
-- offers — flexjob, wage subsidy, company internship — and editors approve it with the rest of the
-- entry. The field is optional: an empty list means "not stated", never "no". This migration adds
-- the column and redefines the functions that must know it: the field rules (mirrors
-- src/lib/businesses/fields.ts), the cleaning of a form's fields, publishing and the public list.

-- The site's list: INCLUSIVE_JOBS in src/lib/content/taxonomy.ts (tests/db/structure.test.ts compares).
create function private.inclusive_jobs() returns text[] language sql immutable set search_path = '' as $$
  select array['fleksjob', 'loentilskud', 'virksomhedspraktik'] $$;

alter table public.businesses add column inclusive_jobs text[] not null default '{}'
  constraint businesses_inclusive_jobs_known check (inclusive_jobs <@ array['fleksjob', 'loentilskud', 'virksomhedspraktik']);

-- Optional: absent or null is "not stated"; otherwise known values only, each once.
create function private.inclusive_jobs_problem(v jsonb) returns text
language sql immutable set search_path = ''
as $$
  select case
    when v is null or jsonb_typeof(v) = 'null' then null
    when private.choices_problem(v, private.inclusive_jobs(), 0) is not null then 'choose'
    when (select count(distinct e) from jsonb_array_elements(v) e) < jsonb_array_length(v) then 'choose'
    else null end
$$;

-- The stated inclusive jobs of a submission's fields as the column holds them (none when not stated).
create function private.inclusive_jobs_of(f jsonb) returns text[]
language sql immutable set search_path = ''
as $$
  select case when jsonb_typeof(f -> 'inclusive_jobs') = 'array'
              then array(select jsonb_array_elements_text(f -> 'inclusive_jobs')) else '{}' end
$$;

-- Mirrors src/lib/businesses/fields.ts validate().
create or replace function private.business_problems(f jsonb) returns jsonb
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
    'inclusive_jobs', private.inclusive_jobs_problem(f -> 'inclusive_jobs'),
    'contact_name', private.text_problem(f -> 'contact_name', 2, 120),
    'contact_email', private.email_problem(f -> 'contact_email', true),
    'consent_publish', private.consent_problem(f -> 'consent_publish'),
    'consent_privacy', private.consent_problem(f -> 'consent_privacy')))
$$;

-- As in 20261126120440_moderation.sql, with 'inclusive_jobs' among a business's keys.
create or replace function private.clean_fields(p_kind text, p jsonb) returns jsonb
language plpgsql immutable set search_path = ''
as $$
declare
  keys text[] := case p_kind
    when 'story' then array['title', 'organisation', 'legal_form', 'sector', 'district', 'founded', 'size', 'size_band', 'principles',
                            'summary', 'story', 'lessons', 'website', 'contact_name', 'contact_email', 'consent_publish', 'consent_privacy']
    when 'business' then array['name', 'legal_form', 'sector', 'district', 'offers', 'rsv', 'founded', 'website', 'cvr', 'principles',
                               'description', 'inclusive_jobs', 'contact_name', 'contact_email', 'consent_publish', 'consent_privacy']
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

-- As in 20261126120440_moderation.sql, with inclusive_jobs written on a new entry and on an update.
create or replace function private.publish(s public.submissions) returns void
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
  end if;
  -- An accepted error report publishes nothing: the editors correct the page itself.
end
$$;

-- The public directory, as in 20261126120420_businesses.sql plus inclusive_jobs (a list of
-- private.inclusive_jobs() ids; empty when the business has not stated any).
create or replace function private.published_businesses() returns jsonb
language sql stable security definer set search_path = ''
as $$
  select coalesce(jsonb_agg(jsonb_build_object(
           'slug', b.slug, 'name', b.name, 'legal_form', b.legal_form, 'sector', b.sector, 'district', b.district,
           'offers', b.offers, 'rsv', b.rsv, 'founded', b.founded, 'website', b.website, 'cvr', b.cvr,
           'principles', b.principles, 'description', b.description, 'inclusive_jobs', b.inclusive_jobs,
           'published_at', b.published_at, 'updated_at', b.updated_at)
         order by b.published_at desc), '[]')
    from public.businesses b
$$;

revoke all on function private.inclusive_jobs(), private.inclusive_jobs_problem(jsonb), private.inclusive_jobs_of(jsonb)
  from public, anon, authenticated;
