-- Local development data: two learners, a partner and an editor, and case submissions in every
-- state. Sign in on the local site with one of these addresses; the code is printed in the
-- gateway's terminal. All organisations here are fictional.

insert into auth.users (id, email, email_confirmed_at, aud, role) values
  ('00000000-0000-4000-8000-000000000001', 'laerke@example.dk', now(), 'authenticated', 'authenticated'),
  ('00000000-0000-4000-8000-000000000002', 'anders@example.dk', now(), 'authenticated', 'authenticated'),
  ('00000000-0000-4000-8000-000000000003', 'partner@example.dk', now(), 'authenticated', 'authenticated'),
  ('00000000-0000-4000-8000-000000000004', 'redaktoer@example.dk', now(), 'authenticated', 'authenticated')
on conflict (id) do nothing;

update public.profiles set display_name = 'Lærke Læresen', profession = 'revisor' where user_id = '00000000-0000-4000-8000-000000000001';
update public.profiles set display_name = 'Anders Andersen', profession = 'rådgiver' where user_id = '00000000-0000-4000-8000-000000000002';
update public.profiles set display_name = 'Pia Partner', profession = 'partner' where user_id = '00000000-0000-4000-8000-000000000003';
update public.profiles set display_name = 'Rikke Redaktør', profession = 'andet' where user_id = '00000000-0000-4000-8000-000000000004';
insert into public.user_roles (user_id, role) values ('00000000-0000-4000-8000-000000000004', 'editor') on conflict do nothing;

-- Submissions of every kind, sent as their submitters and reviewed as the editor, so the triggers
-- write the trail and publish the approved ones exactly as the site would. All fictional.
create temporary table seed_submissions (n int, submitter uuid, organisation text, outcome text);
insert into seed_submissions values
  (1, '00000000-0000-4000-8000-000000000003', 'Fiktiv Cykelværksted A.M.B.A.', 'approved'),
  (2, '00000000-0000-4000-8000-000000000003', 'Fiktivt Grønt Fællesskab', 'pending'),
  (3, '00000000-0000-4000-8000-000000000003', 'Fiktiv Kaffebar F.M.B.A.', 'changes_requested'),
  (4, '00000000-0000-4000-8000-000000000003', 'Fiktivt Trykkeri ApS', 'rejected'),
  (5, '00000000-0000-4000-8000-000000000002', 'Fiktiv Rengøring A.M.B.A.', 'withdrawn'),
  (6, '00000000-0000-4000-8000-000000000002', 'Fiktiv Boligforening', 'draft');

do $$
declare
  s record;
  new_id uuid;
  v int;
  as_user text := '{"sub": "%s", "role": "authenticated"}';
  editor text := '00000000-0000-4000-8000-000000000004';
