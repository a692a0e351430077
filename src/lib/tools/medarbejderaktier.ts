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
  /** The larger of turnover and balance sheet total. */
  turnover: number;
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

export function medarbejderaktier(input: Ll7pInput): Calculation<Ll7pResult> {
  const r = RATES.ll7p;
  const errors: FieldError[] = [];
  for (const field of ['salary', 'offeredShare', 'employees', 'turnover', 'ageYears'] as const) {
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
      input.employees <= r.startupMaxEmployees.value && input.turnover <= r.startupMaxTurnover.value && input.ageYears <= r.startupMaxAgeYears.value,
  };
  const percent: Record<Ll7pModel, number> = { basic: r.basicPercent.value, broad: r.broadPercent.value, startup: r.startupPercent.value };
  const why: Record<Ll7pModel, string> = {
    basic: t('ll7p.ok'),
    broad: usable.broad ? t('ll7p.ok') : t('ll7p.no.broad', { share: r.broadEmployeeShare.value }),
    startup: usable.startup
      ? t('ll7p.ok')
      : t('ll7p.no.startup', { employees: r.startupMaxEmployees.value, turnover: r.startupMaxTurnover.value, age: r.startupMaxAgeYears.value }),
  };

  const steps: Step[] = [];
  const caps = {} as Ll7pResult['caps'];
  for (const model of ['basic', 'broad', 'startup'] as const) {
    const cap = percentOf(percent[model], input.salary);
    caps[model] = { cap, usable: usable[model] };
    steps.push({ text: `${t('ll7p.step.cap', { model: t(`ll7p.model.${model}`), pct: percent[model] })}: ${why[model]}`, amount: cap, unit: 'kr', rule: 'LL § 7 P' });
  }
  const bestModel = (['startup', 'broad', 'basic'] as const).find((m) => usable[m])!;
  const max = caps[bestModel].cap;
  steps.push({ text: t('ll7p.step.best'), amount: max, unit: 'kr', rule: 'LL § 7 P' });

  const value: Ll7pResult = { caps, max, bestModel };
  if (input.grant !== undefined) value.grantWithin = input.grant <= max;
  const warnings = [t('ll7p.warn.2026')];
  if (usable.startup) warnings.unshift(t('ll7p.warn.startup'));
  return { ok: true, value, steps, warnings };
}

export const LL7P_NOT_COVERED = ['ll7p.notCovered.1', 'll7p.notCovered.2', 'll7p.notCovered.3'] as const;
