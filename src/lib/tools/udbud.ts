/**
 * Which procurement rules a purchase meets: the EU threshold or the light-regime threshold for the
 * period the stated date falls in, the reservation options (udbudsloven §§ 54 and 190), the
 * statutory training requirement and Copenhagen's clause thresholds as its two web pages state them.
 * Example: cleaning at 650.000 kr. a year for 48 months, municipal buyer → 2,6 mio. kr., EU tender.
 */
import { toolsUdbud } from '../i18n/da/tools-udbud.ts';
import { toolsT } from '../i18n/tools.ts';
import type { Calculation, FieldError, Step } from './calculation.ts';
import { PROCUREMENT_PERIODS, RATES, pickPeriod, todayIso, type PeriodPick, type ThresholdPeriod } from './rates.ts';

export const t = toolsT(toolsUdbud);

export type PurchaseKind = 'ydelse' | 'light' | 'bygge';
export type Buyer = 'kommune' | 'stat';
export type Regime = 'eu' | 'light' | 'below';
/** BEK nr. 1079/2022: services are covered only within the CPV groups the order lists, which this tool does not hold. */
export type Training = 'not-required' | 'check-cpv' | 'check-works';

export interface UdbudInput {
  buyer: Buyer;
  kind: PurchaseKind;
  annualValue: number;
  months: number;
  /** The day the tender is published (ISO date); picks the threshold period. Defaults to today. */
  date?: string;
  /** A threshold the user typed; overrides the period's value. */
  threshold?: number;
  payroll?: number;
  renovation?: boolean;
}

export interface UdbudResult {
  value: number;
  threshold: number;
  regime: Regime;
  period: PeriodPick<ThresholdPeriod>;
  reserved: { general: boolean; light: 'ok' | 'too-long' | 'not-light' };
  training: Training;
  /** Copenhagen: has the contract reached the thresholds of each of the city's two pages? */
  copenhagen: { short: boolean; socialdumping: boolean; fairforhold: boolean };
  notes: string[];
}

/** The threshold of a period for a buyer and kind of purchase; undefined when not confirmed. */
export function periodThreshold(period: ThresholdPeriod, buyer: Buyer, kind: PurchaseKind): number {
  if (kind === 'light') return period.light.value;
  if (kind === 'bygge') return period.works.value;
  return (buyer === 'stat' ? period.servicesState : period.servicesMunicipal).value;
}

/** The threshold that applies on a date (default today). */
export function defaultThreshold(buyer: Buyer, kind: PurchaseKind, date = todayIso()): number {
  return periodThreshold(pickPeriod(PROCUREMENT_PERIODS, date).period, buyer, kind);
}

/** Udbudsloven § 30, stk. 1 (and § 38, nr. 1, for a service priced per period): the whole period's payments, options and extensions included. */
export const contractValue = (annualValue: number, months: number) => Math.round(((annualValue * months) / 12) * 100) / 100;

/**
 * BEK nr. 1079/2022 as far as this tool can apply it: below 6 months or 5 mio. kr. a service
 * contract is not covered; at or above both, it is covered only if its CPV code is in the order's
 * list, so the tool asks the buyer to look it up instead of answering yes.
 */
export function trainingRule(kind: PurchaseKind, value: number, months: number): Training {
  const p = RATES.procurement;
  if (kind === 'bygge') return 'check-works';
  return months >= p.trainingMinMonths.value && value >= p.trainingServicesMinValue.value ? 'check-cpv' : 'not-required';
}

