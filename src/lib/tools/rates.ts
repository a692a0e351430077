/**
 * Every rate and threshold the tools use, each with the date it applies from and its source.
 * One file, so a change in the law is one edit here (and the lessons' tests then tell whether
 * a lesson's worked example must change too). Amounts in kroner (names ending in Eur: euro), percentages as percent.
 */
export interface Source {
  title: string;
  /** Law, number, paragraph, stk., nr. */
  law?: string;
  url: string;
  /** The day an editor last read the source against this file (ISO date). */
  read?: string;
}

export interface Rate {
  value: number;
  /** First day the value applies (ISO date). */
  validFrom: string;
  /** Last day, when known. */
  validTo?: string;
  source: Source;
}

const SEL: Source = {
  title: 'Selskabsskatteloven',
  law: 'LBK nr. 279 af 13.03.2025',
  url: 'https://www.retsinformation.dk/eli/lta/2025/279',
};
const RSV_LAW: Source = {
  title: 'Lov om registrerede socialøkonomiske virksomheder',
  law: 'Lov nr. 711 af 25.06.2014, § 5, stk. 2 (i kraft 1.1.2015, BEK nr. 1176 af 05.11.2014)',
  url: 'https://www.retsinformation.dk/eli/lta/2014/711',
};
const LL_7P_STK7_NR3: Source = {
  title: 'Skattestyrelsen, Den juridiske vejledning, C.A.5.17.3.4.2.3 (aktivt på et marked i mindre end 5 år)',
  law: 'Ligningslovens § 7 P, stk. 7, nr. 3',
  url: 'https://skat.dk/data.aspx?oid=2232227',
  read: '2026-12-07',
};

const LL_7P: Source = {
  title: 'Skattestyrelsen, Den juridiske vejledning, C.A.5.17.3 om ligningslovens § 7 P',
  law: 'Ligningslovens § 7 P, indført ved lov nr. 430 af 18.05.2016',
  url: 'https://skat.dk/data.aspx?oid=2232227',
  read: '2026-12-07',
};
/** The 50 % model's size condition: turnover OR balance sheet total, in one of the two latest approved annual reports. */
const LL_7P_STK7_NR2: Source = {
  title: 'Skattestyrelsen, Den juridiske vejledning, C.A.5.17.3.4.2.2 (nettoomsætning eller balancesum)',
  law: 'Ligningslovens § 7 P, stk. 7, nr. 2',
  url: 'https://skat.dk/data.aspx?oid=2232227',
  read: '2026-12-07',
};
const KFST_THRESHOLDS: Source = {
  title: 'Konkurrence- og Forbrugerstyrelsen, Tærskelværdier 2024 og 2025',
  url: 'https://www.kfst.dk/udbud/udbudsregler/taerskelvaerdier-2022-og-2023/taerskelvaerdier-2024-og-2025/',
  read: '2026-12-07',
};
const EU_THRESHOLDS_2026: Source = {
  title: 'Kommissionens delegerede forordning (EU) 2025/2152 om tærskelværdierne i direktiv 2014/24/EU',
  law: 'Delegeret forordning (EU) 2025/2152, art. 1 (direktiv 2014/24/EU, art. 4, litra a–c)',
  url: 'https://eur-lex.europa.eu/eli/reg_del/2025/2152/oj',
  read: '2026-12-07',
};
/** The kroner amounts for 2026–2027: the Commission's communication in the Official Journal's C-series. */
const EU_THRESHOLDS_2026_DKK: Source = {
  title:
    'Meddelelse fra Kommissionen om de tilsvarende værdier af tærskelværdierne i direktiv 2014/23/EU, 2014/24/EU og 2014/25/EU for 2026–2027',
  law: 'EUT C, C/2025/5732 af 23.10.2025',
  url: 'https://eur-lex.europa.eu/eli/C/2025/5732/oj',
  read: '2026-12-07',
};
/** The light regime's amount is fixed in the directive itself; the two-yearly delegated regulations do not revise it (art. 6). */
const LIGHT_REGIME_BASIS: Source = {
  title: 'Europa-Parlamentets og Rådets direktiv 2014/24/EU om offentlige udbud',
  law: 'Direktiv 2014/24/EU, art. 4, litra d (ikke omfattet af revisionen i art. 6)',
  url: 'https://eur-lex.europa.eu/eli/dir/2014/24/oj',
  read: '2026-12-07',
};
const TRAINING: Source = {
  title: 'Konkurrence- og Forbrugerstyrelsen, Spørgsmål og svar om krav om personer under oplæring',
  law: 'Udbudsloven § 176, stk. 2–4, tilbudsloven § 7 og BEK nr. 1079 af 2022, § 2 med bilag (omfattede tjenesteydelser)',
  url: 'https://www.kfst.dk/udbud/udbudsregler/sporgsmal-og-svar-til-aendringer-af-udbudsloven-pr-1-juli-2022/1-oplaering/',
  read: '2026-12-07',
};
const UDBUDSLOVEN_30: Source = {
  title: 'Udbudsloven',
  law: 'Lov nr. 1564 af 15.12.2015, § 30, stk. 1 (anslået værdi) og stk. 2 (ingen opdeling for at undgå loven)',
  url: 'https://www.retsinformation.dk/eli/lta/2015/1564',
  read: '2026-12-07',
};
const KK_SOCIALDUMPING: Source = {
  title: 'Københavns Kommune, Hvornår er leverandører omfattet af klausuler? (socialdumping.kk.dk)',
  url: 'https://socialdumping.kk.dk/artikel/hvornaar-er-leverandoerer-omfattet-af-klausuler',
};
const KK_FAIRFORHOLD: Source = {
  title: 'Københavns Kommune, Sociale klausuler (fairforhold.kk.dk)',
  url: 'https://fairforhold.kk.dk/artikel/sociale-klausuler',
};

