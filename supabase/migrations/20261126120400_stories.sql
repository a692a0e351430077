-- Case stories: partners submit, editors moderate, approved submissions become published stories.
-- Submissions (with the submitter's contact data) are readable only by the submitter and editors.
-- A trigger is the state machine: it decides who may move a submission from which state to which,
-- stamps reviews with the server's clock and writes the audit trail, however the row is changed.

create table public.case_submissions (
  id uuid primary key default gen_random_uuid(),
  submitter_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  state text not null default 'pending'
    check (state in ('draft', 'pending', 'approved', 'changes_requested', 'rejected', 'withdrawn')),
  title text not null check (char_length(btrim(title)) between 5 and 140),
  organisation text not null check (char_length(btrim(organisation)) between 2 and 120),
  -- The library's facets: the same lists as src/lib/content/taxonomy.ts (a test compares them).
  legal_form text not null check (legal_form in ('A.M.B.A.', 'F.M.B.A.', 'Forening', 'Selvejende institution',
    'Erhvervsdrivende fond', 'ApS', 'A/S', 'I/S', 'Andelskasse', 'Andet')),
  sector text not null check (sector in ('Fødevarer og landbrug', 'Handel', 'Energi og miljø', 'Bank og finansiering',
    'IT og rådgivning', 'Medier og kultur', 'Byggeri og håndværk', 'Service og rengøring', 'Social og sundhed',
    'Uddannelse', 'Bolig', 'Andet')),
  district text not null check (district in ('Indre By', 'Østerbro', 'Nørrebro', 'Vesterbro/Kongens Enghave', 'Valby',
    'Vanløse', 'Brønshøj-Husum', 'Bispebjerg', 'Amager Øst', 'Amager Vest', 'København, flere bydele',
    'Hovedstadsområdet i øvrigt', 'Resten af Danmark', 'Flere steder i Danmark', 'Flere lande')),
  founded int not null check (founded between 1800 and 2100),
  size text not null check (char_length(btrim(size)) between 1 and 80),
  size_band text not null check (size_band in ('under-10', '10-49', '50-249', '250-plus')),
  principles text[] not null default '{}' check (principles <@ array['inkluderende-arbejdsmarked', 'hjerne-og-hjerte', 'viden', 'attraktivt-og-synligt', 'internationalt']),
  summary text not null check (char_length(btrim(summary)) between 40 and 400),
  story text not null check (char_length(btrim(story)) between 300 and 12000),
  lessons text not null check (char_length(btrim(lessons)) between 40 and 4000),
  website text check (website is null or (website ~ '^https?://[^\s/]+\.[^\s]+$' and char_length(website) <= 300)),
  contact_name text not null check (char_length(btrim(contact_name)) between 2 and 120),
  contact_email text not null check (contact_email ~* '^[^@\s]+@[^@\s]+\.[a-z]{2,}$' and char_length(contact_email) <= 254),
  consent_publish boolean not null check (consent_publish),
  consent_privacy boolean not null check (consent_privacy),
  editor_note text check (editor_note is null or char_length(editor_note) <= 4000),
  reviewed_by uuid references auth.users (id) on delete set null,
  reviewed_at timestamptz,
  submitted_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
alter table public.case_submissions enable row level security;
create index case_submissions_submitter_idx on public.case_submissions (submitter_id, submitted_at);
create index case_submissions_queue_idx on public.case_submissions (state, submitted_at);

revoke all on public.case_submissions from anon, authenticated;
grant select on public.case_submissions to authenticated;
grant insert (title, organisation, legal_form, sector, district, founded, size, size_band, principles, summary, story, lessons,
              website, contact_name, contact_email, consent_publish, consent_privacy, state)
  on public.case_submissions to authenticated;
grant update (title, organisation, legal_form, sector, district, founded, size, size_band, principles, summary, story, lessons,
              website, contact_name, contact_email, consent_publish, consent_privacy, state, editor_note)
  on public.case_submissions to authenticated;

create policy "submitters read their own submissions" on public.case_submissions
  for select to authenticated using (submitter_id = (select auth.uid()));
create policy "editors read all submissions" on public.case_submissions
  for select to authenticated using ((select private.is_editor()));
create policy "signed-in users submit as themselves" on public.case_submissions
  for insert to authenticated with check (submitter_id = (select auth.uid()));
create policy "submitters change their own submissions" on public.case_submissions
  for update to authenticated using (submitter_id = (select auth.uid())) with check (submitter_id = (select auth.uid()));
create policy "editors review submissions" on public.case_submissions
  for update to authenticated using ((select private.is_editor())) with check ((select private.is_editor()));

create table public.stories (
  id uuid primary key default gen_random_uuid(),
  submission_id uuid unique references public.case_submissions (id) on delete set null,
  slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  title text not null,
  organisation text not null,
  legal_form text not null,
  sector text not null,
  district text not null,
  founded int not null,
  size text not null,
  size_band text not null,
  principles text[] not null,
  summary text not null,
  story text not null,
  lessons text not null,
  website text,
  published_at timestamptz not null default now()
);
alter table public.stories enable row level security;
revoke all on public.stories from anon, authenticated;
grant select on public.stories to anon, authenticated;
create policy "everyone reads published stories" on public.stories
  for select to anon, authenticated using (true);

create table public.moderation_events (
  id bigint generated always as identity primary key,
  submission_id uuid not null references public.case_submissions (id) on delete cascade,
  actor_id uuid references auth.users (id) on delete set null,
  from_state text,
  to_state text not null,
  note text,
  created_at timestamptz not null default now()
);
alter table public.moderation_events enable row level security;
create index moderation_events_submission_idx on public.moderation_events (submission_id, created_at);
revoke all on public.moderation_events from anon, authenticated;
grant select on public.moderation_events to authenticated;
create policy "editors read the moderation trail" on public.moderation_events
  for select to authenticated using ((select private.is_editor()));
create policy "submitters read the trail of their own submissions" on public.moderation_events
  for select to authenticated using (
    exists (select 1 from public.case_submissions s where s.id = submission_id and s.submitter_id = (select auth.uid()))
  );

-- How many submissions one user may send in 24 hours.
create function private.daily_submission_limit() returns int
language sql immutable set search_path = '' as $$ select 5 $$;

create function private.slugify(t text) returns text
language sql immutable set search_path = ''
as $$
  select trim(both '-' from regexp_replace(
    translate(lower(t), 'æøåéèäöüß', 'æøåeeaous'), '[^a-z0-9æøå]+', '-', 'g'))
$$;

create function private.unique_story_slug(t text) returns text
language plpgsql set search_path = ''
as $$
declare
  base text := replace(replace(replace(private.slugify(t), 'æ', 'ae'), 'ø', 'oe'), 'å', 'aa');
  candidate text := base;
  n int := 1;
begin
  while exists (select 1 from public.stories where slug = candidate) loop
    n := n + 1;
    candidate := base || '-' || n;
  end loop;
  return candidate;
end
$$;

create function private.guard_submission_insert() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  if new.state not in ('draft', 'pending') then
    raise exception using errcode = '42501', message = 'invalid_transition', detail = 'new submission in state ' || new.state;
  end if;
  if (select count(*) from public.case_submissions
       where submitter_id = new.submitter_id and submitted_at > now() - interval '24 hours') >= private.daily_submission_limit() then
    raise exception using errcode = 'PT429', message = 'rate_limited', detail = private.daily_submission_limit()::text;
  end if;
  new.submitted_at := now();
  new.updated_at := now();
  new.editor_note := null;
  new.reviewed_by := null;
  new.reviewed_at := null;
  return new;
end
$$;

-- After the row exists: the first entry of its audit trail.
create function private.log_submission_created() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  insert into public.moderation_events (submission_id, actor_id, from_state, to_state)
  values (new.id, new.submitter_id, null, new.state);
  return null;
end
$$;

create function private.guard_submission_update() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  uid uuid := (select auth.uid());
  is_submitter boolean := uid = old.submitter_id;
  is_editor boolean := (select private.is_editor());
  content_changed boolean := (to_jsonb(new) - array['state', 'editor_note', 'updated_at', 'reviewed_by', 'reviewed_at'])
                              is distinct from (to_jsonb(old) - array['state', 'editor_note', 'updated_at', 'reviewed_by', 'reviewed_at']);
  move text := old.state || '>' || new.state;
begin
  -- No signed-in user: the database owner or the service role (seed, maintenance), not the API.
  if uid is null then
    return new;
  end if;
  if new.submitter_id is distinct from old.submitter_id or new.submitted_at is distinct from old.submitted_at then
    raise exception using errcode = '42501', message = 'read_only_field';
  end if;
  if content_changed and not (is_submitter and old.state in ('draft', 'pending', 'changes_requested')) then
    raise exception using errcode = '42501', message = 'not_editable', detail = old.state;
  end if;
  if new.editor_note is distinct from old.editor_note and not (is_editor and not is_submitter) then
    raise exception using errcode = '42501', message = 'read_only_field';
  end if;

  if new.state is distinct from old.state then
    if is_submitter and move in ('draft>pending', 'draft>withdrawn', 'pending>withdrawn', 'changes_requested>pending', 'changes_requested>withdrawn') then
      null;
    elsif is_editor and not is_submitter and move in ('pending>approved', 'pending>changes_requested', 'pending>rejected') then
      if new.state <> 'approved' and char_length(btrim(coalesce(new.editor_note, ''))) < 5 then
        raise exception using errcode = '23514', message = 'note_required';
      end if;
      new.reviewed_by := uid;
      new.reviewed_at := now();
    else
      raise exception using errcode = '42501', message = 'invalid_transition', detail = move;
    end if;
    insert into public.moderation_events (submission_id, actor_id, from_state, to_state, note)
    values (new.id, uid, old.state, new.state, case when is_editor and not is_submitter then new.editor_note end);
  elsif new.editor_note is distinct from old.editor_note then
    raise exception using errcode = '42501', message = 'invalid_transition', detail = 'note without a decision';
  end if;

  if new.state = 'approved' then
    insert into public.stories (submission_id, slug, title, organisation, legal_form, sector, district, founded, size,
                                size_band, principles, summary, story, lessons, website)
    values (new.id, private.unique_story_slug(new.organisation), new.title, new.organisation, new.legal_form, new.sector,
            new.district, new.founded, new.size, new.size_band, new.principles, new.summary, new.story, new.lessons, new.website);
  end if;
  new.updated_at := now();
  return new;
end
$$;

revoke all on function private.daily_submission_limit(), private.slugify(text), private.unique_story_slug(text),
  private.guard_submission_insert(), private.log_submission_created(), private.guard_submission_update() from public;

create trigger guard_submission_insert before insert on public.case_submissions
  for each row execute function private.guard_submission_insert();
create trigger log_submission_created after insert on public.case_submissions
  for each row execute function private.log_submission_created();
create trigger guard_submission_update before update on public.case_submissions
  for each row execute function private.guard_submission_update();

-- RPC ---------------------------------------------------------------------------------------

-- The fields a submitter writes, from the form's JSON.
create function private.submission_fields(p jsonb) returns public.case_submissions
language plpgsql stable set search_path = ''
as $$
declare
  r public.case_submissions;
begin
  if jsonb_typeof(p) is distinct from 'object' then
    raise exception using errcode = '22023', message = 'invalid_submission';
  end if;
  if coalesce(p ->> 'honeypot', '') <> '' then
    raise exception using errcode = '22023', message = 'rejected_as_spam';
  end if;
  r.title := btrim(p ->> 'title');
  r.organisation := btrim(p ->> 'organisation');
  r.legal_form := btrim(p ->> 'legal_form');
  r.sector := btrim(p ->> 'sector');
  r.district := btrim(p ->> 'district');
  r.founded := (p ->> 'founded')::int;
  r.size := btrim(p ->> 'size');
  r.size_band := p ->> 'size_band';
  r.principles := coalesce(array(select jsonb_array_elements_text(case when jsonb_typeof(p -> 'principles') = 'array' then p -> 'principles' else '[]' end)), '{}');
  r.summary := btrim(p ->> 'summary');
  r.story := btrim(p ->> 'story');
  r.lessons := btrim(p ->> 'lessons');
  r.website := nullif(btrim(p ->> 'website'), '');
  r.contact_name := btrim(p ->> 'contact_name');
  r.contact_email := lower(btrim(p ->> 'contact_email'));
  r.consent_publish := coalesce((p ->> 'consent_publish')::boolean, false);
  r.consent_privacy := coalesce((p ->> 'consent_privacy')::boolean, false);
  return r;
end
$$;
grant execute on function private.submission_fields(jsonb) to authenticated;

create function private.submission_for_submitter(s public.case_submissions) returns jsonb
language sql stable set search_path = ''
as $$ select to_jsonb(s) - array['submitter_id', 'reviewed_by'] $$;
grant execute on function private.submission_for_submitter(public.case_submissions) to authenticated;

create function public.submit_case_story(p_submission jsonb) returns jsonb
language plpgsql set search_path = ''
as $$
declare
  f public.case_submissions := private.submission_fields(p_submission);
  created public.case_submissions;
begin
  perform private.require_user();
  insert into public.case_submissions (title, organisation, legal_form, sector, district, founded, size, size_band, principles, summary,
                                       story, lessons, website, contact_name, contact_email, consent_publish, consent_privacy, state)
  values (f.title, f.organisation, f.legal_form, f.sector, f.district, f.founded, f.size, f.size_band, f.principles, f.summary,
          f.story, f.lessons, f.website, f.contact_name, f.contact_email, f.consent_publish, f.consent_privacy, 'pending')
  returning * into created;
  return private.submission_for_submitter(created);
end
$$;

-- Edits a submission that is pending or has changes requested; an edit after a request is a resubmission.
create function public.update_submission(p_id uuid, p_submission jsonb) returns jsonb
language plpgsql set search_path = ''
as $$
declare
  f public.case_submissions := private.submission_fields(p_submission);
  changed public.case_submissions;
begin
  perform private.require_user();
  update public.case_submissions s
     set title = f.title, organisation = f.organisation, legal_form = f.legal_form, sector = f.sector,
         district = f.district, founded = f.founded, size = f.size, size_band = f.size_band, principles = f.principles, summary = f.summary,
         story = f.story, lessons = f.lessons, website = f.website, contact_name = f.contact_name,
         contact_email = f.contact_email, consent_publish = f.consent_publish, consent_privacy = f.consent_privacy,
         state = case when s.state = 'changes_requested' then 'pending' else s.state end
   where s.id = p_id and s.submitter_id = (select auth.uid())
  returning * into changed;
  if not found then
    raise exception using errcode = 'PT404', message = 'submission_not_found';
  end if;
  return private.submission_for_submitter(changed);
end
$$;

create function public.withdraw_submission(p_id uuid) returns jsonb
language plpgsql set search_path = ''
as $$
declare
  changed public.case_submissions;
begin
  perform private.require_user();
  update public.case_submissions set state = 'withdrawn'
   where id = p_id and submitter_id = (select auth.uid())
  returning * into changed;
  if not found then
    raise exception using errcode = 'PT404', message = 'submission_not_found';
  end if;
  return private.submission_for_submitter(changed);
end
$$;

create function public.my_submissions() returns jsonb
language sql stable set search_path = ''
as $$
  select coalesce(jsonb_agg(private.submission_for_submitter(s) order by s.submitted_at desc), '[]')
    from public.case_submissions s
   where s.submitter_id = (select auth.uid())
$$;

create function public.editor_queue(p_state text default null) returns jsonb
language plpgsql stable set search_path = ''
as $$
begin
  if not (select private.is_editor()) then
    raise exception using errcode = '42501', message = 'editors_only';
  end if;
  return coalesce((
    select jsonb_agg(to_jsonb(s) || jsonb_build_object(
             'age_days', extract(day from now() - s.submitted_at)::int,
             'events', (select coalesce(jsonb_agg(to_jsonb(e) order by e.created_at), '[]')
                          from public.moderation_events e where e.submission_id = s.id))
           order by s.submitted_at)
      from public.case_submissions s
     where (p_state is null and s.state in ('pending', 'changes_requested')) or s.state = p_state), '[]');
end
$$;

create function public.review_submission(p_id uuid, p_decision text, p_note text default null) returns jsonb
language plpgsql set search_path = ''
as $$
declare
  target text := case p_decision when 'approve' then 'approved' when 'request_changes' then 'changes_requested'
                                 when 'reject' then 'rejected' end;
  changed public.case_submissions;
begin
  if not (select private.is_editor()) then
    raise exception using errcode = '42501', message = 'editors_only';
  end if;
  if target is null then
    raise exception using errcode = '22023', message = 'invalid_decision', detail = p_decision;
  end if;
  update public.case_submissions set state = target, editor_note = nullif(btrim(p_note), '')
   where id = p_id
  returning * into changed;
  if not found then
    raise exception using errcode = 'PT404', message = 'submission_not_found';
  end if;
  return to_jsonb(changed) || jsonb_build_object('story', (select to_jsonb(st) from public.stories st where st.submission_id = p_id));
end
$$;

create function public.list_published_stories() returns jsonb
language sql stable set search_path = ''
as $$
  select coalesce(jsonb_agg(to_jsonb(s) - 'submission_id' order by s.published_at desc), '[]') from public.stories s
$$;

revoke all on function public.submit_case_story(jsonb), public.update_submission(uuid, jsonb), public.withdraw_submission(uuid),
  public.my_submissions(), public.editor_queue(text), public.review_submission(uuid, text, text),
  public.list_published_stories() from public;
grant execute on function public.submit_case_story(jsonb), public.update_submission(uuid, jsonb), public.withdraw_submission(uuid),
  public.my_submissions(), public.editor_queue(text), public.review_submission(uuid, text, text) to authenticated;
grant execute on function public.list_published_stories() to anon, authenticated;
