/**
 * The value cap for employee shares under ligningslovens § 7 P: 10 % of the annual salary, 20 % when
 * the offer goes on equal terms to at least 80 % of the employees, 50 % for young, small companies.
 * Example: salary 540.000 kr., offer to 85 % → 10 %: 54.000 kr., 20 %: 108.000 kr.
 */
import { tools7p } from '../i18n/da/tools-7p.ts';
import { toolsT } from '../i18n/tools.ts';
import { percentOf, type Calculation, type FieldError, type Step } from './calculation.ts';
import { RATES } from './rates.ts';

export const t = toolsT(tools7p);

export interface Ll7pInput {
  salary: number;
  /** Share of employees offered the scheme on equal terms by general criteria, in percent. */
  offeredShare: number;
  employees: number;
  /** Net turnover and balance sheet total from one of the two latest approved annual reports (stk. 7, nr. 2). */
  turnover: number;
  balance: number;
  ageYears: number;
  grant?: number;
}

export type Ll7pModel = 'basic' | 'broad' | 'startup';

export interface Ll7pResult {
  caps: Record<Ll7pModel, { cap: number; usable: boolean }>;
  max: number;
  bestModel: Ll7pModel;
  grantWithin?: boolean;
}

/** The paragraph each model rests on. */
export const RULE_OF: Record<Ll7pModel, string> = {
  basic: 'LL § 7 P, stk. 2, nr. 2',
  broad: 'LL § 7 P, stk. 2, nr. 2, 2. pkt.',
  startup: 'LL § 7 P, stk. 7',
};

/**
 * LL § 7 P, stk. 7, nr. 2: the 50 % model's size condition is met when the net turnover OR the
 * balance sheet total is at most 15 mio. kr. (one is enough), in one of the two latest approved
 * annual reports (Den juridiske vejledning C.A.5.17.3.4.2.2).
 */
export function startupSizeMet(turnover: number, balance: number): boolean {
  const limit = RATES.ll7p.startupMaxTurnoverOrBalance.value;
  return turnover <= limit || balance <= limit;
}

export function medarbejderaktier(input: Ll7pInput): Calculation<Ll7pResult> {
  const r = RATES.ll7p;
  const errors: FieldError[] = [];
  for (const field of ['salary', 'offeredShare', 'employees', 'turnover', 'balance', 'ageYears'] as const) {
    if (!Number.isFinite(input[field])) errors.push({ field, message: t('error.number') });
    else if (input[field] < 0) errors.push({ field, message: t('error.notNegative') });
  }
  if (input.offeredShare > 100) errors.push({ field: 'offeredShare', message: t('error.percentRange') });
  if (input.grant !== undefined && (!Number.isFinite(input.grant) || input.grant < 0))
    errors.push({ field: 'grant', message: Number.isFinite(input.grant) ? t('error.notNegative') : t('error.number') });
  if (errors.length) return { ok: false, errors };

  const usable: Record<Ll7pModel, boolean> = {
    basic: true,
    broad: input.offeredShare >= r.broadEmployeeShare.value,
    startup:
      input.employees <= r.startupMaxEmployees.value &&
      startupSizeMet(input.turnover, input.balance) &&
      input.ageYears < r.startupYearsOnMarketBelow.value,
  };
  const percent: Record<Ll7pModel, number> = { basic: r.basicPercent.value, broad: r.broadPercent.value, startup: r.startupPercent.value };
  const why: Record<Ll7pModel, string> = {
    basic: t('ll7p.ok'),
    broad: usable.broad ? t('ll7p.ok') : t('ll7p.no.broad', { share: r.broadEmployeeShare.value }),
    startup: usable.startup
      ? t('ll7p.ok')
      : t('ll7p.no.startup', {
          employees: r.startupMaxEmployees.value,
          turnover: r.startupMaxTurnoverOrBalance.value,
          age: r.startupYearsOnMarketBelow.value,
        }),
  };

  const steps: Step[] = [];
  const caps = {} as Ll7pResult['caps'];
  for (const model of ['basic', 'broad', 'startup'] as const) {
    const cap = percentOf(percent[model], input.salary);
    caps[model] = { cap, usable: usable[model] };
    steps.push({
      text: `${t('ll7p.step.cap', { model: t(`ll7p.model.${model}`), pct: percent[model] })}: ${why[model]}`,
      amount: cap,
      unit: 'kr',
      rule: RULE_OF[model],
    });
  }
  const bestModel = (['startup', 'broad', 'basic'] as const).find((m) => usable[m])!;
  const max = caps[bestModel].cap;
  steps.push({ text: t('ll7p.step.best'), amount: max, unit: 'kr', rule: RULE_OF[bestModel] });

  const value: Ll7pResult = { caps, max, bestModel };
  if (input.grant !== undefined) value.grantWithin = input.grant <= max;
  const warnings: string[] = [];
  if (usable.startup) warnings.push(t('ll7p.warn.startup'));
  return { ok: true, value, steps, warnings };
}

export const LL7P_NOT_COVERED = ['ll7p.notCovered.1', 'll7p.notCovered.2', 'll7p.notCovered.3'] as const;