/** LAB § 123 as consolidated in LBK nr. 701 af 22.05.2022 (the model for flexjobs begun after 1.1.2013). */
const LAB_123: Source = {
  title: 'Lov om en aktiv beskæftigelsesindsats, § 123 (fleksløntilskud)',
  law: 'LBK nr. 701 af 22.05.2022, § 123, stk. 1–3',
  url: 'https://www.elov.dk/lov-om-en-aktiv-beskaeftigelsesindsats/paragraf/123/',
  read: '2026-12-07',
};
/** The yearly amounts: no STAR rate guide for any year was found; these pages state one year's amounts each. */
const SLAGELSE_2022: Source = {
  title: 'Slagelse Kommune, Fleksløntilskud (beløb for 2022)',
  law: 'LAB § 123, stk. 1–2, reguleret til 2022-niveau',
  url: 'https://www.slagelse.dk/borger/job-uddannelse-og-ledig/job-og-ledighed/fleksjob/fleksloentilskud',
  read: '2026-12-07',
};
const DFH_2024: Source = {
  title: 'Det Faglige Hus, Fleksløntilskud (beløb for 2024)',
  law: 'LAB § 123, stk. 1–2, reguleret til 2024-niveau',
  url: 'https://www.detfagligehus.dk/faa-hjaelp/loenmodtager/i-fleksjob/fleksloentilskud/',
  read: '2026-12-07',
};

/** Copenhagen's pages carry no date; the day they were last read is the earliest date we can vouch for. */
const KK_PAGES_READ = '2026-11-29';

