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

-- Submissions, sent as their submitters and reviewed as the editor, so the triggers write the
-- audit trail and publish the approved one exactly as the site would.
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
begin
  for s in select * from seed_submissions order by n loop
    perform set_config('request.jwt.claims', json_build_object('sub', s.submitter, 'role', 'authenticated')::text, false);
    insert into public.case_submissions (submitter_id, state, title, organisation, legal_form, sector, district, founded, size,
                                         size_band, principles, summary, story, lessons, website, contact_name, contact_email,
                                         consent_publish, consent_privacy)
    values (s.submitter, case when s.outcome = 'draft' then 'draft' else 'pending' end,
            'Sådan gør ' || s.organisation || ' det', s.organisation,
            case when s.organisation like '%A.M.B.A.%' then 'A.M.B.A.' when s.organisation like '%F.M.B.A.%' then 'F.M.B.A.'
                 when s.organisation like '%ApS%' then 'ApS' else 'Forening' end,
            'Service og rengøring', 'Nørrebro', 2015 + s.n, (5 + s.n * 3) || ' medlemmer', '10-49', array['viden', 'inkluderende-arbejdsmarked'],
            'Fiktivt eksempel til lokal udvikling: ' || s.organisation || ' er opdigtet og viser, hvordan en indsendt historie ser ud.',
            'Fiktivt eksempel. Denne historie er skrevet til lokal udvikling og test, og virksomheden findes ikke. '
              || 'Medlemmerne ejer virksomheden i fællesskab, træffer de store beslutninger på generalforsamlingen og fordeler '
              || 'overskuddet efter, hvor meget de har handlet eller arbejdet. De startede med et lille indskud fra hvert medlem '
              || 'og et lån i en andelskasse, og de bruger vedtægterne aktivt, når nye medlemmer kommer til. '
              || 'Hvert år gør de status over, hvad fællesskabet har givet medlemmerne og byen.',
            'Skriv vedtægterne sammen, og forklar andelskapitalen for hvert nyt medlem.',
            'https://eksempel.example.dk', 'Kontakt Person', 'kontakt' || s.n || '@example.dk', true, true)
    returning id into new_id;

    perform set_config('request.jwt.claims', json_build_object('sub', '00000000-0000-4000-8000-000000000004', 'role', 'authenticated')::text, false);
    if s.outcome = 'approved' then
      update public.case_submissions set state = 'approved' where id = new_id;
    elsif s.outcome = 'changes_requested' then
      update public.case_submissions set state = 'changes_requested', editor_note = 'Skriv gerne lidt mere om, hvordan I fordeler overskuddet.' where id = new_id;
    elsif s.outcome = 'rejected' then
      update public.case_submissions set state = 'rejected', editor_note = 'Historien handler ikke om en demokratisk eller socialøkonomisk virksomhed.' where id = new_id;
    elsif s.outcome = 'withdrawn' then
      perform set_config('request.jwt.claims', json_build_object('sub', s.submitter, 'role', 'authenticated')::text, false);
      update public.case_submissions set state = 'withdrawn' where id = new_id;
    end if;
  end loop;
  perform set_config('request.jwt.claims', '', false);
end
$$;

drop table seed_submissions;
