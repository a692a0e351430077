-- The figures on /tal/: learners and certificates per course and per year, continuing-education
-- hours certified, directory entries per district, legal form and offer, and published stories.
-- Replaces the first public_figures (20261126120500_account.sql), which nothing called.
-- Every count passes through private.suppress_small here, in the database: a count under 5 leaves
-- as null, so no caller (anonymous, learner, editor) ever sees a small number that could point to
-- a person. A sum of hours is left out whenever the number of certificates behind it is under 5.
-- Years are calendar years in Copenhagen. Revoked certificates do not count.

drop function if exists public.public_figures();
drop function if exists private.public_figures();

create function private.site_figures() returns jsonb
language sql stable security definer set search_path = ''
as $$
  with started as (
    -- A learner of a course: anyone with a lesson of it recorded as done.
    select distinct lp.user_id, l.course_id,
           extract(year from lp.recorded_at at time zone 'Europe/Copenhagen')::int as year
      from public.lesson_progress lp
      join public.lessons l on l.id = lp.lesson_id
  ),
  issued as (
    select c.course_id, c.user_id, co.cpd_hours,
           extract(year from c.issued_at at time zone 'Europe/Copenhagen')::int as year
      from public.certificates c
      join public.courses co on co.id = c.course_id
     where c.revoked_at is null
  ),
  courses as (
    select co.id, co.title, co.cpd_hours is not null as has_cpd,
           (select count(distinct s.user_id) from started s where s.course_id = co.id) as learners,
           (select count(*) from issued i where i.course_id = co.id) as certificates,
           (select count(*) from issued i where i.course_id = co.id and i.cpd_hours is not null) as cpd_certificates,
           (select sum(i.cpd_hours) from issued i where i.course_id = co.id) as cpd_hours
      from public.courses co
     where co.status = 'published'
  ),
  years as (
    select y.year,
           (select count(distinct s.user_id) from started s where s.year = y.year) as learners,
           (select count(*) from issued i where i.year = y.year) as certificates,
           (select count(*) from issued i where i.year = y.year and i.cpd_hours is not null) as cpd_certificates,
           (select sum(i.cpd_hours) from issued i where i.year = y.year) as cpd_hours
      from (select year from started union select year from issued) y
  ),
  offers as (select unnest(b.offers) as offer from public.businesses b)
  select jsonb_build_object(
    'computed_at', now(),
    'learners', private.suppress_small((select count(distinct user_id) from started)),
    'certificates', private.suppress_small((select count(*) from issued)),
    'cpd_hours', case when private.suppress_small((select count(*) from issued where cpd_hours is not null)) is null then null
                      else (select sum(cpd_hours) from issued) end,
    'stories', private.suppress_small((select count(*) from public.stories)),
    'businesses', private.suppress_small((select count(*) from public.businesses)),
    'per_course', coalesce((select jsonb_agg(jsonb_build_object(
        'course', c.id, 'title', c.title, 'has_cpd', c.has_cpd,
        'learners', private.suppress_small(c.learners),
        'certificates', private.suppress_small(c.certificates),
        'cpd_hours', case when private.suppress_small(c.cpd_certificates) is null then null else c.cpd_hours end) order by c.id)
      from courses c), '[]'),
    'per_year', coalesce((select jsonb_agg(jsonb_build_object(
        'year', y.year,
        'learners', private.suppress_small(y.learners),
        'certificates', private.suppress_small(y.certificates),
        'cpd_hours', case when private.suppress_small(y.cpd_certificates) is null then null else y.cpd_hours end) order by y.year)
      from years y), '[]'),
    'businesses_by_district', coalesce((select jsonb_agg(jsonb_build_object('key', g.key, 'count', private.suppress_small(g.n)) order by g.key)
      from (select district as key, count(*) as n from public.businesses group by district) g), '[]'),
    'businesses_by_legal_form', coalesce((select jsonb_agg(jsonb_build_object('key', g.key, 'count', private.suppress_small(g.n)) order by g.key)
      from (select legal_form as key, count(*) as n from public.businesses group by legal_form) g), '[]'),
    'businesses_by_offer', coalesce((select jsonb_agg(jsonb_build_object('key', g.key, 'count', private.suppress_small(g.n)) order by g.key)
      from (select offer as key, count(*) as n from offers group by offer) g), '[]'))
$$;
revoke all on function private.site_figures() from public;
grant execute on function private.site_figures() to anon, authenticated;

-- The public name stays public_figures, so the gateway's and the site's callers need no change of address.
create function public.public_figures() returns jsonb
language sql stable set search_path = ''
as $$ select private.site_figures() $$;
revoke all on function public.public_figures() from public;
grant execute on function public.public_figures() to anon, authenticated;
