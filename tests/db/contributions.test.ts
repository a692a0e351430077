/** Business entries and error reports through the one pipeline, and the pipeline's hardening. */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refused, type TestDb } from '../support/db.ts';
import { personaDb, type Personas } from '../support/personas.ts';
import { validSubmission } from '../support/submission.ts';
import { validBusiness, validReport } from '../support/business.ts';

let db: TestDb;
let p: Personas;
beforeAll(async () => ({ db, p } = await personaDb()));
afterAll(() => db?.close());

interface Sub {
  id: string;
  kind: string;
  state: string;
  version: number;
  business_id: string | null;
  editor_note: string | null;
}
const review = (s: { id: string; version: number }, decision: string, note?: string) =>
  db.as(p.editor).rpc<Sub & { business: Record<string, unknown> | null; story: { slug: string } | null }>('review_submission', {
    p_id: s.id,
    p_version: s.version,
    p_decision: decision,
    ...(note ? { p_note: note } : {}),
  });
const setLimit = (bucket: string, n: number) =>
  db.query('update private.submission_limits set per_day = $2 where bucket = $1', [bucket, n]);

describe('anonymous visitor', () => {
  it('reports an error without an account, and learns nothing back but the id', async () => {
    const r = await db.as(null).rpc<{ id: string; state: string }>('report_error', { p_report: validReport() });
    expect(Object.keys(r).sort()).toEqual(['id', 'state']);
    const { rows } = await db.query<{ submitter_id: string | null; fields: Record<string, unknown> }>(
      'select submitter_id, fields from public.submissions where id = $1',
      [r.id],
    );
    expect(rows[0]).toMatchObject({ submitter_id: null, fields: validReport() });
  });

  it('is refused a report the form refuses, and a filled honeypot', async () => {
    const e = await refused(
      db.as(null).rpc('report_error', { p_report: validReport({ what: 'kort', email: 'nej', page_path: '/admin/' }) }),
    );
    expect(e.code).toBe('23514');
    expect(JSON.parse(e.detail!)).toEqual({ what: 'tooShort', email: 'email', page_path: 'page' });
    expect((await refused(db.as(null).rpc('report_error', { p_report: validReport({ honeypot: 'x' }) }))).message).toBe('rejected_as_spam');
  });

  it('meets the per-page daily cap, then the global one', async () => {
    await setLimit('report_page', 2);
    await db.as(null).rpc('report_error', { p_report: validReport() }); // the second on this page today
    expect(await refused(db.as(null).rpc('report_error', { p_report: validReport() }))).toMatchObject({
      code: 'PT429',
      message: 'rate_limited',
    });
    await db.as(null).rpc('report_error', { p_report: validReport({ page_path: '/historier/arla-foods/' }) });
    await setLimit('report_global', 3);
    expect(
      (await refused(db.as(null).rpc('report_error', { p_report: validReport({ page_path: '/historier/coop-amba/' }) }))).message,
    ).toBe('rate_limited');
    await setLimit('report_global', 500);
    await setLimit('report_page', 20);
  });

  it('caps reports per reply address', async () => {
    await setLimit('report_email', 1);
    await db.as(null).rpc('report_error', { p_report: validReport({ page_path: '/ordbog/amba/', email: 'Melder@Example.dk' }) });
    expect(
      (
        await refused(
          db.as(null).rpc('report_error', { p_report: validReport({ page_path: '/ordbog/aarsrapport/', email: 'melder@example.dk' }) }),
        )
      ).message,
    ).toBe('rate_limited');
    await setLimit('report_email', 5);
  });

  // The edge in front of Supabase sets cf-connecting-ip from the connection; PostgREST passes the headers on.
  it('caps anonymous reports per client address, which a forged x-forwarded-for does not change', async () => {
    const from = (address: string, page: string, extra: Record<string, string> = {}) =>
      db
        .as(null)
        .query<{ r: { id: string } }>(`select set_config('request.headers', $1, true), public.report_error($2::jsonb) as r`, [
          JSON.stringify({ 'cf-connecting-ip': address, ...extra }),
          JSON.stringify(validReport({ page_path: page })),
        ]);
    await setLimit('report_address', 2);
    await from('203.0.113.7', '/ordbog/aktieselskab/');
    await from('203.0.113.7', '/ordbog/aktivsikring/');
    expect(await refused(from('203.0.113.7', '/ordbog/andelshaver/'))).toMatchObject({ code: 'PT429', message: 'rate_limited' });
    expect(await refused(from('203.0.113.7', '/ordbog/andelshaver/', { 'x-forwarded-for': '198.51.100.1' }))).toMatchObject({
      message: 'rate_limited',
    });
    // Another address, and the same address signed in (the per-user quota applies there), still report.
    await from('2001:DB8::1', '/ordbog/andelshaver/');
    await db
      .as(p.learner)
      .query(`select set_config('request.headers', $1, true), public.report_error($2::jsonb)`, [
        JSON.stringify({ 'cf-connecting-ip': '203.0.113.7' }),
        JSON.stringify(validReport({ page_path: '/ordbog/almennyttigt-formaal/' })),
      ]);
    // A refused report took no unit from the other quotas.
    const used = await db.query<{ bucket: string; key: string; used: number }>(
      `select bucket, key, used from private.submission_quota where bucket = 'report_address' order by key`,
    );
    expect(used.rows).toEqual([
      { bucket: 'report_address', key: '2001:db8::1', used: 1 },
      { bucket: 'report_address', key: '203.0.113.7', used: 2 },
    ]);
    await setLimit('report_address', 20);
  });

  it('is refused a page the site does not have, so a made-up path cannot sidestep the per-page cap', async () => {
    for (const page_path of ['/ordbog/findes-ikke/', '/historier/opdigtet/', '/kurser/koeb-ind-med-hjerne-og-hjerte/ingen-lektion/']) {
      const e = await refused(db.as(null).rpc('report_error', { p_report: validReport({ page_path }) }));
      expect(e.code, page_path).toBe('23514');
      expect(JSON.parse(e.detail!), page_path).toEqual({ page_path: 'page' });
    }
    // Every kind of page the report form is on: a lesson, a story, a glossary term.
    for (const page_path of [
      '/kurser/koeb-ind-med-hjerne-og-hjerte/reserverede-kontrakter/',
      '/historier/specialisterne/',
      '/ordbog/andelskapital/',
    ])
      await db.as(null).rpc('report_error', { p_report: validReport({ page_path }) });
  });

  // Supabase's documentation does not confirm that cf-connecting-ip reaches request.headers (see
  // private.client_address): without it, anonymous reports share a stricter site-wide cap, never none.
  it('without a confirmed client address, anonymous reports share a stricter site-wide cap', async () => {
    const { rows } = await db.query<{ bucket: string; per_day: number }>(
      `select bucket, per_day from private.submission_limits where bucket in ('report_unconfirmed', 'report_address', 'report_global')`,
    );
    const cap = Object.fromEntries(rows.map((r) => [r.bucket, r.per_day]));
    expect(cap.report_unconfirmed).toBeLessThan(cap.report_global!);
    await db.query(`delete from private.submission_quota where bucket = 'report_unconfirmed'`); // this file's earlier reports
    await setLimit('report_unconfirmed', 2);
    await db.as(null).rpc('report_error', { p_report: validReport({ page_path: '/ordbog/amba/' }) });
    await db.as(null).rpc('report_error', { p_report: validReport({ page_path: '/ordbog/aarsrapport/' }) });
    expect(await refused(db.as(null).rpc('report_error', { p_report: validReport({ page_path: '/ordbog/aktieselskab/' }) }))).toMatchObject(
      { code: 'PT429', message: 'rate_limited' },
    );
    // A confirmed address has its own quota, and a signed-in reporter the per-user one.
    await db
      .as(null)
      .query(`select set_config('request.headers', $1, true), public.report_error($2::jsonb)`, [
        JSON.stringify({ 'cf-connecting-ip': '198.51.100.20' }),
        JSON.stringify(validReport({ page_path: '/ordbog/aktieselskab/' })),
      ]);
    await db.as(p.learner).rpc('report_error', { p_report: validReport({ page_path: '/ordbog/aktivsikring/' }) });
    await setLimit('report_unconfirmed', cap.report_unconfirmed!);
  });

  it('reads the directory’s public fields only, and cannot register a business or read tables', async () => {
    expect(await db.as(null).rpc('published_businesses')).toEqual([]);
    expect((await refused(db.as(null).rpc('submit_business', { p_business: validBusiness() }))).code).toBe('42501');
    expect((await refused(db.as(null).query('select id from public.businesses'))).code).toBe('42501');
    expect((await refused(db.as(null).query('select id from public.submissions'))).code).toBe('42501');
    expect((await refused(db.as(null).rpc('my_business'))).code).toBe('42501');
  });
});

