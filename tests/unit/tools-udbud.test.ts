import { describe, expect, test } from 'vitest';
import { contractValue, defaultThreshold, trainingRule, udbud, type UdbudInput } from '../../src/lib/tools/udbud.ts';
import { PROCUREMENT_PERIODS, RATES, pickPeriod } from '../../src/lib/tools/rates.ts';
import { form } from '../../src/lib/tools/forms/udbudstjek.ts';
import { lesson } from './lesson-figures.ts';
import { parseDanishNumber } from '../../src/lib/tools/calculation.ts';

const calc = (input: UdbudInput) => {
  const r = udbud(input);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
};
const MIO = 1_000_000;

describe('the lessons’ worked examples', () => {
  test('indkøb 01: the thresholds table equals the rates file', () => {
    const l = lesson('courses/koeb-ind-med-hjerne-og-hjerte/01-rammen-udbudsloven.md');
    expect(RATES.procurement.servicesMunicipal2024.value, `${l.path}: kommuner og regioner`).toBe(
      l.rowAmount('Varer og tjenesteydelser, kommuner og regioner'),
    );
    expect(RATES.procurement.servicesState2024.value, `${l.path}: staten`).toBe(l.rowAmount('Varer og tjenesteydelser, staten'));
    expect(RATES.procurement.light2024.value, `${l.path}: light-regimet`).toBe(
      l.rowAmount('Sociale og andre specifikke tjenesteydelser (light-regimet)'),
    );
  });

  test('indkøb 01: the EU thresholds from 1 January 2026, in euro, equal the rates file', () => {
    const l = lesson('courses/koeb-ind-med-hjerne-og-hjerte/01-rammen-udbudsloven.md');
    const euro = (label: string) =>
      parseDanishNumber(
        l
          .row(label)
          .at(-1)!
          .replace(/\(.*?\)|euro/g, ''),
      );
    expect(RATES.procurement.euWorks2026Eur.value, `${l.path}: bygge og anlæg`).toBe(euro('Bygge- og anlægsarbejder, alle ordregivere'));
    expect(RATES.procurement.euServicesState2026Eur.value, `${l.path}: staten`).toBe(euro('Staten: varer og tjenesteydelser'));
    expect(RATES.procurement.euServicesMunicipal2026Eur.value, `${l.path}: kommuner og regioner`).toBe(
      euro('Kommuner og regioner: varer og tjenesteydelser'),
    );
    expect(RATES.procurement.euLightEur.value, `${l.path}: light-regimet`).toBe(euro('Light-regimet, alle ordregivere'));
    for (const rate of [RATES.procurement.euWorks2026Eur, RATES.procurement.servicesMunicipal2026]) {
      expect(rate.validFrom).toBe('2026-01-01');
      expect(rate.validTo).toBe('2027-12-31');
    }
  });

  test('indkøb 01: Mette Brandt’s cleaning (EU tender) and canteen (light, below)', () => {
    const l = lesson('courses/koeb-ind-med-hjerne-og-hjerte/01-rammen-udbudsloven.md');
    const annual = l.figure(/forlængelse til ([\d.]+) kr\. om året/, 'rengøringens årlige værdi');
    const cleaning = calc({ buyer: 'kommune', kind: 'ydelse', annualValue: annual, months: 48, date: '2025-06-01' });
    expect(cleaning.value / MIO, `${l.path}: rengøringens anslåede værdi`).toBe(
      l.figure(/anslået værdi på ([\d,]+) mio\. kr\./, 'rengøringens anslåede værdi'),
    );
    expect(cleaning.regime, `${l.path}: rengøringen skal i EU-udbud`).toBe('eu');
    const canteen = calc({
      buyer: 'kommune',
      kind: 'light',
      annualValue: l.figure(/i 4 år til ([\d.]+) kr\. om året/, 'kantinens årlige værdi'),
      months: 48,
      date: '2025-06-01',
    });
    expect(canteen.value / MIO, `${l.path}: kantinens værdi`).toBe(
      l.figure(/Kantinen har en værdi på ([\d,]+) mio\. kr\./, 'kantinens værdi'),
    );
    expect(canteen.regime, `${l.path}: kantinen ligger under light-tærskelværdien`).toBe('below');
    expect(
      calc({ buyer: 'kommune', kind: 'ydelse', annualValue: 600_000, months: 48 }).regime,
      `${l.path}: kantinen som almindelig ydelse`,
    ).toBe('eu');
  });

  test('indkøb 03: Bøgelund’s activity service (light regime; 4 years too long to reserve under § 190)', () => {
    const l = lesson('courses/koeb-ind-med-hjerne-og-hjerte/03-light-regimet.md');
    const annual = l.figure(/koste ([\d,]+) mio\. kr\. om året/, 'den årlige værdi') * MIO;
    const r = calc({ buyer: 'kommune', kind: 'light', annualValue: annual, months: 12 * l.figure(/løbe i (\d+) år/, 'løbetiden') });
    expect(r.value / MIO, `${l.path}: »i alt … mio. kr.«`).toBe(l.figure(/i alt ([\d,]+) mio\. kr\./, 'den samlede værdi'));
    expect(r.regime).toBe('light');
    expect(r.reserved.light, `${l.path}: art. 77 kræver højst ${l.figure(/højst løber i (\d+) år/, 'grænsen for reservation')} år`).toBe(
      'too-long',
    );
  });

  test('indkøb 04: Egeskov’s school cleaning triggers the training requirement', () => {
    const l = lesson('courses/koeb-ind-med-hjerne-og-hjerte/04-sociale-klausuler-og-oplaeringskrav.md');
    const total = l.figure(/samlet værdi af (\d+) mio\. kr\./, 'kontraktens værdi') * MIO;
    const years = l.figure(/skoler i (\d+) år/, 'løbetiden');
    const r = calc({ buyer: 'kommune', kind: 'ydelse', annualValue: total / years, months: years * 12 });
    // BEK 1079/2022 covers services only within its CPV list: the tool reaches the limits and sends the buyer to the list.
    expect(r.training, `${l.path}: varighed og værdi når grænserne`).toBe('check-cpv');
  });

  test('indkøb 05: Stenkløver’s green care meets one of Copenhagen’s two thresholds', () => {
    const l = lesson('courses/koeb-ind-med-hjerne-og-hjerte/05-koebenhavns-kommune.md');
    expect(RATES.procurement.kkValue.value / MIO, `${l.path}: socialdumping.kk.dk`).toBe(
      l.figure(/Mindst 6 måneder og mindst (\d+) mio\. kr\. i samlet kontraktværdi/, 'grænsen på socialdumping.kk.dk'),
    );
    expect(RATES.procurement.kkAltValue.value / MIO, `${l.path}: fairforhold.kk.dk`).toBe(
      l.figure(/Mindst 6 måneder og mindst (\d+) mio\. kr\. eller/, 'grænsen på fairforhold.kk.dk'),
    );
    const total = l.figure(/til (\d+) mio\. kr\. i en storbykommune/, 'opgavens værdi') * MIO;
    const r = calc({ buyer: 'kommune', kind: 'ydelse', annualValue: total / 4, months: 48 });
    expect(r.copenhagen).toEqual({ short: false, socialdumping: true, fairforhold: false });
    expect(r.notes.join(' ')).toContain('Spørg kommunen');
  });
});

