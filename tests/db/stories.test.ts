/** Case stories through the contribution pipeline: submit, moderate, publish. */
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
  kind: string;
  state: string;
  version: number;
  editor_note: string | null;
  contact_email: string;
  events: { actor_role: string; to_state: string }[];
}

const submit = (overrides = {}) => db.as(p.partner).rpc<Submission>('submit_case_story', { p_submission: validSubmission(overrides) });
const review = (s: { id: string; version: number }, decision: string, note?: string) =>
  db.as(p.editor).rpc<Submission & { story: { slug: string; founded: number } | null }>('review_submission', {
    p_id: s.id,
    p_version: s.version,
    p_decision: decision,
    ...(note ? { p_note: note } : {}),
  });

describe('anonymous visitor (before anything is published)', () => {
  it('reads an empty list of stories, and cannot submit', async () => {
    expect(await db.as(null).rpc('list_published_stories')).toEqual([]);
    expect((await refused(db.as(null).rpc('submit_case_story', { p_submission: validSubmission() }))).code).toBe('42501');
  });
});

describe('partner (submitter)', () => {
  it('submits a story, which waits for review', async () => {
    const s = await submit();
    expect(s).toMatchObject({ kind: 'story', state: 'pending', version: 1 });
    expect(s).not.toHaveProperty('submitter_id');
    expect(s).not.toHaveProperty('fields');
    expect(s.events).toEqual([expect.objectContaining({ actor_role: 'submitter', to_state: 'pending' })]);
    expect((await db.as(p.partner).rpc<Submission[]>('my_submissions')).map((x) => x.id)).toEqual([s.id]);
  });

  it('is refused what the form refuses, with the field and problem named', async () => {
    const cases: [Record<string, unknown>, Record<string, string>][] = [
      [{ consent_publish: false }, { consent_publish: 'consent' }],
      [{ consent_privacy: false }, { consent_privacy: 'consent' }],
      [{ contact_email: 'ikke-en-adresse' }, { contact_email: 'email' }],
      [{ story: 'For kort.' }, { story: 'tooShort' }],
      [{ principles: ['opfundet'] }, { principles: 'choose' }],
      [{ website: 'javascript:alert(1)' }, { website: 'url' }],
      [{ founded: 1500 }, { founded: 'year' }],
      [{ founded: '2019' }, { founded: 'year' }],
    ];
    for (const [bad, problems] of cases) {
      const e = await refused(submit(bad));
      expect(e.code, JSON.stringify(bad)).toBe('23514');
      expect(JSON.parse(e.detail!), JSON.stringify(bad)).toEqual(problems);
    }
  });

  it('is refused when the honeypot is filled in', async () => {
    expect((await refused(submit({ honeypot: 'http://spam.example' }))).message).toBe('rejected_as_spam');
  });

  it('is refused a field the form does not have, and stores nothing', async () => {
    const e = await refused(submit({ published: true, slug: 'egen-slug' }));
    expect(e).toMatchObject({ code: '22023', message: 'unknown_fields' });
    expect(JSON.parse(e.detail!)).toEqual(['published', 'slug']);
  });

  it('cannot submit in a state an editor sets, nor approve its own submission (the triggers refuse it even behind a function)', async () => {
    const e = await refused(
      db
        .definer(p.partner)
        .query(`insert into public.submissions (kind, fields, state) values ('story', $1::jsonb, 'approved')`, [
          JSON.stringify(validSubmission()),
        ]),
    );
    expect(e.message).toBe('invalid_transition');
    const mine = (await db.as(p.partner).rpc<Submission[]>('my_submissions')).find((s) => s.state === 'pending')!;
    expect((await refused(db.as(p.partner).query(`update public.submissions set state = 'approved' where id = $1`, [mine.id]))).code).toBe(
      '42501',
    );
    expect(
      (await refused(db.definer(p.partner).query(`update public.submissions set state = 'approved' where id = $1`, [mine.id]))).message,
    ).toBe('invalid_transition');
    expect(
      (await refused(db.as(p.partner).rpc('review_submission', { p_id: mine.id, p_version: mine.version, p_decision: 'approve' }))).message,
    ).toBe('editors_only');
    expect(
      (await refused(db.definer(p.partner).query(`update public.submissions set editor_note = 'Flot!' where id = $1`, [mine.id]))).message,
    ).toBe('read_only_field');
  });

  it('cannot bypass the field rules by writing the table directly (no privilege; and the triggers check them too)', async () => {
    const insert = (s: ReturnType<typeof db.as>, fields: object) =>
      refused(s.query(`insert into public.submissions (kind, fields) values ('story', $1::jsonb)`, [JSON.stringify(fields)]));
    expect((await insert(db.as(p.partner), validSubmission({ title: 'x' }))).code).toBe('42501');
    expect(await insert(db.definer(p.partner), validSubmission({ title: 'x' }))).toMatchObject({
      code: '23514',
      message: 'invalid_fields',
    });
    expect(await insert(db.definer(p.partner), validSubmission({ extra: 'x' }))).toMatchObject({
      code: '22023',
      message: 'unknown_fields',
    });
  });

  it('cannot read the editor queue, but reads the trail of its own submissions without user ids', async () => {
    expect((await refused(db.as(p.partner).rpc('editor_queue'))).message).toBe('editors_only');
    const trail = await db.as(p.partner).query<{ to_state: string }>('select to_state, actor_role from public.moderation_events');
    expect(trail.length).toBeGreaterThan(0);
    expect((await refused(db.as(p.partner).query('select actor_id from public.moderation_events'))).code).toBe('42501');
    expect(
      (
        await refused(
          db
            .as(p.partner)
            .query(
              `insert into public.moderation_events (submission_id, actor_role, to_state) select id, 'editor', 'approved' from public.submissions limit 1`,
            ),
        )
      ).code,
    ).toBe('42501');
  });
});

