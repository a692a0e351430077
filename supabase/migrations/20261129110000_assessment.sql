-- Course assessments (afsluttende prøver), on which certificates rest (the next migration).
-- Practice (the lesson knowledge checks) keeps its keys in the lesson pages and so counts for
-- nothing official; the assessment's items and keys live only in private tables no API role can
-- read (private.assessments and private.assessment_items, with the catalogue), loaded by the
-- catalogue sync from courses/<course>/assessment.yaml.
--
-- An attempt: start_assessment draws the items, shuffles their options and gives each question and
-- each option an opaque id drawn for this attempt alone (the browser gets questions without keys and
-- never the bank's item ids or letters) → submit_assessment grades once, in the database → the feedback is returned only
-- for that attempt's items, only after it is submitted: after a pass with keys and explanations,
-- after a failure only which answers were wrong and the lesson to read again.
-- Rules: pass mark per course (default 80 %), at most 3 attempts per 24 hours, an attempt expires
-- after the course's time limit (default 60 minutes), one submission per attempt.

-- Attempts ----------------------------------------------------------------------------------

create table public.assessment_attempts (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  course_id text not null references public.courses (id) on delete cascade,
  -- The drawn items and their options are in private.assessment_attempt_items and _options.
  started_at timestamptz not null default now(),
  expires_at timestamptz not null,
  submitted_at timestamptz,
  answers jsonb check (answers is null or (jsonb_typeof(answers) = 'object' and octet_length(answers::text) <= 8000)),
  correct int,
  total int not null check (total > 0),
  score_percent int check (score_percent between 0 and 100),
  passed boolean,
  pass_percent int not null,
  check ((submitted_at is null) = (passed is null) and (submitted_at is null) = (score_percent is null))
);
alter table public.assessment_attempts enable row level security;
create index assessment_attempts_user_course_idx on public.assessment_attempts (user_id, course_id, started_at);
create index assessment_attempts_course_idx on public.assessment_attempts (course_id);
revoke all on public.assessment_attempts from anon, authenticated;
grant select on public.assessment_attempts to authenticated;
create policy "learners read their own assessment attempts" on public.assessment_attempts
  for select to authenticated using (user_id = (select auth.uid()));

/*
 * Each question and each option shown in an attempt: its place and the opaque id the browser gets
 * for it, drawn afresh for every attempt, so answering by position or by id is worth no more than
 * guessing. The bank's own item ids (whose names can give an answer away) and option letters stay
 * here, where no API role can read them.
 */
create table private.assessment_attempt_items (
  attempt_id uuid not null references public.assessment_attempts (id) on delete cascade,
  position int not null check (position > 0),
  token text not null,
  item_id text not null,
  primary key (attempt_id, position),
  unique (attempt_id, token)
);
alter table private.assessment_attempt_items enable row level security;

create table private.assessment_attempt_options (
  attempt_id uuid not null references public.assessment_attempts (id) on delete cascade,
  item_id text not null,
  position int not null check (position > 0),
  token text not null,
  option_id text not null,
  primary key (attempt_id, item_id, position),
  unique (attempt_id, token)
);
alter table private.assessment_attempt_options enable row level security;
revoke all on private.assessment_attempt_items, private.assessment_attempt_options from public, anon, authenticated;

create function private.attempts_per_day() returns int
language sql immutable set search_path = '' as $$ select 3 $$;

/* The questions of an attempt as the browser sees them: texts, shuffled options with this attempt's ids, no keys. */
create function private.attempt_questions(a public.assessment_attempts) returns jsonb
language sql stable security definer set search_path = ''
as $$
  select coalesce(jsonb_agg(jsonb_build_object(
           'id', ai.token,
           'question', i.question,
           'multiple', cardinality(i.correct) > 1,
           'options', (select jsonb_agg(jsonb_build_object('id', ao.token, 'text', o.opt ->> 'text') order by ao.position)
                         from private.assessment_attempt_options ao
                         join jsonb_array_elements(i.options) as o (opt) on o.opt ->> 'id' = ao.option_id
                        where ao.attempt_id = a.id and ao.item_id = i.id))
         order by ai.position), '[]')
    from private.assessment_attempt_items ai
    join private.assessment_items i on i.course_id = a.course_id and i.id = ai.item_id
   where ai.attempt_id = a.id
$$;

/*
 * Each question of an attempt (by this attempt's id for it): the ids of its right options, and
 * whether `p_answers` (question id → option ids) chose exactly those.
 */
create function private.attempt_marks(a public.assessment_attempts, p_answers jsonb)
returns table (question_id text, keys text[], is_right boolean)
language sql stable security definer set search_path = ''
as $$
  select ai.token, k.keys, private.answer_is_right(p_answers -> ai.token, k.keys)
    from private.assessment_attempt_items ai
    join private.assessment_items i on i.course_id = a.course_id and i.id = ai.item_id
    cross join lateral (select coalesce(array_agg(ao.token), '{}') as keys
                          from private.assessment_attempt_options ao
                         where ao.attempt_id = a.id and ao.item_id = i.id and ao.option_id = any (i.correct)) k
   where ai.attempt_id = a.id
$$;

/*
 * After submission only: each item with the learner's choice, whether it was right, and the lesson
 * to read. Only a passed attempt also gets the keys, explanations and sources: a failed one must
 * not hand out the bank to whoever opens a few free accounts.
 */
create function private.attempt_feedback(a public.assessment_attempts) returns jsonb
language sql stable security definer set search_path = ''
as $$
  select jsonb_build_object(
    'attempt_id', a.id, 'course_id', a.course_id, 'started_at', a.started_at, 'submitted_at', a.submitted_at,
    'correct', a.correct, 'total', a.total, 'score_percent', a.score_percent, 'pass_percent', a.pass_percent,
    'passed', a.passed,
    'items', coalesce((
      select jsonb_agg(q || jsonb_build_object(
               'chosen', coalesce(a.answers -> (q ->> 'id'), '[]'),
               'right', m.is_right,
               'lesson', jsonb_build_object('id', i.lesson_id, 'title', l.title))
             || case when a.passed
                  then jsonb_build_object('correct', to_jsonb(m.keys), 'explanation', i.explanation, 'sources', i.sources)
                  else '{}' end
             order by n)
        from jsonb_array_elements(private.attempt_questions(a)) with ordinality as x (q, n)
        join private.assessment_attempt_items ai on ai.attempt_id = a.id and ai.token = q ->> 'id'
        join private.assessment_items i on i.course_id = a.course_id and i.id = ai.item_id
        join private.attempt_marks(a, a.answers) m on m.question_id = ai.token
        left join public.lessons l on l.id = i.lesson_id), '[]'))
  where a.submitted_at is not null
$$;

/* Where the learner stands: the rules, attempts left, when the next one is allowed, an open attempt, a pass. */
create function private.assessment_overview(p_course_id text) returns jsonb
language plpgsql stable security definer set search_path = ''
as $$
declare
  uid uuid := private.require_user();
  a private.assessments;
  used int;
  oldest timestamptz;
  open_attempt public.assessment_attempts;
  best public.assessment_attempts;
begin
  select s.* into a from private.assessments s join public.courses c on c.id = s.course_id
   where s.course_id = p_course_id and s.active and c.status = 'published';
  if not found then
    raise exception using errcode = 'PT404', message = 'assessment_not_found', detail = p_course_id;
  end if;
  select count(*), min(started_at) into used, oldest from (
    select started_at from public.assessment_attempts
     where user_id = uid and course_id = p_course_id and started_at > now() - interval '24 hours'
     order by started_at desc limit private.attempts_per_day()) recent;
  select * into open_attempt from public.assessment_attempts
   where user_id = uid and course_id = p_course_id and submitted_at is null and expires_at > now()
   order by started_at desc limit 1;
  select * into best from public.assessment_attempts
   where user_id = uid and course_id = p_course_id and passed
   order by submitted_at limit 1;
  return jsonb_build_object(
    'course_id', p_course_id, 'item_count', a.draw, 'pass_percent', a.pass_percent,
    'time_limit_minutes', a.time_limit_minutes, 'attempts_per_day', private.attempts_per_day(),
    'attempts_left', greatest(private.attempts_per_day() - used, 0),
    'next_attempt_at', case when used >= private.attempts_per_day() then oldest + interval '24 hours' end,
    'open_attempt', case when open_attempt.id is not null
                      then jsonb_build_object('attempt_id', open_attempt.id, 'expires_at', open_attempt.expires_at) end,
    'passed', case when best.id is not null
                then jsonb_build_object('attempt_id', best.id, 'passed_at', best.submitted_at, 'score_percent', best.score_percent) end,
    'lessons_missing', (select count(*) from public.lessons l
                         where l.course_id = p_course_id and l.status = 'published'
                           and not exists (select 1 from public.lesson_progress lp where lp.lesson_id = l.id and lp.user_id = uid)));
end
$$;

/*
 * Starts an attempt, or returns the open one (a reload does not cost an attempt). Draws `draw`
 * items spread over the lessons, shuffles their options. The learner's profile row is locked so
 * that two parallel starts cannot both pass the daily limit.
 */
create function private.start_assessment(p_course_id text) returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  uid uuid := private.require_user();
  overview jsonb;
  a private.assessments;
  attempt public.assessment_attempts;
  drawn text[];
begin
  perform 1 from public.profiles where user_id = uid for update;
  overview := private.assessment_overview(p_course_id);
  if overview -> 'passed' <> 'null'::jsonb then
    raise exception using errcode = 'P0001', message = 'assessment_already_passed',
      detail = overview -> 'passed' ->> 'passed_at';
  end if;
  if overview -> 'open_attempt' <> 'null'::jsonb then
    select * into attempt from public.assessment_attempts where id = (overview -> 'open_attempt' ->> 'attempt_id')::uuid;
  else
    if (overview ->> 'attempts_left')::int = 0 then
      raise exception using errcode = 'PT429', message = 'assessment_attempt_limit',
        detail = overview ->> 'next_attempt_at';
    end if;
    select * into a from private.assessments where course_id = p_course_id;
    -- One item per lesson in turn (random lesson order, random item within it), then the rest.
    select array_agg(id order by round_no, r) into drawn from (
      select id, round_no, random() as r from (
        select i.id, row_number() over (partition by i.lesson_id order by random()) as round_no
          from private.assessment_items i
         where i.course_id = p_course_id and not i.retired) ranked
      order by round_no, random() limit a.draw) picked;
    insert into public.assessment_attempts (user_id, course_id, expires_at, total, pass_percent)
    values (uid, p_course_id, now() + make_interval(mins => a.time_limit_minutes), cardinality(drawn), a.pass_percent)
    returning * into attempt;
    -- Each question, and each item's options in a random order, with random ids of this attempt's own.
    insert into private.assessment_attempt_items (attempt_id, position, token, item_id)
    select attempt.id, n, gen_random_uuid()::text, item_id from unnest(drawn) with ordinality as d (item_id, n);
    insert into private.assessment_attempt_options (attempt_id, item_id, position, token, option_id)
    select attempt.id, i.id, row_number() over (partition by i.id order by random()), gen_random_uuid()::text, o ->> 'id'
      from private.assessment_items i
     cross join jsonb_array_elements(i.options) o
     where i.course_id = p_course_id and i.id = any (drawn);
  end if;
  return jsonb_build_object('attempt_id', attempt.id, 'course_id', attempt.course_id, 'started_at', attempt.started_at,
                            'expires_at', attempt.expires_at, 'pass_percent', attempt.pass_percent,
                            'questions', private.attempt_questions(attempt));
end
$$;

/*
 * Grades an attempt once. The row is locked (select … for update), so of two parallel
 * submissions the second waits, then finds it submitted and is refused.
 */
create function private.submit_assessment(p_attempt_id uuid, p_answers jsonb) returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  uid uuid := private.require_user();
  attempt public.assessment_attempts;
  kept jsonb;
  n_correct int;
begin
  if p_answers is null or jsonb_typeof(p_answers) <> 'object' or octet_length(p_answers::text) > 8000 then
    raise exception using errcode = '22023', message = 'invalid_answers';
  end if;
  select * into attempt from public.assessment_attempts where id = p_attempt_id and user_id = uid for update;
  if not found then
    raise exception using errcode = 'PT404', message = 'attempt_not_found';
  end if;
  if attempt.submitted_at is not null then
    raise exception using errcode = 'P0001', message = 'attempt_already_submitted', detail = attempt.submitted_at::text;
  end if;
  if attempt.expires_at <= now() then
    raise exception using errcode = 'P0001', message = 'attempt_expired',
      detail = coalesce(private.assessment_overview(attempt.course_id) ->> 'next_attempt_at', '');
  end if;
  -- Only answers to this attempt's items are kept.
  select coalesce(jsonb_object_agg(k, v), '{}') into kept
    from jsonb_each(p_answers) as e (k, v)
   where k in (select ai.token from private.assessment_attempt_items ai where ai.attempt_id = attempt.id);
  select count(*) filter (where m.is_right) into n_correct from private.attempt_marks(attempt, kept) m;
  update public.assessment_attempts
     set submitted_at = now(), answers = kept, correct = n_correct,
         score_percent = floor(100.0 * n_correct / total)::int,
         passed = n_correct * 100 >= pass_percent * total
   where id = attempt.id
  returning * into attempt;
  return private.attempt_feedback(attempt);
end
$$;

create function private.assessment_result(p_attempt_id uuid) returns jsonb
language plpgsql stable security definer set search_path = ''
as $$
declare
  uid uuid := private.require_user();
  attempt public.assessment_attempts;
begin
  select * into attempt from public.assessment_attempts where id = p_attempt_id and user_id = uid;
  if not found then
    raise exception using errcode = 'PT404', message = 'attempt_not_found';
  end if;
  if attempt.submitted_at is null then
    raise exception using errcode = 'P0001', message = 'attempt_not_submitted';
  end if;
  return private.attempt_feedback(attempt);
end
$$;

revoke all on function private.attempts_per_day(), private.attempt_questions(public.assessment_attempts),
  private.attempt_feedback(public.assessment_attempts), private.attempt_marks(public.assessment_attempts, jsonb),
  private.answer_is_right(jsonb, text[]),
  private.assessment_overview(text), private.start_assessment(text), private.submit_assessment(uuid, jsonb),
  private.assessment_result(uuid) from public, anon, authenticated;
grant execute on function private.assessment_overview(text), private.start_assessment(text),
  private.submit_assessment(uuid, jsonb), private.assessment_result(uuid) to authenticated;

create function public.assessment_overview(p_course_id text) returns jsonb
language sql stable set search_path = '' as $$ select private.assessment_overview(p_course_id) $$;
create function public.start_assessment(p_course_id text) returns jsonb
language sql set search_path = '' as $$ select private.start_assessment(p_course_id) $$;
create function public.submit_assessment(p_attempt_id uuid, p_answers jsonb) returns jsonb
language sql set search_path = '' as $$ select private.submit_assessment(p_attempt_id, p_answers) $$;
create function public.assessment_result(p_attempt_id uuid) returns jsonb
language sql stable set search_path = '' as $$ select private.assessment_result(p_attempt_id) $$;
revoke all on function public.assessment_overview(text), public.start_assessment(text),
  public.submit_assessment(uuid, jsonb), public.assessment_result(uuid) from public, anon, authenticated;
grant execute on function public.assessment_overview(text), public.start_assessment(text),
  public.submit_assessment(uuid, jsonb), public.assessment_result(uuid) to authenticated;
