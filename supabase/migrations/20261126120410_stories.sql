-- Case stories, the first kind of contribution: the published table, the kind's field rules and the
-- public list the site build reads. Published websites are rendered as links, so the table holds
-- them to the form's rule (http(s) only) whoever writes it: a javascript: or data: address would
-- run in the reader's browser.

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
  website text constraint stories_website_is_web_address
    check (website is null or (website ~ '^https?://[^\s/]+\.[^\s]+$' and char_length(website) <= 300)),
  published_at timestamptz not null default now()
);
alter table public.stories enable row level security;
revoke all on public.stories from anon, authenticated;
grant select on public.stories to anon, authenticated;
create policy "everyone reads published stories" on public.stories
  for select to anon, authenticated using (true);

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

create function public.list_published_stories() returns jsonb
language sql stable set search_path = ''
as $$
  select coalesce(jsonb_agg(to_jsonb(s) - 'submission_id' order by s.published_at desc), '[]') from public.stories s
$$;

revoke all on function private.story_problems(jsonb) from public, anon, authenticated;
revoke all on function public.list_published_stories() from public, anon, authenticated;
grant execute on function public.list_published_stories() to anon, authenticated;
