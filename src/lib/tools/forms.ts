/**
 * The input fields of each calculator and the one function the calculator island calls: it reads
 * the typed text, runs the pure calculation and returns what to show. Defaults are the lessons'
 * worked examples, so a page shows a known result before anyone types.
 */
import { t, type ToolKey } from '../i18n/tools.ts';
import { parseDanishNumber, type FieldError, type Step } from './calculation.ts';
import { kooperationsskat } from './kooperationsskat.ts';
import { medarbejderaktier } from './medarbejderaktier.ts';
import { rsvUdbytte } from './rsv-udbytte.ts';
import { defaultThreshold, udbud, type Buyer, type PurchaseKind } from './udbud.ts';

export type CalculatorId = 'kooperationsskat' | 'rsv-udbytteloft' | 'medarbejderaktier' | 'udbudstjek';

export interface FieldSpec {
  name: string;
  label: ToolKey;
  type: 'number' | 'select' | 'checkbox';
  options?: { value: string; label: ToolKey }[];
  optional?: boolean;
  hint?: ToolKey;
  initial: string;
}

export const FORMS: Record<CalculatorId, FieldSpec[]> = {
  kooperationsskat: [
    { name: 'type', label: 'koop.type', type: 'select', initial: 'produktion', options: [{ value: 'produktion', label: 'koop.type.produktion' }, { value: 'indkoeb', label: 'koop.type.indkoeb' }] },
    { name: 'equity', label: 'koop.equity', type: 'number', initial: '14.000.000' },
    { name: 'distribution', label: 'koop.distribution', type: 'number', initial: '1.600.000' },
    { name: 'goodwill', label: 'koop.goodwill', type: 'number', initial: '400.000' },
    { name: 'nonMemberShare', label: 'koop.nonMemberShare', type: 'number', initial: '5' },
  ],
  'rsv-udbytteloft': [
    { name: 'capital', label: 'rsv.capital', type: 'number', initial: '300.000' },
    { name: 'discountRate', label: 'rsv.discount', type: 'number', initial: '2,0' },
    { name: 'resultAfterTax', label: 'rsv.result', type: 'number', initial: '40.000' },
    { name: 'proposed', label: 'rsv.proposed', type: 'number', optional: true, initial: '' },
  ],
  medarbejderaktier: [
    { name: 'salary', label: 'll7p.salary', type: 'number', initial: '540.000' },
    { name: 'offeredShare', label: 'll7p.offeredShare', type: 'number', initial: '85' },
    { name: 'employees', label: 'll7p.employees', type: 'number', initial: '60' },
    { name: 'turnover', label: 'll7p.turnover', type: 'number', initial: '40.000.000' },
    { name: 'ageYears', label: 'll7p.age', type: 'number', initial: '8' },
    { name: 'grant', label: 'll7p.grant', type: 'number', optional: true, initial: '100.000' },
  ],
  udbudstjek: [
    { name: 'buyer', label: 'udbud.buyer', type: 'select', initial: 'kommune', options: [{ value: 'kommune', label: 'udbud.buyer.kommune' }, { value: 'stat', label: 'udbud.buyer.stat' }] },
    { name: 'kind', label: 'udbud.kind', type: 'select', initial: 'ydelse', options: [{ value: 'ydelse', label: 'udbud.kind.ydelse' }, { value: 'light', label: 'udbud.kind.light' }, { value: 'bygge', label: 'udbud.kind.bygge' }] },
    { name: 'annualValue', label: 'udbud.annual', type: 'number', initial: '650.000' },
    { name: 'months', label: 'udbud.months', type: 'number', initial: '48' },
    { name: 'threshold', label: 'udbud.threshold', type: 'number', optional: true, hint: 'udbud.thresholdHint', initial: '' },
    { name: 'payroll', label: 'udbud.payroll', type: 'number', optional: true, initial: '' },
    { name: 'renovation', label: 'udbud.renovation', type: 'checkbox', initial: '' },
  ],
};

