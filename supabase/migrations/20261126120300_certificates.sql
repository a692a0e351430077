-- Certificates for completed courses, with the hours an auditor can document as continuing
-- education: the table, its codes and the learner's own list. A certificate rests on a passed
-- assessment, so issuing one (issue_certificate), the public check by code (verify_certificate)
-- and the columns for the assessment and revocation come with 20261129110000_assessment.sql.

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
revoke all on function private.new_certificate_code() from public;

-- The learner sees their certificate, revocation included, but not who revoked it nor the attempt
-- (revoked_by and attempt_id come with 20261129110000_assessment.sql).
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