export const RATES = {
  kooperation: {
    /** SEL § 15 and § 16: income as a share of formue matching member turnover. */
    memberPercent: { value: 4, validFrom: '2025-03-13', source: { ...SEL, law: `${SEL.law}, §§ 15–16` } },
    /** SEL § 15 and § 16: the rest of the formue. */
    otherPercent: { value: 6, validFrom: '2025-03-13', source: { ...SEL, law: `${SEL.law}, §§ 15–16` } },
    /** SEL § 16: a production and sales association with at most this share of non-member turnover uses 4 % on all. */
    productionSmallShare: { value: 3, validFrom: '2025-03-13', source: { ...SEL, law: `${SEL.law}, § 16` } },
    /** SEL § 19, stk. 1. */
    taxPercent: { value: 14.3, validFrom: '2025-03-13', source: { ...SEL, law: `${SEL.law}, § 19, stk. 1` } },
    /** SEL § 1, stk. 1, nr. 3: non-member turnover must not materially or for long exceed this share. */
    nonMemberLimit: { value: 25, validFrom: '2025-03-13', source: { ...SEL, law: `${SEL.law}, § 1, stk. 1, nr. 3` } },
    /** SEL § 17, stk. 1: ordinary corporate tax, for the comparison only. */
    corporateTaxPercent: { value: 22, validFrom: '2025-03-13', source: { ...SEL, law: `${SEL.law}, § 17, stk. 1` } },
  },
  rsv: {
    /** § 5, stk. 2: annual return above the official discount rate plus this is never reasonable (read as percentage points). */
    discountMarginPoints: { value: 15, validFrom: '2015-01-01', source: RSV_LAW },
    /** § 5, stk. 2: more than this share of the year's result after tax is never reasonable. */
    resultSharePercent: { value: 35, validFrom: '2015-01-01', source: RSV_LAW },
  },
  ll7p: {
    basicPercent: { value: 10, validFrom: '2016-07-01', source: LL_7P },
    broadPercent: { value: 20, validFrom: '2018-01-01', source: LL_7P },
    /** The 20 % model: offered on equal terms to at least this share of employees. */
    broadEmployeeShare: { value: 80, validFrom: '2018-01-01', source: LL_7P },
    startupPercent: { value: 50, validFrom: '2021-01-01', source: LL_7P },
    /** The 50 % model's company criteria as the lesson describes them (not the full list). */
    startupMaxEmployees: { value: 50, validFrom: '2021-01-01', source: LL_7P },
    /** Stk. 7, nr. 2: nettoomsætning ≤ 15 mio. kr. ELLER balancesum ≤ 15 mio. kr. i et af de to seneste godkendte årsregnskaber. */
    startupMaxTurnoverOrBalance: { value: 15_000_000, validFrom: '2021-01-01', source: LL_7P_STK7_NR2 },
    /** LL § 7 P, stk. 7, nr. 3: active on a market for LESS than this many years before the calendar year of the agreement (JV C.A.5.17.3.4.2.3). */
    startupYearsOnMarketBelow: { value: 5, validFrom: '2021-01-01', source: LL_7P_STK7_NR3 },
  },
  fleksjob: {
    /** § 123, stk. 1: the subsidy starts from this share of the highest unemployment benefit. */
    basePercent: { value: 98, validFrom: '2013-01-01', source: LAB_123 },
    /** § 123, stk. 2, 1. pkt.: reduction of the wage income up to the threshold. */
    lowPercent: { value: 30, validFrom: '2013-01-01', source: LAB_123 },
    /** § 123, stk. 2, 2. pkt.: reduction of the wage income above the threshold. */
    highPercent: { value: 55, validFrom: '2013-01-01', source: LAB_123 },
    /** § 123, stk. 2: the threshold as the law states it, in 2019 level; regulated every year. */
    threshold2019Level: { value: 14_686, validFrom: '2019-01-01', validTo: '2019-12-31', source: LAB_123 },
    base2022: { value: 18_964, validFrom: '2022-01-01', validTo: '2022-12-31', source: SLAGELSE_2022 },
    threshold2022: { value: 15_401, validFrom: '2022-01-01', validTo: '2022-12-31', source: SLAGELSE_2022 },
    base2024: { value: 19_952, validFrom: '2024-01-01', validTo: '2024-12-31', source: DFH_2024 },
    threshold2024: { value: 16_323, validFrom: '2024-01-01', validTo: '2024-12-31', source: DFH_2024 },
  },
  procurement: {
    /** Goods and services, municipalities and regions, 2024–2025. */
    servicesMunicipal2024: { value: 1_644_638, validFrom: '2024-01-01', validTo: '2025-12-31', source: KFST_THRESHOLDS },
    /** Goods and services, the state, 2024–2025. */
    servicesState2024: { value: 1_064_177, validFrom: '2024-01-01', validTo: '2025-12-31', source: KFST_THRESHOLDS },
    /** Social and other specific services (the light regime), all buyers, 2024–2025. */
    light2024: { value: 5_581_350, validFrom: '2024-01-01', validTo: '2025-12-31', source: KFST_THRESHOLDS },
    works2024: { value: 41_212_688, validFrom: '2024-01-01', validTo: '2025-12-31', source: KFST_THRESHOLDS },
    /** 2026–2027 in kroner . */
    servicesMunicipal2026: { value: 1_611_360, validFrom: '2026-01-01', validTo: '2027-12-31', source: EU_THRESHOLDS_2026_DKK },
    servicesState2026: { value: 1_044_400, validFrom: '2026-01-01', validTo: '2027-12-31', source: EU_THRESHOLDS_2026_DKK },
    works2026: { value: 40_313_840, validFrom: '2026-01-01', validTo: '2027-12-31', source: EU_THRESHOLDS_2026_DKK },
    /**
     * The light regime in kroner for 2026–2027: 750.000 euro at 7,46 kr., the rate the Commission's
     * communication uses for every other 2026–2027 amount (1.611.360 = 216.000 × 7,46, and so on).
     * Derived, not read: the tool says so wherever it uses it.
     */
    light2026: {
      value: 5_595_000,
      validFrom: '2026-01-01',
      validTo: '2027-12-31',
      source: {
        ...EU_THRESHOLDS_2026_DKK,
        law: 'Beregnet: 750.000 euro (direktiv 2014/24/EU, art. 4, litra d) × 7,46 kr., kursen i C/2025/5732',
      },
    },
    /** 2026–2027 in euro. */
    euWorks2026Eur: { value: 5_404_000, validFrom: '2026-01-01', validTo: '2027-12-31', source: EU_THRESHOLDS_2026 },
    euServicesState2026Eur: { value: 140_000, validFrom: '2026-01-01', validTo: '2027-12-31', source: EU_THRESHOLDS_2026 },
    euServicesMunicipal2026Eur: { value: 216_000, validFrom: '2026-01-01', validTo: '2027-12-31', source: EU_THRESHOLDS_2026 },
    /** Fixed in the directive (art. 4, litra d), not by the delegated regulation. */
    euLightEur: { value: 750_000, validFrom: '2016-04-18', source: LIGHT_REGIME_BASIS },
    /** Art. 77 / udbudsloven § 190: a reserved light-regime contract runs at most this many months. */
    reservedLightMaxMonths: {
      value: 36,
      validFrom: '2016-01-01',
      source: {
        title: 'Udbudsloven',
        law: 'Lov nr. 1564 af 15.12.2015, § 190 (direktiv 2014/24/EU, art. 77)',
        url: 'https://www.retsinformation.dk/eli/lta/2015/1564',
      },
    },
    /** Art. 20 / udbudsloven § 54: share of disabled or disadvantaged employees. */
    reservedShareOfStaff: {
      value: 30,
      validFrom: '2016-01-01',
      source: {
        title: 'Udbudsloven',
        law: 'Lov nr. 1564 af 15.12.2015, § 54 (direktiv 2014/24/EU, art. 20)',
        url: 'https://www.retsinformation.dk/eli/lta/2015/1564',
      },
    },
    /** Udbudsloven § 30, stk. 1: the estimated value is the total payable over the whole contract, options and extensions included. */
    valueRule: { value: 1, validFrom: '2016-01-01', source: UDBUDSLOVEN_30 },
    /** Udbudsloven § 38, nr. 2: a service contract without a total price that runs over 48 months (or has no end) is valued as the monthly value × 48. */
    serviceValueMaxMonths: {
      value: 48,
      validFrom: '2016-01-01',
      source: {
        title: 'Udbudsloven',
        law: 'Lov nr. 1564 af 15.12.2015, § 38, nr. 1 og 2 (direktiv 2014/24/EU, art. 5, stk. 14)',
        url: 'https://www.retsinformation.dk/eli/lta/2015/1564',
      },
    },
    trainingMinMonths: { value: 6, validFrom: '2022-07-01', source: TRAINING },
    trainingServicesMinValue: { value: 5_000_000, validFrom: '2022-07-01', source: TRAINING },
    kkMinMonths: { value: 6, validFrom: KK_PAGES_READ, source: KK_SOCIALDUMPING },
    kkValue: { value: 5_000_000, validFrom: KK_PAGES_READ, source: KK_SOCIALDUMPING },
    kkPayroll: { value: 4_000_000, validFrom: KK_PAGES_READ, source: KK_SOCIALDUMPING },
    kkRenovationValue: { value: 5_000_000, validFrom: KK_PAGES_READ, source: KK_SOCIALDUMPING },
    kkRenovationPayroll: { value: 3_000_000, validFrom: KK_PAGES_READ, source: KK_SOCIALDUMPING },
    kkAltValue: { value: 10_000_000, validFrom: KK_PAGES_READ, source: KK_FAIRFORHOLD },
    kkAltPayroll: { value: 4_000_000, validFrom: KK_PAGES_READ, source: KK_FAIRFORHOLD },
    kkAltRenovationValue: { value: 8_000_000, validFrom: KK_PAGES_READ, source: KK_FAIRFORHOLD },
    kkAltRenovationPayroll: { value: 3_000_000, validFrom: KK_PAGES_READ, source: KK_FAIRFORHOLD },
  },
} as const satisfies Record<string, Record<string, Rate>>;