begin
  for s in select * from seed_submissions order by n loop
    perform set_config('request.jwt.claims', format(as_user, s.submitter), false);
    insert into public.submissions (kind, submitter_id, state, fields)
    values ('story', s.submitter, case when s.outcome = 'draft' then 'draft' else 'pending' end, jsonb_build_object(
            'title', 'Sådan gør ' || s.organisation || ' det', 'organisation', s.organisation,
            'legal_form', case when s.organisation like '%A.M.B.A.%' then 'A.M.B.A.' when s.organisation like '%F.M.B.A.%' then 'F.M.B.A.'
                               when s.organisation like '%ApS%' then 'ApS' else 'Forening' end,
            'sector', 'Service og rengøring', 'district', 'Nørrebro', 'founded', 2015 + s.n, 'size', (5 + s.n * 3) || ' medlemmer',
            'size_band', '10-49', 'principles', jsonb_build_array('viden', 'inkluderende-arbejdsmarked'),
            'summary', 'Fiktivt eksempel til lokal udvikling: ' || s.organisation || ' er opdigtet og viser, hvordan en indsendt historie ser ud.',
            'story', 'Fiktivt eksempel. Denne historie er skrevet til lokal udvikling og test, og virksomheden findes ikke. '
              || 'Medlemmerne ejer virksomheden i fællesskab, træffer de store beslutninger på generalforsamlingen og fordeler '
              || 'overskuddet efter, hvor meget de har handlet eller arbejdet. De startede med et lille indskud fra hvert medlem '
              || 'og et lån i en andelskasse, og de bruger vedtægterne aktivt, når nye medlemmer kommer til. '
              || 'Hvert år gør de status over, hvad fællesskabet har givet medlemmerne og byen.',
            'lessons', 'Skriv vedtægterne sammen, og forklar andelskapitalen for hvert nyt medlem.',
            'website', 'https://eksempel.example.dk', 'contact_name', 'Kontakt Person', 'contact_email', 'kontakt' || s.n || '@example.dk',
            'consent_publish', true, 'consent_privacy', true))
    returning id into new_id;

    perform set_config('request.jwt.claims', format(as_user, editor), false);
    if s.outcome = 'approved' then
      update public.submissions set state = 'approved' where id = new_id;
    elsif s.outcome = 'changes_requested' then
      update public.submissions set state = 'changes_requested', editor_note = 'Skriv gerne lidt mere om, hvordan I fordeler overskuddet.' where id = new_id;
    elsif s.outcome = 'rejected' then
      update public.submissions set state = 'rejected', editor_note = 'Historien handler ikke om en demokratisk eller socialøkonomisk virksomhed.' where id = new_id;
    elsif s.outcome = 'withdrawn' then
      perform set_config('request.jwt.claims', format(as_user, s.submitter), false);
      update public.submissions set state = 'withdrawn' where id = new_id;
    end if;
  end loop;

  -- Two fictional business entries: one approved (in the directory), one waiting.
  perform set_config('request.jwt.claims', format(as_user, '00000000-0000-4000-8000-000000000003'), false);
  insert into public.submissions (kind, fields) values ('business', jsonb_build_object(
    'name', 'Fiktiv Cykelværksted A.M.B.A.', 'legal_form', 'A.M.B.A.', 'sector', 'Service og rengøring', 'district', 'Nørrebro',
    'offers', jsonb_build_array('transport-og-flytning', 'beskaeftigelse-og-socialt'), 'rsv', true, 'founded', 2016,
    'website', 'https://cykel.example.dk', 'cvr', '10000009', 'principles', jsonb_build_array('inkluderende-arbejdsmarked'),
    'description', 'Fiktivt eksempel til lokal udvikling: et cykelværksted, som medarbejderne ejer, og som ansætter folk på kanten af arbejdsmarkedet.',
    'contact_name', 'Kontakt Person', 'contact_email', 'cykel@example.dk', 'consent_publish', true, 'consent_privacy', true))
  returning id into new_id;
  perform set_config('request.jwt.claims', format(as_user, editor), false);
  update public.submissions set state = 'approved' where id = new_id;
  perform set_config('request.jwt.claims', format(as_user, '00000000-0000-4000-8000-000000000002'), false);
  insert into public.submissions (kind, fields) values ('business', jsonb_build_object(
    'name', 'Fiktiv Rengøring A.M.B.A.', 'legal_form', 'A.M.B.A.', 'sector', 'Service og rengøring', 'district', 'Valby',
    'offers', jsonb_build_array('rengoering-og-service'), 'rsv', false, 'founded', 2020, 'website', null, 'cvr', '10000017',
    'principles', jsonb_build_array('hjerne-og-hjerte'),
    'description', 'Fiktivt eksempel til lokal udvikling: et rengøringsfirma ejet af de ansatte, der gerne vil levere til kommunen.',
    'contact_name', 'Kontakt Person', 'contact_email', 'rent@example.dk', 'consent_publish', true, 'consent_privacy', true));

  -- Two fictional error reports: one new from a visitor without an account, one answered for a learner.
  -- A report names a page the site has; the catalogue sync lists them, and the seed may run before it.
  insert into private.site_pages (path, kind) values ('/ordbog/andelskapital/', 'glossary') on conflict do nothing;
  perform set_config('request.jwt.claims', '', false);
  insert into public.submissions (kind, submitter_id, fields) values ('report', null, jsonb_build_object(
    'page_path', '/ordbog/andelskapital/', 'page_version', '2026-11-29', 'what', 'Fiktivt eksempel: et link i forklaringen virker ikke.',
    'source', null, 'email', null));
  perform set_config('request.jwt.claims', format(as_user, '00000000-0000-4000-8000-000000000001'), false);
  insert into public.submissions (kind, submitter_id, fields) values ('report', '00000000-0000-4000-8000-000000000001', jsonb_build_object(
    'page_path', '/historier/fiktiv-cykelvaerksted-a-m-b-a/', 'page_version', '2026-11-29',
    'what', 'Fiktivt eksempel: stiftelsesåret i faktaboksen passer ikke med teksten.', 'source', null, 'email', 'laerke@example.dk'))
  returning id into new_id;
  perform set_config('request.jwt.claims', format(as_user, editor), false);
  update public.submissions set state = 'approved', editor_note = 'Tak, vi retter det i næste udgave.' where id = new_id;
  perform set_config('request.jwt.claims', '', false);
end
$$;

drop table seed_submissions;
