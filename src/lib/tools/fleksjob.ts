/**
 * A flexjob's monthly money under LAB §§ 122–123 (LBK nr. 701/2022): the wage the employer pays for
 * the work actually done, and the municipality's fleksløntilskud to the employee, reduced by 30 % of
 * the wage income up to the year's threshold and 55 % above it (stk. 2) and capped so wage and
 * subsidy together do not exceed the full-time wage of the position (stk. 3).
 * Example (lesson 2, A): full time 29.600 kr. for 37 hours, 10 effective hours, 2024 → wage 8.000 kr.,
 * subsidy 17.552 kr.
 * The yearly amounts are used only for a date inside a year they were read for; for any other date
 * the calculator needs the two amounts typed in, or it says it cannot compute.
 */
import { toolsFleks } from '../i18n/da/tools-fleks.ts';
import { toolsT } from '../i18n/tools.ts';
import { percentOf, type Calculation, type FieldError, type Step } from './calculation.ts';
import { FLEXJOB_PERIODS, RATES, pickPeriod, type FlexjobPeriod } from './rates.ts';

export const t = toolsT(toolsFleks);

export interface FleksjobInput {
  /** The month the wage is for (ISO date); picks the year's amounts. */
  date: string;
  /** Monthly wage for full time in the position, pension and fixed supplements included (§ 123, stk. 3). */
  fullTimeWage: number;
  /** Weekly hours of full time in the position. */
  fullTimeHours: number;
  /** Effective hours a week: the work actually done, which the employer pays for (§ 122). */
  effectiveHours: number;
  /** The monthly flexjob wage, when known; otherwise full-time wage × effective hours / full-time hours. */
  wage?: number;
  /** Other wage income a month; it also reduces the subsidy (§ 123, stk. 2). */
  otherWage?: number;
  /** The year's two amounts as the municipality states them, for a date without confirmed amounts. */
  base?: number;
  threshold?: number;
}

export type AmountsUsed = { kind: 'confirmed'; period: FlexjobPeriod } | { kind: 'typed' };

export interface FleksjobResult {
  /** What the employer pays in wage a month (§ 122). */
  wage: number;
  subsidy: number;
  /** Wage and subsidy together: the employee's monthly income from the flexjob. */
  total: number;
  amounts: AmountsUsed;
  base: number;
  threshold: number;
  capApplied: boolean;
}

/** Amounts to øre, so 0,55 × 1.677 stays 922,35 and does not drift. */
const ore = (n: number) => Math.round(n * 100) / 100;

/** Kroner as the lessons write them: whole kroner without decimals, otherwise with øre (4.896,90). */
const kroner = (n: number) =>
  new Intl.NumberFormat('da-DK', { minimumFractionDigits: Number.isInteger(n) ? 0 : 2, maximumFractionDigits: 2 }).format(n);

/** The confirmed year that covers a date, or undefined: never a neighbouring year. */
export function confirmedPeriod(date: string): FlexjobPeriod | undefined {
  const pick = pickPeriod(FLEXJOB_PERIODS, date);
  return pick.status === 'in' ? pick.period : undefined;
}

export type FleksjobOutcome = Calculation<FleksjobResult> | { ok: 'unconfirmed'; date: string; confirmedYears: string[] };

