-- Learner progress and knowledge-check attempts. Learners read their own rows; they write only
-- through the RPC functions, whose private helpers grade attempts against private.quiz_keys and
-- refuse a completion the rules do not allow. Sending the same thing twice changes nothing.
-- recorded_at (the server's receipt time) is what counts. What the browser says is kept as
-- done_offline_at for display only, clamped to [the account's creation, now] by client_time.

create table public.lesson_progress (
  user_id uuid not null references auth.users (id) on delete cascade,
  lesson_id text not null references public.lessons (id) on delete cascade,
  done_offline_at timestamptz not null,
  recorded_at timestamptz not null default now(),
  primary key (user_id, lesson_id)
);
alter table public.lesson_progress enable row level security;
create index lesson_progress_lesson_idx on public.lesson_progress (lesson_id);

create table public.quiz_attempts (
  id uuid primary key,
  user_id uuid not null references auth.users (id) on delete cascade,
  lesson_id text not null references public.lessons (id) on delete cascade,
  answers jsonb not null check (jsonb_typeof(answers) = 'object' and octet_length(answers::text) <= 8000),
  correct int not null,
  total int not null check (total > 0 and correct between 0 and total),
  passed boolean not null,
  done_offline_at timestamptz not null,
  recorded_at timestamptz not null default now()
);
alter table public.quiz_attempts enable row level security;
create index quiz_attempts_user_lesson_idx on public.quiz_attempts (user_id, lesson_id);
create index quiz_attempts_lesson_idx on public.quiz_attempts (lesson_id);

revoke all on public.lesson_progress, public.quiz_attempts from anon, authenticated;
grant select on public.lesson_progress, public.quiz_attempts to authenticated;

create policy "learners read their own progress" on public.lesson_progress
  for select to authenticated using (user_id = (select auth.uid()));
create policy "learners read their own attempts" on public.quiz_attempts
  for select to authenticated using (user_id = (select auth.uid()));

-- Limits on learner writes -----------------------------------------------------------------
-- Practice attempts per lesson per 24 hours, and a guest merge's size. Read by
-- private.record_quiz_attempt and public.merge_guest_progress below.
create function private.practice_attempts_per_day() returns int
language sql immutable set search_path = '' as $$ select 30 $$;
create function private.merge_limits() returns jsonb
language sql immutable set search_path = '' as $$ select '{"bytes": 200000, "attempts": 600}'::jsonb $$;
revoke all on function private.practice_attempts_per_day(), private.merge_limits() from public, anon, authenticated;
-- merge_guest_progress runs as the learner and reads its limits.
grant execute on function private.merge_limits() to authenticated;


-- Right when exactly the correct options were chosen (order and duplicates do not matter).
create function private.answer_is_right(chosen jsonb, correct text[]) returns boolean
language sql immutable set search_path = ''
as $$
  select coalesce(array(select distinct x from jsonb_array_elements_text(
           case when jsonb_typeof(chosen) = 'array' then chosen else '[]' end) x order by 1), '{}')
         = array(select distinct y from unnest(correct) y order by 1)
$$;
-- Also grades the assessment (20261129110000_assessment.sql).
revoke all on function private.answer_is_right(jsonb, text[]) from public, anon, authenticated;

create function private.require_user() returns uuid
language plpgsql stable set search_path = ''
as $$
declare
  uid uuid := (select auth.uid());
begin
  if uid is null then
    raise exception using errcode = '42501', message = 'not_signed_in';
  end if;
  return uid;
end
$$;

-- A client's clock may be wrong or lie: times in the future become now, times before the
-- account existed become its creation (security definer: it reads auth.users).
create function private.client_time(t timestamptz) returns timestamptz
language sql stable security definer set search_path = ''
as $$
  select greatest(least(coalesce(t, now()), now()),
                  coalesce((select u.created_at from auth.users u where u.id = (select auth.uid())), now()))
$$;

create function private.complete_lesson(p_user uuid, p_lesson_id text, p_at timestamptz) returns timestamptz
language sql security definer set search_path = ''
as $$
  insert into public.lesson_progress as lp (user_id, lesson_id, done_offline_at)
  values (p_user, p_lesson_id, private.client_time(p_at))
  on conflict (user_id, lesson_id) do update set done_offline_at = least(lp.done_offline_at, excluded.done_offline_at)
  returning recorded_at
$$;

create function private.record_lesson_done(p_lesson_id text, p_completed_at timestamptz) returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  uid uuid := private.require_user();
  questions int;
begin
  select question_count into questions from public.lessons where id = p_lesson_id and status = 'published';
  if not found then
    raise exception using errcode = 'PT404', message = 'lesson_not_found', detail = p_lesson_id;
  end if;
  if questions > 0 then
    raise exception using errcode = 'P0001', message = 'check_required',
      hint = 'A lesson with a knowledge check is done when the check is passed.';
  end if;
  return jsonb_build_object('lesson_id', p_lesson_id, 'completed_at', private.complete_lesson(uid, p_lesson_id, p_completed_at));
end
$$;

-- A request and its retry can be in flight together (the browser gave up while the database was
-- still working). The learner's lock is taken before the attempt is looked up, so the retry
-- waits, then finds the attempt and answers as the first call did, instead of failing on the
-- primary key. Overlapping guest merges go through the same path.
create function private.record_quiz_attempt(p_attempt_id uuid, p_lesson_id text, p_answers jsonb, p_attempted_at timestamptz)
returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  uid uuid := private.require_user();
  existing public.quiz_attempts;
  n_correct int;
  n_total int;
  did_pass boolean;
  done_at timestamptz;
begin
  if p_attempt_id is null or p_answers is null or jsonb_typeof(p_answers) <> 'object' then
    raise exception using errcode = '22023', message = 'invalid_attempt';
  end if;
  if not exists (select 1 from public.lessons where id = p_lesson_id and status = 'published' and question_count > 0) then
    raise exception using errcode = 'PT404', message = 'lesson_not_found', detail = p_lesson_id;
  end if;

  -- The learner's profile row is the lock: parallel attempts cannot both slip under the limit,
  -- and a retry waits for the original, then finds its row.
  perform 1 from public.profiles where user_id = uid for update;
  select * into existing from public.quiz_attempts where id = p_attempt_id;
  if found then
    if existing.user_id <> uid or existing.lesson_id <> p_lesson_id then
      raise exception using errcode = '23505', message = 'attempt_id_taken';
    end if;
    n_correct := existing.correct; n_total := existing.total; did_pass := existing.passed;
  else
    if (select count(*) from public.quiz_attempts
         where user_id = uid and lesson_id = p_lesson_id and recorded_at > now() - interval '24 hours')
       >= private.practice_attempts_per_day() then
      raise exception using errcode = 'PT429', message = 'practice_limit',
        detail = private.practice_attempts_per_day()::text;
    end if;
    select count(*) filter (where private.answer_is_right(p_answers -> k.question_id, k.correct)), count(*)
      into n_correct, n_total
      from private.quiz_keys k
     where k.lesson_id = p_lesson_id;
    did_pass := n_correct::numeric / n_total >= private.pass_threshold();
    insert into public.quiz_attempts (id, user_id, lesson_id, answers, correct, total, passed, done_offline_at)
    values (p_attempt_id, uid, p_lesson_id, p_answers, n_correct, n_total, did_pass, private.client_time(p_attempted_at));
  end if;

  if did_pass then
    done_at := private.complete_lesson(uid, p_lesson_id, coalesce(existing.done_offline_at, p_attempted_at));
  end if;
  return jsonb_build_object('attempt_id', p_attempt_id, 'lesson_id', p_lesson_id, 'correct', n_correct,
                            'total', n_total, 'passed', did_pass, 'completed_at', done_at);
end
$$;

revoke all on function private.require_user(), private.client_time(timestamptz),
  private.complete_lesson(uuid, text, timestamptz), private.record_lesson_done(text, timestamptz),
  private.record_quiz_attempt(uuid, text, jsonb, timestamptz) from public;
grant execute on function private.require_user(), private.client_time(timestamptz),
  private.record_lesson_done(text, timestamptz), private.record_quiz_attempt(uuid, text, jsonb, timestamptz)
  to authenticated;

-- RPC ---------------------------------------------------------------------------------------

create function public.record_lesson_done(p_lesson_id text, p_completed_at timestamptz default null) returns jsonb
language sql set search_path = ''
as $$ select private.record_lesson_done(p_lesson_id, p_completed_at) $$;

create function public.record_quiz_attempt(p_attempt_id uuid, p_lesson_id text, p_answers jsonb, p_attempted_at timestamptz default null)
returns jsonb
language sql set search_path = ''
as $$ select private.record_quiz_attempt(p_attempt_id, p_lesson_id, p_answers, p_attempted_at) $$;

create function public.my_progress() returns jsonb
language sql stable set search_path = ''
as $$
  select jsonb_build_object(
    'lessons', coalesce((
      select jsonb_agg(jsonb_build_object('lesson_id', lp.lesson_id, 'course_id', l.course_id,
                                          'completed_at', coalesce(lp.done_offline_at, lp.recorded_at),
                                          'recorded_at', lp.recorded_at)
                       order by lp.recorded_at)
        from public.lesson_progress lp
        left join public.lessons l on l.id = lp.lesson_id
       where lp.user_id = (select auth.uid())), '[]'),
    'attempts', coalesce((
      select jsonb_agg(jsonb_build_object('id', a.id, 'lesson_id', a.lesson_id, 'course_id', l.course_id, 'answers', a.answers,
                                          'correct', a.correct, 'total', a.total, 'passed', a.passed,
                                          'attempted_at', coalesce(a.done_offline_at, a.recorded_at), 'recorded_at', a.recorded_at)
                       order by a.recorded_at)
        from public.quiz_attempts a
        left join public.lessons l on l.id = a.lesson_id
       where a.user_id = (select auth.uid())), '[]'))
$$;

/*
 * Merges a guest's local progress (the browser store's shape) into the account:
 * {"lessons": {"<lesson id>": {"doneAt": "...", "attempts": [{"id", "at", "answers"}]}}}.
 * Attempts are graded again here; completions of lessons with a check come only from passing
 * attempts. Lessons no longer published are skipped. Idempotent: the union of everything sent.
 * Refused as merge_too_large beyond private.merge_limits() (the payload's size, its attempts).
 */
create function public.merge_guest_progress(p_progress jsonb) returns jsonb
language plpgsql set search_path = ''
as $$
declare
  lesson record;
  attempt jsonb;
  questions int;
  limits jsonb := private.merge_limits();
begin
  perform private.require_user();
  if jsonb_typeof(p_progress -> 'lessons') is distinct from 'object' then
    raise exception using errcode = '22023', message = 'invalid_progress';
  end if;
  if octet_length(p_progress::text) > (limits ->> 'bytes')::int
     or (select coalesce(sum(jsonb_array_length(case when jsonb_typeof(v -> 'attempts') = 'array' then v -> 'attempts' else '[]' end)), 0)
           from jsonb_each(p_progress -> 'lessons') as e (k, v)) > (limits ->> 'attempts')::int then
    raise exception using errcode = '22023', message = 'merge_too_large', detail = limits::text;
  end if;
  for lesson in select key, value from jsonb_each(p_progress -> 'lessons') loop
    select question_count into questions from public.lessons where id = lesson.key and status = 'published';
    continue when not found;
    if questions > 0 then
      for attempt in select * from jsonb_array_elements(coalesce(lesson.value -> 'attempts', '[]')) loop
        continue when jsonb_typeof(attempt -> 'answers') is distinct from 'object';
        perform private.record_quiz_attempt((attempt ->> 'id')::uuid, lesson.key, attempt -> 'answers', (attempt ->> 'at')::timestamptz);
      end loop;
    elsif lesson.value ? 'doneAt' then
      perform private.record_lesson_done(lesson.key, (lesson.value ->> 'doneAt')::timestamptz);
    end if;
  end loop;
  return public.my_progress();
end
$$;

revoke all on function public.record_lesson_done(text, timestamptz), public.record_quiz_attempt(uuid, text, jsonb, timestamptz),
  public.my_progress(), public.merge_guest_progress(jsonb) from public;
grant execute on function public.record_lesson_done(text, timestamptz), public.record_quiz_attempt(uuid, text, jsonb, timestamptz),
  public.my_progress(), public.merge_guest_progress(jsonb) to authenticated;
