import { describe, expect, test } from 'vitest';
import { kooperationsskat } from '../../src/lib/tools/kooperationsskat.ts';
import { lesson } from './lesson-figures.ts';

const calc = (input: Parameters<typeof kooperationsskat>[0]) => {
  const r = kooperationsskat(input);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r;
};
const base = { type: 'produktion' as const, equity: 0, distribution: 0, goodwill: 0, nonMemberShare: 0 };

describe('the lessons’ worked examples', () => {
  test('andelsselskabet 04: Vesterlund Kartoffellaug (production association, 5 % non-members)', () => {
    const l = lesson('courses/andelsselskabet/04-andelsbeskatning.md');
    const share = l.figure(/Ikke-medlemmernes andel er (\d+) %/, 'ikke-medlemmernes andel');
    const r = calc({
      type: 'produktion',
      equity: l.rowAmount('Egenkapital ved årets udgang'),
      distribution: -l.rowAmount('Fradrag: foreslået efterbetaling'),
      goodwill: -l.rowAmount('Fradrag: goodwill'),
      nonMemberShare: share,
    });
    expect(r.value.formue, `${l.path}: »Skattemæssig formue«`).toBe(l.rowAmount('Skattemæssig formue'));
    expect(r.steps[1]!.amount, `${l.path}: 4 %-linjen`).toBe(l.rowAmount(`4 % af ${100 - share} % af formuen`));
    expect(r.steps[2]!.amount, `${l.path}: 6 %-linjen`).toBe(l.rowAmount(`6 % af ${share} % af formuen`));
    expect(r.value.income, `${l.path}: »Skattepligtig indkomst«`).toBe(l.rowAmount('Skattepligtig indkomst'));
    expect(Math.round(r.value.tax), `${l.path}: »Skat efter SEL § 19, 14,3 %«`).toBe(l.rowAmount('Skat efter SEL § 19, 14,3 %'));

    // The same lauget with at most 3 % non-members: 4 % of the whole formue.
    const small = calc({ ...base, equity: r.value.formue, nonMemberShare: 3 });
    expect(small.value.income, `${l.path}: indkomsten ved højst 3 %`).toBe(
      l.figure(/altså ([\d.]+) kr\., og skatten/, 'indkomsten ved højst 3 %'),
    );
    expect(small.value.tax, `${l.path}: skatten ved højst 3 %`).toBe(l.figure(/og skatten ([\d.]+) kr\. Laugets/, 'skatten ved højst 3 %'));
  });

  test('andelsselskabet 04 and regnskab 01: Skattestyrelsen’s own example (4 % of 20 mio. kr.)', () => {
    for (const path of [
      'courses/andelsselskabet/04-andelsbeskatning.md',
      'courses/regnskab-skat-og-revision/01-andelsbeskatning-i-praksis.md',
    ]) {
      const l = lesson(path);
      const income = l.figure(/20 mio\. kr\.,? (?:giver en indkomst på |= )([\d.]+) kr\./, 'indkomsten i Skattestyrelsens eksempel');
      const tax = l.figure(/(?:og en skat på|i indkomst og) ([\d.]+) kr\.(?: i skat)?/, 'skatten i Skattestyrelsens eksempel');
      const r = calc({ ...base, equity: 20_000_000 });
      expect(r.value.income, `${path}: indkomst af 20 mio. kr.`).toBe(income);
      expect(r.value.tax, `${path}: skat af 20 mio. kr.`).toBe(tax);
    }
  });

  test('regnskab 01: Vestkystens Byggeindkøb (purchasing association, 12 % non-members)', () => {
    const l = lesson('courses/regnskab-skat-og-revision/01-andelsbeskatning-i-praksis.md');
    const share = l.figure(/de står for (\d+) % af omsætningen/, 'ikke-medlemmernes andel');
    const r = calc({
      type: 'indkoeb',
      equity: l.rowAmount('Skattemæssig formue ved årets udgang'),
      distribution: 0,
      goodwill: 0,
      nonMemberShare: share,
    });
    expect(r.steps[1]!.amount, `${l.path}: 4 %-linjen`).toBe(l.rowAmount(`4 % af ${100 - share} % af formuen`));
    expect(r.steps[2]!.amount, `${l.path}: 6 %-linjen`).toBe(l.rowAmount(`6 % af ${share} % af formuen`));
    expect(r.value.income, `${l.path}: »Skattepligtig indkomst«`).toBe(l.rowAmount('Skattepligtig indkomst'));
    expect(Math.round(r.value.tax), `${l.path}: »Kooperationsskat, 14,3 %«`).toBe(l.rowAmount('Kooperationsskat, 14,3 %'));
  });

  test('the knowledge checks’ calculations (10 mio. kr. at 2 %; purchasing association 5 mio. kr. at 2 %)', () => {
    const a = lesson('courses/andelsselskabet/04-andelsbeskatning.md');
    expect(calc({ ...base, equity: 10_000_000, nonMemberShare: 2 }).value.tax, `${a.path}: videnstjek »beregning«`).toBe(
      a.figure(/altså ([\d.]+) kr\.\n/, 'svaret i videnstjekket »beregning«'),
    );
    const b = lesson('courses/regnskab-skat-og-revision/01-andelsbeskatning-i-praksis.md');
    const r = calc({ type: 'indkoeb', equity: 5_000_000, distribution: 0, goodwill: 0, nonMemberShare: 2 });
    expect(r.value.income, `${b.path}: videnstjek, indkomst`).toBe(b.figure(/i alt ([\d.]+) kr\. Skatten/, 'indkomsten i videnstjekket'));
    expect(r.value.tax, `${b.path}: videnstjek, skat`).toBe(b.figure(/Skatten er 14,3 % heraf, ([\d.]+) kr\./, 'skatten i videnstjekket'));
    expect(r.warnings.join(' ')).toContain('gælder kun produktions- og salgsforeninger');
  });
});

