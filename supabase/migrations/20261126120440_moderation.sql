-- Moderation: the one state machine every kind of contribution goes through, publishing, and the
-- RPCs. Comes after the kinds (stories, businesses, reports), whose field rules it dispatches to.
--
-- What the triggers do:
--   * before insert: check the fields, take one unit of the atomic daily quota, stamp the clock;
--   * after insert: write the first trail entry;
--   * before update: decide who may move a submission from which state to which, refuse field
--     changes outside the editable states, bump `version` when anything changed, write the trail,
--     and — only on the transition into `approved` — publish: a story into `stories`, a business
--     into `businesses` (new entry or the update of the submitter's own entry). An update that
--     leaves an approved submission approved publishes nothing and is not refused.
-- No API role writes the submissions table (see 20261126120400_contributions.sql): every write is a
-- security-definer function below that checks auth.uid() and cleans the fields, and the triggers
-- clean them again.

create function private.field_problems(p_kind text, f jsonb) returns jsonb
language sql stable set search_path = ''
as $$
  select case p_kind when 'story' then private.story_problems(f) when 'business' then private.business_problems(f)
                     when 'report' then private.report_problems(f) end
$$;

-- The largest form's JSON, with room to spare: a story's texts add up to about 17,000 characters.
create function private.max_submission_bytes() returns int
language sql immutable set search_path = '' as $$ select 65536 $$;

-- The fields of a kind from a form's JSON: known keys only, text trimmed, e-mail lower-cased,
-- empty optional text as null. A key the form does not have (only the honeypot may come along)
-- or a payload larger than any form sends is refused, never stored.
create function private.clean_fields(p_kind text, p jsonb) returns jsonb
language plpgsql immutable set search_path = ''
as $$
declare
  keys text[] := case p_kind
    when 'story' then array['title', 'organisation', 'legal_form', 'sector', 'district', 'founded', 'size', 'size_band', 'principles',
                            'summary', 'story', 'lessons', 'website', 'contact_name', 'contact_email', 'consent_publish', 'consent_privacy']
    when 'business' then array['name', 'legal_form', 'sector', 'district', 'offers', 'rsv', 'founded', 'website', 'cvr', 'principles',
                               'description', 'contact_name', 'contact_email', 'consent_publish', 'consent_privacy']
    when 'report' then array['page_path', 'page_version', 'what', 'source', 'email'] end;
  k text;
  v jsonb;
  out jsonb := '{}';
begin
  if jsonb_typeof(p) is distinct from 'object' or keys is null then
    raise exception using errcode = '22023', message = 'invalid_submission';
  end if;
  if octet_length(p::text) > private.max_submission_bytes() then
    raise exception using errcode = '22023', message = 'submission_too_large', detail = private.max_submission_bytes()::text;
  end if;
  if coalesce(p ->> 'honeypot', '') <> '' then
    raise exception using errcode = '22023', message = 'rejected_as_spam';
  end if;
  if exists (select 1 from jsonb_object_keys(p) sent where sent <> 'honeypot' and not (sent = any (keys))) then
    raise exception using errcode = '22023', message = 'unknown_fields',
      detail = (select jsonb_agg(sent order by sent) from jsonb_object_keys(p) sent where sent <> 'honeypot' and not (sent = any (keys)))::text;
  end if;
  foreach k in array keys loop
    v := p -> k;
    if jsonb_typeof(v) = 'string' then
      v := to_jsonb(btrim(v #>> '{}'));
      if k in ('contact_email', 'email') then v := to_jsonb(lower(v #>> '{}')); end if;
      if k in ('website', 'source', 'email') and v = '""'::jsonb then v := 'null'; end if;
    end if;
    out := out || jsonb_build_object(k, coalesce(v, 'null'::jsonb));
  end loop;
  return out;
end
$$;

-- Publishing ---------------------------------------------------------------------------------

create function private.publish(s public.submissions) returns void
language plpgsql security definer set search_path = ''
as $$
declare
  f jsonb := s.fields;
begin
  if s.kind = 'story' then
    insert into public.stories (submission_id, slug, title, organisation, legal_form, sector, district, founded, size,
                                size_band, principles, summary, story, lessons, website)
    values (s.id, private.unique_slug(f ->> 'organisation', 'historie', 'stories'), f ->> 'title', f ->> 'organisation', f ->> 'legal_form',
            f ->> 'sector', f ->> 'district', (f ->> 'founded')::int, f ->> 'size', f ->> 'size_band',
            array(select jsonb_array_elements_text(f -> 'principles')), f ->> 'summary', f ->> 'story', f ->> 'lessons', f ->> 'website');
  elsif s.kind = 'business' and s.business_id is null then
    insert into public.businesses (owner_id, slug, name, legal_form, sector, district, offers, rsv, founded, website, cvr, principles, description)
    values (s.submitter_id, private.unique_slug(f ->> 'name', 'virksomhed', 'businesses'), f ->> 'name', f ->> 'legal_form', f ->> 'sector',
            f ->> 'district', array(select jsonb_array_elements_text(f -> 'offers')), (f ->> 'rsv')::boolean, (f ->> 'founded')::int,
            f ->> 'website', f ->> 'cvr', array(select jsonb_array_elements_text(f -> 'principles')), f ->> 'description');
  elsif s.kind = 'business' then
    update public.businesses
       set name = f ->> 'name', legal_form = f ->> 'legal_form', sector = f ->> 'sector', district = f ->> 'district',
           offers = array(select jsonb_array_elements_text(f -> 'offers')), rsv = (f ->> 'rsv')::boolean, founded = (f ->> 'founded')::int,
           website = f ->> 'website', cvr = f ->> 'cvr', principles = array(select jsonb_array_elements_text(f -> 'principles')),
           description = f ->> 'description', updated_at = now()
     where id = s.business_id;
  end if;
  -- An accepted error report publishes nothing: the editors correct the page itself.
end
$$;

-- The state machine --------------------------------------------------------------------------

create function private.refuse_bad_fields(p_kind text, f jsonb) returns void
language plpgsql stable set search_path = ''
as $$
declare
  problems jsonb := private.field_problems(p_kind, f);
begin
  if problems <> '{}' then
    raise exception using errcode = '23514', message = 'invalid_fields', detail = problems::text;
  end if;
end
$$;

create function private.guard_submission_insert() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  address text := private.client_address();
begin
  if new.state not in ('draft', 'pending') then
    raise exception using errcode = '42501', message = 'invalid_transition', detail = 'new submission in state ' || new.state;
  end if;
  new.fields := private.clean_fields(new.kind, new.fields);
  perform private.refuse_bad_fields(new.kind, new.fields);
  if new.business_id is not null
     and not exists (select 1 from public.businesses b where b.id = new.business_id and b.owner_id = new.submitter_id) then
    raise exception using errcode = '42501', message = 'not_your_business';
  end if;
  if new.submitter_id is not null then
    perform private.take_quota('user', new.submitter_id::text);
  end if;
  if new.kind = 'report' then
    -- A refusal rolls back every unit taken here, so a refused report counts against no quota;
    -- one visitor cannot use up the site's daily cap for everyone.
    if new.submitter_id is null and address is not null then
      perform private.take_quota('report_address', address);
    elsif new.submitter_id is null then
      perform private.take_quota('report_unconfirmed', '');
    end if;
    perform private.take_quota('report_global', '');
    perform private.take_quota('report_page', new.fields ->> 'page_path');
    if new.fields ->> 'email' is not null then
      perform private.take_quota('report_email', new.fields ->> 'email');
    end if;
  end if;
  new.version := 1;
  new.submitted_at := now();
  new.updated_at := now();
  new.editor_note := null;
  new.reviewed_at := null;
  return new;
end
$$;

create function private.log_submission_created() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  insert into public.moderation_events (submission_id, actor_id, actor_role, from_state, to_state)
  values (new.id, new.submitter_id, 'submitter', null, new.state);
  return null;
end
$$;

create function private.guard_submission_update() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  uid uuid := (select auth.uid());
  is_submitter boolean := uid is not distinct from old.submitter_id;
  is_editor boolean := (select private.is_editor());
  move text := old.state || '>' || new.state;
  by_editor boolean;
begin
  if new.kind is distinct from old.kind or new.submitter_id is distinct from old.submitter_id
     or new.submitted_at is distinct from old.submitted_at or new.business_id is distinct from old.business_id then
    raise exception using errcode = '42501', message = 'read_only_field';
  end if;
  -- Nothing changed: nothing to check, log or publish.
  if new.fields = old.fields and new.state = old.state and new.editor_note is not distinct from old.editor_note then
    new.version := old.version;
    new.updated_at := old.updated_at;
    new.reviewed_at := old.reviewed_at;
    return new;
  end if;
  -- No signed-in user: the database owner or the service role (seed, maintenance), acting as the system.
  by_editor := uid is null or (is_editor and not is_submitter);

  if new.fields is distinct from old.fields then
    if not (is_submitter and uid is not null and old.state in ('draft', 'pending', 'changes_requested')) then
      raise exception using errcode = '42501', message = 'not_editable', detail = old.state;
    end if;
    new.fields := private.clean_fields(new.kind, new.fields);
    perform private.refuse_bad_fields(new.kind, new.fields);
  end if;
  if new.editor_note is distinct from old.editor_note and not by_editor then
    raise exception using errcode = '42501', message = 'read_only_field';
  end if;

  if new.state is distinct from old.state then
    if is_submitter and uid is not null and move in ('draft>pending', 'draft>withdrawn', 'pending>withdrawn', 'changes_requested>pending', 'changes_requested>withdrawn') then
      null;
    elsif by_editor and (move in ('pending>approved', 'pending>rejected')
                         or (move = 'pending>changes_requested' and old.kind <> 'report')
                         or (move in ('pending>fixed', 'approved>fixed') and old.kind = 'report')) then
      if new.state in ('changes_requested', 'rejected') and char_length(btrim(coalesce(new.editor_note, ''))) < 5 then
        raise exception using errcode = '23514', message = 'note_required';
      end if;
      new.reviewed_at := now();
    else
      raise exception using errcode = '42501', message = 'invalid_transition', detail = move;
    end if;
    insert into public.moderation_events (submission_id, actor_id, actor_role, from_state, to_state, note)
    values (new.id, uid, case when uid is null then 'system' when by_editor then 'editor' else 'submitter' end,
            old.state, new.state, case when by_editor then new.editor_note end);
    if new.state = 'approved' then
      perform private.publish(new);
    end if;
  elsif new.editor_note is distinct from old.editor_note then
    raise exception using errcode = '42501', message = 'invalid_transition', detail = 'note without a decision';
  end if;

  new.version := old.version + 1;
  new.updated_at := now();
  return new;
end
$$;

create trigger guard_submission_insert before insert on public.submissions
  for each row execute function private.guard_submission_insert();
create trigger log_submission_created after insert on public.submissions
  for each row execute function private.log_submission_created();
create trigger guard_submission_update before update on public.submissions
  for each row execute function private.guard_submission_update();

-- RPC ---------------------------------------------------------------------------------------

-- What a submitter sees of a submission: its fields flat, its trail without anyone's user id. The
-- system columns come after the fields, so they win: a field named id, kind, state or version can
-- never pass for the row's own (the editor's decision is made on the id and version shown).
create function private.submission_for_submitter(s public.submissions) returns jsonb
language sql stable set search_path = ''
as $$
  select s.fields || (to_jsonb(s) - array['fields', 'submitter_id']) || jsonb_build_object(
    'events', (select coalesce(jsonb_agg(jsonb_build_object('id', e.id, 'actor_role', e.actor_role, 'from_state', e.from_state,
                                                            'to_state', e.to_state, 'note', e.note, 'created_at', e.created_at)
                                         order by e.created_at, e.id), '[]')
                 from public.moderation_events e where e.submission_id = s.id))
$$;

-- The submitter's writes. Security definer because no API role may write the table; each one
-- acts only as auth.uid() and only on the caller's own rows.
create function private.submit(p_kind text, p_fields jsonb, p_business_id uuid default null) returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  uid uuid := private.require_user();
  created public.submissions;
begin
  if p_kind not in ('story', 'business') then
    raise exception using errcode = '22023', message = 'invalid_submission';
  end if;
  insert into public.submissions (kind, submitter_id, fields, business_id, state)
  values (p_kind, uid, private.clean_fields(p_kind, p_fields), p_business_id, 'pending')
  returning * into created;
  return private.submission_for_submitter(created);
end
$$;

-- Edits a submission that is pending or has changes requested; an edit after a request is a resubmission.
create function private.update_submission(p_id uuid, p_fields jsonb) returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  uid uuid := private.require_user();
  changed public.submissions;
begin
  update public.submissions s
     set fields = private.clean_fields(s.kind, p_fields),
         state = case when s.state = 'changes_requested' then 'pending' else s.state end
   where s.id = p_id and s.submitter_id = uid and s.kind <> 'report'
  returning * into changed;
  if not found then
    raise exception using errcode = 'PT404', message = 'submission_not_found';
  end if;
  return private.submission_for_submitter(changed);
end
$$;

create function private.withdraw_submission(p_id uuid) returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  uid uuid := private.require_user();
  changed public.submissions;
begin
  update public.submissions set state = 'withdrawn'
   where id = p_id and submitter_id = uid
  returning * into changed;
  if not found then
    raise exception using errcode = 'PT404', message = 'submission_not_found';
  end if;
  return private.submission_for_submitter(changed);
end
$$;

create function public.submit_case_story(p_submission jsonb) returns jsonb
language sql set search_path = ''
as $$ select private.submit('story', p_submission) $$;

-- A new directory entry, or (with p_business_id) a change to the caller's own entry; moderated either way.
create function public.submit_business(p_business jsonb, p_business_id uuid default null) returns jsonb
language sql set search_path = ''
as $$ select private.submit('business', p_business, p_business_id) $$;

-- Error reports need no account, so the insert runs as the owner; the trigger's quotas still apply.
create function private.file_report(p_fields jsonb) returns uuid
language plpgsql security definer set search_path = ''
as $$
declare
  new_id uuid := gen_random_uuid();
begin
  insert into public.submissions (id, kind, submitter_id, fields, state)
  values (new_id, 'report', (select auth.uid()), private.clean_fields('report', p_fields), 'pending');
  return new_id;
end
$$;

create function public.report_error(p_report jsonb) returns jsonb
language sql set search_path = ''
as $$ select jsonb_build_object('id', private.file_report(p_report), 'state', 'pending') $$;

create function public.update_submission(p_id uuid, p_submission jsonb) returns jsonb
language sql set search_path = ''
as $$ select private.update_submission(p_id, p_submission) $$;

create function public.withdraw_submission(p_id uuid) returns jsonb
language sql set search_path = ''
as $$ select private.withdraw_submission(p_id) $$;

create function public.my_submissions() returns jsonb
language sql stable set search_path = ''
as $$
  select coalesce(jsonb_agg(private.submission_for_submitter(s) order by s.submitted_at desc), '[]')
    from public.submissions s
   where s.submitter_id = (select auth.uid())
$$;

-- Oldest first; filter by state (default: the open ones) and kind (default: all).
create function public.editor_queue(p_state text default null, p_kind text default null) returns jsonb
language plpgsql stable set search_path = ''
as $$
begin
  if not (select private.is_editor()) then
    raise exception using errcode = '42501', message = 'editors_only';
  end if;
  return coalesce((
    select jsonb_agg(private.submission_for_submitter(s) || jsonb_build_object(
             'submitter_id', s.submitter_id,
             'age_days', extract(day from now() - s.submitted_at)::int)
           order by s.submitted_at)
      from public.submissions s
     where ((p_state is null and s.state in ('pending', 'changes_requested')) or s.state = p_state)
       and (p_kind is null or s.kind = p_kind)), '[]');
end
$$;

-- One review for every kind. p_version is the version the editor opened: a submission changed
-- since then is refused, so the decision is always about what the editor saw.
create function private.review_submission(p_id uuid, p_version int, p_decision text, p_note text) returns jsonb
language plpgsql security definer set search_path = ''
as $$
declare
  target text := case p_decision when 'approve' then 'approved' when 'request_changes' then 'changes_requested'
                                 when 'reject' then 'rejected' when 'fix' then 'fixed' end;
  changed public.submissions;
begin
  if not (select private.is_editor()) then
    raise exception using errcode = '42501', message = 'editors_only';
  end if;
  if target is null then
    raise exception using errcode = '22023', message = 'invalid_decision', detail = p_decision;
  end if;
  update public.submissions set state = target, editor_note = nullif(btrim(p_note), '')
   where id = p_id and version = p_version
  returning * into changed;
  if not found then
    if exists (select 1 from public.submissions where id = p_id) then
      raise exception using errcode = 'PT409', message = 'submission_changed';
    end if;
    raise exception using errcode = 'PT404', message = 'submission_not_found';
  end if;
  return private.submission_for_submitter(changed) || jsonb_build_object(
    'story', (select to_jsonb(st) - 'submission_id' from public.stories st where st.submission_id = p_id),
    'business', (select to_jsonb(b) - 'owner_id' from public.businesses b
                  where changed.kind = 'business' and changed.state = 'approved'
                    and b.id = coalesce(changed.business_id, (select id from public.businesses x where x.cvr = changed.fields ->> 'cvr'))));
end
$$;

create function public.review_submission(p_id uuid, p_version int, p_decision text, p_note text default null) returns jsonb
language sql set search_path = ''
as $$ select private.review_submission(p_id, p_version, p_decision, p_note) $$;

-- Privileges: private helpers for nobody but what needs them; each RPC for exactly its roles.
revoke all on function private.field_problems(text, jsonb), private.max_submission_bytes(), private.clean_fields(text, jsonb),
  private.publish(public.submissions), private.refuse_bad_fields(text, jsonb), private.guard_submission_insert(),
  private.log_submission_created(), private.guard_submission_update(), private.submission_for_submitter(public.submissions),
  private.submit(text, jsonb, uuid), private.update_submission(uuid, jsonb), private.withdraw_submission(uuid),
  private.review_submission(uuid, int, text, text), private.file_report(jsonb)
  from public, anon, authenticated;
-- Called inside the invoker RPCs, so the caller's role needs them.
grant execute on function private.submission_for_submitter(public.submissions) to authenticated;
grant execute on function private.submit(text, jsonb, uuid), private.update_submission(uuid, jsonb), private.withdraw_submission(uuid),
  private.review_submission(uuid, int, text, text) to authenticated;
grant execute on function private.file_report(jsonb) to anon, authenticated;

revoke all on function public.submit_case_story(jsonb), public.submit_business(jsonb, uuid), public.report_error(jsonb),
  public.update_submission(uuid, jsonb), public.withdraw_submission(uuid), public.my_submissions(),
  public.editor_queue(text, text), public.review_submission(uuid, int, text, text)
  from public, anon, authenticated;
grant execute on function public.submit_case_story(jsonb), public.submit_business(jsonb, uuid), public.update_submission(uuid, jsonb),
  public.withdraw_submission(uuid), public.my_submissions(), public.editor_queue(text, text),
  public.review_submission(uuid, int, text, text) to authenticated;
grant execute on function public.report_error(jsonb) to anon, authenticated;