/** The date the rate file was last checked against its sources. */
export const RATES_REVIEWED = '2026-11-29';

/** A set of thresholds that applies for a period: the tool picks one from a date. */
export interface ThresholdPeriod {
  label: string;
  validFrom: string;
  validTo: string;
  servicesMunicipal: Rate;
  servicesState: Rate;
  works: Rate;
  light: Rate;
  /** True when the light amount is computed from the euro amount and the period's rate, not read in a notice. */
  lightDerived: boolean;
  /** Kroner per euro in the Commission's communication for the period. */
  dkkPerEur: number;
}

const p = RATES.procurement;
export const PROCUREMENT_PERIODS: readonly ThresholdPeriod[] = [
  {
    label: '2024–2025',
    validFrom: '2024-01-01',
    validTo: '2025-12-31',
    servicesMunicipal: p.servicesMunicipal2024,
    servicesState: p.servicesState2024,
    works: p.works2024,
    light: p.light2024,
    lightDerived: false,
    dkkPerEur: 7.4418,
  },
  {
    label: '2026–2027',
    validFrom: '2026-01-01',
    validTo: '2027-12-31',
    servicesMunicipal: p.servicesMunicipal2026,
    servicesState: p.servicesState2026,
    works: p.works2026,
    light: p.light2026,
    lightDerived: true,
    dkkPerEur: 7.46,
  },
];