export interface CalculatorView {
  errors: FieldError[];
  /** The headline results, one sentence each. */
  summary: string[];
  steps: Step[];
  /** Consequences and caveats, after the steps. */
  notes: string[];
}

/** Runs a calculator on the text of its fields. */
export function runCalculator(id: CalculatorId, values: Record<string, string>): CalculatorView {
  const errors: FieldError[] = [];
  const num = (name: string) => {
    const spec = FORMS[id].find((f) => f.name === name)!;
    const raw = (values[name] ?? '').trim();
    if (raw === '' && spec.optional) return undefined;
    const n = parseDanishNumber(raw);
    if (Number.isNaN(n)) errors.push({ field: name, message: t('error.number') });
    return n;
  };
  const empty = { summary: [], steps: [], notes: [] };
  const kr = (n: number) => t('tools.kr', { n: Math.round(n) });

  if (id === 'kooperationsskat') {
    const input = { type: values.type === 'indkoeb' ? 'indkoeb' : 'produktion', equity: num('equity')!, distribution: num('distribution')!, goodwill: num('goodwill')!, nonMemberShare: num('nonMemberShare')! } as const;
    if (errors.length) return { errors, ...empty };
    const r = kooperationsskat(input);
    if (!r.ok) return { errors: r.errors, ...empty };
    return { errors: [], summary: [t('koop.summary', { income: kr(r.value.income), tax: kr(r.value.tax) })], steps: r.steps, notes: r.warnings };
  }
  if (id === 'rsv-udbytteloft') {
    const input = { capital: num('capital')!, discountRate: num('discountRate')!, resultAfterTax: num('resultAfterTax')!, proposed: num('proposed') };
    if (errors.length) return { errors, ...empty };
    const r = rsvUdbytte(input);
    if (!r.ok) return { errors: r.errors, ...empty };
    const summary = [t('rsv.summary', { max: kr(r.value.max) })];
    if (input.proposed !== undefined)
      summary.push(t(r.value.proposedWithin ? 'rsv.proposedWithin' : 'rsv.proposedOver', { proposed: Math.round(input.proposed), max: Math.round(r.value.max) }));
    return { errors: [], summary, steps: r.steps, notes: r.warnings };
  }
  if (id === 'medarbejderaktier') {
    const input = { salary: num('salary')!, offeredShare: num('offeredShare')!, employees: num('employees')!, turnover: num('turnover')!, ageYears: num('ageYears')!, grant: num('grant') };
    if (errors.length) return { errors, ...empty };
    const r = medarbejderaktier(input);
    if (!r.ok) return { errors: r.errors, ...empty };
    const model = t(`ll7p.model.${r.value.bestModel}`);
    const summary = [t('ll7p.summary', { max: kr(r.value.max), model })];
    if (input.grant !== undefined)
      summary.push(r.value.grantWithin ? t('ll7p.grantWithin', { grant: Math.round(input.grant), model }) : t('ll7p.grantOver', { grant: Math.round(input.grant), max: Math.round(r.value.max) }));
    return { errors: [], summary, steps: r.steps, notes: r.warnings };
  }
  const buyer: Buyer = values.buyer === 'stat' ? 'stat' : 'kommune';
  const kind: PurchaseKind = values.kind === 'light' || values.kind === 'bygge' ? values.kind : 'ydelse';
  const input = { buyer, kind, annualValue: num('annualValue')!, months: num('months')!, threshold: num('threshold'), payroll: num('payroll'), renovation: values.renovation === 'on' };
  if (errors.length) return { errors, ...empty };
  const r = udbud(input);
  if (!r.ok) return { errors: r.errors, ...empty };
  return { errors: [], summary: [t('udbud.summary', { value: kr(r.value.value) })], steps: r.steps, notes: [...r.value.notes, ...r.warnings] };
}

export { defaultThreshold };
