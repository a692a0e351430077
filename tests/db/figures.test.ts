/**
 * The figures on /tal/ (public.public_figures): every count under 5 leaves the database as null,
 * for every caller. A course with 4 certificates and a district with 4 entries must never show 4;
 * a course with 5 certificates and a district with 5 entries must show 5.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDb, Persona } from '../support/db.ts';
import { personaDb, type Personas } from '../support/personas.ts';
import type { PublicFigures as Figures } from '../../src/lib/supabase/types.ts';

let db: TestDb;
let p: Personas;
let small: { id: string; cpd: number };
let five: { id: string; cpd: number };
let n = 0;

/** A learner who did the course's first lesson and got its certificate, in the given year. */
async function certified(courseId: string, year: number) {
  n += 1;
  const user: Persona = await db.createUser(`tal${n}@example.dk`);
  const at = `${year}-06-15T10:00:00+02:00`;
  await db.query(
    `insert into public.lesson_progress (user_id, lesson_id, done_offline_at, recorded_at)
     select $1, id, $2, $2 from public.lessons where course_id = $3 and status = 'published' order by position limit 1`,
    [user.id, at, courseId],
  );
  await db.query(
    `insert into public.certificates (code, user_id, course_id, participant_name, course_title, level, hours, started_on,
                                      completed_on, issued_at, passed_at, score_percent)
     select private.new_certificate_code(), $1, c.id, 'Fiktiv Kursist', c.title, c.level, coalesce(c.cpd_hours, c.estimated_hours),
            $2::date, $2::date, $2, $2, 90
       from public.courses c where c.id = $3`,
    [user.id, at, courseId],
  );
}

async function business(district: string, i: number) {
  await db.query(
    `insert into public.businesses (slug, name, legal_form, sector, district, offers, rsv, founded, cvr, principles, description)
     values ($1, $2, 'A.M.B.A.', 'Service og rengøring', $3, array['rengoering-og-service'], false, 2020, $4, array['viden'], 'Fiktivt eksempel.')`,
    [`fiktiv-${n}-${i}`, `Fiktiv ${district} ${i}`, district, String(20000000 + n * 100 + i)],
  );
  n += 1;
}

beforeAll(async () => {
  ({ db, p } = await personaDb());
  const { rows } = await db.query<{ id: string; cpd_hours: string | null }>(
    `select id, cpd_hours from public.courses where status = 'published' order by cpd_hours is null, id`,
  );
  const withCpd = rows.filter((r) => r.cpd_hours !== null);
  five = { id: withCpd[0]!.id, cpd: Number(withCpd[0]!.cpd_hours) };
  small = { id: withCpd[1]!.id, cpd: Number(withCpd[1]!.cpd_hours) };
  for (let i = 0; i < 5; i++) await certified(five.id, 2026);
  for (let i = 0; i < 4; i++) await certified(small.id, 2025);
  for (let i = 0; i < 5; i++) await business('Nørrebro', i);
  for (let i = 0; i < 4; i++) await business('Valby', i);
});
afterAll(() => db?.close());

const figuresAs = (who: Persona | null) => db.as(who).rpc<Figures>('public_figures');

/** Every number in the answer that is a count (not a year, not hours). */
function counts(f: Figures): number[] {
  const rows = [...f.per_course, ...f.per_year];
  return [
    f.learners,
    f.certificates,
    f.stories,
    f.businesses,
    ...rows.flatMap((r) => [r.learners, r.certificates]),
    ...[...f.businesses_by_district, ...f.businesses_by_legal_form, ...f.businesses_by_offer].map((g) => g.count),
  ].filter((v): v is number => v !== null);
}

describe('public figures', () => {
  it.each([
    ['anonymous visitor', () => null],
    ['learner', () => p.learner],
    ['editor', () => p.editor],
  ])('%s gets 5 as 5 and 4 as null, never the exact small number', async (_, who) => {
    const f = await figuresAs(who());
    const byCourse = Object.fromEntries(f.per_course.map((c) => [c.course, c]));
    expect(byCourse[five.id]).toMatchObject({ has_cpd: true, learners: 5, certificates: 5, cpd_hours: 5 * five.cpd });
    expect(byCourse[small.id]).toMatchObject({ learners: null, certificates: null, cpd_hours: null });
    expect(f.per_year).toEqual([
      { year: 2025, learners: null, certificates: null, cpd_hours: null },
      { year: 2026, learners: 5, certificates: 5, cpd_hours: 5 * five.cpd },
    ]);
    expect(f.businesses_by_district).toEqual([
      { key: 'Nørrebro', count: 5 },
      { key: 'Valby', count: null },
    ]);
    expect(f.businesses_by_offer).toEqual([{ key: 'rengoering-og-service', count: 9 }]);
    expect(f.learners).toBe(9);
    expect(f.certificates).toBe(9);
    expect(f.stories).toBeNull();
    expect(counts(f)).toContain(5);
    expect(counts(f).some((c) => c > 0 && c < 5)).toBe(false);
    expect(JSON.stringify(f)).not.toMatch(/"(count|learners|certificates)":[1-4][,}]/);
    expect(Date.parse(f.computed_at)).not.toBeNaN();
  });

  it('leaves out hours when fewer than 5 certificates stand behind them, and a revoked certificate does not count', async () => {
    await db.query(
      `update public.certificates set revoked_at = now(), revoked_reason = 'Fiktivt eksempel: tilbagekaldt i test.'
        where id = (select id from public.certificates where course_id = $1 limit 1)`,
      [five.id],
    );
    const f = await figuresAs(null);
    const row = f.per_course.find((c) => c.course === five.id);
    expect(row).toMatchObject({ learners: 5, certificates: null, cpd_hours: null });
    expect(f.cpd_hours).toBe(4 * five.cpd + 4 * small.cpd);
  });

  it('shows a course nobody has taken as suppressed, like any other small count', async () => {
    const f = await figuresAs(null);
    const untouched = f.per_course.find((c) => c.course !== five.id && c.course !== small.id);
    expect(untouched).toMatchObject({ learners: null, certificates: null, cpd_hours: null });
  });
});
