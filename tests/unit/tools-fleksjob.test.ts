import { describe, expect, test } from 'vitest';
import { fleksjob, zeroSubsidyWage, type FleksjobInput } from '../../src/lib/tools/fleksjob.ts';
import { form } from '../../src/lib/tools/forms/fleksjob.ts';
import { RATES } from '../../src/lib/tools/rates.ts';
import { lesson } from './lesson-figures.ts';

const COURSE = 'courses/den-rummelige-arbejdsplads';
const IN_2024 = '2024-06-01';

const calc = (input: Partial<FleksjobInput>) => {
  const r = fleksjob({ date: IN_2024, fullTimeWage: 29_600, fullTimeHours: 37, effectiveHours: 10, ...input });
  if (r.ok !== true) throw new Error(JSON.stringify(r));
  return r;
};
const stepAt = (r: ReturnType<typeof calc>, rule: string) => r.steps.find((s) => s.rule === rule)?.amount;

describe('the lessons’ worked examples (2024 amounts)', () => {
  test('the lessons state the 2024 amounts the rate file holds', () => {
    const l = lesson(`${COURSE}/02-fleksjob.md`);
    expect(l.figure(/I 2024 var udgangspunktet ([\d.]+) kr\./, 'udgangspunktet for 2024'), `${l.path}: udgangspunkt 2024`).toBe(
      RATES.fleksjob.base2024.value,
    );
    expect(l.figure(/grænsen var ([\d.]+) kr\. om måneden/, 'grænsebeløbet for 2024'), `${l.path}: grænse 2024`).toBe(
      RATES.fleksjob.threshold2024.value,
    );
    expect(l.figure(/\(([\d.]+) kr\. om måneden i 2019-niveau\)/, 'grænsebeløbet i 2019-niveau')).toBe(
      RATES.fleksjob.threshold2019Level.value,
    );
  });

  for (const [name, effective] of [
    ['A', 'Mekaniker A'],
    ['B', 'Mekaniker B'],
  ] as const)
    test(`lektion 2, eksempel ${name}: Cykelværkstedet Egerne`, () => {
      const l = lesson(`${COURSE}/02-fleksjob.md`);
      const full = l.figure(/fuldtidsstilling som cykelmekaniker er ([\d.]+) kr\./, 'fuldtidslønnen');
      const hours = l.figure(new RegExp(`${effective} arbejder .*?altså ([\\d,]+) effektive timer`), `de effektive timer for ${effective}`);
      const r = calc({ fullTimeWage: full, effectiveHours: hours });
      const block =
        name === 'A'
          ? /Værkstedet betaler ([\d.]+) kr\. Kommunen udbetaler [\d.]+ kr\. til mekaniker A/
          : /Værkstedet betaler ([\d.]+) kr\. Kommunen udbetaler [\d.]+ kr\., og mekaniker B/;
      const subsidy =
        name === 'A' ? /Kommunen udbetaler ([\d.]+) kr\. til mekaniker A/ : /Kommunen udbetaler ([\d.]+) kr\., og mekaniker B/;
      expect(r.value.wage, `${l.path}: lønnen i eksempel ${name}`).toBe(l.figure(block, `lønnen i eksempel ${name}`));
      expect(r.value.subsidy, `${l.path}: tilskuddet i eksempel ${name}`).toBe(l.figure(subsidy, `tilskuddet i eksempel ${name}`));
      if (name === 'B') {
        const fradrag = l.figure(/Fradraget er i alt ([\d.,]+) kr\./, 'fradraget i eksempel B');
        expect(
          -(stepAt(r, 'LAB § 123, stk. 2, 1. pkt.')! + stepAt(r, 'LAB § 123, stk. 2, 2. pkt.')!),
          `${l.path}: fradraget i eksempel B`,
        ).toBeCloseTo(fradrag, 2);
        expect(stepAt(r, 'LAB § 123, stk. 2'), `${l.path}: tilskud før loft`).toBe(
          l.figure(/Tilskuddet er 19\.952 − 5\.819,25 = ([\d.,]+) kr\./, 'tilskuddet før loftet'),
        );
        expect(r.value.capApplied).toBe(true);
        expect(r.value.total, `${l.path}: mekaniker B i alt`).toBe(l.figure(/mekaniker B får i alt ([\d.]+) kr\./, 'den samlede indtægt'));
      } else expect(r.value.capApplied).toBe(false);
    });

  test('lektion 2, videnstjek »fradrag-over-graense«: 18.000 kr. gives a reduction of 5.819,25 kr.', () => {
    const l = lesson(`${COURSE}/02-fleksjob.md`);
    const wage = l.figure(/tjener ([\d.]+) kr\. om måneden hos arbejdsgiveren/, 'lønnen i opgaven');
    const r = calc({ wage, fullTimeWage: 40_000 });
    const reduction = -(stepAt(r, 'LAB § 123, stk. 2, 1. pkt.')! + stepAt(r, 'LAB § 123, stk. 2, 2. pkt.')!);
    expect(reduction).toBeCloseTo(
      l.figure(/Fradraget er ([\d.,]+) \+ [\d.,]+ = /, 'det første fradrag') +
        l.figure(/Fradraget er [\d.,]+ \+ ([\d.,]+) = /, 'det andet fradrag'),
      2,
    );
    expect(reduction).toBeCloseTo(l.figure(/Fradraget er [\d.,]+ \+ [\d.,]+ = ([\d.,]+) kr\./, 'fradraget i opgaven'), 2);
  });

  test('lektion 1: Kaffekollektivet Solsikken', () => {
    const l = lesson(`${COURSE}/01-hvorfor-og-hvordan.md`);
    const full = l.figure(/fuldtidsstilling som kok er ([\d.]+) kr\./, 'fuldtidslønnen');
    const hours = l.figure(/der svarer til (\d+) timers normal indsats/, 'de effektive timer');
    const r = calc({ fullTimeWage: full, effectiveHours: hours });
    expect(r.value.wage, `${l.path}: lønnen`).toBe(l.figure(/× \d+ \/ 37 = ([\d.]+) kr\. om måneden/, 'lønnen'));
    expect(r.value.subsidy, `${l.path}: tilskuddet`).toBe(l.figure(/Tilskuddet er 19\.952 − [\d.]+ = ([\d.]+) kr\./, 'tilskuddet'));
    expect(r.value.total, `${l.path}: løn og tilskud`).toBe(l.figure(/[\d.]+ \+ [\d.]+ = ([\d.]+) kr\., som er under/, 'løn plus tilskud'));
  });

  test('lektion 5: Vaskeriet Fællesskyl', () => {
    const l = lesson(`${COURSE}/05-dokumenter-det-sociale-formaal.md`);
    const full = l.figure(/fuldtidsløn i stillingen på ([\d.]+) kr\./, 'fuldtidslønnen');
    const hours = l.figure(/og (\d+) effektive timer/, 'de effektive timer');
    const r = calc({ fullTimeWage: full, effectiveHours: hours });
    expect(r.value.wage, `${l.path}: lønnen`).toBe(l.figure(/Vaskeriet betaler \d+ × \d+ = ([\d.]+) kr\./, 'lønnen'));
    expect(r.value.subsidy, `${l.path}: tilskuddet`).toBe(l.figure(/= 19\.952 − [\d.]+ = ([\d.]+) kr\. \(§ 123/, 'tilskuddet'));
  });

  test('lektion 6: Rengøringskooperativet Glans', () => {
    const l = lesson(`${COURSE}/06-reformen-og-hjaelp-i-koebenhavn.md`);
    const full = l.figure(/Overenskomstens fuldtidsløn er ([\d.]+) kr\./, 'fuldtidslønnen');
    const hours = l.figure(/altså (\d+) effektive timer/, 'de effektive timer');
    const r = calc({ fullTimeWage: full, effectiveHours: hours });
    expect(r.value.wage, `${l.path}: lønnen`).toBe(l.figure(/Kooperativet betaler \d+ × \d+ = ([\d.]+) kr\./, 'lønnen'));
    expect(r.value.subsidy, `${l.path}: tilskuddet`).toBe(l.figure(/Tilskuddet er 19\.952 − [\d.]+ = ([\d.]+) kr\./, 'tilskuddet'));
    expect(r.value.capApplied).toBe(false);
  });
});

describe('§ 123, stk. 2: the threshold (2024: 16.323 kr.)', () => {
  const rich = { fullTimeWage: 60_000 };
  test('§ 123, stk. 2, 1. pkt.: a wage at the threshold is reduced by 30 % only', () => {
    const r = calc({ ...rich, wage: 16_323 });
    expect(stepAt(r, 'LAB § 123, stk. 2, 1. pkt.')).toBe(-4_896.9);
    expect(stepAt(r, 'LAB § 123, stk. 2, 2. pkt.')).toBeUndefined();
    expect(r.value.subsidy).toBe(15_055.1);
  });
  test('§ 123, stk. 2, 2. pkt.: one krone over the threshold is reduced by 55 %', () => {
    const r = calc({ ...rich, wage: 16_324 });
    expect(stepAt(r, 'LAB § 123, stk. 2, 1. pkt.')).toBe(-4_896.9);
    expect(stepAt(r, 'LAB § 123, stk. 2, 2. pkt.')).toBe(-0.55);
    expect(r.value.subsidy).toBe(15_054.55);
  });
  test('§ 123, stk. 2: other wage income counts towards the threshold', () => {
    const r = calc({ ...rich, wage: 10_000, otherWage: 6_324 });
    expect(stepAt(r, 'LAB § 123, stk. 2, 2. pkt.')).toBe(-0.55);
    expect(r.value.wage).toBe(10_000);
  });
  test('§ 123, stk. 2: the subsidy reaches 0 at the wage where the reductions use up the base, and never goes negative', () => {
    const zero = zeroSubsidyWage(19_952, 16_323);
    expect(zero).toBeCloseTo(43_695.91, 2);
    expect(calc({ ...rich, wage: 43_695 }).value.subsidy).toBeCloseTo(0.5, 2);
    expect(calc({ ...rich, wage: 43_696 }).value.subsidy).toBe(0);
    const far = calc({ ...rich, wage: 50_000 });
    expect(far.value.subsidy).toBe(0);
    expect(far.warnings.join(' ')).toContain('intet fleksløntilskud');
  });
});

describe('§ 123, stk. 3: the cap (full-time wage)', () => {
  // 2024, wage 8.000 kr.: 17.552 kr. after the reduction, so the cap binds below 25.552 kr.
  test('§ 123, stk. 3: a full-time wage exactly at wage + subsidy does not cut', () => {
    const r = calc({ wage: 8_000, fullTimeWage: 25_552 });
    expect(r.value.subsidy).toBe(17_552);
    expect(r.value.capApplied).toBe(false);
  });
  test('§ 123, stk. 3: one krone less cuts the subsidy by one krone', () => {
    const r = calc({ wage: 8_000, fullTimeWage: 25_551 });
    expect(r.value.subsidy).toBe(17_551);
    expect(r.value.capApplied).toBe(true);
  });
  test('§ 123, stk. 3: other wage income is not part of the cap', () => {
    const r = calc({ wage: 8_000, otherWage: 1_000, fullTimeWage: 25_552 });
    expect(r.value.subsidy).toBe(17_252);
    expect(r.value.capApplied).toBe(false);
  });
});

describe('dates and amounts', () => {
  test('§ 123, stk. 1: the year’s amounts are picked by date (2022 and 2024 confirmed)', () => {
    const a = calc({ date: '2022-03-15', wage: 8_000 });
    expect(a.value.base).toBe(18_964);
    expect(a.value.subsidy).toBe(18_964 - 2_400);
    expect(calc({ date: '2024-12-31', wage: 8_000 }).value.base).toBe(19_952);
  });

  for (const date of ['2025-01-01', '2026-12-07', '2023-06-01', '2021-12-31', '2027-01-01'])
    test(`a date outside the confirmed years (${date}) is not computed with another year’s amounts`, () => {
      const r = fleksjob({ date, fullTimeWage: 29_600, fullTimeHours: 37, effectiveHours: 10 });
      expect(r.ok).toBe('unconfirmed');
      const view = form.run({
        date,
        fullTimeWage: '29.600',
        fullTimeHours: '37',
        effectiveHours: '10',
        wage: '',
        otherWage: '',
        base: '',
        threshold: '',
      });
      expect(view.errors).toEqual([]);
      expect(view.steps).toEqual([]);
      expect(view.summary[0]).toContain('kan ikke beregne fleksløntilskuddet');
      expect(view.notes.join(' ')).toContain('2022 og 2024');
      expect(view.notes.join(' ')).toContain('Vælg en dato i 2022 eller 2024');
      expect(view.notes.join(' ')).toContain(`For ${date.slice(0, 4)} mangler`);
      expect(JSON.stringify(view)).not.toContain('19.952');
    });

  test('for such a date the user may type the year’s two amounts, and the headline says they are the user’s', () => {
    const view = form.run({
      date: '2026-03-01',
      fullTimeWage: '29.600',
      fullTimeHours: '37',
      effectiveHours: '10',
      wage: '',
      otherWage: '',
      base: '20.000',
      threshold: '17.000',
    });
    expect(view.errors).toEqual([]);
    expect(view.summary[0]).toContain('17.600\u00a0kr. i fleksløntilskud');
    expect(view.summary.join(' ')).toContain('de beløb, du har skrevet');
  });

  test('one of the two amounts alone is refused', () => {
    const r = fleksjob({ date: '2026-03-01', fullTimeWage: 29_600, fullTimeHours: 37, effectiveHours: 10, base: 20_000 });
    expect(r.ok).toBe(false);
    if (r.ok !== false) return;
    expect(r.errors).toEqual([{ field: 'threshold', message: 'Skriv både udgangspunktet og grænsebeløbet, eller ingen af dem.' }]);
  });
});

describe('input and steps', () => {
  test('typed Danish numbers: »22,5« effective hours and »29.600« kr.', () => {
    const view = form.run({
      date: IN_2024,
      fullTimeWage: '29.600',
      fullTimeHours: '37',
      effectiveHours: '22,5',
      wage: '',
      otherWage: '',
      base: '',
      threshold: '',
    });
    expect(view.summary[0]).toBe(
      'Arbejdsgiveren betaler 18.000\u00a0kr. i løn om måneden. Kommunen udbetaler 11.600\u00a0kr. i fleksløntilskud til den ansatte (lov om en aktiv beskæftigelsesindsats §§ 122–123).',
    );
    expect(view.summary.join(' ')).toContain('Beregnet med beløbene for 2024');
    expect(view.summary.join(' ')).toContain('ATP-bidrag');
    expect(view.steps[0]!.text).toContain('22,5 effektive timer');
  });

  test('every step with an amount names its paragraph', () => {
    const r = calc({ effectiveHours: 22.5, otherWage: 500 });
    expect(r.steps.every((s) => s.amount === undefined || /^LAB § 12[23]/.test(s.rule ?? ''))).toBe(true);
    for (const rule of ['LAB § 122', 'LAB § 123, stk. 1', 'LAB § 123, stk. 2, 1. pkt.', 'LAB § 123, stk. 2, 2. pkt.', 'LAB § 123, stk. 3'])
      expect(r.steps.map((s) => s.rule)).toContain(rule);
  });

  test('bad input is refused field by field in Danish, and no wage means no subsidy', () => {
    const r = fleksjob({ date: '7/12', fullTimeWage: Number.NaN, fullTimeHours: 0, effectiveHours: 0 });
    expect(r.ok).toBe(false);
    if (r.ok !== false) return;
    expect(r.errors).toEqual([
      { field: 'date', message: 'Skriv en dato, fx 2024-06-01.' },
      { field: 'fullTimeWage', message: 'Skriv et tal, fx 12.000.000.' },
      { field: 'fullTimeHours', message: 'Tallet skal være større end 0.' },
      { field: 'effectiveHours', message: 'Skriv et tal over 0. Der udbetales kun fleksløntilskud, når arbejdsgiveren betaler løn.' },
    ]);
    const more = fleksjob({ date: IN_2024, fullTimeWage: 29_600, fullTimeHours: 37, effectiveHours: 40 });
    expect(more.ok === false && more.errors[0]!.message).toBe('De effektive timer kan ikke være flere end fuld tid i stillingen.');
  });

  test('the form reports an unreadable number with the parser’s message and keeps the other errors', () => {
    const view = form.run({
      date: IN_2024,
      fullTimeWage: 'mange',
      fullTimeHours: '37',
      effectiveHours: '-2',
      wage: '',
      otherWage: '',
      base: '',
      threshold: '',
    });
    expect(view.errors.map((e) => e.field)).toEqual(['fullTimeWage', 'effectiveHours']);
    expect(view.errors[0]!.message).toContain('»mange« er ikke et tal');
  });
});
