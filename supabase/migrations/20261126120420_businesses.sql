-- Business entries for the public directory, the second kind of contribution: the directory table
-- (public fields only; the contact person stays in the submission), the kind's field rules, the
-- partner's own entry and the public list the site build reads. A business submission may name the
-- entry it changes (submissions.business_id). Websites as for stories: http(s) only.

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
  website text constraint businesses_website_is_web_address
    check (website is null or (website ~ '^https?://[^\s/]+\.[^\s]+$' and char_length(website) <= 300)),
  cvr text not null unique,
  principles text[] not null,
  description text not null,
  published_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
alter table public.businesses enable row level security;
-- The owner's policy and my_business() look entries up by owner.
create index businesses_owner_idx on public.businesses (owner_id);
revoke all on public.businesses from anon, authenticated;
-- The public reads through published_businesses(), which leaves owner_id out.
grant select on public.businesses to authenticated;
create policy "owners and editors read directory entries" on public.businesses
  for select to authenticated using (owner_id = (select auth.uid()) or (select private.is_editor()));
alter table public.submissions add foreign key (business_id) references public.businesses (id) on delete cascade;
create index submissions_business_idx on public.submissions (business_id);


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

-- The partner's own directory entry, to edit it (null when they have none).
create function public.my_business() returns jsonb
language sql stable set search_path = ''
as $$
  select to_jsonb(b) - 'owner_id' from public.businesses b
   where b.owner_id = (select auth.uid()) order by b.published_at limit 1
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

revoke all on function private.business_problems(jsonb), private.published_businesses() from public, anon, authenticated;
grant execute on function private.published_businesses() to anon, authenticated;
revoke all on function public.my_business(), public.published_businesses() from public, anon, authenticated;
grant execute on function public.my_business() to authenticated;
grant execute on function public.published_businesses() to anon, authenticated;