describe('learner (reporter, signed in)', () => {
  let report: Sub;
  it('reports an error and sees it with its state on their own page', async () => {
    const r = await db.as(p.learner).rpc<{ id: string }>('report_error', {
      p_report: validReport({ page_path: '/kurser/koeb-ind-med-hjerne-og-hjerte/reserverede-kontrakter/' }),
    });
    [report] = (await db.as(p.learner).rpc<Sub[]>('my_submissions')) as [Sub];
    expect(report).toMatchObject({ id: r.id, kind: 'report', state: 'pending' });
  });

  it('cannot edit a report, only withdraw it', async () => {
    expect((await refused(db.as(p.learner).rpc('update_submission', { p_id: report.id, p_submission: validReport() }))).message).toBe(
      'submission_not_found',
    );
  });

  it('sees the editors’ answer and the report marked fixed', async () => {
    const accepted = await review(report, 'approve', 'Tak, det retter vi.');
    expect(accepted.state).toBe('approved');
    expect((await refused(review(accepted, 'request_changes', 'Kan ikke bedes om ændringer.'))).message).toBe('invalid_transition');
    await review(accepted, 'fix', 'Rettet i dag.');
    const [mine] = await db.as(p.learner).rpc<(Sub & { events: { to_state: string; actor_role: string }[] })[]>('my_submissions');
    expect(mine).toMatchObject({ state: 'fixed', editor_note: 'Rettet i dag.' });
    expect(mine!.events.map((e) => e.to_state)).toEqual(['pending', 'approved', 'fixed']);
    expect(JSON.stringify(mine)).not.toContain(p.editor.id);
  });
});

