import { describe, expect, test } from 'vitest';
import { medarbejderaktier, startupSizeMet } from '../../src/lib/tools/medarbejderaktier.ts';
import { form } from '../../src/lib/tools/forms/medarbejderaktier.ts';
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
    balance: 0,
    ageYears: NUMBER_WORDS[l.text(/Bølgeværk ApS er (\w+) år gammel/, 'selskabets alder')]!,
    grant: l.figure(/Sara får anparter til en værdi af ([\d.]+) kr\./, 'tildelingen'),
  });
  expect(r.value.caps.basic.cap, `${l.path}: 10 %-modellen`).toBe(
    l.figure(/højst få anparter til en værdi af ([\d.]+) kr\./, 'grænsen i 10 %-modellen'),
  );
  expect(r.value.caps.broad.cap, `${l.path}: 20 %-modellen`).toBe(l.figure(/kan hun få op til ([\d.]+) kr\./, 'grænsen i 20 %-modellen'));
  expect(r.value.caps.broad.usable, `${l.path}: 20 %-modellen kan bruges`).toBe(true);
  expect(r.value.caps.startup.usable, `${l.path}: 50 %-modellen kan ikke bruges (for stor og for gammel)`).toBe(false);
  expect(r.value.bestModel).toBe('broad');
  expect(r.value.grantWithin, `${l.path}: tildelingen ligger inden for 20 %-grænsen`).toBe(true);
});

describe('edges', () => {
  const base = { salary: 500_000, offeredShare: 0, employees: 10, turnover: 1_000_000, balance: 1_000_000, ageYears: 2 };
  test('exactly 80 % opens the 20 % model; 79,9 % does not', () => {
    expect(calc({ ...base, offeredShare: 80, employees: 100 }).value.bestModel).toBe('broad');
    expect(calc({ ...base, offeredShare: 79.9, employees: 100 }).value.bestModel).toBe('basic');
  });

  test('the 50 % model at exactly its limits, and one over each', () => {
    const edge = { ...base, employees: 50, turnover: 15_000_000, balance: 15_000_000, ageYears: 4.9 };
    expect(calc(edge).value.bestModel).toBe('startup');
    expect(calc(edge).value.max).toBe(250_000);
    expect(calc({ ...edge, employees: 51 }).value.bestModel).toBe('basic');
    expect(calc({ ...edge, turnover: 15_000_001, balance: 15_000_001 }).value.bestModel).toBe('basic');
    // LL § 7 P, stk. 7, nr. 3: aktivt på et marked i MINDRE end 5 år før aftaleåret.
    expect(calc({ ...edge, ageYears: 5 }).value.bestModel).toBe('basic');
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

  test('the headline names the paragraph and says the 2026 changes are not covered', () => {
    const view = form.run(Object.fromEntries(form.fields.map((f) => [f.name, f.initial])));
    expect(view.summary[0]).toContain('LL § 7 P, stk. 2, nr. 2, 2. pkt.');
    expect(view.summary.join(' ')).toContain('dækker ikke ændringerne af § 7 P fra 2026');
  });
});

describe('LL § 7 P, stk. 7, nr. 2: nettoomsætning ELLER balancesum højst 15 mio. kr.', () => {
  const young = { salary: 500_000, offeredShare: 0, employees: 10, ageYears: 2 };
  const model = (turnover: number, balance: number) => calc({ ...young, turnover, balance }).value.caps.startup.usable;

  test('balance 14,9 mio., omsætning 40 mio. → 50 %-modellen kan bruges', () => expect(model(40_000_000, 14_900_000)).toBe(true));
  test('omsætning 14,9 mio., balance 40 mio. → 50 %-modellen kan bruges', () => expect(model(14_900_000, 40_000_000)).toBe(true));
  test('balance præcis 15 mio., omsætning 40 mio. → 50 %-modellen kan bruges', () => expect(model(40_000_000, 15_000_000)).toBe(true));
  test('omsætning præcis 15 mio., balance 40 mio. → 50 %-modellen kan bruges', () => expect(model(15_000_000, 40_000_000)).toBe(true));
  test('balance 15,1 mio. og omsætning 15,1 mio. → 50 %-modellen kan ikke bruges', () => expect(model(15_100_000, 15_100_000)).toBe(false));
  test('balance 15.000.001 og omsætning 40 mio. → 50 %-modellen kan ikke bruges', () => expect(model(40_000_000, 15_000_001)).toBe(false));
  test('the rule alone: one of the two is enough', () => {
    expect(startupSizeMet(15_000_000, Number.POSITIVE_INFINITY)).toBe(true);
    expect(startupSizeMet(Number.POSITIVE_INFINITY, 15_000_000)).toBe(true);
    expect(startupSizeMet(15_000_001, 15_000_001)).toBe(false);
  });
  test('a refused model names stk. 7', () => {
    expect(calc({ ...young, turnover: 40_000_000, balance: 40_000_000 }).steps[2]!.rule).toBe('LL § 7 P, stk. 7');
  });
});
