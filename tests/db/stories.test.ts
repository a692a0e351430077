import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refused, type TestDb } from '../support/db.ts';
import { personaDb, type Personas } from '../support/personas.ts';
import { validSubmission } from '../support/submission.ts';

let db: TestDb;
let p: Personas;
beforeAll(async () => ({ db, p } = await personaDb()));
afterAll(() => db?.close());

interface Submission {
  id: string;
  state: string;
  editor_note: string | null;
  contact_email: string;
}

const submit = (overrides = {}) => db.as(p.partner).rpc<Submission>('submit_case_story', { p_submission: validSubmission(overrides) });

describe('partner (submitter)', () => {
  it('submits a story, which waits for review', async () => {
    const s = await submit();
    expect(s.state).toBe('pending');
    expect(s).not.toHaveProperty('submitter_id');
    expect((await db.as(p.partner).rpc<Submission[]>('my_submissions')).map((x) => x.id)).toEqual([s.id]);
  });

  it('is refused what the form refuses: missing consent, bad e-mail, too short a story, unknown principle', async () => {
    for (const bad of [{ consent_publish: false }, { consent_privacy: false }, { contact_email: 'ikke-en-adresse' }, { story: 'For kort.' },
      { principles: ['opfundet'] }, { website: 'javascript:alert(1)' }, { founded: 1500 }])
      expect((await refused(submit(bad))).code, JSON.stringify(bad)).toBe('23514');
  });

  it('is refused when the honeypot is filled in', async () => {
    expect((await refused(submit({ honeypot: 'http://spam.example' }))).message).toBe('rejected_as_spam');
  });

  it('cannot submit in a state an editor sets, nor approve its own submission', async () => {
    const e = await refused(db.as(p.partner).query(
      `insert into public.case_submissions (title, organisation, legal_form, sector, district, founded, size, summary, story, lessons, contact_name, contact_email, consent_publish, consent_privacy, state)
       select title, organisation, legal_form, sector, district, founded, size, summary, story, lessons, contact_name, contact_email, true, true, 'approved'
         from jsonb_populate_record(null::public.case_submissions, $1::jsonb)`, [JSON.stringify(validSubmission())]));
    expect(e.message).toBe('invalid_transition');
    const [mine] = await db.as(p.partner).rpc<Submission[]>('my_submissions');
    expect((await refused(db.as(p.partner).query(`update public.case_submissions set state = 'approved' where id = $1`, [mine!.id]))).message).toBe('invalid_transition');
    expect((await refused(db.as(p.partner).rpc('review_submission', { p_id: mine!.id, p_decision: 'approve' }))).message).toBe('editors_only');
    expect((await refused(db.as(p.partner).query(`update public.case_submissions set editor_note = 'Flot!' where id = $1`, [mine!.id]))).message).toBe('read_only_field');
  });

  it('cannot read the editor queue, but reads the trail of its own submissions', async () => {
    expect((await refused(db.as(p.partner).rpc('editor_queue'))).message).toBe('editors_only');
    const trail = await db.as(p.partner).query<{ to_state: string }>('select to_state from public.moderation_events');
    expect(trail.length).toBeGreaterThan(0);
    expect((await refused(db.as(p.partner).query(`insert into public.moderation_events (submission_id, to_state) select id, 'approved' from public.case_submissions limit 1`))).code).toBe('42501');
  });

  it('hits the daily limit with a clear code', async () => {
    const { rows } = await db.query<{ n: number }>('select count(*)::int as n from public.case_submissions where submitter_id = $1', [p.partner.id]);
    for (let i = rows[0]!.n; i < 5; i++) await submit();
    const e = await refused(submit());
    expect(e).toMatchObject({ code: 'PT429', message: 'rate_limited', detail: '5' });
  });
});

describe('another learner', () => {
  it('sees none of the partner’s submissions, contact data or trail', async () => {
    expect(await db.as(p.otherLearner).rpc('my_submissions')).toEqual([]);
    expect(await db.as(p.otherLearner).query('select contact_email from public.case_submissions')).toEqual([]);
    expect(await db.as(p.otherLearner).query('select * from public.moderation_events')).toEqual([]);
  });

  it('cannot withdraw or edit the partner’s submission', async () => {
    const [theirs] = await db.as(p.partner).rpc<Submission[]>('my_submissions');
    expect((await refused(db.as(p.otherLearner).rpc('withdraw_submission', { p_id: theirs!.id }))).message).toBe('submission_not_found');
    expect((await refused(db.as(p.otherLearner).rpc('update_submission', { p_id: theirs!.id, p_submission: validSubmission() }))).message).toBe('submission_not_found');
  });
});

