-- The learner's own data as a whole (export and deletion) and the public impact figures.

-- What the person did as an editor or as the learner whose certificate was issued: rows whose
-- actor is the person. Security definer because actor_id is readable by no API role (submitters
-- must not learn editors' ids); here it is only ever the caller's own id.
create function private.my_actions() returns jsonb
language sql stable security definer set search_path = ''
as $$
  select jsonb_build_object(
    'moderation', coalesce((
      select jsonb_agg(jsonb_build_object('submission_id', e.submission_id, 'actor_role', e.actor_role, 'from_state', e.from_state,
                                          'to_state', e.to_state, 'note', e.note, 'created_at', e.created_at) order by e.created_at, e.id)
        from public.moderation_events e where e.actor_id = private.require_user()), '[]'),
    'certificates', coalesce((
      select jsonb_agg(jsonb_build_object('code', c.code, 'action', e.action, 'reason', e.reason, 'created_at', e.created_at)
                       order by e.created_at, e.id)
        from public.certificate_events e join public.certificates c on c.id = e.certificate_id
       where e.actor_id = private.require_user()), '[]'))
$$;
revoke all on function private.my_actions() from public, anon, authenticated;
grant execute on function private.my_actions() to authenticated;

/*
 * Everything stored about the caller, as one JSON document: tests/db/export-coverage.test.ts finds
 * every table with a user reference in the catalog and fails when one is missing here.
 */
create function public.export_my_data() returns jsonb
language sql stable set search_path = ''
as $$
  select jsonb_build_object(
    'exported_at', now(),
    'user', jsonb_build_object('id', (select auth.uid()), 'email', (select auth.jwt()) ->> 'email'),
    'profile', public.get_my_profile(),
    'progress', public.my_progress(),
    'assessment_attempts', coalesce((
      select jsonb_agg(jsonb_build_object('id', a.id, 'course_id', a.course_id, 'started_at', a.started_at, 'expires_at', a.expires_at,
                                          'submitted_at', a.submitted_at, 'answers', a.answers, 'correct', a.correct, 'total', a.total,
                                          'score_percent', a.score_percent, 'pass_percent', a.pass_percent, 'passed', a.passed)
                       order by a.started_at)
        from public.assessment_attempts a where a.user_id = (select auth.uid())), '[]'),
    'certificates', public.my_certificates(),
    'advisor_listing', public.my_advisor_listing(),
    'submissions', public.my_submissions(),
    'businesses', coalesce((
      select jsonb_agg(to_jsonb(b) - 'owner_id' order by b.published_at)
        from public.businesses b where b.owner_id = (select auth.uid())), '[]'),
    'actions', private.my_actions())
$$;

-- Takes no argument on purpose: it can only ever delete the caller. The daily quota counters keyed
-- by the person (their id, their e-mail as a report's reply address) go too; everything else goes
-- through the foreign keys (see delete_my_data).
create function private.delete_current_user() returns void
language plpgsql security definer set search_path = ''
as $$
declare
  uid uuid := private.require_user();
begin
  delete from private.submission_quota q
   where (q.bucket = 'user' and q.key = uid::text)
      or (q.bucket = 'report_email' and q.key = (select lower(u.email) from auth.users u where u.id = uid));
  delete from auth.users where id = uid;
end
$$;
revoke all on function private.delete_current_user() from public;
grant execute on function private.delete_current_user() to authenticated;

-- Deletes the account and, through foreign keys with on delete cascade, all personal data:
-- profile, roles, progress, knowledge-check and assessment attempts, certificates, the advisor
-- listing, submissions of every kind with their trail. Published stories and directory entries stay
-- (their owner link is set null), as do the trails of what the person decided as an editor, without
-- their id.
create function public.delete_my_data() returns jsonb
language plpgsql set search_path = ''
as $$
begin
  perform private.delete_current_user();
  return jsonb_build_object('deleted', true);
end
$$;

-- Counts under 5 are shown as null, so no figure points to a single person.
create function private.suppress_small(n bigint) returns bigint
language sql immutable set search_path = ''
as $$ select case when n < 5 then null else n end $$;

create function private.public_figures() returns jsonb
language sql stable security definer set search_path = ''
as $$
  with completed as (
    select lp.user_id, l.course_id
      from public.lessons l
      join public.lesson_progress lp on lp.lesson_id = l.id
     where l.status = 'published'
     group by lp.user_id, l.course_id
    having count(*) = (select count(*) from public.lessons x where x.course_id = l.course_id and x.status = 'published')
  )
  select jsonb_build_object(
    'courses_completed', private.suppress_small((select count(*) from completed)),
    'learners_completed', private.suppress_small((select count(distinct user_id) from completed)),
    'certificates', private.suppress_small((select count(*) from public.certificates)),
    'stories', private.suppress_small((select count(*) from public.stories)))
$$;
revoke all on function private.suppress_small(bigint), private.public_figures() from public;
grant execute on function private.suppress_small(bigint), private.public_figures() to anon, authenticated;

create function public.public_figures() returns jsonb
language sql stable set search_path = ''
as $$ select private.public_figures() $$;

revoke all on function public.export_my_data(), public.delete_my_data(), public.public_figures() from public;
grant execute on function public.export_my_data(), public.delete_my_data() to authenticated;
grant execute on function public.public_figures() to anon, authenticated;
