-- A request and its retry can be in flight together (the browser timed out while the database
-- was still working). record_quiz_attempt looked for an existing attempt before taking the
-- learner's lock, so the second call missed the first one's row and failed on the primary key.
-- Now the lock comes first, the lookup after it: the retry waits, then finds the attempt and
-- answers as the first call did. Overlapping guest merges go through the same path.
create or replace function private.record_quiz_attempt(p_attempt_id uuid, p_lesson_id text, p_answers jsonb, p_attempted_at timestamptz)
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
