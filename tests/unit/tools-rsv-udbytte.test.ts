import { describe, expect, test } from 'vitest';
import { rsvUdbytte } from '../../src/lib/tools/rsv-udbytte.ts';
import { lesson } from './lesson-figures.ts';

const calc = (input: Parameters<typeof rsvUdbytte>[0]) => {
  const r = rsvUdbytte(input);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
};

describe('the lessons’ worked examples', () => {
  test('RSV 03: Cykelkælderen over three years', () => {
    const l = lesson('courses/registreret-socialoekonomisk-virksomhed/03-udbytteloftet.md');
    const capital = l.figure(/indskudt i alt ([\d.]+) kr\./, 'den indskudte kapital');
    const discount = l.figure(/officiel diskonto på ([\d,]+) %/, 'diskontoen');
    for (const year of ['1', '2', '3']) {
      const [, result, a, b, max] = l.row(year);
      const num = (cell: string | undefined) => Number(cell!.replace(/[^\d−-]/g, '').replace('−', '-'));
      const r = calc({ capital, discountRate: discount, resultAfterTax: num(result) });
      expect(r.limitA, `${l.path}: år ${year}, »Grænse A«`).toBe(num(a));
      expect(r.limitB, `${l.path}: år ${year}, »Grænse B (35 %)«`).toBe(num(b));
      expect(r.max, `${l.path}: år ${year}, »Højeste udbytte«`).toBe(num(max));
    }
  });

  test('RSV 03, knowledge check: 400.000 kr. at 1 % with a result of 100.000 kr.', () => {
    const l = lesson('courses/registreret-socialoekonomisk-virksomhed/03-udbytteloftet.md');
    const r = calc({ capital: 400_000, discountRate: 1, resultAfterTax: 100_000 });
    expect(r.limitA, `${l.path}: videnstjek, forrentningsgrænsen`).toBe(
      l.figure(/16 % af 400\.000 kr\. = ([\d.]+) kr\./, 'forrentningsgrænsen i videnstjekket'),
    );
    expect(r.max, `${l.path}: videnstjek, loftet`).toBe(l.figure(/35 % af 100\.000 kr\. = ([\d.]+) kr\./, 'loftet i videnstjekket'));
  });

  test('regnskab 05: Grønne Hænder proposes 120.000 kr. on 200.000 kr. capital', () => {
    const l = lesson('courses/regnskab-skat-og-revision/05-rsv-for-revisor.md');
    const capital = l.figure(/Ejerne har indskudt ([\d.]+) kr\. Resultatet/, 'den indskudte kapital');
    const result = l.figure(/Resultatet efter skat er ([\d.]+) kr\., og ejerne/, 'resultatet efter skat');
    const proposed = l.figure(/foreslår et udbytte på ([\d.]+) kr\./, 'det foreslåede udbytte');
    const r = calc({ capital, discountRate: 2, resultAfterTax: result, proposed });
    expect(r.limitB, `${l.path}: »Højst 35 % af resultatet efter skat«`).toBe(
      l.figure(/35 % af [\d.]+ kr\. = ([\d.]+) kr\./, '35 %-grænsen'),
    );
    expect(r.proposedReturn, `${l.path}: »Årlig forrentning af indskuddet«`).toBe(
      l.figure(/\d+\.\d+ \/ [\d.]+ = (\d+) %/, 'forrentningen'),
    );
    expect(r.proposedWithin).toBe(false);
  });

  test('regnskab 05, knowledge check: 35 % of 400.000 kr.', () => {
    const l = lesson('courses/regnskab-skat-og-revision/05-rsv-for-revisor.md');
    expect(calc({ capital: 1_000_000, discountRate: 2, resultAfterTax: 400_000 }).limitB, `${l.path}: videnstjek`).toBe(
      l.figure(/altså højst ([\d.]+) kr\./, 'svaret i videnstjekket'),
    );
  });
});

describe('edges', () => {
  test('a result of exactly 0 or below leaves no room for a dividend', () => {
    expect(calc({ capital: 100_000, discountRate: 2, resultAfterTax: 0 }).max).toBe(0);
    expect(calc({ capital: 100_000, discountRate: 2, resultAfterTax: -1 }).max).toBe(0);
  });

  test('a proposal exactly at the cap is within it; one krone more is not', () => {
    expect(calc({ capital: 300_000, discountRate: 2, resultAfterTax: 40_000, proposed: 14_000 }).proposedWithin).toBe(true);
    expect(calc({ capital: 300_000, discountRate: 2, resultAfterTax: 40_000, proposed: 14_001 }).proposedWithin).toBe(false);
  });

  test('a negative discount rate lowers limit A but never below 0', () => {
    expect(calc({ capital: 100_000, discountRate: -0.5, resultAfterTax: 1_000_000 }).limitA).toBe(14_500);
  });

  test('zero or missing capital is refused with a Danish message', () => {
    const r = rsvUdbytte({ capital: 0, discountRate: Number.NaN, resultAfterTax: 1, proposed: -5 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      { field: 'discountRate', message: 'Skriv et tal, fx 12.000.000.' },
      { field: 'capital', message: 'Tallet skal være større end 0.' },
      { field: 'proposed', message: 'Tallet kan ikke være negativt.' },
    ]);
  });

  test('the result always says how "plus 15 pct." was read', () => {
    const r = rsvUdbytte({ capital: 1, discountRate: 1, resultAfterTax: 1 });
    expect(r.ok && r.warnings[0]).toContain('15 procentpoint');
  });
});