describe('partner (business entry)', () => {
  let sent: Sub;
  it('is refused an invalid CVR number and the other field rules', async () => {
    const e = await refused(
      db.as(p.partner).rpc('submit_business', { p_business: validBusiness({ cvr: '10000008', offers: [], rsv: 'ja' }) }),
    );
    expect(JSON.parse(e.detail!)).toEqual({ cvr: 'cvr', offers: 'choose', rsv: 'choose' });
    expect(
      JSON.parse((await refused(db.as(p.partner).rpc('submit_business', { p_business: validBusiness({ cvr: '1234567' }) }))).detail!),
    ).toEqual({ cvr: 'cvr' });
  });

  it('registers a business, which waits for review', async () => {
    sent = await db.as(p.partner).rpc<Sub>('submit_business', { p_business: validBusiness() });
    expect(sent).toMatchObject({ kind: 'business', state: 'pending', business_id: null });
    expect(await db.as(p.partner).rpc('my_business')).toBeNull();
  });

  it('cannot change an entry that is not theirs', async () => {
    const { rows } = await db.query<{
      id: string;
    }>(`insert into public.businesses (slug, name, legal_form, sector, district, offers, rsv, founded, cvr, principles, description)
      values ('fremmed', 'Fremmed', 'ApS', 'Handel', 'Valby', '{andet}', false, 2000, '10000017', '{}', 'x') returning id`);
    expect(
      (await refused(db.as(p.partner).rpc('submit_business', { p_business: validBusiness(), p_business_id: rows[0]!.id }))).message,
    ).toBe('not_your_business');
    await db.query(`delete from public.businesses where slug = 'fremmed'`);
  });

  it('after approval the entry is public without contact data; an edit is moderated again', async () => {
    const approved = await review(sent, 'approve');
    expect(approved.business).toMatchObject({ slug: 'fiktiv-kantine-a-m-b-a', cvr: '10000009' });
    const [entry] = await db.as(null).rpc<Record<string, unknown>[]>('published_businesses');
    expect(Object.keys(entry!).sort()).toEqual(
      [
        'cvr',
        'description',
        'district',
        'founded',
        'inclusive_jobs',
        'legal_form',
        'name',
        'offers',
        'principles',
        'published_at',
        'rsv',
        'sector',
        'slug',
        'updated_at',
        'website',
      ].sort(),
    );
    const own = await db.as(p.partner).rpc<{ id: string; name: string }>('my_business');
    const change = await db
      .as(p.partner)
      .rpc<Sub>('submit_business', { p_business: validBusiness({ name: 'Fiktiv Kantine og Café A.M.B.A.' }), p_business_id: own.id });
    expect((await db.as(null).rpc<{ name: string }[]>('published_businesses'))[0]!.name).toBe('Fiktiv Kantine A.M.B.A.');
    await review(change, 'approve');
    const after = await db.as(null).rpc<{ name: string; slug: string }[]>('published_businesses');
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ name: 'Fiktiv Kantine og Café A.M.B.A.', slug: 'fiktiv-kantine-a-m-b-a' });
  });
});

