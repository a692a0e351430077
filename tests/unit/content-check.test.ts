import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkContent } from '../../scripts/content-check.ts';
import { fixtureBank } from '../support/assessment-fixture.ts';

const root = resolve(import.meta.dirname, '../..');
let copy: string | undefined;
afterEach(() => copy && rmSync(copy, { recursive: true, force: true }));

/**
 * The day the tests check as: fixed, so the suite never fails because the calendar moved on.
 * Whether today's content is still reviewed in time is `npm run content:check`'s job.
 */
const TODAY = new Date('2026-12-07T12:00:00Z');

/** A copy of the real content in which one file is spoiled. */
function spoiled(file: string, change: (text: string) => string, now = TODAY) {
  copy = mkdtempSync(join(tmpdir(), 'fv-content-'));
  cpSync(join(root, 'courses'), join(copy, 'courses'), { recursive: true });
  cpSync(join(root, 'src/content'), join(copy, 'src/content'), { recursive: true });
  const path = join(copy, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
  return checkContent(copy, now).map((p) => `${p.file}: ${p.message}`);
}

const LESSON = 'courses/andelsselskabet/01-hvad-er-et-andelsselskab.md';
const BANK = 'courses/andelsselskabet/assessment.yaml';
const lessonIds = () =>
  readdirSync(join(root, 'courses/andelsselskabet'))
    .filter((f) => /^\d{2}-.+\.md$/.test(f))
    .map((f) => /^id: (.+)$/m.exec(readFileSync(join(root, 'courses/andelsselskabet', f), 'utf8'))![1]!.trim());

/** A copy of the real content with the andelsselskabet bank replaced (or removed, with null). */
function withBank(bank: unknown) {
  return spoiled(LESSON, (t) => {
    if (bank === null) rmSync(join(copy!, BANK), { force: true });
    else writeFileSync(join(copy!, BANK), typeof bank === 'string' ? bank : stringify(bank));
    return t;
  });
}

describe('content check', () => {
  it('fails once the clock is past the newest period of the tools’ thresholds, not a day before', () => {
    const within = checkContent(root, new Date('2027-12-31T12:00:00+01:00')).filter((p) => p.file.endsWith('rates.ts'));
    expect(within).toEqual([]);
    const past = checkContent(root, new Date('2028-01-01T12:00:00+01:00')).filter((p) => p.file.endsWith('rates.ts'));
    expect(past.map((p) => p.message)).toEqual([
      'satserne »procurement« gælder kun til 2027-12-31 (2026–2027); læg den næste periode ind med kilde',
    ]);
  });

  it('finds nothing wrong in the published content', () => {
    expect(checkContent(root, TODAY)).toEqual([]);
  });

  it('fails on a published lesson without a knowledge check', () => {
    expect(spoiled(LESSON, (t) => t.replace(/^quiz:[\s\S]*?(?=^---$)/m, ''))).toContain(
      `${LESSON}: videnstjekket har 0 spørgsmål; en udgivet lektion skal have 3–5`,
    );
  });

  it('fails on a lesson without objectives or sources', () => {
    const problems = spoiled(LESSON, (t) =>
      t.replace(/^objectives:\n(?:\s+- .*\n)+/m, 'objectives: []\n').replace(/^sources:\n(?:\s+-? ?\w+:.*\n)+/m, 'sources: []\n'),
    );
    expect(problems.some((p) => p.startsWith(`${LESSON}: objectives`))).toBe(true);
    expect(problems.some((p) => p.startsWith(`${LESSON}: sources`))).toBe(true);
  });

  it('fails on a broken internal link and on a glossary reference to a missing term', () => {
    const problems = spoiled(
      LESSON,
      (t) => `${t}\n\nSe [et kursus, der ikke findes](/kurser/findes-ikke/) og [et begreb](/ordbog/opdigtet-begreb/).\n`,
    );
    expect(problems).toContain(`${LESSON}: internt link til /kurser/findes-ikke/ fører ingen steder hen`);
    expect(problems).toContain(`${LESSON}: begrebet »opdigtet-begreb« findes ikke i ordbogen`);
  });

  it('fails on an empty section', () => {
    expect(spoiled(LESSON, (t) => `${t}\n## Et tomt afsnit\n\n## Et andet afsnit\n\nTekst.\n`)).toContain(
      `${LESSON}: afsnittet »Et tomt afsnit« er tomt`,
    );
  });

  it('fails on a published lesson or story without a review date', () => {
    const story = 'src/content/stories/merkur-andelskasse.md';
    expect(spoiled(LESSON, (t) => t.replace(/^reviewed:.*\n/m, ''))).toContain(
      `${LESSON}: mangler reviewed: datoen for seneste faglige gennemgang`,
    );
    expect(spoiled(story, (t) => t.replace(/^reviewed:.*\n/m, ''))).toContain(
      `${story}: mangler reviewed: datoen for seneste faglige gennemgang`,
    );
  });

  it('fails on a review older than 12 months', () => {
    const reviewedOn = (date: string) => (t: string) =>
      t.replace(/^reviewed:.*\n/m, '').replace(/^id: .*$/m, (line) => `${line}\nreviewed: ${date}`);
    const stale = `${LESSON}: reviewed 2026-01-15 er over 12 måneder gammel: gennemgå lektionen igen`;
    expect(spoiled(LESSON, reviewedOn('2026-01-15'), new Date('2027-02-01'))).toContain(stale);
    expect(spoiled(LESSON, reviewedOn('2026-04-15'), new Date('2027-02-01')).filter((p) => p.startsWith(`${LESSON}: reviewed`))).toEqual(
      [],
    );
  });

  it('warns from 60 days before a review expires, and fails the day after it has', { timeout: 20_000 }, () => {
    const reviewedOn = (date: string) => (t: string) =>
      t.replace(/^reviewed:.*\n/m, '').replace(/^id: .*$/m, (line) => `${line}\nreviewed: ${date}`);
    spoiled(LESSON, reviewedOn('2026-03-01'));
    const review = (now: string) => checkContent(copy!, new Date(now)).filter((p) => p.file === LESSON && p.message.startsWith('reviewed'));
    // Reviewed 2026-03-01: valid until 2027-03-01; the warning starts 60 days before (2026-12-31).
    expect(review('2026-12-30T12:00:00Z')).toEqual([]);
    expect(review('2026-12-31T12:00:00Z')).toEqual([
      { file: LESSON, message: 'reviewed 2026-03-01 udløber 2027-03-01 (om 60 dage): gennemgå lektionen inden da', warning: true },
    ]);
    expect(review('2027-02-28T12:00:00Z')).toEqual([
      expect.objectContaining({ message: expect.stringContaining('(om 1 dage)'), warning: true }),
    ]);
    expect(review('2027-03-02T12:00:00Z')).toEqual([
      { file: LESSON, message: 'reviewed 2026-03-01 er over 12 måneder gammel: gennemgå lektionen igen' },
    ]);
  });

  it('without a date it reads the real clock, as `npm run content:check` does', () => {
    const stamp = new Date(Date.now() - 330 * 24 * 3600_000).toISOString().slice(0, 10);
    spoiled(LESSON, (t) => t.replace(/^reviewed:.*\n/m, '').replace(/^id: .*$/m, (line) => `${line}\nreviewed: ${stamp}`));
    expect(checkContent(copy!).filter((p) => p.file === LESSON)).toEqual([
      expect.objectContaining({ message: expect.stringContaining('(om 35 dage)'), warning: true }),
    ]);
  });

  it('fails on a note to editors in published text', () => {
    expect(spoiled(LESSON, (t) => `${t}\nSatsen er efter det oplyste uændret.\n`)).toContain(
      `${LESSON}: »efter det oplyste« er en note til redaktionen: den hører hjemme i editorial/, ikke på en offentlig side`,
    );
  });

  it('checks the English course as it checks the Danish ones: review date, sources, notes to editors', () => {
    const english = 'courses/cooperatives-in-denmark/02-the-rsv-label.md';
    expect(spoiled(english, (t) => `${t}\nNote to editors: the dividend cap is to be checked.\n`)).toContain(
      `${english}: »Note to editors« er en note til redaktionen: den hører hjemme i editorial/, ikke på en offentlig side`,
    );
    expect(spoiled(english, (t) => `${t}\nThe 2025 figure is not yet verified.\n`)).toContain(
      `${english}: »not yet verified« er en note til redaktionen: den hører hjemme i editorial/, ikke på en offentlig side`,
    );
    expect(spoiled(english, (t) => t.replace(/^reviewed:.*\n/m, ''))).toContain(
      `${english}: mangler reviewed: datoen for seneste faglige gennemgang`,
    );
    expect(spoiled(english, (t) => t.replace(/^sources:[\s\S]*?(?=^quiz:)/m, 'sources: []\n'))).toContain(`${english}: mangler kilder`);
  }, 60_000);

  it('knows the English course’s addresses: a link to an English lesson leads somewhere, its Danish form does not', () => {
    const english = 'courses/cooperatives-in-denmark/05-starting-in-copenhagen.md';
    const linked = (href: string) => spoiled(english, (t) => `${t}\nSee [the RSV label](${href}).\n`).filter((p) => p.startsWith(english));
    expect(linked('/en/courses/cooperatives-in-denmark/the-rsv-label/')).toEqual([]);
    expect(linked('/kurser/cooperatives-in-denmark/the-rsv-label/')).toEqual([
      `${english}: internt link til /kurser/cooperatives-in-denmark/the-rsv-label/ fører ingen steder hen`,
    ]);
  }, 60_000);

  it('fails on a glossary term that relates to a term that does not exist', () => {
    const file = 'src/content/glossary/amba.md';
    expect(spoiled(file, (t) => t.replace(/^related: \[/m, 'related: [findes-ikke, '))).toContain(
      `${file}: related: findes-ikke findes ikke i ordbogen`,
    );
  });

  it('fails on a published course without an assessment bank', () => {
    expect(withBank(null)).toContain('courses/andelsselskabet: mangler assessment.yaml: et udgivet kursus skal have en afsluttende prøve');
  });

  // Several copies of the content: slow on a busy machine, so a longer limit than Vitest's 5 s.
  it('accepts a valid bank, and names each fault of a broken one', { timeout: 60_000 }, () => {
    const good = JSON.parse(JSON.stringify(fixtureBank(lessonIds()))) as ReturnType<typeof fixtureBank>;
    good.reviewed = '2026-11-29' as never;
    expect(withBank(good).filter((p) => p.startsWith(BANK))).toEqual([]);
    const bad = structuredClone(good);
    bad.items[0]!.lesson = 'findes-ikke';
    expect(withBank(bad)).toContain(`${BANK}: items.0.lesson: lektionen »findes-ikke« findes ikke i kurset`);
    const faults = structuredClone(good);
    faults.items[1]!.id = faults.items[0]!.id;
    faults.items[2]!.correct = ['e'];
    faults.items[3]!.options = faults.items[3]!.options.slice(0, 2);
    faults.items = faults.items.slice(0, 19);
    const problems = withBank(faults);
    expect(problems).toContain(`${BANK}: items: banken har 19 spørgsmål; den skal have mindst 4 × draw = 20`);
    expect(problems).toContain(`${BANK}: items.1.id: id »testopgave-1« bruges mere end én gang`);
    expect(problems).toContain(`${BANK}: items.2.correct.0: »e« er ikke en af svarmulighederne`);
    expect(problems).toContain(`${BANK}: items.3.options: et spørgsmål skal have 3–5 svarmuligheder`);
    expect(withBank('draw: [')[0]).toMatch(/^courses\/andelsselskabet\/assessment.yaml: ikke gyldig YAML/);
  });

  it('fails on a bank whose keys lean on one letter, on a key set repeated, and on an explanation that names a letter', {
    timeout: 60_000,
  }, () => {
    const good = JSON.parse(JSON.stringify(fixtureBank(lessonIds()))) as ReturnType<typeof fixtureBank>;
    const skewed = structuredClone(good);
    // Every single-answer item keyed »b«, as the review found in a real bank; every multi-answer one keyed [a, b].
    for (const item of skewed.items) item.correct = item.correct.length === 1 ? ['b'] : ['a', 'b'];
    skewed.items[0]!.explanation = 'Det rigtige er svar b, fordi loven siger det.';
    const problems = withBank(skewed);
    expect(problems).toContain(
      `${BANK}: items: »b« er det rigtige svar i 16 af 16 spørgsmål med ét svar (100 %); højst 40 % må have samme bogstav`,
    );
    expect(problems).toContain(`${BANK}: items: »a« er aldrig det rigtige svar i et spørgsmål med ét svar; brug hvert af bogstaverne a–d`);
    expect(problems).toContain(
      `${BANK}: items: 4 af 4 spørgsmål med flere rigtige svar har de rigtige svar [a, b]; højst halvdelen må have de samme`,
    );
    expect(problems).toContain(
      `${BANK}: items.0.explanation: »svar b« henviser til en svarmulighed med dens bogstav, som kursisten aldrig ser`,
    );
    // Just within the rule: 6 of 16 (37,5 %) on one letter.
    const edge = structuredClone(good);
    edge.items
      .filter((i) => i.correct.length === 1)
      .forEach((item, n) => (item.correct = [n < 6 ? 'a' : ['b', 'c', 'd'][n % 3]!] as never));
    expect(withBank(edge).filter((p) => p.startsWith(BANK))).toEqual([]);
    const over = structuredClone(good);
    over.items
      .filter((i) => i.correct.length === 1)
      .forEach((item, n) => (item.correct = [n < 7 ? 'a' : ['b', 'c', 'd'][n % 3]!] as never));
    expect(withBank(over)).toContain(
      `${BANK}: items: »a« er det rigtige svar i 7 af 16 spørgsmål med ét svar (44 %); højst 40 % må have samme bogstav`,
    );
  });
});