export function udbud(input: UdbudInput): Calculation<UdbudResult> {
  const p = RATES.procurement;
  const errors: FieldError[] = [];
  if (!Number.isFinite(input.annualValue)) errors.push({ field: 'annualValue', message: t('error.number') });
  else if (input.annualValue < 0) errors.push({ field: 'annualValue', message: t('error.notNegative') });
  if (!Number.isFinite(input.months)) errors.push({ field: 'months', message: t('error.number') });
  else if (input.months <= 0) errors.push({ field: 'months', message: t('error.positive') });
  else if (!Number.isInteger(input.months)) errors.push({ field: 'months', message: t('error.wholeMonths') });
  if (input.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(input.date)) errors.push({ field: 'date', message: t('udbud.error.date') });
  for (const field of ['threshold', 'payroll'] as const) {
    const v = input[field];
    if (v === undefined) continue;
    if (!Number.isFinite(v)) errors.push({ field, message: t('error.number') });
    else if (v < 0) errors.push({ field, message: t('error.notNegative') });
  }
  if (errors.length) return { ok: false, errors };

  const steps: Step[] = [];
  const notes: string[] = [];
  // A service priced per year has no total price: past 48 months § 38, nr. 2 counts 48 months only.
  const maxMonths38 = p.serviceValueMaxMonths.value;
  const capped = input.kind !== 'bygge' && input.months > maxMonths38;
  const value = contractValue(input.annualValue, capped ? maxMonths38 : input.months);
  steps.push(
    capped
      ? {
          text: t('udbud.step.value38', { annual: input.annualValue, months: input.months, max: maxMonths38 }),
          amount: value,
          unit: 'kr',
          rule: 'Udbudsloven § 38, nr. 2',
        }
      : {
          text: t('udbud.step.value', { annual: input.annualValue, months: input.months }),
          amount: value,
          unit: 'kr',
          rule: input.kind === 'bygge' ? 'Udbudsloven § 30, stk. 1' : 'Udbudsloven § 30, stk. 1, og § 38, nr. 1',
        },
  );

  const period = pickPeriod(PROCUREMENT_PERIODS, input.date ?? todayIso());
  const threshold = input.threshold ?? periodThreshold(period.period, input.buyer, input.kind);
  steps.push({
    text: t(input.threshold === undefined ? 'udbud.step.threshold' : 'udbud.step.thresholdTyped', {
      kind: t(`udbud.kind.${input.kind}`).toLocaleLowerCase('da'),
      period: period.period.label,
    }),
    amount: threshold,
    unit: 'kr',
    rule:
      input.threshold === undefined
        ? input.kind === 'light'
          ? 'Direktiv 2014/24/EU, art. 4, litra d'
          : 'Direktiv 2014/24/EU, art. 4'
        : undefined,
  });
  const regime: Regime = value >= threshold ? (input.kind === 'light' ? 'light' : 'eu') : 'below';
  if (input.kind === 'light' && input.threshold === undefined && period.period.lightDerived)
    notes.push(t('udbud.regime.lightDerived', { period: period.period.label, rate: period.period.dkkPerEur }));
  if (input.kind === 'bygge') notes.push(t(regime === 'below' ? 'udbud.regime.worksBelow' : 'udbud.regime.worksEu'));
  else notes.push(t(regime === 'eu' ? 'udbud.regime.eu' : regime === 'light' ? 'udbud.regime.light' : 'udbud.regime.below'));
  notes.push(t('udbud.split'));

  const maxMonths = p.reservedLightMaxMonths.value;
  const light = input.kind !== 'light' ? 'not-light' : input.months <= maxMonths ? 'ok' : 'too-long';
  notes.push(t('udbud.reserve.54', { share: p.reservedShareOfStaff.value }));
  if (light === 'ok') notes.push(t('udbud.reserve.190ok', { months: input.months, max: maxMonths }));
  if (light === 'too-long') notes.push(t('udbud.reserve.190tooLong', { months: input.months, max: maxMonths }));

  const training = trainingRule(input.kind, value, input.months);
  notes.push(t(`udbud.training.${training}`, { months: p.trainingMinMonths.value, value: p.trainingServicesMinValue.value }));

  const payroll = input.payroll ?? 0;
  const short = input.months < p.kkMinMonths.value;
  const reno = Boolean(input.renovation);
  const socialdumping =
    !short && (value >= (reno ? p.kkRenovationValue : p.kkValue).value || payroll >= (reno ? p.kkRenovationPayroll : p.kkPayroll).value);
  const fairforhold =
    !short &&
    (value >= (reno ? p.kkAltRenovationValue : p.kkAltValue).value || payroll >= (reno ? p.kkAltRenovationPayroll : p.kkAltPayroll).value);
  if (short) notes.push(t('udbud.kk.short', { months: p.kkMinMonths.value }));
  else {
    notes.push(
      t('udbud.kk.a', {
        value: (reno ? p.kkRenovationValue : p.kkValue).value,
        payroll: (reno ? p.kkRenovationPayroll : p.kkPayroll).value,
        answer: t(socialdumping ? 'udbud.kk.yes' : 'udbud.kk.no'),
      }),
    );
    notes.push(
      t('udbud.kk.b', {
        value: (reno ? p.kkAltRenovationValue : p.kkAltValue).value,
        payroll: (reno ? p.kkAltRenovationPayroll : p.kkAltPayroll).value,
        answer: t(fairforhold ? 'udbud.kk.yes' : 'udbud.kk.no'),
      }),
    );
    if (socialdumping !== fairforhold) notes.push(t('udbud.kk.unclear'));
  }

  return {
    ok: true,
    value: {
      value,
      threshold,
      regime,
      period,
      reserved: { general: true, light },
      training,
      copenhagen: { short, socialdumping, fairforhold },
      notes,
    },
    steps,
    warnings: [],
  };
}

export const UDBUD_NOT_COVERED = ['udbud.notCovered.1', 'udbud.notCovered.2', 'udbud.notCovered.3', 'udbud.notCovered.4'] as const;