describe('learner (signed in, no submissions)', () => {
  it('has no submissions and cannot review', async () => {
    expect(await db.as(p.learner).rpc('my_submissions')).toEqual([]);
    const [theirs] = await db.as(p.partner).rpc<Submission[]>('my_submissions');
    expect(
      (await refused(db.as(p.learner).rpc('review_submission', { p_id: theirs!.id, p_version: theirs!.version, p_decision: 'approve' })))
        .message,
    ).toBe('editors_only');
  });
});

describe('another learner', () => {
  it('sees none of the partner’s submissions, contact data or trail', async () => {
    expect(await db.as(p.otherLearner).rpc('my_submissions')).toEqual([]);
    expect(await db.as(p.otherLearner).query('select fields from public.submissions')).toEqual([]);
    expect(await db.as(p.otherLearner).query('select id, to_state from public.moderation_events')).toEqual([]);
  });

  it('cannot withdraw or edit the partner’s submission', async () => {
    const [theirs] = await db.as(p.partner).rpc<Submission[]>('my_submissions');
    expect((await refused(db.as(p.otherLearner).rpc('withdraw_submission', { p_id: theirs!.id }))).message).toBe('submission_not_found');
    expect(
      (await refused(db.as(p.otherLearner).rpc('update_submission', { p_id: theirs!.id, p_submission: validSubmission() }))).message,
    ).toBe('submission_not_found');
    expect(
      (
        await refused(
          db.as(p.otherLearner).query(`update public.submissions set state = 'withdrawn' where id = $1 returning id`, [theirs!.id]),
        )
      ).code,
    ).toBe('42501');
  });
});

