/**
 * Events through the one contributions pipeline (issue 24), by persona: a partner submits, nobody
 * else reads the draft, an editor decides on the version they saw, and the public sees the
 * published event's public fields only — never the contact person.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refused, type TestDb } from '../support/db.ts';
import { personaDb, type Personas } from '../support/personas.ts';
import { validEvent } from '../support/event.ts';

let db: TestDb;
let p: Personas;
beforeAll(async () => ({ db, p } = await personaDb()));
afterAll(() => db?.close());

interface Sub {
  id: string;
  kind: string;
  state: string;
  version: number;
  events: { to_state: string; actor_role: string; note: string | null }[];
}
const review = (s: { id: string; version: number }, decision: string, note?: string) =>
  db
    .as(p.editor)
    .rpc<Sub>('review_submission', { p_id: s.id, p_version: s.version, p_decision: decision, ...(note ? { p_note: note } : {}) });
const problems = async (fields: Record<string, unknown>) => {
  const e = await refused(db.as(p.partner).rpc('submit_event', { p_event: validEvent(fields) }));
  expect(e.code).toBe('23514');
  return JSON.parse(e.detail!) as Record<string, string>;
};
const next = new Date().getFullYear() + 1;

describe('anonymous visitor', () => {
  it('cannot submit an event, read submissions or the events table', async () => {
    expect((await refused(db.as(null).rpc('submit_event', { p_event: validEvent() }))).code).toBe('42501');
    expect((await refused(db.as(null).query('select id from public.events'))).code).toBe('42501');
    expect((await refused(db.as(null).query('select id from public.submissions'))).code).toBe('42501');
    expect(await db.as(null).rpc('published_events')).toEqual([]);
  });
});

describe('partner', () => {
  let sent: Sub;

  it('is refused what the form refuses, naming each problem', async () => {
    expect(
      await problems({
        title: 'Kort',
        start: `${next}-02-30T10:00`,
        place_kind: 'online',
        online_url: 'http://moede.example.dk',
        audiences: [],
        price: -1,
        sign_up_url: 'javascript:alert(1)//x.dk',
        contact_email: 'nej',
      }),
    ).toEqual({
      title: 'tooShort',
      start: 'dateTime',
      online_url: 'https',
      audiences: 'choose',
      price: 'price',
      sign_up_url: 'https',
      contact_email: 'email',
    });
    expect(await problems({ start: `${next - 2}-05-12T17:00`, end: `${next - 2}-05-12T19:00` })).toEqual({ start: 'past' });
    expect(await problems({ end: `${next}-05-12T17:00` })).toEqual({ end: 'endBeforeStart' });
    expect(await problems({ address: '', district: 'Aarhus' })).toEqual({ address: 'required', district: 'choose' });
    expect(await problems({ audiences: ['borger'], organiser_business: 'Ikke En Slug' })).toEqual({
      audiences: 'choose',
      organiser_business: 'choose',
    });
  });

  it('is refused an unknown key, a filled honeypot and an oversized payload, and nothing is stored', async () => {
    expect((await refused(db.as(p.partner).rpc('submit_event', { p_event: validEvent({ status: 'aflyst' }) }))).message).toBe(
      'unknown_fields',
    );
    expect((await refused(db.as(p.partner).rpc('submit_event', { p_event: validEvent({ honeypot: 'x' }) }))).message).toBe(
      'rejected_as_spam',
    );
    expect((await refused(db.as(p.partner).rpc('submit_event', { p_event: validEvent({ description: 'x'.repeat(70000) }) }))).message).toBe(
      'submission_too_large',
    );
    expect(await db.as(p.partner).rpc('my_submissions')).toEqual([]);
  });

  it('submits an event, which waits for the editors with a trail', async () => {
    sent = await db.as(p.partner).rpc<Sub>('submit_event', { p_event: validEvent({ organiser_business: 'fiktiv-kantine' }) });
    expect(sent).toMatchObject({ kind: 'event', state: 'pending', version: 1, title: validEvent().title });
    expect(sent.events.map((e) => e.to_state)).toEqual(['pending']);
    expect(await db.as(null).rpc('published_events')).toEqual([]);
  });

  it('may correct it while it is pending; the version counts', async () => {
    const changed = await db.as(p.partner).rpc<Sub>('update_submission', {
      p_id: sent.id,
      p_submission: validEvent({ organiser_business: 'fiktiv-kantine', price: 50, price_note: 'inkl. kaffe' }),
    });
    expect(changed.version).toBe(2);
    sent = changed;
  });
});

describe('another learner (a stranger)', () => {
  it('cannot read, change or withdraw the partner’s event submission', async () => {
    const [sent] = await db.as(p.partner).rpc<Sub[]>('my_submissions');
    expect(await db.as(p.otherLearner).rpc('my_submissions')).toEqual([]);
    expect(await db.as(p.otherLearner).query('select id from public.submissions')).toEqual([]);
    const change = db.as(p.otherLearner).rpc('update_submission', { p_id: sent!.id, p_submission: validEvent() });
    expect((await refused(change)).message).toBe('submission_not_found');
    expect((await refused(db.as(p.otherLearner).rpc('withdraw_submission', { p_id: sent!.id }))).message).toBe('submission_not_found');
    expect((await refused(db.as(p.otherLearner).rpc('editor_queue'))).message).toBe('editors_only');
  });
});

describe('editor', () => {
  let item: Sub & Record<string, unknown>;

  it('sees the event in the queue with its fields and the contact person', async () => {
    const queue = await db.as(p.editor).rpc<(Sub & Record<string, unknown>)[]>('editor_queue', { p_kind: 'event' });
    expect(queue).toHaveLength(1);
    item = queue[0]!;
    expect(item).toMatchObject({ kind: 'event', price: 50, contact_email: 'kontakt@kantine.example.dk' });
  });

  it('cannot decide on an older version than the one stored', async () => {
    expect((await refused(review({ id: item.id, version: item.version - 1 }, 'approve'))).message).toBe('submission_changed');
  });

  it('asks for changes with a note, then approves the corrected version; the trail keeps every step', async () => {
    const asked = await review(item, 'request_changes', 'Skriv gerne, om der er trappefri adgang.');
    expect(asked.state).toBe('changes_requested');
    const resent = await db.as(p.partner).rpc<Sub>('update_submission', {
      p_id: item.id,
      p_submission: validEvent({
        organiser_business: 'fiktiv-kantine',
        price: 50,
        price_note: 'inkl. kaffe',
        description:
          'Fiktivt eksempel: et aftenmøde, hvor medarbejderejede virksomheder fortæller, hvordan de kom i gang. Trappefri adgang.',
      }),
    });
    expect(resent.state).toBe('pending');
    const approved = await review(resent, 'approve');
    expect(approved.state).toBe('approved');
    expect(approved.events.map((e) => [e.actor_role, e.to_state])).toEqual([
      ['submitter', 'pending'],
      ['editor', 'changes_requested'],
      ['submitter', 'pending'],
      ['editor', 'approved'],
    ]);
    expect(JSON.stringify(approved)).not.toContain(p.editor.id);
  });
});

describe('anonymous visitor after approval', () => {
  it('reads the published event’s public fields only: no contact person, no consents, no submitter', async () => {
    const [event, ...rest] = await db.as(null).rpc<Record<string, unknown>[]>('published_events');
    expect(rest).toEqual([]);
    expect(Object.keys(event!).sort()).toEqual(
      [
        'address',
        'audiences',
        'description',
        'district',
        'end',
        'online_url',
        'organiser_business',
        'organiser_name',
        'place_kind',
        'place_name',
        'price',
        'price_note',
        'published_at',
        'sign_up_url',
        'slug',
        'start',
        'title',
      ].sort(),
    );
    expect(event).toMatchObject({
      slug: `fiktivt-netvaerksmoede-om-faelleseje-${next}-05-12`,
      start: `${next}-05-12T17:00`,
      end: `${next}-05-12T19:30`,
      organiser_business: 'fiktiv-kantine',
      price: 50,
      online_url: null,
    });
    const text = JSON.stringify(event);
    expect(text).not.toContain('kontakt@');
    expect(text).not.toContain('Kontakt Person');
    expect(text).not.toContain(p.partner.id);
  });

  it('an online event keeps only its link, not an address typed before the choice changed', async () => {
    const online = await db.as(p.partner).rpc<Sub>('submit_event', {
      p_event: validEvent({ title: 'Fiktivt webinar om andelskapital', place_kind: 'online', online_url: 'https://moede.example.dk/rum' }),
    });
    await review(online, 'approve');
    const published = (await db.as(null).rpc<Record<string, unknown>[]>('published_events')).find(
      (e) => e.title === 'Fiktivt webinar om andelskapital',
    );
    expect(published).toMatchObject({ place_kind: 'online', online_url: 'https://moede.example.dk/rum', address: null, district: null });
  });
});

describe('the published table', () => {
  it('refuses a non-https link and an end before the start, whoever writes it', async () => {
    const insert = (signUp: string, ends = '2030-01-01 12:00') =>
      db.query(
        `insert into public.events (slug, title, starts, ends, place_kind, online_url, organiser_name, audiences, sign_up_url, description)
         values ('probe-' || md5($1 || $2), 'T', '2030-01-01 10:00', $2::timestamp, 'online', 'https://x.dk', 'O', '{partner}', $1, 'd')`,
        [signUp, ends],
      );
    for (const bad of ['http://x.dk', 'javascript:alert(1)//x.dk', ' https://x.dk'])
      await expect(insert(bad), bad).rejects.toMatchObject({ code: '23514' });
    await expect(insert('https://x.dk', '2030-01-01 09:00')).rejects.toMatchObject({ code: '23514' });
    await insert('https://x.dk/tilmeld');
    await db.query(`delete from public.events where slug like 'probe-%'`);
  });
});