describe('another learner', () => {
  it('sees neither the partner’s entry through my_business nor anyone’s reports', async () => {
    expect(await db.as(p.otherLearner).rpc('my_business')).toBeNull();
    expect(await db.as(p.otherLearner).rpc('my_submissions')).toEqual([]);
    expect(await db.as(p.otherLearner).query('select id from public.businesses')).toEqual([]);
    expect((await refused(db.as(p.otherLearner).rpc('editor_queue', { p_kind: 'report' }))).message).toBe('editors_only');
  });
});

describe('editor: hardening', () => {
  it('sees every kind in one queue, oldest first, and filters by kind', async () => {
    const all = await db.as(p.editor).rpc<(Sub & { submitted_at: string })[]>('editor_queue', { p_state: 'pending' });
    expect(new Set(all.map((s) => s.kind))).toEqual(new Set(['report']));
    const everything = [
      ...all,
      ...(await db.as(p.editor).rpc<(Sub & { submitted_at: string })[]>('editor_queue', { p_state: 'approved' })),
    ];
    expect(new Set(everything.map((s) => s.kind))).toEqual(new Set(['report', 'business']));
    expect(all.map((s) => s.submitted_at)).toEqual([...all.map((s) => s.submitted_at)].sort());
    expect(await db.as(p.editor).rpc<Sub[]>('editor_queue', { p_state: 'pending', p_kind: 'business' })).toEqual([]);
  });

  it('a decision on a version the submitter has since changed is refused', async () => {
    const opened = await db.as(p.partner).rpc<Sub>('submit_case_story', { p_submission: validSubmission() });
    await db.as(p.partner).rpc('update_submission', { p_id: opened.id, p_submission: validSubmission({ title: 'En anden overskrift' }) });
    expect(await refused(review(opened, 'approve'))).toMatchObject({ code: 'PT409', message: 'submission_changed' });
    const [now] = await db.as(p.editor).rpc<Sub[]>('editor_queue', { p_kind: 'story' });
    expect(now!.version).toBe(opened.version + 1);
    expect((await review(now!, 'approve')).state).toBe('approved');
  });

  it('a no-op update of an approved submission neither fails nor publishes again', async () => {
    const count = async () => (await db.query<{ n: number }>('select count(*)::int as n from public.stories')).rows[0]!.n;
    const before = await count();
    const [approved] = await db.as(p.editor).rpc<Sub[]>('editor_queue', { p_state: 'approved', p_kind: 'story' });
    await db.definer(p.editor).query('update public.submissions set state = state, fields = fields where id = $1', [approved!.id]);
    await db.query('update public.submissions set state = state where id = $1', [approved!.id]);
    expect(await count()).toBe(before);
    const [same] = await db.as(p.editor).rpc<Sub[]>('editor_queue', { p_state: 'approved', p_kind: 'story' });
    expect(same!.version).toBe(approved!.version);
  });

  it('a story slug is never empty, whatever script the organisation name is in', async () => {
    const s = await db
      .as(p.otherLearner)
      .rpc<Sub>('submit_case_story', { p_submission: validSubmission({ organisation: 'Кооператив Мир' }) });
    expect((await review(s, 'approve')).story!.slug).toBe('historie');
  });
});

describe('atomic daily limit', () => {
  it('a user over the limit is refused (PGlite and PostgreSQL)', async () => {
    await setLimit('user', 1);
    const fresh = await db.createUser('grænse@example.dk');
    await db.as(fresh).rpc('submit_case_story', { p_submission: validSubmission() });
    expect(await refused(db.as(fresh).rpc('submit_case_story', { p_submission: validSubmission() }))).toMatchObject({
      code: 'PT429',
      detail: '1',
    });
    await setLimit('user', 5);
  });

  it.runIf(process.env.DATABASE_URL)(
    `two parallel submissions cannot both pass a limit of one${process.env.DATABASE_URL ? '' : ' (skipped: needs PostgreSQL, PGlite has one connection)'}`,
    async () => {
      await setLimit('user', 1);
      const racer = await db.createUser('kapløb@example.dk');
      const { rows } = await db.query<{ name: string }>('select current_database() as name');
      const url = new URL(process.env.DATABASE_URL!);
      url.pathname = `/${rows[0]!.name}`;
      const clients = [new pg.Client({ connectionString: url.toString() }), new pg.Client({ connectionString: url.toString() })];
      await Promise.all(clients.map((c) => c.connect()));
      const claims = JSON.stringify({ sub: racer.id, role: 'authenticated' });
      try {
        // Both transactions are open at once; the first holds the counter row until it commits.
        await Promise.all(
          clients.map(async (c) => {
            await c.query('begin');
            await c.query(`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', $1, true)`, [claims]);
          }),
        );
        const results = await Promise.allSettled(
          clients.map(async (c) => {
            try {
              await c.query('select public.submit_case_story($1::jsonb)', [JSON.stringify(validSubmission())]);
              await c.query('commit');
            } catch (e) {
              await c.query('rollback');
              throw e;
            }
          }),
        );
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason.message).toBe('rate_limited');
        const n = await db.query<{ n: number }>('select count(*)::int as n from public.submissions where submitter_id = $1', [racer.id]);
        expect(n.rows[0]!.n).toBe(1);
      } finally {
        await Promise.all(clients.map((c) => c.end()));
        await setLimit('user', 5);
      }
    },
  );
});

