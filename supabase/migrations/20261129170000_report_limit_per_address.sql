-- Error reports need no account, so their daily caps were per page, per reply address and for the
-- whole site: one visitor could file the site's 500 for the day and silence everyone else. Now an
-- anonymous report also takes a unit from its client address's own daily quota.
--
-- The address is the `cf-connecting-ip` request header, which the edge in front of a Supabase
-- project (Cloudflare) sets from the connection and overwrites when a client sends its own; the
-- local gateway sets it the same way. PostgREST hands the request headers to the database as the
-- setting `request.headers`. Not `x-forwarded-for`: its first entry is whatever the client wrote.
-- Without the header (the owner, a script on the database) there is no address quota, only the others.

insert into private.submission_limits values ('report_address', 20);

create function private.client_address() returns text
language sql stable set search_path = ''
as $$
  select case when a ~ '^[0-9A-Fa-f.:]{2,45}$' then lower(a) end
    from (select nullif(current_setting('request.headers', true), '')::jsonb ->> 'cf-connecting-ip' as a) h
$$;
revoke all on function private.client_address() from public, anon, authenticated;

create or replace function private.guard_submission_insert() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  address text := private.client_address();
begin
  if new.state not in ('draft', 'pending') then
    raise exception using errcode = '42501', message = 'invalid_transition', detail = 'new submission in state ' || new.state;
  end if;
  perform private.refuse_bad_fields(new.kind, new.fields);
  if new.business_id is not null
     and not exists (select 1 from public.businesses b where b.id = new.business_id and b.owner_id = new.submitter_id) then
    raise exception using errcode = '42501', message = 'not_your_business';
  end if;
  if new.submitter_id is not null then
    perform private.take_quota('user', new.submitter_id::text);
  end if;
  if new.kind = 'report' then
    -- A refusal rolls back every unit taken here, so a refused report counts against no quota.
    if new.submitter_id is null and address is not null then
      perform private.take_quota('report_address', address);
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
revoke all on function private.guard_submission_insert() from public, anon, authenticated;
