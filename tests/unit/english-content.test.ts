/**
 * The content check applies to the English stories and glossary terms: review dates, no notes to
 * editors, links that lead somewhere, the Danish original's sources exactly, one translation each.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/content-check.ts';
import { englishStoryPath, englishTermPath, pairTranslations } from '../../src/lib/translations/pairs.ts';

const root = resolve(import.meta.dirname, '../..');
const TODAY = new Date('2026-12-07T12:00:00Z');
const STORY = 'src/content/stories/en/merkur-cooperative-bank.md';
const TERM = 'src/content/glossary/en/amba.md';
let copy: string | undefined;
afterEach(() => copy && rmSync(copy, { recursive: true, force: true }));

/** The problems in a copy of the real content where one file is changed (or others added). */
function spoiled(file: string, change: (text: string) => string, extra: Record<string, string> = {}) {
  copy = mkdtempSync(join(tmpdir(), 'fv-en-content-'));
  cpSync(join(root, 'courses'), join(copy, 'courses'), { recursive: true });
  cpSync(join(root, 'src/content'), join(copy, 'src/content'), { recursive: true });
  writeFileSync(join(copy, file), change(readFileSync(join(copy, file), 'utf8')));
  for (const [path, text] of Object.entries(extra)) writeFileSync(join(copy, path), text);
  return checkContent(copy, TODAY).map((p) => `${p.file}: ${p.message}`);
}

describe('the content check on English content', () => {
  it('finds nothing wrong in the English stories and terms as they are', () => {
    expect(checkContent(root, TODAY).filter((p) => p.file.includes('/en/'))).toEqual([]);
  });

  it('fails on an English story or term without a review date', () => {
    const missing = 'mangler reviewed: datoen for seneste faglige gennemgang';
    expect(spoiled(STORY, (t) => t.replace(/^reviewed:.*\n/m, ''))).toContain(`${STORY}: ${missing}`);
    expect(spoiled(TERM, (t) => t.replace(/^reviewed:.*\n/m, ''))).toContain(`${TERM}: ${missing}`);
  });

  it('fails on a note to editors in an English story', () => {
    expect(spoiled(STORY, (t) => `${t}\nThe figure is to be checked.\n`)).toContain(
      `${STORY}: »to be checked« er en note til redaktionen: den hører hjemme i editorial/, ikke på en offentlig side`,
    );
  });

  it('fails on a link to an English glossary term that does not exist', () => {
    expect(spoiled(STORY, (t) => `${t}\nSee [a term](/en/glossary/no-such-term/).\n`)).toContain(
      `${STORY}: begrebet »no-such-term« findes ikke i ordbogen`,
    );
  });

  it('wants the very same sources as the Danish original: none dropped, none added, the same law', () => {
    const differs = (file: string, original: string) =>
      `${file}: kilderne er ikke de samme som i ${original}: samme url og law, hverken flere eller færre`;
    const story = differs(STORY, 'src/content/stories/merkur-andelskasse.md');
    // Drop the last source (the council's answer, a law reference without url).
    expect(spoiled(STORY, (t) => t.replace(/ {2}- title: "City of Copenhagen[\s\S]*?Borgerrepræsentationen\n/, ''))).toContain(story);
    expect(
      spoiled(STORY, (t) => t.replace(/^sources:\n/m, 'sources:\n  - title: "A new source"\n    url: https://example.org/new\n')),
    ).toContain(story);
    expect(spoiled(TERM, (t) => t.replace('§§ 1–3 og 10', '§ 1'))).toContain(differs(TERM, 'src/content/glossary/amba.md'));
  });

  it('fails on a translation of a Danish original that does not exist, and on a second translation of one', () => {
    expect(spoiled(TERM, (t) => t.replace('translationOf: amba', 'translationOf: findes-ikke'))).toContain(
      'src/content/glossary/en: Begrebet »amba« oversætter »findes-ikke«, som ikke findes på dansk',
    );
    const twin = readFileSync(join(root, TERM), 'utf8');
    expect(spoiled(TERM, (t) => t, { 'src/content/glossary/en/amba-again.md': twin })).toContain(
      'src/content/glossary/en: Begrebet »amba« er oversat to gange: amba-again og amba',
    );
  });
});

describe('pairing English versions with their Danish originals', () => {
  it('maps each Danish id to its English slug, and gives English addresses', () => {
    const pairs = pairTranslations('Historien', new Set(['thise-mejeri', 'coop-amba']), [
      { slug: 'thise-dairy', translationOf: 'thise-mejeri' },
    ]);
    expect([...pairs]).toEqual([['thise-mejeri', 'thise-dairy']]);
    expect(englishStoryPath('thise-dairy')).toBe('/en/stories/thise-dairy/');
    expect(englishTermPath('amba')).toBe('/en/glossary/amba/');
  });
});
