-- The course catalogue, synced from courses/ by scripts/sync-catalogue.ts, so the database can
-- check completion and issue certificates: courses, lessons, the knowledge checks' keys and each
-- course's assessment bank. The right answers of knowledge checks are kept in
-- private.quiz_keys, readable by no API role: attempts are graded here, not trusted from the browser.

create table public.courses (
  id text primary key check (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  title text not null check (char_length(title) between 1 and 200),
  level text not null check (level in ('grundlæggende', 'øvet', 'specialist')),
  estimated_hours numeric(5, 2) not null check (estimated_hours > 0),
  cpd_hours numeric(5, 2) check (cpd_hours > 0),
  cpd_subject_area text check (cpd_subject_area in ('Revisions- og erklæringsområdet', 'Anden relevant lovgivning og faglige standarder')),
  status text not null check (status in ('draft', 'published')),
  synced_at timestamptz not null default now(),
  check ((cpd_hours is null) = (cpd_subject_area is null))
);
alter table public.courses enable row level security;

create table public.lessons (
  id text primary key check (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  course_id text not null references public.courses (id) on delete cascade,
  position int not null check (position > 0),
  title text not null check (char_length(title) between 1 and 200),
  question_count int not null default 0 check (question_count >= 0),
  status text not null check (status in ('draft', 'published')),
  synced_at timestamptz not null default now()
);
alter table public.lessons enable row level security;
create index lessons_course_idx on public.lessons (course_id, position);

revoke all on public.courses, public.lessons from anon, authenticated;
grant select on public.courses, public.lessons to anon, authenticated;

create policy "everyone reads published courses" on public.courses
  for select to anon, authenticated using (status = 'published');
create policy "everyone reads published lessons" on public.lessons
  for select to anon, authenticated using (status = 'published');

create table private.quiz_keys (
  lesson_id text not null references public.lessons (id) on delete cascade,
  question_id text not null,
  correct text[] not null check (cardinality(correct) > 0),
  primary key (lesson_id, question_id)
);
alter table private.quiz_keys enable row level security;
revoke all on private.quiz_keys from public, anon, authenticated;
-- No policies: only the owner (security-definer functions, the sync) reads the keys.

-- Share of right answers needed to pass; the site's PASS_THRESHOLD must be the same (a test checks).
create function private.pass_threshold() returns numeric
language sql immutable set search_path = ''
as $$ select 0.8 $$;
revoke all on function private.pass_threshold() from public;

-- Assessment banks (afsluttende prøver): items and keys the site build never reads -------------------------------------------------------------------------------------

create table private.assessments (
  course_id text primary key references public.courses (id) on delete cascade,
  draw int not null check (draw between 1 and 50),
  pass_percent int not null default 80 check (pass_percent between 1 and 100),
  time_limit_minutes int not null default 60 check (time_limit_minutes between 5 and 240),
  active boolean not null default true,
  synced_at timestamptz not null default now()
);
alter table private.assessments enable row level security;

create table private.assessment_items (
  course_id text not null references private.assessments (course_id) on delete cascade,
  id text not null check (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  lesson_id text not null references public.lessons (id) on delete cascade,
  question text not null,
  options jsonb not null check (jsonb_typeof(options) = 'array' and jsonb_array_length(options) between 3 and 5),
  correct text[] not null check (cardinality(correct) > 0),
  explanation text not null,
  sources jsonb not null default '[]',
  -- Items removed from the file stay (past attempts point at them) but are never drawn again.
  retired boolean not null default false,
  primary key (course_id, id)
);
alter table private.assessment_items enable row level security;
create index assessment_items_lesson_idx on private.assessment_items (lesson_id);
revoke all on private.assessments, private.assessment_items from public, anon, authenticated;
-- No policies: only the owner (the security-definer functions below, the sync) reads them.

/*
 * Loads one course's bank (payload of scripts/assessment-bank.ts), or deactivates the course's
 * assessment when p_bank is null. Items are matched by id, so past attempts keep their items.
 * private.sync_catalogue (below) calls it for every course.
 */
create function private.sync_assessment(p_course_id text, p_bank jsonb) returns int
language plpgsql security definer set search_path = ''
as $$
declare
  item jsonb;
  ids text[] := '{}';
begin
  if p_bank is null then
    update private.assessments set active = false, synced_at = now() where course_id = p_course_id;
    return 0;
  end if;
  insert into private.assessments (course_id, draw, pass_percent, time_limit_minutes, active, synced_at)
  values (p_course_id, (p_bank ->> 'draw')::int, coalesce((p_bank ->> 'pass_percent')::int, 80),
          coalesce((p_bank ->> 'time_limit_minutes')::int, 60), true, now())
  on conflict (course_id) do update set draw = excluded.draw, pass_percent = excluded.pass_percent,
    time_limit_minutes = excluded.time_limit_minutes, active = true, synced_at = now();
  for item in select * from jsonb_array_elements(p_bank -> 'items') loop
    insert into private.assessment_items (course_id, id, lesson_id, question, options, correct, explanation, sources, retired)
    values (p_course_id, item ->> 'id', item ->> 'lesson_id', item ->> 'question', item -> 'options',
            array(select jsonb_array_elements_text(item -> 'correct')), item ->> 'explanation',
            coalesce(item -> 'sources', '[]'), false)
    on conflict (course_id, id) do update set lesson_id = excluded.lesson_id, question = excluded.question,
      options = excluded.options, correct = excluded.correct, explanation = excluded.explanation,
      sources = excluded.sources, retired = false;
    ids := ids || (item ->> 'id');
  end loop;
  update private.assessment_items set retired = true where course_id = p_course_id and not (id = any (ids));
  return cardinality(ids);
end
$$;
revoke all on function private.sync_assessment(text, jsonb) from public, anon, authenticated;
grant execute on function private.sync_assessment(text, jsonb) to service_role;

-- The sync -------------------------------------------------------------------------------

/*
 * Replaces the catalogue with the content of courses/. Lessons and courses no longer in the
 * content become drafts rather than disappearing, so nobody's progress is lost.
 * payload: {"courses": [{id, title, level, estimated_hours, cpd_hours, cpd_subject_area, status,
 *   "lessons": [{id, position, title, status, "questions": [{id, correct: [..]}]}],
 *   "assessment": the course's bank for private.sync_assessment, or null}]}
 * The assessment banks and private.sync_assessment are defined above.
 */
create function private.sync_catalogue(payload jsonb) returns jsonb
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
    insert into public.courses (id, title, level, estimated_hours, cpd_hours, cpd_subject_area, status, synced_at)
    values (c ->> 'id', c ->> 'title', c ->> 'level', (c ->> 'estimated_hours')::numeric,
            (c ->> 'cpd_hours')::numeric, c ->> 'cpd_subject_area', c ->> 'status', now())
    on conflict (id) do update set
      title = excluded.title, level = excluded.level, estimated_hours = excluded.estimated_hours,
      cpd_hours = excluded.cpd_hours, cpd_subject_area = excluded.cpd_subject_area,
      status = excluded.status, synced_at = now();
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
revoke all on function private.sync_catalogue(jsonb) from public;
grant execute on function private.sync_catalogue(jsonb) to service_role;

-- The ids of the published lessons, for the production build: it refuses to publish a lesson the
-- database does not know, so a site deployed before the catalogue sync never goes out. Read-only;
-- the same rows anon already reads from public.lessons.
create function public.catalogue_lesson_ids() returns text[]
language sql stable set search_path = ''
as $$ select coalesce(array_agg(id order by id), '{}') from public.lessons where status = 'published' $$;
revoke all on function public.catalogue_lesson_ids() from public, anon, authenticated;
grant execute on function public.catalogue_lesson_ids() to anon;