describe('edges', () => {
  const base: UdbudInput = { buyer: 'kommune', kind: 'ydelse', annualValue: 0, months: 12, date: '2026-12-07' };
  test('a value exactly at the threshold is over it (equal to or above)', () => {
    const at = defaultThreshold('kommune', 'ydelse', '2026-12-07');
    expect(at).toBe(1_611_360);
    expect(calc({ ...base, annualValue: at }).regime).toBe('eu');
    expect(calc({ ...base, annualValue: at - 1 }).regime).toBe('below');
    expect(calc({ ...base, kind: 'light', annualValue: RATES.procurement.light2026.value }).regime).toBe('light');
  });

  test('the state’s lower threshold', () => {
    expect(calc({ ...base, buyer: 'stat', annualValue: 1_100_000 }).regime).toBe('eu');
    expect(calc({ ...base, buyer: 'kommune', annualValue: 1_100_000 }).regime).toBe('below');
  });

  test('a threshold typed by the user replaces the period’s value', () => {
    expect(calc({ ...base, annualValue: 1_700_000, threshold: 1_800_000 }).regime).toBe('below');
  });

  test('works: the period’s works threshold decides', () => {
    expect(calc({ ...base, kind: 'bygge', annualValue: 40_313_840 }).regime).toBe('eu');
    expect(calc({ ...base, kind: 'bygge', annualValue: 40_313_839 }).regime).toBe('below');
    expect(calc({ ...base, kind: 'bygge', annualValue: 10 * MIO }).training).toBe('check-works');
  });

  test('reservation under § 190 at exactly 36 months, not at 37', () => {
    expect(calc({ ...base, kind: 'light', annualValue: 1, months: 36 }).reserved.light).toBe('ok');
    expect(calc({ ...base, kind: 'light', annualValue: 1, months: 37 }).reserved.light).toBe('too-long');
    expect(calc({ ...base, annualValue: 1, months: 36 }).reserved.light).toBe('not-light');
  });

  test('Copenhagen: payroll alone, renovation limits, short contracts', () => {
    expect(calc({ ...base, annualValue: 1, payroll: 4 * MIO }).copenhagen).toEqual({
      short: false,
      socialdumping: true,
      fairforhold: true,
    });
    expect(calc({ ...base, annualValue: 6 * MIO, renovation: true }).copenhagen).toEqual({
      short: false,
      socialdumping: true,
      fairforhold: false,
    });
    expect(calc({ ...base, annualValue: 100 * MIO, months: 5 }).copenhagen).toEqual({
      short: true,
      socialdumping: false,
      fairforhold: false,
    });
  });

  test('zero value is valid; negative value, zero months and half months are refused', () => {
    expect(calc(base).regime).toBe('below');
    const r = udbud({ ...base, annualValue: -1, months: 0 });
    expect(r.ok).toBe(false);
    const half = udbud({ ...base, months: 6.5 });
    expect(!half.ok && half.errors).toEqual([{ field: 'months', message: 'Skriv et helt antal måneder.' }]);
  });
});

