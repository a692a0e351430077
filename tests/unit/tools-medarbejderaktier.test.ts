import { describe, expect, test } from 'vitest';
import { medarbejderaktier } from '../../src/lib/tools/medarbejderaktier.ts';
import { lesson } from './lesson-figures.ts';

const calc = (input: Parameters<typeof medarbejderaktier>[0]) => {
  const r = medarbejderaktier(input);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r;
};

const NUMBER_WORDS: Record<string, number> = { fire: 4, fem: 5, seks: 6, syv: 7, otte: 8, ni: 9, ti: 10 };

test('medarbejdereje 03: Sara Holm at Bølgeværk ApS', () => {
  const l = lesson('courses/medarbejdereje-og-generationsskifte/03-medarbejderaktier-efter-ligningslovens-7-p.md');
  const r = calc({
    salary: l.figure(/årsløn på ([\d.]+) kr\./, 'Saras årsløn'),
    offeredShare: l.figure(/svarer til (\d+) % af de ansatte/, 'andelen af ansatte, der får tilbuddet'),
    employees: l.figure(/har (\d+) ansatte/, 'antallet af ansatte'),
    turnover: 0,
    ageYears: NUMBER_WORDS[l.text(/Bølgeværk ApS er (\w+) år gammel/, 'selskabets alder')]!,
    grant: l.figure(/Sara får anparter til en værdi af ([\d.]+) kr\./, 'tildelingen'),
  });
  expect(r.value.caps.basic.cap, `${l.path}: 10 %-modellen`).toBe(l.figure(/højst få anparter til en værdi af ([\d.]+) kr\./, 'grænsen i 10 %-modellen'));
  expect(r.value.caps.broad.cap, `${l.path}: 20 %-modellen`).toBe(l.figure(/kan hun få op til ([\d.]+) kr\./, 'grænsen i 20 %-modellen'));
  expect(r.value.caps.broad.usable, `${l.path}: 20 %-modellen kan bruges`).toBe(true);
  expect(r.value.caps.startup.usable, `${l.path}: 50 %-modellen kan ikke bruges (for stor og for gammel)`).toBe(false);
  expect(r.value.bestModel).toBe('broad');
  expect(r.value.grantWithin, `${l.path}: tildelingen ligger inden for 20 %-grænsen`).toBe(true);
});

describe('edges', () => {
  const base = { salary: 500_000, offeredShare: 0, employees: 10, turnover: 1_000_000, ageYears: 2 };
  test('exactly 80 % opens the 20 % model; 79,9 % does not', () => {
    expect(calc({ ...base, offeredShare: 80, employees: 100 }).value.bestModel).toBe('broad');
    expect(calc({ ...base, offeredShare: 79.9, employees: 100 }).value.bestModel).toBe('basic');
  });

  test('the 50 % model at exactly its limits, and one over each', () => {
    const edge = { ...base, employees: 50, turnover: 15_000_000, ageYears: 5 };
    expect(calc(edge).value.bestModel).toBe('startup');
    expect(calc(edge).value.max).toBe(250_000);
    expect(calc({ ...edge, employees: 51 }).value.bestModel).toBe('basic');
    expect(calc({ ...edge, turnover: 15_000_001 }).value.bestModel).toBe('basic');
    expect(calc({ ...edge, ageYears: 5.5 }).value.bestModel).toBe('basic');
    expect(calc(edge).warnings[0]).toContain('C.A.5.17.3');
  });

  test('a salary of 0 gives a cap of 0, and any grant is over it', () => {
    const r = calc({ ...base, salary: 0, grant: 1 });
    expect(r.value.max).toBe(0);
    expect(r.value.grantWithin).toBe(false);
  });

  test('negative and missing figures are refused with Danish messages', () => {
    const r = medarbejderaktier({ ...base, salary: -1, offeredShare: 120, employees: Number.NaN });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => `${e.field}: ${e.message}`)).toEqual([
      'salary: Tallet kan ikke være negativt.',
      'employees: Skriv et tal, fx 12.000.000.',
      'offeredShare: Skriv en procent mellem 0 og 100.',
    ]);
  });

  test('the 2026 changes are always flagged as not computed', () => {
    expect(calc(base).warnings.at(-1)).toContain('1. januar 2026');
  });
});
