-- Certificates for completed courses, with the hours an auditor can document as continuing
-- education: the table, its codes, the learner's own list, issuing (every published lesson done and
-- the assessment passed), the public check by code, and the editors' revocation with its trail.

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
  -- The passed assessment attempt the certificate rests on.
  attempt_id uuid references public.assessment_attempts (id) on delete set null,
  passed_at timestamptz not null,
  score_percent int not null check (score_percent between 0 and 100),
  revoked_at timestamptz,
  revoked_reason text check (revoked_reason is null or char_length(revoked_reason) between 10 and 500),
  revoked_by uuid references auth.users (id) on delete set null,
  unique (user_id, course_id),
  constraint revoked_with_reason check ((revoked_at is null) = (revoked_reason is null))
);
alter table public.certificates enable row level security;
create index certificates_course_idx on public.certificates (course_id);
create index certificates_attempt_idx on public.certificates (attempt_id);
create index certificates_revoked_by_idx on public.certificates (revoked_by);

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
revoke all on function private.new_certificate_code() from public;

-- The learner sees their certificate, revocation included, but not who revoked it nor the attempt.
create function private.certificate_for_learner(c public.certificates) returns jsonb
language sql stable set search_path = ''
as $$ select to_jsonb(c) - 'user_id' - 'revoked_by' - 'attempt_id' $$;
revoke all on function private.certificate_for_learner(public.certificates) from public, anon, authenticated;
grant execute on function private.certificate_for_learner(public.certificates) to authenticated;

-- RPC ---------------------------------------------------------------------------------------

create function public.my_certificates() returns jsonb
language sql stable set search_path = ''
as $$
  select coalesce(jsonb_agg(private.certificate_for_learner(c) order by c.issued_at desc), '[]')
    from public.certificates c
   where c.user_id = (select auth.uid())
$$;

revoke all on function public.my_certificates() from public;
grant execute on function public.my_certificates() to authenticated;

-- Issuing, the trail, the public check -------------------------------------------------------

create table public.certificate_events (
  id bigint generated always as identity primary key,
  certificate_id uuid not null references public.certificates (id) on delete cascade,
  action text not null check (action in ('issued', 'revoked')),
  actor_id uuid references auth.users (id) on delete set null,
  reason text,
  created_at timestamptz not null default now()
);
alter table public.certificate_events enable row level security;
create index certificate_events_certificate_idx on public.certificate_events (certificate_id, created_at);
create index certificate_events_actor_idx on public.certificate_events (actor_id);
revoke all on public.certificate_events from anon, authenticated;
grant select on public.certificate_events to authenticated;
create policy "editors read the certificate trail" on public.certificate_events
  for select to authenticated using ((select private.is_editor()));

/*
 * Every published lesson done AND the assessment passed. Dates from server time only: started_on
 * is the first recorded lesson or attempt, completed_on the day the assessment was passed.
 * Idempotent under concurrency: insert … on conflict do nothing, then read the one row.
 */
create function private.issue_certificate(p_course_id text) returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  uid uuid := private.require_user();
  course public.courses;
  name text;
  missing int;
  first_done timestamptz;
  pass public.assessment_attempts;
  cert public.certificates;
begin
  select * into cert from public.certificates where user_id = uid and course_id = p_course_id;
  if found then
    return private.certificate_for_learner(cert);
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
  select count(*) filter (where lp.lesson_id is null), min(lp.recorded_at)
    into missing, first_done
    from public.lessons l
    left join public.lesson_progress lp on lp.lesson_id = l.id and lp.user_id = uid
   where l.course_id = p_course_id and l.status = 'published';
  if missing > 0 or first_done is null then
    raise exception using errcode = 'P0001', message = 'course_incomplete', detail = coalesce(missing, 0)::text;
  end if;
  select * into pass from public.assessment_attempts
   where user_id = uid and course_id = p_course_id and passed order by submitted_at limit 1;
  if not found then
    raise exception using errcode = 'P0001', message = 'assessment_required', detail = p_course_id;
  end if;

  insert into public.certificates (code, user_id, course_id, participant_name, course_title, subject_area, level,
                                   hours, started_on, completed_on, attempt_id, passed_at, score_percent)
  values (private.new_certificate_code(), uid, course.id, name, course.title, course.cpd_subject_area, course.level,
          coalesce(course.cpd_hours, course.estimated_hours),
          (least(first_done, (select min(started_at) from public.assessment_attempts where user_id = uid and course_id = p_course_id))
             at time zone 'Europe/Copenhagen')::date,
          (pass.submitted_at at time zone 'Europe/Copenhagen')::date, pass.id, pass.submitted_at, pass.score_percent)
  on conflict (user_id, course_id) do nothing
  returning * into cert;
  if cert.id is null then
    select * into cert from public.certificates where user_id = uid and course_id = p_course_id;
  else
    insert into public.certificate_events (certificate_id, action, actor_id) values (cert.id, 'issued', uid);
  end if;
  return private.certificate_for_learner(cert);
end
$$;
revoke all on function private.issue_certificate(text) from public, anon, authenticated;
grant execute on function private.issue_certificate(text) to authenticated;

create function public.issue_certificate(p_course_id text) returns jsonb
language sql set search_path = ''
as $$ select private.issue_certificate(p_course_id) $$;
revoke all on function public.issue_certificate(text) from public, anon, authenticated;
grant execute on function public.issue_certificate(text) to authenticated;

