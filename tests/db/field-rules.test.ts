/**
 * The forms and the database apply the same field rules: each case goes through the form's
 * validate() and the database's private.field_problems(), and both must name the same problems.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../support/db.ts';
import * as story from '../../src/lib/stories/fields.ts';
import * as business from '../../src/lib/businesses/fields.ts';
import * as report from '../../src/lib/reports/fields.ts';
import { validSubmission } from '../support/submission.ts';
import { validBusiness, validReport } from '../support/business.ts';

let db: TestDb;
beforeAll(async () => (db = await createTestDb()));
afterAll(() => db?.close());

const inDb = async (kind: string, input: unknown) =>
  (
    await db.query<{ p: Record<string, string> }>('select private.field_problems($1, private.clean_fields($1, $2::jsonb)) as p', [
      kind,
      JSON.stringify(input),
    ])
  ).rows[0]!.p;

const year = new Date().getFullYear();

describe('story fields', () => {
  const base = story.fromSubmission(validSubmission() as never);
  const cases: Partial<story.Draft>[] = [
    {},
    { title: 'Kort' },
    { title: '   ' },
    { organisation: 'x'.repeat(121) },
    { legal_form: 'Kommune' },
    { founded: '1799' },
    { founded: String(year + 1) },
    { principles: ['opfundet'] },
    { story: 'x'.repeat(299) },
    { website: 'ftp://x.dk' },
    { website: '' },
    { contact_email: 'a@b' },
    { contact_email: '' },
    { consent_publish: false },
    { size_band: '1-9' },
  ];
  it.each(cases.map((c) => [JSON.stringify(c), c]))('%s', async (_, change) => {
    const draft = { ...base, ...change };
    expect(await inDb('story', story.toInput(draft))).toEqual(story.validate(draft));
  });
});

describe('business fields', () => {
  const base = business.fromInput(validBusiness() as never);
  const cases: Partial<business.Draft>[] = [
    {},
    { cvr: '10000008' },
    { cvr: '1000000' },
    { cvr: '01000009' },
    { cvr: '1000 0009' },
    { cvr: '' },
    { offers: [] },
    { offers: ['rumfart'] },
    { rsv: 'nej' },
    { name: 'x' },
    { description: 'For kort' },
    { founded: String(year + 1) },
    { website: 'kantine.dk' },
    { consent_privacy: false },
    { district: 'Aarhus' },
    { inclusive_jobs: [] },
    { inclusive_jobs: ['fleksjob'] },
    { inclusive_jobs: ['fleksjob', 'loentilskud', 'virksomhedspraktik'] },
    { inclusive_jobs: ['skaanejob'] },
    { inclusive_jobs: ['loentilskud', 'loentilskud'] },
    { inclusive_jobs: ['Fleksjob'] },
  ];
  it.each(cases.map((c) => [JSON.stringify(c), c]))('%s', async (_, change) => {
    const draft = { ...base, ...change };
    const expected = business.validate(draft);
    // An unanswered RSV question cannot be sent as a boolean: the form stops it, the database would too.
    expect(await inDb('business', business.toInput(draft))).toEqual(expected);
  });
});

describe('report fields', () => {
  const page = { path: validReport().page_path, version: validReport().page_version };
  const cases: [Partial<report.Draft>, Partial<typeof page>][] = [
    [{}, {}],
    [{ what: 'kort' }, {}],
    [{ what: 'x'.repeat(2001) }, {}],
    [{ email: 'nej' }, {}],
    [{ source: 'x'.repeat(501) }, {}],
    [{}, { path: '/om/' }],
    [{}, { path: '/kurser/../' }],
    [{}, { version: '' }],
  ];
  it.each(cases.map((c) => [JSON.stringify(c), c]))('%s', async (_, [change, pageChange]) => {
    const draft = { ...report.emptyDraft(), what: validReport().what, ...change };
    const at = { ...page, ...pageChange };
    expect(await inDb('report', report.toInput(draft, at))).toEqual(report.validate(draft, at));
  });
});