describe('editor', () => {
  let target: Submission & { age_days: number; events: unknown[] };

  it('sees the queue with contact data and age', async () => {
    const queue = await db.as(p.editor).rpc<(Submission & { age_days: number; events: unknown[] })[]>('editor_queue');
    expect(queue.length).toBeGreaterThan(0);
    target = queue[0]!;
    expect(target.contact_email).toBe('kontakt@bageri.example.dk');
    expect(target.age_days).toBe(0);
    expect(target.events).toHaveLength(1);
  });

  it('must give a note when asking for changes or rejecting', async () => {
    expect((await refused(db.as(p.editor).rpc('review_submission', { p_id: target.id, p_decision: 'request_changes', p_note: '' }))).message).toBe('note_required');
  });

  it('asks for changes; the submitter sees the note, edits and resubmits; the editor approves and a story is published', async () => {
    const asked = await db.as(p.editor).rpc<Submission>('review_submission', { p_id: target.id, p_decision: 'request_changes', p_note: 'Tilføj gerne, hvornår I blev stiftet.' });
    expect(asked.state).toBe('changes_requested');
    const seen = (await db.as(p.partner).rpc<Submission[]>('my_submissions')).find((s) => s.id === target.id)!;
    expect(seen).toMatchObject({ state: 'changes_requested', editor_note: 'Tilføj gerne, hvornår I blev stiftet.' });

    const resubmitted = await db.as(p.partner).rpc<Submission>('update_submission', { p_id: target.id, p_submission: validSubmission({ founded: 2018 }) });
    expect(resubmitted.state).toBe('pending');

    const approved = await db.as(p.editor).rpc<Submission & { story: { slug: string; founded: number } }>('review_submission', { p_id: target.id, p_decision: 'approve' });
    expect(approved.state).toBe('approved');
    expect(approved.story).toMatchObject({ slug: 'fiktivt-bageri-a-m-b-a', founded: 2018 });

    const events = await db.as(p.editor).query<{ to_state: string; actor_id: string }>('select to_state, actor_id from public.moderation_events where submission_id = $1 order by id', [target.id]);
    expect(events.map((e) => e.to_state)).toEqual(['pending', 'changes_requested', 'pending', 'approved']);
    expect(events[3]!.actor_id).toBe(p.editor.id);
  });

  it('cannot review a submission twice, nor edit its content', async () => {
    expect((await refused(db.as(p.editor).rpc('review_submission', { p_id: target.id, p_decision: 'reject', p_note: 'Alligevel ikke.' }))).message).toBe('invalid_transition');
    expect((await refused(db.as(p.editor).query(`update public.case_submissions set title = 'Redaktørens titel' where id = $1`, [target.id]))).message).toBe('not_editable');
  });

  it('a submitter cannot edit an approved submission', async () => {
    expect((await refused(db.as(p.partner).rpc('update_submission', { p_id: target.id, p_submission: validSubmission() }))).message).toBe('not_editable');
  });

  it('rejects with a note; the submitter can withdraw another', async () => {
    const [a, b] = (await db.as(p.editor).rpc<Submission[]>('editor_queue', { p_state: 'pending' })) as [Submission, Submission];
    expect((await db.as(p.editor).rpc<Submission>('review_submission', { p_id: a.id, p_decision: 'reject', p_note: 'Passer ikke til sitet.' })).state).toBe('rejected');
    expect((await db.as(p.partner).rpc<Submission>('withdraw_submission', { p_id: b.id })).state).toBe('withdrawn');
    expect((await refused(db.as(p.editor).rpc('review_submission', { p_id: b.id, p_decision: 'approve' }))).message).toBe('invalid_transition');
  });

  it('cannot approve its own submission', async () => {
    const own = await db.as(p.editor).rpc<Submission>('submit_case_story', { p_submission: validSubmission({ organisation: 'Redaktørens Egen Forening' }) });
    expect((await refused(db.as(p.editor).rpc('review_submission', { p_id: own.id, p_decision: 'approve' }))).message).toBe('invalid_transition');
  });
});

describe('anonymous visitor', () => {
  it('reads published stories without any contact data or link to the submission', async () => {
    const stories = await db.as(null).rpc<Record<string, unknown>[]>('list_published_stories');
    expect(stories).toHaveLength(1);
    const keys = Object.keys(stories[0]!);
    for (const hidden of ['contact_name', 'contact_email', 'submitter_id', 'submission_id']) expect(keys).not.toContain(hidden);
    expect(await db.as(null).query('select slug from public.stories')).toHaveLength(1);
  });

  it('cannot publish a story directly, nor change one', async () => {
    expect((await refused(db.as(null).query(`insert into public.stories (slug, title, organisation, legal_form, sector, district, founded, size, size_band, principles, summary, story, lessons)
      values ('falsk', 'x', 'x', 'A.M.B.A.', 'Handel', 'Nørrebro', 2000, 'x', '10-49', '{}', 'x', 'x', 'x')`))).code).toBe('42501');
    expect((await refused(db.as(p.editor).query(`update public.stories set title = 'Ændret'`))).code).toBe('42501');
  });

  it('cannot read submissions, the trail, or submit', async () => {
    expect((await refused(db.as(null).query('select * from public.case_submissions'))).code).toBe('42501');
    expect((await refused(db.as(null).query('select * from public.moderation_events'))).code).toBe('42501');
    expect((await refused(db.as(null).rpc('submit_case_story', { p_submission: validSubmission() }))).code).toBe('42501');
  });
});