describe('partner stating inclusive jobs (issue 23)', () => {
  type Entry = Record<string, unknown> & { cvr: string; inclusive_jobs: string[] };
  const entryOf = async (cvr: string) => (await db.as(null).rpc<Entry[]>('published_businesses')).find((b) => b.cvr === cvr);
  let employer: Awaited<ReturnType<TestDb['createUser']>>;
  let sent: Sub & { inclusive_jobs?: string[] };
  beforeAll(async () => (employer = await db.createUser('rummelig@example.dk')));

  it('is refused an unknown form, a repeated one and a list that is not a list, and nothing is stored', async () => {
    for (const inclusive_jobs of [['skaanejob'], ['fleksjob', 'fleksjob'], 'fleksjob']) {
      const e = await refused(db.as(employer).rpc('submit_business', { p_business: validBusiness({ cvr: '10000017', inclusive_jobs }) }));
      expect(JSON.parse(e.detail!), JSON.stringify(inclusive_jobs)).toEqual({ inclusive_jobs: 'choose' });
    }
    expect(await db.as(employer).rpc('my_submissions')).toEqual([]);
  });

  it('registers a business with flexjob and company internships: stored as sent, waiting for review', async () => {
    sent = await db.as(employer).rpc('submit_business', {
      p_business: validBusiness({
        name: 'Fiktivt Rummeligt Værksted',
        cvr: '10000017',
        inclusive_jobs: ['fleksjob', 'virksomhedspraktik'],
      }),
    });
    expect(sent).toMatchObject({ state: 'pending', inclusive_jobs: ['fleksjob', 'virksomhedspraktik'] });
    expect(await entryOf('10000017')).toBeUndefined();
  });

  it('after approval the directory shows the stated forms, with public fields only', async () => {
    const approved = await review(sent, 'approve');
    expect(approved.business).toMatchObject({ cvr: '10000017', inclusive_jobs: ['fleksjob', 'virksomhedspraktik'] });
    const entry = (await entryOf('10000017'))!;
    expect(entry.inclusive_jobs).toEqual(['fleksjob', 'virksomhedspraktik']);
    for (const secret of ['contact_name', 'contact_email', 'consent_publish', 'consent_privacy', 'owner_id', 'id'])
      expect(entry).not.toHaveProperty(secret);
    expect(JSON.stringify(entry)).not.toContain('kontakt@kantine.example.dk');
  });

  it('a form that sends no inclusive jobs (or an older one without the field) publishes "not stated": an empty list, never a refusal', async () => {
    const other = await db.createUser('uden-rummelige@example.dk');
    const { inclusive_jobs: _, ...withoutField } = validBusiness({ name: 'Fiktiv Cykelsmed', cvr: '10000025' }) as Record<string, unknown>;
    await review(await db.as(other).rpc<Sub>('submit_business', { p_business: withoutField }), 'approve');
    expect((await entryOf('10000025'))!.inclusive_jobs).toEqual([]);
  });

  it('an edit that removes every form takes them off the entry after approval', async () => {
    const own = await db.as(employer).rpc<{ id: string; inclusive_jobs: string[] }>('my_business');
    expect(own.inclusive_jobs).toEqual(['fleksjob', 'virksomhedspraktik']);
    const change = await db.as(employer).rpc<Sub>('submit_business', {
      p_business: validBusiness({ name: 'Fiktivt Rummeligt Værksted', cvr: '10000017', inclusive_jobs: [] }),
      p_business_id: own.id,
    });
    expect((await entryOf('10000017'))!.inclusive_jobs).toEqual(['fleksjob', 'virksomhedspraktik']);
    await review(change, 'approve');
    expect((await entryOf('10000017'))!.inclusive_jobs).toEqual([]);
  });
});
