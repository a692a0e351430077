-- The learner's own data as a whole (export and deletion) and the public impact figures.

create function public.export_my_data() returns jsonb
language sql stable set search_path = ''
as $$
  select jsonb_build_object(
    'exported_at', now(),
    'user', jsonb_build_object('id', (select auth.uid()), 'email', (select auth.jwt()) ->> 'email'),
    'profile', public.get_my_profile(),
    'progress', public.my_progress(),
    'certificates', public.my_certificates(),
    'submissions', public.my_submissions())
$$;

-- Takes no argument on purpose: it can only ever delete the caller.
create function private.delete_current_user() returns void
language plpgsql security definer set search_path = ''
as $$
begin
  delete from auth.users where id = private.require_user();
end
$$;
revoke all on function private.delete_current_user() from public;
grant execute on function private.delete_current_user() to authenticated;

-- Deletes the account and, through foreign keys with on delete cascade, all personal data:
-- profile, roles, progress, attempts, certificates and submissions. Published stories stay.
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
