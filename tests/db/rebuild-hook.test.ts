/**
 * The rebuild trigger the README's deploy steps tell operators to create (Udrulning, trin 6), run
 * exactly as written: it must fire once for each approved contribution of any kind, and for
 * nothing else. Supabase's `supabase_functions.http_request` (which sends the POST) is replaced by
 * a function that records its call; everything else is the real pipeline.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDb } from '../support/db.ts';
import { personaDb, type Personas } from '../support/personas.ts';
import { validSubmission } from '../support/submission.ts';
import { validBusiness, validReport } from '../support/business.ts';
import { validEvent } from '../support/event.ts';

let db: TestDb;
let p: Personas;

const HOOK = 'https://api.example.dk/build_hooks/fiktiv';
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const trigger = /create trigger rebuild_site_on_approval[\s\S]*?\);/.exec(readme)?.[0];

beforeAll(async () => {
  ({ db, p } = await personaDb());
  await db.exec(`
    create schema if not exists supabase_functions;
    create table supabase_functions.calls (args text[], kind text);
    -- Like Supabase's own: security definer, its schema usable by the API roles.
    create function supabase_functions.http_request() returns trigger language plpgsql security definer set search_path = '' as $$
    begin
      insert into supabase_functions.calls values (tg_argv, new.kind);
      return new;
    end $$;
    grant usage on schema supabase_functions to anon, authenticated, service_role;`);
  await db.exec(trigger!.replace('<build hook-URL>', HOOK));
});
afterAll(() => db?.close());

interface Sub {
  id: string;
  version: number;
}
const review = (s: Sub, decision: string, note?: string) =>
  db
    .as(p.editor)
    .rpc<Sub>('review_submission', { p_id: s.id, p_version: s.version, p_decision: decision, ...(note ? { p_note: note } : {}) });
const calls = async () => (await db.query<{ args: string[]; kind: string }>('select args, kind from supabase_functions.calls')).rows;

describe('the README’s rebuild trigger', () => {
  it('is in the README', () => {
    expect(trigger).toMatch(/after update of state on public\.submissions/);
  });

  it('fires once per approval, for stories, businesses and events alike, and not for other decisions', async () => {
    const story = await db.as(p.partner).rpc<Sub>('submit_case_story', { p_submission: validSubmission() });
    const changes = await review(story, 'request_changes', 'Skriv lidt mere om ejerskabet.');
    expect(await calls()).toEqual([]);
    const resent = await db
      .as(p.partner)
      .rpc<Sub>('update_submission', { p_id: story.id, p_submission: validSubmission({ size: '15 medarbejdere' }) });
    expect(resent.version).toBeGreaterThan(changes.version);
    await review(resent, 'approve');
    expect(await calls()).toEqual([{ args: [HOOK, 'POST', '{"Content-Type":"application/json"}', '{}', '5000'], kind: 'story' }]);

    const business = await db.as(p.partner).rpc<Sub>('submit_business', { p_business: validBusiness({ cvr: '20000023' }) });
    await review(business, 'approve');
    const event = await db.as(p.partner).rpc<Sub>('submit_event', { p_event: validEvent() });
    await review(event, 'approve');
    const rejected = await db
      .as(p.learner)
      .rpc<Sub>('submit_case_story', { p_submission: validSubmission({ organisation: 'Et Andet Fiktivt Firma' }) });
    await review(rejected, 'reject', 'Ikke en virksomhed i København.');
    expect((await calls()).map((c) => c.kind)).toEqual(['story', 'business', 'event']);
  });

  it('does not fire again when an approved row changes later (an error report marked fixed)', async () => {
    const report = await db.as(null).rpc<{ id: string }>('report_error', { p_report: validReport() });
    const approved = await review({ id: report.id, version: 1 }, 'approve');
    const before = (await calls()).length;
    await review(approved, 'fix', 'Rettet.');
    expect((await calls()).length).toBe(before);
  });
});