export function fleksjob(input: FleksjobInput): FleksjobOutcome {
  const r = RATES.fleksjob;
  const errors: FieldError[] = [];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date) || Number.isNaN(Date.parse(input.date)))
    errors.push({ field: 'date', message: t('fleks.error.date') });
  for (const field of ['fullTimeWage', 'fullTimeHours'] as const) {
    if (!Number.isFinite(input[field])) errors.push({ field, message: t('error.number') });
    else if (input[field] <= 0) errors.push({ field, message: t('error.positive') });
  }
  if (input.wage === undefined) {
    if (!Number.isFinite(input.effectiveHours)) errors.push({ field: 'effectiveHours', message: t('error.number') });
    else if (input.effectiveHours <= 0) errors.push({ field: 'effectiveHours', message: t('fleks.error.noWage') });
    else if (Number.isFinite(input.fullTimeHours) && input.effectiveHours > input.fullTimeHours)
      errors.push({ field: 'effectiveHours', message: t('fleks.error.hoursOverFullTime') });
  }
  // Vejledning 9154, pkt. 2.1: no wage payment, no subsidy.
  if (input.wage !== undefined) {
    if (!Number.isFinite(input.wage)) errors.push({ field: 'wage', message: t('error.number') });
    else if (input.wage <= 0) errors.push({ field: 'wage', message: t('fleks.error.noWage') });
  }
  for (const field of ['otherWage', 'base', 'threshold'] as const) {
    const v = input[field];
    if (v === undefined) continue;
    if (!Number.isFinite(v)) errors.push({ field, message: t('error.number') });
    else if (v < 0 || (field !== 'otherWage' && v === 0))
      errors.push({ field, message: field === 'otherWage' ? t('error.notNegative') : t('error.positive') });
  }
  if ((input.base === undefined) !== (input.threshold === undefined))
    errors.push({ field: input.base === undefined ? 'base' : 'threshold', message: t('fleks.error.bothAmounts') });
  if (errors.length) return { ok: false, errors };

  const period = confirmedPeriod(input.date);
  const typed = input.base !== undefined && input.threshold !== undefined;
  if (!period && !typed) return { ok: 'unconfirmed', date: input.date, confirmedYears: FLEXJOB_PERIODS.map((p) => p.label) };
  const base = typed ? input.base! : period!.base.value;
  const threshold = typed ? input.threshold! : period!.threshold.value;
  const amounts: AmountsUsed = typed ? { kind: 'typed' } : { kind: 'confirmed', period: period! };
  const year = typed ? t('fleks.typedAmounts') : t('fleks.yearAmounts', { year: period!.label });

  const steps: Step[] = [];
  const warnings: string[] = [];
  const perWeeklyHour = ore(input.fullTimeWage / input.fullTimeHours);
  const wage = input.wage ?? ore((input.fullTimeWage * input.effectiveHours) / input.fullTimeHours);
  steps.push(
    input.wage === undefined
      ? {
          text: t('fleks.step.wageFromHours', {
            full: kroner(input.fullTimeWage),
            hours: input.effectiveHours,
            fullHours: input.fullTimeHours,
            perHour: kroner(perWeeklyHour),
          }),
          amount: wage,
          unit: 'kr',
          exact: true,
          rule: 'LAB § 122',
        }
      : { text: t('fleks.step.wageTyped'), amount: wage, unit: 'kr', exact: true, rule: 'LAB § 122' },
  );
  const other = input.otherWage ?? 0;
  const income = ore(wage + other);
  if (other > 0)
    steps.push({
      text: t('fleks.step.income', { other: kroner(other) }),
      amount: income,
      unit: 'kr',
      exact: true,
      rule: 'LAB § 123, stk. 2',
    });

  steps.push({
    text: t('fleks.step.base', { pct: r.basePercent.value, year }),
    amount: base,
    unit: 'kr',
    exact: true,
    rule: 'LAB § 123, stk. 1',
  });
  const low = percentOf(r.lowPercent.value, Math.min(income, threshold));
  steps.push({
    text:
      income <= threshold
        ? t('fleks.step.lowUnder', { pct: r.lowPercent.value, income: kroner(income), threshold: kroner(threshold) })
        : t('fleks.step.lowUpTo', { pct: r.lowPercent.value, threshold: kroner(threshold) }),
    amount: -low || 0,
    unit: 'kr',
    exact: true,
    rule: 'LAB § 123, stk. 2, 1. pkt.',
  });
  let high = 0;
  if (income > threshold) {
    const over = ore(income - threshold);
    high = percentOf(r.highPercent.value, over);
    steps.push({
      text: t('fleks.step.high', { pct: r.highPercent.value, over: kroner(over), threshold: kroner(threshold) }),
      amount: -high,
      unit: 'kr',
      exact: true,
      rule: 'LAB § 123, stk. 2, 2. pkt.',
    });
  }
  const reduced = ore(base - low - high);
  const afterReduction = Math.max(0, reduced);
  steps.push({
    text: reduced < 0 ? t('fleks.step.afterReductionZero') : t('fleks.step.afterReduction'),
    amount: afterReduction,
    unit: 'kr',
    exact: true,
    rule: 'LAB § 123, stk. 2',
  });

  // Stk. 3 caps the flexjob wage plus subsidy; other wage income is not part of the cap.
  const room = ore(input.fullTimeWage - wage);
  const subsidy = Math.max(0, Math.min(afterReduction, room));
  const capApplied = subsidy < afterReduction;
  const cut = ore(afterReduction - subsidy);
  steps.push({
    text: capApplied
      ? t('fleks.step.capCut', { sum: kroner(ore(wage + afterReduction)), full: kroner(input.fullTimeWage) })
      : t('fleks.step.capOk', { sum: kroner(ore(wage + afterReduction)), full: kroner(input.fullTimeWage) }),
    amount: -cut || 0,
    unit: 'kr',
    exact: true,
    rule: 'LAB § 123, stk. 3',
  });
  steps.push({ text: t('fleks.step.subsidy'), amount: subsidy, unit: 'kr', exact: true, rule: 'LAB § 123, stk. 1–3' });
  steps.push({ text: t('fleks.step.total'), amount: ore(wage + subsidy), unit: 'kr', exact: true, rule: 'LAB § 123, stk. 3' });

  if (wage > input.fullTimeWage) warnings.push(t('fleks.warn.wageOverFullTime'));
  if (subsidy === 0) warnings.push(t('fleks.warn.noSubsidy'));
  return { ok: true, value: { wage, subsidy, total: ore(wage + subsidy), amounts, base, threshold, capApplied }, steps, warnings };
}

/** The wage at which the reductions of § 123, stk. 2, use up the whole base amount. */
export function zeroSubsidyWage(base: number, threshold: number) {
  const r = RATES.fleksjob;
  const atThreshold = percentOf(r.lowPercent.value, threshold);
  return threshold + ((base - atThreshold) * 100) / r.highPercent.value;
}

export { kroner };

export const FLEKSJOB_NOT_COVERED = [
  'fleks.notCovered.1',
  'fleks.notCovered.2',
  'fleks.notCovered.3',
  'fleks.notCovered.4',
  'fleks.notCovered.5',
] as const;