-- Public: name, course, dates, hours, the assessment's score; a revoked one says so and when, never why.
create function private.verify_certificate(p_code text) returns jsonb
language sql stable security definer set search_path = ''
as $$
  with wanted as (
    select regexp_replace(upper(regexp_replace(coalesce(p_code, ''), '[^A-Za-z0-9]', '', 'g')),
                          '^(.{4})(.{4})(.{4})$', '\1-\2-\3') as code
  )
  select jsonb_build_object('participant_name', c.participant_name, 'course_title', c.course_title,
                            'completed_on', c.completed_on, 'hours', c.hours,
                            'passed_at', c.passed_at, 'score_percent', c.score_percent, 'revoked_at', c.revoked_at)
    from public.certificates c
    join wanted w on w.code = c.code
$$;

create function public.verify_certificate(p_code text) returns jsonb
language sql stable set search_path = ''
as $$ select private.verify_certificate(p_code) $$;
revoke all on function private.verify_certificate(text), public.verify_certificate(text) from public, anon, authenticated;
grant execute on function private.verify_certificate(text), public.verify_certificate(text) to anon, authenticated;

-- Editors ------------------------------------------------------------------------------------

create function private.require_editor() returns uuid
language plpgsql stable set search_path = ''
as $$
declare
  uid uuid := private.require_user();
begin
  if not private.is_editor() then
    raise exception using errcode = '42501', message = 'not_editor';
  end if;
  return uid;
end
$$;

create function private.certificate_for_editor(c public.certificates) returns jsonb
language sql stable security definer set search_path = ''
as $$
  select jsonb_build_object('code', c.code, 'participant_name', c.participant_name, 'course_title', c.course_title,
                            'completed_on', c.completed_on, 'passed_at', c.passed_at, 'score_percent', c.score_percent,
                            'issued_at', c.issued_at, 'revoked_at', c.revoked_at, 'revoked_reason', c.revoked_reason,
                            'revoked_by', (select coalesce(p.display_name, u.email) from auth.users u
                                             left join public.profiles p on p.user_id = u.id where u.id = c.revoked_by))
$$;

create function private.find_certificate(p_code text) returns jsonb
language plpgsql stable security definer set search_path = ''
as $$
declare
  cert public.certificates;
begin
  perform private.require_editor();
  select * into cert from public.certificates
   where code = regexp_replace(upper(regexp_replace(coalesce(p_code, ''), '[^A-Za-z0-9]', '', 'g')), '^(.{4})(.{4})(.{4})$', '\1-\2-\3');
  if not found then
    raise exception using errcode = 'PT404', message = 'certificate_not_found';
  end if;
  return private.certificate_for_editor(cert);
end
$$;

create function private.revoke_certificate(p_code text, p_reason text) returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  uid uuid := private.require_editor();
  reason text := btrim(coalesce(p_reason, ''));
  cert public.certificates;
begin
  if char_length(reason) not between 10 and 500 then
    raise exception using errcode = '22023', message = 'revocation_reason_required';
  end if;
  select * into cert from public.certificates
   where code = regexp_replace(upper(regexp_replace(coalesce(p_code, ''), '[^A-Za-z0-9]', '', 'g')), '^(.{4})(.{4})(.{4})$', '\1-\2-\3')
   for update;
  if not found then
    raise exception using errcode = 'PT404', message = 'certificate_not_found';
  end if;
  if cert.revoked_at is not null then
    raise exception using errcode = 'P0001', message = 'certificate_already_revoked', detail = cert.revoked_at::text;
  end if;
  update public.certificates set revoked_at = now(), revoked_reason = reason, revoked_by = uid
   where id = cert.id returning * into cert;
  insert into public.certificate_events (certificate_id, action, actor_id, reason) values (cert.id, 'revoked', uid, reason);
  return private.certificate_for_editor(cert);
end
$$;

create function private.certificate_revocations() returns jsonb
language plpgsql stable security definer set search_path = ''
as $$
begin
  perform private.require_editor();
  return coalesce((
    select jsonb_agg(jsonb_build_object(
             'code', c.code, 'participant_name', c.participant_name, 'course_title', c.course_title,
             'revoked_at', e.created_at, 'reason', e.reason,
             'revoked_by', (select coalesce(p.display_name, u.email) from auth.users u
                              left join public.profiles p on p.user_id = u.id where u.id = e.actor_id))
           order by e.created_at desc)
      from public.certificate_events e
      join public.certificates c on c.id = e.certificate_id
     where e.action = 'revoked'), '[]');
end
$$;

revoke all on function private.require_editor(), private.certificate_for_editor(public.certificates),
  private.find_certificate(text), private.revoke_certificate(text, text), private.certificate_revocations()
  from public, anon, authenticated;
grant execute on function private.require_editor(), private.find_certificate(text), private.revoke_certificate(text, text),
  private.certificate_revocations() to authenticated;

create function public.find_certificate(p_code text) returns jsonb
language sql stable set search_path = '' as $$ select private.find_certificate(p_code) $$;
create function public.revoke_certificate(p_code text, p_reason text) returns jsonb
language sql set search_path = '' as $$ select private.revoke_certificate(p_code, p_reason) $$;
create function public.certificate_revocations() returns jsonb
language sql stable set search_path = '' as $$ select private.certificate_revocations() $$;
revoke all on function public.find_certificate(text), public.revoke_certificate(text, text), public.certificate_revocations()
  from public, anon, authenticated;
grant execute on function public.find_certificate(text), public.revoke_certificate(text, text), public.certificate_revocations()
  to authenticated;