/** The two monthly amounts of § 123, stk. 1–2, for one calendar year. */
export interface FlexjobPeriod {
  label: string;
  validFrom: string;
  validTo: string;
  /** 98 % of the highest unemployment benefit, kr. per month (§ 123, stk. 1). */
  base: Rate;
  /** The threshold between the 30 % and the 55 % reduction, kr. per month (§ 123, stk. 2). */
  threshold: Rate;
}

const f = RATES.fleksjob;
/**
 * Only the years whose amounts were read in a source. 2023, 2025 and 2026 are missing on purpose:
 * the calculator refuses those dates rather than carry a neighbouring year's amounts over.
 */
export const FLEXJOB_PERIODS: readonly FlexjobPeriod[] = [
  { label: '2022', validFrom: '2022-01-01', validTo: '2022-12-31', base: f.base2022, threshold: f.threshold2022 },
  { label: '2024', validFrom: '2024-01-01', validTo: '2024-12-31', base: f.base2024, threshold: f.threshold2024 },
];

export type PeriodPick<T> = { period: T; status: 'in' | 'after-newest' | 'before-oldest' };

/**
 * The period that covers an ISO date. Past the newest period the newest is returned with
 * status 'after-newest' (the tool must say so in its headline); before the oldest, the oldest.
 */
export function pickPeriod<T extends { validFrom: string; validTo: string }>(periods: readonly T[], date: string): PeriodPick<T> {
  const sorted = [...periods].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  const hit = sorted.find((q) => q.validFrom <= date && date <= q.validTo);
  if (hit) return { period: hit, status: 'in' };
  const oldest = sorted[0]!;
  const newest = sorted.at(-1)!;
  return date > newest.validTo ? { period: newest, status: 'after-newest' } : { period: oldest, status: 'before-oldest' };
}

/** Today as an ISO date in Danish time (the tools' default date). */
export const todayIso = (now = new Date()) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(now);

/**
 * Every dated rate set, for the content check: a build after the newest period's end must fail.
 * FLEXJOB_PERIODS is not here: the flexjob calculator refuses any date outside a confirmed year, so
 * it cannot go silently stale (and its newest confirmed year, 2024, is already past).
 */
export const RATE_PERIODS = { procurement: PROCUREMENT_PERIODS } as const;
