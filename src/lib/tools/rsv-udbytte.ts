/**
 * The outer limits of an RSV's dividend (lov om registrerede socialøkonomiske virksomheder § 5, stk. 2):
 * never more than the discount rate plus 15 percentage points of the capital paid in (limit A),
 * never more than 35 % of the year's result after tax (limit B). The lower one is the cap.
 * Example: capital 300.000 kr., discount 2,0 %, result 40.000 kr. → A 51.000, B 14.000, cap 14.000 kr.
 */
import { toolsRsv } from '../i18n/da/tools-rsv.ts';
import { toolsT } from '../i18n/tools.ts';
import { percentOf, type Calculation, type FieldError, type Step } from './calculation.ts';
import { RATES } from './rates.ts';

export const t = toolsT(toolsRsv);

export interface RsvInput {
  capital: number;
  /** The official discount rate in percent. */
  discountRate: number;
  resultAfterTax: number;
  proposed?: number;
}

export interface RsvResult {
  limitA: number;
  limitB: number;
  max: number;
  /** Set when a proposed dividend was given: is it within the cap? */
  proposedWithin?: boolean;
  /** The proposed dividend as a return on the capital, in percent. */
  proposedReturn?: number;
}

export function rsvUdbytte(input: RsvInput): Calculation<RsvResult> {
  const r = RATES.rsv;
  const errors: FieldError[] = [];
  for (const field of ['capital', 'discountRate', 'resultAfterTax'] as const)
    if (!Number.isFinite(input[field])) errors.push({ field, message: t('error.number') });
  if (input.capital <= 0) errors.push({ field: 'capital', message: t('error.positive') });
  if (input.discountRate < -100 || input.discountRate > 100) errors.push({ field: 'discountRate', message: t('error.percentRange') });
  if (input.proposed !== undefined && (!Number.isFinite(input.proposed) || input.proposed < 0))
    errors.push({ field: 'proposed', message: Number.isFinite(input.proposed) ? t('error.notNegative') : t('error.number') });
  if (errors.length) return { ok: false, errors };

  const steps: Step[] = [];
  const rule = '§ 5, stk. 2';
  const limitA = Math.max(0, percentOf(input.discountRate + r.discountMarginPoints.value, input.capital));
  steps.push({
    text: t('rsv.step.a', { discount: input.discountRate, margin: r.discountMarginPoints.value }),
    amount: limitA,
    unit: 'kr',
    rule,
  });
  const limitB = input.resultAfterTax > 0 ? percentOf(r.resultSharePercent.value, input.resultAfterTax) : 0;
  steps.push({
    text:
      input.resultAfterTax > 0
        ? t('rsv.step.b', { share: r.resultSharePercent.value })
        : t('rsv.step.bNegative', { share: r.resultSharePercent.value }),
    amount: limitB,
    unit: 'kr',
    rule,
  });
  const max = Math.min(limitA, limitB);
  steps.push({ text: t('rsv.step.max'), amount: max, unit: 'kr', rule });

  const value: RsvResult = { limitA, limitB, max };
  if (input.proposed !== undefined) {
    value.proposedReturn = Math.round((input.proposed / input.capital) * 10_000) / 100;
    value.proposedWithin = input.proposed <= max;
    steps.push({ text: t('rsv.step.proposedReturn', { pct: value.proposedReturn }), amount: value.proposedReturn, unit: 'pct', rule });
  }
  return { ok: true, value, steps, warnings: [t('rsv.warn.reading')] };
}

export const RSV_NOT_COVERED = ['rsv.notCovered.1', 'rsv.notCovered.2', 'rsv.notCovered.3', 'rsv.notCovered.4'] as const;