describe('edges', () => {
  test('zero formue gives zero income and tax', () => {
    const r = calc({ ...base });
    expect(r.value).toEqual({ formue: 0, income: 0, tax: 0 });
  });

  test('a negative formue gives income 0, not a negative tax', () => {
    const r = calc({ ...base, equity: 1_000_000, goodwill: 1_500_000 });
    expect(r.value.formue).toBe(-500_000);
    expect(r.value.income).toBe(0);
    expect(r.value.tax).toBe(0);
  });

  test('exactly 3 % non-members: a production association still uses 4 % of all; 3,01 % splits', () => {
    expect(calc({ ...base, equity: 1_000_000, nonMemberShare: 3 }).value.income).toBe(40_000);
    expect(calc({ ...base, equity: 1_000_000, nonMemberShare: 3.01 }).value.income).toBe(40_000 + 0.0301 * 1_000_000 * 0.02);
  });

  test('exactly 25 % non-members is no warning; above is', () => {
    expect(calc({ ...base, equity: 1_000_000, nonMemberShare: 25 }).warnings).toEqual([]);
    expect(calc({ ...base, equity: 1_000_000, nonMemberShare: 25.5 }).warnings[0]).toContain('SEL § 1, stk. 1, nr. 3');
  });

  test('bad input is refused field by field with a Danish message', () => {
    const r = kooperationsskat({ ...base, equity: Number.NaN, goodwill: -1, nonMemberShare: 101 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      { field: 'equity', message: 'Skriv et tal, fx 12.000.000.' },
      { field: 'goodwill', message: 'Tallet kan ikke være negativt.' },
      { field: 'nonMemberShare', message: 'Skriv en procent mellem 0 og 100.' },
    ]);
  });

  test('every step names the paragraph it applies', () => {
    const r = calc({ ...base, equity: 5_000_000, nonMemberShare: 10 });
    expect(r.steps.filter((s) => s.amount !== undefined).every((s) => s.rule?.startsWith('SEL'))).toBe(true);
  });
});