describe('editor', () => {
  let target: Submission & { age_days: number; submitter_id: string };

  it('sees the queue with contact data and age, filtered by kind', async () => {
    const queue = await db.as(p.editor).rpc<(typeof target)[]>('editor_queue');
    expect(queue.length).toBeGreaterThan(0);
    target = queue[0]!;
    expect(target).toMatchObject({ kind: 'story', contact_email: 'kontakt@bageri.example.dk', age_days: 0, submitter_id: p.partner.id });
    expect(target.events).toHaveLength(1);
    expect(await db.as(p.editor).rpc('editor_queue', { p_kind: 'business' })).toEqual([]);
    expect((await db.as(p.editor).rpc<Submission[]>('editor_queue', { p_kind: 'story' })).length).toBe(queue.length);
  });

  it('must give a note when asking for changes or rejecting', async () => {
    expect((await refused(review(target, 'request_changes', ''))).message).toBe('note_required');
  });

  it('asks for changes; the submitter sees the note, edits and resubmits; the editor approves and a story is published', async () => {
    const asked = await review(target, 'request_changes', 'Tilføj gerne, hvornår I blev stiftet.');
    expect(asked.state).toBe('changes_requested');
    const seen = (await db.as(p.partner).rpc<Submission[]>('my_submissions')).find((s) => s.id === target.id)!;
    expect(seen).toMatchObject({ state: 'changes_requested', editor_note: 'Tilføj gerne, hvornår I blev stiftet.' });
    expect(seen.events.map((e) => e.actor_role)).toEqual(['submitter', 'editor']);
    expect(JSON.stringify(seen)).not.toContain(p.editor.id);

    const resubmitted = await db
      .as(p.partner)
      .rpc<Submission>('update_submission', { p_id: target.id, p_submission: validSubmission({ founded: 2018 }) });
    expect(resubmitted.state).toBe('pending');

    const approved = await review(resubmitted, 'approve');
    expect(approved.state).toBe('approved');
    expect(approved.story).toMatchObject({ slug: 'fiktivt-bageri-a-m-b-a', founded: 2018 });

    const events = await db
      .as(p.editor)
      .query<{ to_state: string; actor_role: string }>(
        'select to_state, actor_role from public.moderation_events where submission_id = $1 order by id',
        [target.id],
      );
    expect(events.map((e) => e.to_state)).toEqual(['pending', 'changes_requested', 'pending', 'approved']);
    expect(events[3]!.actor_role).toBe('editor');
    // The audit keeps who decided, out of every API role's reach.
    const { rows } = await db.query<{ actor_id: string }>(
      'select actor_id from public.moderation_events where submission_id = $1 order by id desc limit 1',
      [target.id],
    );
    expect(rows[0]!.actor_id).toBe(p.editor.id);
  });

  it('cannot review a submission twice, nor edit its content', async () => {
    const [now] = await db.as(p.editor).rpc<Submission[]>('editor_queue', { p_state: 'approved' });
    expect((await refused(review(now!, 'reject', 'Alligevel ikke.'))).message).toBe('invalid_transition');
    expect(
      (
        await refused(
          db
            .definer(p.editor)
            .query(`update public.submissions set fields = fields || '{"title": "Redaktørens titel"}' where id = $1`, [target.id]),
        )
      ).message,
    ).toBe('not_editable');
  });

  it('a submitter cannot edit an approved submission', async () => {
    expect((await refused(db.as(p.partner).rpc('update_submission', { p_id: target.id, p_submission: validSubmission() }))).message).toBe(
      'not_editable',
    );
  });

  it('rejects with a note; the submitter can withdraw another', async () => {
    await submit({ organisation: 'Fiktivt Andet Bageri' });
    await submit({ organisation: 'Fiktivt Tredje Bageri' });
    const [a, b] = (await db.as(p.editor).rpc<Submission[]>('editor_queue', { p_state: 'pending' })) as [Submission, Submission];
    expect((await review(a, 'reject', 'Passer ikke til sitet.')).state).toBe('rejected');
    expect((await db.as(p.partner).rpc<Submission>('withdraw_submission', { p_id: b.id })).state).toBe('withdrawn');
    expect((await refused(review({ id: b.id, version: b.version + 1 }, 'approve'))).message).toBe('invalid_transition');
  });

  it('cannot approve its own submission', async () => {
    const own = await db
      .as(p.editor)
      .rpc<Submission>('submit_case_story', { p_submission: validSubmission({ organisation: 'Redaktørens Egen Forening' }) });
    expect((await refused(review(own, 'approve'))).message).toBe('invalid_transition');
  });
});

describe('anonymous visitor (after publication)', () => {
  it('reads published stories without any contact data or link to the submission', async () => {
    const stories = await db.as(null).rpc<Record<string, unknown>[]>('list_published_stories');
    expect(stories).toHaveLength(1);
    const keys = Object.keys(stories[0]!);
    for (const hidden of ['contact_name', 'contact_email', 'submitter_id', 'submission_id']) expect(keys).not.toContain(hidden);
    expect(await db.as(null).query('select slug from public.stories')).toHaveLength(1);
  });

  it('cannot publish a story directly, nor change one', async () => {
    expect(
      (
        await refused(
          db
            .as(null)
            .query(`insert into public.stories (slug, title, organisation, legal_form, sector, district, founded, size, size_band, principles, summary, story, lessons)
      values ('falsk', 'x', 'x', 'A.M.B.A.', 'Handel', 'Nørrebro', 2000, 'x', '10-49', '{}', 'x', 'x', 'x')`),
        )
      ).code,
    ).toBe('42501');
    expect((await refused(db.as(p.editor).query(`update public.stories set title = 'Ændret'`))).code).toBe('42501');
  });

  it('cannot read submissions or the trail', async () => {
    expect((await refused(db.as(null).query('select id from public.submissions'))).code).toBe('42501');
    expect((await refused(db.as(null).query('select id from public.moderation_events'))).code).toBe('42501');
  });
});