describe('udbudsloven § 38: en tjenesteydelse uden samlet pris over 48 måneder regnes som månedsværdi × 48', () => {
  const at = (kind: 'ydelse' | 'light' | 'bygge', months: number) => {
    const r = udbud({ buyer: 'kommune', kind, annualValue: 650_000, months, date: '2026-06-01' });
    if (!r.ok) throw new Error();
    return r;
  };
  test('48 måneder → hele løbetiden (§ 38, nr. 1): 2.600.000 kr.', () => {
    expect(at('ydelse', 48).value.value).toBe(2_600_000);
    expect(at('ydelse', 48).steps[0]!.rule).toBe('Udbudsloven § 30, stk. 1, og § 38, nr. 1');
  });
  test('60 måneder → 48 måneder tæller (§ 38, nr. 2): 2.600.000 kr., ikke 3.250.000 kr.', () => {
    expect(at('ydelse', 60).value.value).toBe(2_600_000);
    expect(at('ydelse', 60).steps[0]!.rule).toBe('Udbudsloven § 38, nr. 2');
    expect(at('light', 49).value.value).toBe(2_600_000);
  });
  test('bygge og anlæg er ikke en tjenesteydelse: hele løbetiden tæller (§ 30, stk. 1)', () => {
    expect(at('bygge', 60).value.value).toBe(3_250_000);
    expect(at('bygge', 60).steps[0]!.rule).toBe('Udbudsloven § 30, stk. 1');
  });
});

describe('udbudsloven § 30, stk. 1: hele perioden med optioner og forlængelser', () => {
  test('650.000 kr. om året i 48 måneder → 2,6 mio. kr.', () => expect(contractValue(650_000, 48)).toBe(2_600_000));
  test('a step names § 30, stk. 1, and the notes § 30, stk. 2', () => {
    const r = udbud({ buyer: 'kommune', kind: 'ydelse', annualValue: 1, months: 12, date: '2026-01-01' });
    if (!r.ok) throw new Error();
    expect(r.steps[0]!.rule).toBe('Udbudsloven § 30, stk. 1, og § 38, nr. 1');
    expect(r.value.notes.join(' ')).toContain('§ 30, stk. 2');
  });
});

