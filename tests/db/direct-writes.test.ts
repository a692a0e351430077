/**
 * Moderation cannot be walked around: PostgREST serves every table in public at /rest/v1/<table>,
 * so a signed-in user could write `submissions` directly unless the table privileges say no. These
 * tests write the way PostgREST would (`set local role authenticated` with the user's claims) and
 * replay the decoy attack of issue 20: a row whose fields carry another story's id and version.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refused, type TestDb } from '../support/db.ts';
import { personaDb, type Personas } from '../support/personas.ts';
import { validSubmission } from '../support/submission.ts';
import { validBusiness } from '../support/business.ts';

let db: TestDb;
let p: Personas;
beforeAll(async () => ({ db, p } = await personaDb()));
afterAll(() => db?.close());

interface Card {
  id: string;
  kind: string;
  state: string;
  version: number;
  organisation?: string;
}

const directInsert = (who: Personas[keyof Personas], fields: Record<string, unknown>) =>
  db
    .as(who)
    .query(`insert into public.submissions (kind, fields, state) values ('story', $1::jsonb, 'pending') returning id`, [
      JSON.stringify(fields),
    ]);

describe('learner (the victim: a pending story of their own)', () => {
  let victim: Card;
  it('sends a story through the RPC', async () => {
    victim = await db
      .as(p.learner)
      .rpc<Card>('submit_case_story', { p_submission: validSubmission({ organisation: 'Fiktivt Offer Bageri' }) });
    expect(victim).toMatchObject({ kind: 'story', state: 'pending', version: 1 });
  });

  describe('partner (the attacker)', () => {
    it('cannot insert a submission directly, not even a decoy carrying the victim’s id and version', async () => {
      const decoy = validSubmission({ id: victim.id, version: victim.version, state: 'approved', kind: 'report' });
      expect((await refused(directInsert(p.partner, decoy))).code).toBe('42501');
      expect((await refused(directInsert(p.partner, validSubmission()))).code).toBe('42501');
    });

    it('cannot update or delete a submission directly, not even their own', async () => {
      const mine = await db.as(p.partner).rpc<Card>('submit_case_story', { p_submission: validSubmission() });
      const update = (sql: string) => refused(db.as(p.partner).query(sql, [mine.id]));
      expect((await update(`update public.submissions set fields = fields || '{"x": 1}' where id = $1`)).code).toBe('42501');
      expect((await update(`update public.submissions set state = 'withdrawn' where id = $1`)).code).toBe('42501');
      expect((await update(`delete from public.submissions where id = $1`)).code).toBe('42501');
      await db.as(p.partner).rpc('withdraw_submission', { p_id: mine.id });
    });

    it('cannot smuggle system columns in through the RPC either: unknown keys are refused', async () => {
      const e = await refused(
        db.as(p.partner).rpc('submit_case_story', { p_submission: validSubmission({ id: victim.id, version: victim.version }) }),
      );
      expect(e).toMatchObject({ code: '22023', message: 'unknown_fields' });
      expect(JSON.parse(e.detail!)).toEqual(['id', 'version']);
    });

    it('is refused an oversized payload', async () => {
      const e = await refused(
        db.as(p.partner).rpc('submit_case_story', { p_submission: validSubmission({ story: 'Fiktivt. '.repeat(9000) }) }),
      );
      expect(e).toMatchObject({ code: '22023', message: 'submission_too_large' });
    });
  });

  describe('another learner (a stranger to the story)', () => {
    it('cannot insert, update or delete submissions directly', async () => {
      expect((await refused(directInsert(p.otherLearner, validSubmission()))).code).toBe('42501');
      expect(
        (await refused(db.as(p.otherLearner).query(`update public.submissions set state = 'withdrawn' where id = $1`, [victim.id]))).code,
      ).toBe('42501');
      expect((await refused(db.as(p.otherLearner).query(`delete from public.submissions where id = $1`, [victim.id]))).code).toBe('42501');
    });
  });

  describe('editor', () => {
    it('sees one card per submission, each with its row’s id, kind, state and version', async () => {
      const queue = await db.as(p.editor).rpc<Card[]>('editor_queue');
      const { rows } = await db.query<Card>(
        `select id, kind, state, version from public.submissions where state in ('pending', 'changes_requested')`,
      );
      expect(queue.map((c) => c.id).sort()).toEqual(rows.map((r) => r.id).sort());
      for (const card of queue)
        expect({ id: card.id, kind: card.kind, state: card.state, version: card.version }).toEqual(rows.find((r) => r.id === card.id));
    });

    it('system columns win over fields in every JSON built from a row, even for a row the owner wrote', async () => {
      const { rows } = await db.query<{ j: Card }>(
        `
        select private.submission_for_submitter(s) as j from (
          select (x.id, x.kind, x.submitter_id, x.state, x.fields || '{"id": "00000000-0000-0000-0000-000000000000", "kind": "report", "state": "approved", "version": 99}'::jsonb,
                  x.business_id, x.version, x.editor_note, x.reviewed_at, x.submitted_at, x.updated_at)::public.submissions as s
            from public.submissions x where x.id = $1) r`,
        [victim.id],
      );
      expect(rows[0]!.j).toMatchObject({ id: victim.id, kind: 'story', state: 'pending', version: victim.version });
    });

    it('approving the card with the victim’s id approves exactly the victim’s story, and only after review', async () => {
      const card = (await db.as(p.editor).rpc<Card[]>('editor_queue')).filter((c) => c.id === victim.id);
      expect(card).toHaveLength(1);
      expect(card[0]!.organisation).toBe('Fiktivt Offer Bageri');
    });

    it('cannot write the table directly either: decisions go through review_submission', async () => {
      expect(
        (await refused(db.as(p.editor).query(`update public.submissions set state = 'approved' where id = $1`, [victim.id]))).code,
      ).toBe('42501');
    });
  });
});

describe('partner (business entry)', () => {
  it('cannot insert a business submission directly', async () => {
    const e = await refused(
      db
        .as(p.partner)
        .query(`insert into public.submissions (kind, fields) values ('business', $1::jsonb)`, [JSON.stringify(validBusiness())]),
    );
    expect(e.code).toBe('42501');
  });
});
