/**
 * The forms and the database apply the same field rules: each case goes through the form's
 * validate() and the database's private.field_problems(), and both must name the same problems.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../support/db.ts';
import * as story from '../../src/lib/stories/fields.ts';
import * as business from '../../src/lib/businesses/fields.ts';
import * as report from '../../src/lib/reports/fields.ts';
import * as event from '../../src/lib/events/fields.ts';
import { validEvent } from '../support/event.ts';
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

describe('event fields', () => {
  const base = event.fromInput(validEvent() as never);
  const next = year + 1;
  // Each rule on both sides of its boundary.
  const cases: Partial<event.Draft>[] = [
    {},
    { title: 'x'.repeat(4) },
    { title: 'x'.repeat(5) },
    { title: 'x'.repeat(160) },
    { title: 'x'.repeat(161) },
    { start: '' },
    { start: `${next}-02-29T10:00` },
    { start: `${next}-13-01T10:00` },
    { start: `${next}-05-12T24:00` },
    { start: `${next}-05-12` },
    { start: `${year - 1}-05-12T17:00`, end: `${year - 1}-05-12T19:00` },
    { start: `${next}-01-01T00:00`, end: `${next}-01-01T00:01` },
    { end: '' },
    { end: `${next}-05-12T17:00` },
    { end: `${next}-05-12T17:01` },
    { end: `${next}-05-12T16:59` },
    { end: `${next}-05-11T23:00` },
    { start: 'i morgen', end: `${next}-05-12T17:00` },
    { place_kind: '' },
    { place_kind: 'flere-steder' },
    { address: 'x'.repeat(4) },
    { address: 'x'.repeat(5) },
    { address: 'x'.repeat(201) },
    { place_name: 'x'.repeat(120) },
    { place_name: 'x'.repeat(121) },
    { district: '' },
    { district: 'Aarhus' },
    { place_kind: 'online', online_url: '' },
    { place_kind: 'online', online_url: 'http://moede.example.dk' },
    { place_kind: 'online', online_url: 'https://moede.example.dk' },
    { place_kind: 'online', online_url: `https://x.dk/${'a'.repeat(287)}` },
    { place_kind: 'online', online_url: `https://x.dk/${'a'.repeat(288)}` },
    { place_kind: 'online', address: '', district: '' },
    { organiser_name: 'x' },
    { organiser_name: 'xx' },
    { organiser_business: 'fiktiv-kantine' },
    { organiser_business: 'Fiktiv Kantine' },
    { audiences: [] },
    { audiences: ['revisor'] },
    { audiences: ['borger'] },
    { price: '' },
    { price: '0' },
    { price: '100.000' },
    { price: '100001' },
    { price: '-1' },
    { price: '49,50' },
    { price: 'gratis' },
    { price: '1 250 kr.' },
    { price_note: 'x'.repeat(200) },
    { price_note: 'x'.repeat(201) },
    { sign_up_url: '' },
    { sign_up_url: 'http://kantine.example.dk' },
    { sign_up_url: 'javascript:alert(1)//x.dk' },
    { description: 'x'.repeat(39) },
    { description: 'x'.repeat(40) },
    { description: 'x'.repeat(800) },
    { description: 'x'.repeat(801) },
    { contact_email: 'a@b' },
    { consent_publish: false },
    { consent_privacy: false },
  ];
  it.each(cases.map((c) => [JSON.stringify(c).slice(0, 80), c]))('%s', async (_, change) => {
    const draft = { ...base, ...change };
    expect(await inDb('event', event.toInput(draft))).toEqual(event.validate(draft));
  });

  it('a valid event has no problems on either side', async () => {
    expect(event.validate(base)).toEqual({});
    expect(await inDb('event', event.toInput(base))).toEqual({});
  });
});
