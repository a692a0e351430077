/**
 * Which procurement rules a purchase meets: the EU threshold or the light-regime threshold, the
 * reservation options (udbudsloven §§ 54 and 190), the statutory training requirement and
 * Copenhagen's clause thresholds as its two web pages state them.
 * Example: cleaning at 650.000 kr. a year for 48 months, municipal buyer → 2,6 mio. kr., EU tender.
 */
import { toolsUdbud } from '../i18n/da/tools-udbud.ts';
import { toolsT } from '../i18n/tools.ts';
import type { Calculation, FieldError, Step } from './calculation.ts';
import { RATES } from './rates.ts';

export const t = toolsT(toolsUdbud);

export type PurchaseKind = 'ydelse' | 'light' | 'bygge';
export type Buyer = 'kommune' | 'stat';
export type Regime = 'eu' | 'light' | 'below' | 'unknown';

export interface UdbudInput {
  buyer: Buyer;
  kind: PurchaseKind;
  annualValue: number;
  months: number;
  /** The threshold that applies today; defaults to the 2024–2025 value for the buyer and kind. */
  threshold?: number;
  payroll?: number;
  renovation?: boolean;
}

export interface UdbudResult {
  value: number;
  threshold?: number;
  regime: Regime;
  reserved: { general: boolean; light: 'ok' | 'too-long' | 'not-light' };
  training: 'required' | 'not-required' | 'check';
  /** Copenhagen: has the contract reached the thresholds of each of the city's two pages? */
  copenhagen: { short: boolean; socialdumping: boolean; fairforhold: boolean };
  notes: string[];
}

/** The 2024–2025 threshold for a buyer and kind of purchase; undefined for works (not in the rates). */
export function defaultThreshold(buyer: Buyer, kind: PurchaseKind): number | undefined {
  const p = RATES.procurement;
  if (kind === 'light') return p.light.value;
  if (kind === 'bygge') return undefined;
  return buyer === 'stat' ? p.servicesState.value : p.servicesMunicipal.value;
}

export function udbud(input: UdbudInput): Calculation<UdbudResult> {
  const p = RATES.procurement;
  const errors: FieldError[] = [];
  if (!Number.isFinite(input.annualValue)) errors.push({ field: 'annualValue', message: t('error.number') });
  else if (input.annualValue < 0) errors.push({ field: 'annualValue', message: t('error.notNegative') });
  if (!Number.isFinite(input.months)) errors.push({ field: 'months', message: t('error.number') });
  else if (input.months <= 0) errors.push({ field: 'months', message: t('error.positive') });
  else if (!Number.isInteger(input.months)) errors.push({ field: 'months', message: t('error.wholeMonths') });
  for (const field of ['threshold', 'payroll'] as const) {
    const v = input[field];
    if (v === undefined) continue;
    if (!Number.isFinite(v)) errors.push({ field, message: t('error.number') });
    else if (v < 0) errors.push({ field, message: t('error.notNegative') });
  }
  if (errors.length) return { ok: false, errors };

  const steps: Step[] = [];
  const notes: string[] = [];
  const value = Math.round((input.annualValue * input.months) / 12 * 100) / 100;
  steps.push({ text: t('udbud.step.value', { annual: input.annualValue, months: input.months }), amount: value, unit: 'kr', rule: 'Udbudsloven § 6' });

  const threshold = input.threshold ?? defaultThreshold(input.buyer, input.kind);
  let regime: Regime = 'unknown';
  if (input.kind === 'bygge' && input.threshold === undefined) {
    notes.push(t('udbud.regime.works'));
  } else if (threshold !== undefined) {
    steps.push({
      text: t(input.threshold === undefined ? 'udbud.step.threshold' : 'udbud.step.thresholdTyped', { kind: t(`udbud.kind.${input.kind}`).toLocaleLowerCase('da') }),
      amount: threshold,
      unit: 'kr',
      rule: input.threshold === undefined ? 'KFST 2024–2025' : undefined,
    });
    regime = value >= threshold ? (input.kind === 'light' ? 'light' : 'eu') : 'below';
    notes.push(t(regime === 'eu' ? 'udbud.regime.eu' : regime === 'light' ? 'udbud.regime.light' : 'udbud.regime.below'));
  }

  const maxMonths = p.reservedLightMaxMonths.value;
  const light = input.kind !== 'light' ? 'not-light' : input.months <= maxMonths ? 'ok' : 'too-long';
  notes.push(t('udbud.reserve.54', { share: p.reservedShareOfStaff.value }));
  if (light === 'ok') notes.push(t('udbud.reserve.190ok', { months: input.months, max: maxMonths }));
  if (light === 'too-long') notes.push(t('udbud.reserve.190tooLong', { months: input.months, max: maxMonths }));

  let training: UdbudResult['training'];
  if (input.kind === 'bygge') {
    training = 'check';
    notes.push(t('udbud.training.works', { months: p.trainingMinMonths.value }));
  } else {
    training = input.months >= p.trainingMinMonths.value && value >= p.trainingServicesMinValue.value ? 'required' : 'not-required';
    notes.push(t(`udbud.training.${training === 'required' ? 'required' : 'notRequired'}`, { months: p.trainingMinMonths.value, value: p.trainingServicesMinValue.value }));
  }

  const payroll = input.payroll ?? 0;
  const short = input.months < p.kkMinMonths.value;
  const reno = Boolean(input.renovation);
  const socialdumping = !short && (value >= (reno ? p.kkRenovationValue : p.kkValue).value || payroll >= (reno ? p.kkRenovationPayroll : p.kkPayroll).value);
  const fairforhold = !short && (value >= (reno ? p.kkAltRenovationValue : p.kkAltValue).value || payroll >= (reno ? p.kkAltRenovationPayroll : p.kkAltPayroll).value);
  if (short) notes.push(t('udbud.kk.short', { months: p.kkMinMonths.value }));
  else {
    notes.push(t('udbud.kk.a', { value: (reno ? p.kkRenovationValue : p.kkValue).value, payroll: (reno ? p.kkRenovationPayroll : p.kkPayroll).value, answer: t(socialdumping ? 'udbud.kk.yes' : 'udbud.kk.no') }));
    notes.push(t('udbud.kk.b', { value: (reno ? p.kkAltRenovationValue : p.kkAltValue).value, payroll: (reno ? p.kkAltRenovationPayroll : p.kkAltPayroll).value, answer: t(fairforhold ? 'udbud.kk.yes' : 'udbud.kk.no') }));
    if (socialdumping !== fairforhold) notes.push(t('udbud.kk.unclear'));
  }

  return {
    ok: true,
    value: { value, threshold, regime, reserved: { general: true, light }, training, copenhagen: { short, socialdumping, fairforhold }, notes },
    steps,
    warnings: [t('udbud.thresholdHint')],
  };
}

export const UDBUD_NOT_COVERED = ['udbud.notCovered.1', 'udbud.notCovered.2', 'udbud.notCovered.3', 'udbud.notCovered.4'] as const;