describe('BEK nr. 1079/2022, § 2: oplæringskrav for tjenesteydelser', () => {
  test('6 måneder og 5 mio. kr. → grænserne er nået; CPV-koden afgør', () => expect(trainingRule('ydelse', 5 * MIO, 6)).toBe('check-cpv'));
  test('5 måneder og 100 mio. kr. → kravet gælder ikke', () => expect(trainingRule('ydelse', 100 * MIO, 5)).toBe('not-required'));
  test('12 måneder og 4.999.999 kr. → kravet gælder ikke', () => expect(trainingRule('ydelse', 4_999_999, 12)).toBe('not-required'));
  test('light-ydelser følger samme grænser', () => expect(trainingRule('light', 5 * MIO, 6)).toBe('check-cpv'));
  test('bygge og anlæg → værktøjet afgør det ikke', () => expect(trainingRule('bygge', 100 * MIO, 60)).toBe('check-works'));
  test('the tool never says the requirement applies without the CPV list', () => {
    const r = udbud({ buyer: 'kommune', kind: 'ydelse', annualValue: 5 * MIO, months: 12, date: '2026-06-01' });
    if (!r.ok) throw new Error();
    expect(r.value.notes.join(' ')).toContain('CPV-koder i bekendtgørelsens bilag');
  });
});

describe('tærskelværdiernes perioder (direktiv 2014/24/EU, art. 4; C/2025/5732)', () => {
  test('31.12.2025 → 2024–2025; 01.01.2026 → 2026–2027', () => {
    expect(pickPeriod(PROCUREMENT_PERIODS, '2025-12-31').period.label).toBe('2024–2025');
    expect(pickPeriod(PROCUREMENT_PERIODS, '2026-01-01').period.label).toBe('2026–2027');
  });
  test('31.12.2027 is the last day of the newest period; 01.01.2028 is past it', () => {
    expect(pickPeriod(PROCUREMENT_PERIODS, '2027-12-31').status).toBe('in');
    expect(pickPeriod(PROCUREMENT_PERIODS, '2028-01-01')).toMatchObject({ status: 'after-newest', period: { label: '2026–2027' } });
  });
  test('2026–2027 kroner amounts are the euro amounts at 7,46 kr.', () => {
    const p = RATES.procurement;
    expect(p.servicesMunicipal2026.value).toBe(Math.round(p.euServicesMunicipal2026Eur.value * 7.46));
    expect(p.servicesState2026.value).toBe(Math.round(p.euServicesState2026Eur.value * 7.46));
    expect(p.works2026.value).toBe(Math.round(p.euWorks2026Eur.value * 7.46));
    expect(p.light2026.value).toBe(Math.round(p.euLightEur.value * 7.46));
  });
  test('the headline says which period it used, and says so when the date is past the newest', () => {
    const values = Object.fromEntries(form.fields.map((f) => [f.name, f.initial]));
    const now = form.run({ ...values, date: '2026-12-07' });
    expect(now.summary.join(' ')).toContain('Tærskelværdierne for 2026–2027 er brugt');
    expect(now.summary[0]).toContain('Over tærskelværdien på 1.611.360');
    const late = form.run({ ...values, date: '2028-02-01' });
    expect(late.summary[0]).toContain('ligger efter de nyeste tærskelværdier i værktøjet (2026–2027');
    const early = form.run({ ...values, date: '2025-06-01' });
    expect(early.summary.join(' ')).toContain('Tærskelværdierne for 2024–2025 er brugt');
  });
  test('light regime 2026–2027: the tool says the kroner amount is computed', () => {
    const r = udbud({ buyer: 'kommune', kind: 'light', annualValue: 1, months: 12, date: '2026-06-01' });
    if (!r.ok) throw new Error();
    expect(r.value.notes.join(' ')).toContain('omregnet med 7,46 kr. pr. euro');
  });
});
