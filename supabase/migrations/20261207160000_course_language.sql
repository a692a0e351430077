-- The language a course is written in (courses/<course>/index.md, `lang`), kept in the catalogue
-- and on every certificate, so a certificate can say in which language the course was taken.
-- Existing rows are Danish: the only English course was a draft when this was released.

alter table public.courses
  add column lang text not null default 'da' check (lang in ('da', 'en'));

alter table public.certificates
  add column course_lang text not null default 'da' check (course_lang in ('da', 'en'));

-- The catalogue sync as in 20261126120100_catalogue.sql, now also writing each course's `lang`
-- (a payload without it, from an older script, leaves the course Danish).
create or replace function private.sync_catalogue(payload jsonb) returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  c jsonb;
  l jsonb;
  q jsonb;
  course_ids text[] := '{}';
  lesson_ids text[] := '{}';
  banks int := 0;
begin
  for c in select * from jsonb_array_elements(payload -> 'courses') loop
    insert into public.courses (id, title, level, estimated_hours, cpd_hours, cpd_subject_area, status, lang, synced_at)
    values (c ->> 'id', c ->> 'title', c ->> 'level', (c ->> 'estimated_hours')::numeric,
            (c ->> 'cpd_hours')::numeric, c ->> 'cpd_subject_area', c ->> 'status', coalesce(c ->> 'lang', 'da'), now())
    on conflict (id) do update set
      title = excluded.title, level = excluded.level, estimated_hours = excluded.estimated_hours,
      cpd_hours = excluded.cpd_hours, cpd_subject_area = excluded.cpd_subject_area,
      status = excluded.status, lang = excluded.lang, synced_at = now();
    course_ids := course_ids || (c ->> 'id');

    for l in select * from jsonb_array_elements(c -> 'lessons') loop
      insert into public.lessons (id, course_id, position, title, question_count, status, synced_at)
      values (l ->> 'id', c ->> 'id', (l ->> 'position')::int, l ->> 'title',
              jsonb_array_length(coalesce(l -> 'questions', '[]')), l ->> 'status', now())
      on conflict (id) do update set
        course_id = excluded.course_id, position = excluded.position, title = excluded.title,
        question_count = excluded.question_count, status = excluded.status, synced_at = now();
      lesson_ids := lesson_ids || (l ->> 'id');

      delete from private.quiz_keys where lesson_id = l ->> 'id';
      for q in select * from jsonb_array_elements(coalesce(l -> 'questions', '[]')) loop
        insert into private.quiz_keys (lesson_id, question_id, correct)
        values (l ->> 'id', q ->> 'id', array(select jsonb_array_elements_text(q -> 'correct')));
      end loop;
    end loop;

    perform private.sync_assessment(c ->> 'id', nullif(c -> 'assessment', 'null'::jsonb));
    banks := banks + (case when jsonb_typeof(c -> 'assessment') = 'object' then 1 else 0 end);
  end loop;

  update public.courses set status = 'draft' where not (id = any (course_ids));
  update public.lessons set status = 'draft' where not (id = any (lesson_ids));
  update private.assessments set active = false where not (course_id = any (course_ids));
  return jsonb_build_object('courses', cardinality(course_ids), 'lessons', cardinality(lesson_ids), 'assessments', banks);
end
$$;

-- A certificate records the course's language when it is issued, as it records the course's title:
-- a later change to the course does not rewrite a certificate already given.
create function private.certificate_course_lang() returns trigger
language plpgsql set search_path = ''
as $$
begin
  new.course_lang := coalesce((select lang from public.courses where id = new.course_id), 'da');
  return new;
end
$$;
revoke all on function private.certificate_course_lang() from public, anon, authenticated;

create trigger certificates_record_course_lang
  before insert on public.certificates
  for each row execute function private.certificate_course_lang();

-- The public check as in 20261129120000_certificates.sql, now with the course's language.
create or replace function private.verify_certificate(p_code text) returns jsonb
language sql stable security definer set search_path = ''
as $$
  with wanted as (
    select regexp_replace(upper(regexp_replace(coalesce(p_code, ''), '[^A-Za-z0-9]', '', 'g')),
                          '^(.{4})(.{4})(.{4})$', '\1-\2-\3') as code
  )
  select jsonb_build_object('participant_name', c.participant_name, 'course_title', c.course_title,
                            'course_lang', c.course_lang, 'completed_on', c.completed_on, 'hours', c.hours,
                            'passed_at', c.passed_at, 'score_percent', c.score_percent, 'revoked_at', c.revoked_at)
    from public.certificates c
    join wanted w on w.code = c.code
$$;
