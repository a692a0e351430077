/**
 * Counts use Danish plural rules (DESIGN.md, outside the repo: "Counts use plural rules"). Every
 * dictionary string where a number stands before a noun that changes with it ("1 virksomhed",
 * "2 virksomheder") is a plural message with one form per plural category of Danish.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeT, type Message } from '../../src/lib/i18n/translate.ts';

const dir = new URL('../../src/lib/i18n/da/', import.meta.url);
const parts = await Promise.all(
  readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .map(async (f) => [f, await import(new URL(f, dir).href)] as const),
);
const entries: [string, Message][] = parts.flatMap(([file, mod]) =>
  Object.values(mod as Record<string, Record<string, Message>>).flatMap((dict) =>
    Object.entries(dict).map(([k, v]) => [`${file}: ${k}`, v] as [string, Message]),
  ),
);

const CATEGORIES = new Intl.PluralRules('da-DK').resolvedOptions().pluralCategories;
/** Words after a number that read the same for one and many, or are not nouns. */
const SAME_FOR_ONE = new Set([
  'spørgsmål',
  'forsøg',
  'tegn',
  'ting',
  'år',
  'mere',
  'gammel',
  'kr',
  'af',
  'er',
  'minut',
  'procentpoint',
  'rigtige',
  'ligger',
  'mangler',
]);
/** A placeholder followed by a word that looks like a Danish plural (virksomheder, dage, timer, felter, gange, ansatte). */
const countBeforeNoun = /\{(\w+)\}\s+(?:lektion\(er\)|([a-zæøå]+))/g;

function countedNouns(text: string) {
  return [...text.matchAll(countBeforeNoun)].filter((m) => m[2] === undefined || (!SAME_FOR_ONE.has(m[2]) && /(er|e)$/.test(m[2])));
}

describe('plural messages', () => {
  it('the dictionary has plural messages', () => {
    expect(entries.filter(([, v]) => typeof v !== 'string').length).toBeGreaterThan(10);
  });

  it.each(entries.filter(([, v]) => typeof v === 'string'))('%s has no number before a plural noun', (_, text) => {
    expect(countedNouns(text as string).map((m) => m[0])).toEqual([]);
  });

  it.each(entries.filter(([, v]) => typeof v !== 'string'))('%s has a form for every Danish plural category', (_, message) => {
    const m = message as Exclude<Message, string>;
    for (const category of CATEGORIES) expect(typeof m[category as 'one' | 'other'], category).toBe('string');
    expect(m.other).toContain(`{${m.by}}`);
  });

  it('picks the form by the named count', () => {
    const t = makeT({
      firms: { by: 'count', one: '{count} virksomhed', other: '{count} virksomheder' },
      shown: { by: 'total', one: '{count} af {total} virksomhed vises', other: '{count} af {total} virksomheder vises' },
    });
    expect(t('firms', { count: 1 })).toBe('1 virksomhed');
    expect(t('firms', { count: 0 })).toBe('0 virksomheder');
    expect(t('firms', { count: 1200 })).toBe('1.200 virksomheder');
    expect(t('shown', { count: 1, total: 13 })).toBe('1 af 13 virksomheder vises');
    expect(t('shown', { count: 1, total: 1 })).toBe('1 af 1 virksomhed vises');
  });

  it('the issue’s examples read right for one', async () => {
    const { da } = await import('../../src/lib/i18n/da.ts');
    const t = makeT(da);
    expect(t('directory.count', { count: 1, total: 1 })).toBe('1 af 1 virksomhed vises');
    expect(t('rpc.course_incomplete', { count: 1 })).toBe('Kurset er ikke gennemført endnu: der mangler 1 lektion.');
    expect(t('mod.age', { days: 1 })).toBe('1 dag gammel');
  });
});
