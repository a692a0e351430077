/**
 * Kooperationsskat for a cooperative taxed under SEL § 1, stk. 1, nr. 3: income is a share of the
 * formue (SEL §§ 14–16), the tax 14,3 % of that income (SEL § 19, stk. 1).
 * Example: formue 10 mio. kr., 2 % non-member turnover, production association → 57.200 kr.
 */
import { toolsKoop } from '../i18n/da/tools-koop.ts';
import { toolsT } from '../i18n/tools.ts';
import { percentOf, type Calculation, type FieldError, type Step } from './calculation.ts';
import { RATES } from './rates.ts';

export const t = toolsT(toolsKoop);

export type CooperativeType = 'indkoeb' | 'produktion';

export interface KooperationsskatInput {
  type: CooperativeType;
  /** Equity at year end. */
  equity: number;
  /** Dividend and efterbetaling distributed for the year (deducted, SEL § 14). */
  distribution: number;
  goodwill: number;
  /** Non-member turnover as a percentage of total turnover. */
  nonMemberShare: number;
}

export interface KooperationsskatResult {
  formue: number;
  income: number;
  tax: number;
}

export function kooperationsskat(input: KooperationsskatInput): Calculation<KooperationsskatResult> {
  const r = RATES.kooperation;
  const errors: FieldError[] = [];
  for (const field of ['equity', 'distribution', 'goodwill', 'nonMemberShare'] as const)
    if (!Number.isFinite(input[field])) errors.push({ field, message: t('error.number') });
  for (const field of ['distribution', 'goodwill'] as const) if (input[field] < 0) errors.push({ field, message: t('error.notNegative') });
  if (input.nonMemberShare < 0 || input.nonMemberShare > 100) errors.push({ field: 'nonMemberShare', message: t('error.percentRange') });
  if (errors.length) return { ok: false, errors };

  const steps: Step[] = [];
  const warnings: string[] = [];
  const formue = input.equity - input.distribution - input.goodwill;
  steps.push({
    text: t('koop.step.formue', { equity: input.equity, distribution: input.distribution, goodwill: input.goodwill }),
    amount: formue,
    unit: 'kr',
    rule: 'SEL § 14',
  });

  const share = input.nonMemberShare;
  if (share > r.nonMemberLimit.value) warnings.push(t('koop.warn.limit', { limit: r.nonMemberLimit.value }));

  let income = 0;
  if (formue <= 0) {
    steps.push({ text: t('koop.step.negative'), amount: 0, unit: 'kr', rule: 'SEL § 14' });
  } else if (input.type === 'produktion' && share <= r.productionSmallShare.value) {
    income = percentOf(r.memberPercent.value, formue);
    steps.push({
      text: t('koop.step.small', { share, limit: r.productionSmallShare.value, rate: r.memberPercent.value }),
      amount: income,
      unit: 'kr',
      rule: 'SEL § 16',
    });
  } else {
    if (input.type === 'indkoeb' && share <= r.productionSmallShare.value) warnings.push(t('koop.warn.indkoebSmall'));
    const memberBase = percentOf(100 - share, formue);
    const otherBase = formue - memberBase;
    const memberIncome = percentOf(r.memberPercent.value, memberBase);
    const otherIncome = percentOf(r.otherPercent.value, otherBase);
    const rule = input.type === 'indkoeb' ? 'SEL § 15' : 'SEL § 16';
    steps.push({
      text: t('koop.step.member', { rate: r.memberPercent.value, share: 100 - share, base: memberBase }),
      amount: memberIncome,
      unit: 'kr',
      rule,
    });
    steps.push({
      text: t('koop.step.other', { rate: r.otherPercent.value, share, base: otherBase }),
      amount: otherIncome,
      unit: 'kr',
      rule,
    });
    income = memberIncome + otherIncome;
  }
  steps.push({ text: t('koop.step.income'), amount: income, unit: 'kr', rule: 'SEL §§ 14–16' });
  const tax = percentOf(r.taxPercent.value, income);
  steps.push({ text: t('koop.step.tax', { rate: r.taxPercent.value }), amount: tax, unit: 'kr', rule: 'SEL § 19, stk. 1' });
  if (formue > 0) steps.push({ text: t('koop.step.effective', { pct: Math.round((tax / formue) * 10_000) / 100 }) });

  return { ok: true, value: { formue, income, tax }, steps, warnings };
}

export const KOOPERATIONSSKAT_NOT_COVERED = ['koop.notCovered.1', 'koop.notCovered.2', 'koop.notCovered.3', 'koop.notCovered.4'] as const;
