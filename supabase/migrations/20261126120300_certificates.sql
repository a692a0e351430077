-- Certificates for completed courses, with the hours an auditor can document as continuing
-- education. The public check by code reveals only name, course, date and hours.

create table public.certificates (
  id uuid primary key default gen_random_uuid(),
  code text not null unique check (code ~ '^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$'),
  user_id uuid not null references auth.users (id) on delete cascade,
  course_id text not null references public.courses (id),
  participant_name text not null check (char_length(participant_name) between 2 and 120),
  course_title text not null,
  subject_area text,
  level text not null,
  hours numeric(5, 2) not null check (hours > 0),
  started_on date not null,
  completed_on date not null check (completed_on >= started_on),
  issued_at timestamptz not null default now(),
  unique (user_id, course_id)
);
alter table public.certificates enable row level security;

revoke all on public.certificates from anon, authenticated;
grant select on public.certificates to authenticated;
create policy "learners read their own certificates" on public.certificates
  for select to authenticated using (user_id = (select auth.uid()));

-- 12 characters from an alphabet without 0/O and 1/I, from a random UUID's bytes.
create function private.new_certificate_code() returns text
language plpgsql volatile set search_path = ''
as $$
declare
  alphabet constant text := 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  bytes bytea := uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid());
  code text := '';
begin
  for i in 0..11 loop
    code := code || substr(alphabet, 1 + get_byte(bytes, i * 2 + 1) % 32, 1);
    if i in (3, 7) then code := code || '-'; end if;
  end loop;
  return code;
end
$$;

create function private.issue_certificate(p_course_id text) returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  uid uuid := private.require_user();
  course public.courses;
  name text;
  missing int;
  first_done timestamptz;
  last_done timestamptz;
  cert public.certificates;
begin
  select * into cert from public.certificates where user_id = uid and course_id = p_course_id;
  if found then
    return to_jsonb(cert) - 'user_id';
  end if;
  select * into course from public.courses where id = p_course_id and status = 'published';
  if not found then
    raise exception using errcode = 'PT404', message = 'course_not_found', detail = p_course_id;
  end if;
  select display_name into name from public.profiles where user_id = uid;
  if name is null then
    raise exception using errcode = 'P0001', message = 'name_required',
      hint = 'Set the name to print on the certificate first.';
  end if;
  select count(*) filter (where lp.lesson_id is null), min(lp.completed_at), max(lp.completed_at)
    into missing, first_done, last_done
    from public.lessons l
    left join public.lesson_progress lp on lp.lesson_id = l.id and lp.user_id = uid
   where l.course_id = p_course_id and l.status = 'published';
  if missing > 0 or first_done is null then
    raise exception using errcode = 'P0001', message = 'course_incomplete', detail = coalesce(missing, 0)::text;
  end if;

  insert into public.certificates (code, user_id, course_id, participant_name, course_title, subject_area, level,
                                   hours, started_on, completed_on)
  values (private.new_certificate_code(), uid, course.id, name, course.title, course.cpd_subject_area, course.level,
          coalesce(course.cpd_hours, course.estimated_hours),
          (first_done at time zone 'Europe/Copenhagen')::date, (last_done at time zone 'Europe/Copenhagen')::date)
  returning * into cert;
  return to_jsonb(cert) - 'user_id';
end
$$;

create function private.verify_certificate(p_code text) returns jsonb
language sql stable security definer set search_path = ''
as $$
  -- Accepts the code with any case, spaces or dashes: "abcd efgh 2345" finds ABCD-EFGH-2345.
  with wanted as (
    select regexp_replace(upper(regexp_replace(coalesce(p_code, ''), '[^A-Za-z0-9]', '', 'g')),
                          '^(.{4})(.{4})(.{4})$', '\1-\2-\3') as code
  )
  select jsonb_build_object('participant_name', c.participant_name, 'course_title', c.course_title,
                            'completed_on', c.completed_on, 'hours', c.hours)
    from public.certificates c
    join wanted w on w.code = c.code
$$;

revoke all on function private.new_certificate_code(), private.issue_certificate(text), private.verify_certificate(text) from public;
grant execute on function private.issue_certificate(text) to authenticated;
grant execute on function private.verify_certificate(text) to anon, authenticated;

-- RPC ---------------------------------------------------------------------------------------

create function public.issue_certificate(p_course_id text) returns jsonb
language sql set search_path = ''
as $$ select private.issue_certificate(p_course_id) $$;

create function public.my_certificates() returns jsonb
language sql stable set search_path = ''
as $$
  select coalesce(jsonb_agg(to_jsonb(c) - 'user_id' order by c.issued_at desc), '[]')
    from public.certificates c
   where c.user_id = (select auth.uid())
$$;

create function public.verify_certificate(p_code text) returns jsonb
language sql stable set search_path = ''
as $$ select private.verify_certificate(p_code) $$;

revoke all on function public.issue_certificate(text), public.my_certificates(), public.verify_certificate(text) from public;
grant execute on function public.issue_certificate(text), public.my_certificates() to authenticated;
grant execute on function public.verify_certificate(text) to anon, authenticated;
