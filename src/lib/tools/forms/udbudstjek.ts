/** The procurement check's form; defaults from Mette Brandt's cleaning contract (indkøb, lektion 1). */
import { t, udbud, type Buyer, type PurchaseKind } from '../udbud.ts';
import { EMPTY_VIEW, numberReader, type CalculatorForm, type FieldSpec } from './shared.ts';

const fields: FieldSpec[] = [
  { name: 'buyer', label: t('udbud.buyer'), type: 'select', initial: 'kommune', options: [{ value: 'kommune', label: t('udbud.buyer.kommune') }, { value: 'stat', label: t('udbud.buyer.stat') }] },
  { name: 'kind', label: t('udbud.kind'), type: 'select', initial: 'ydelse', options: [{ value: 'ydelse', label: t('udbud.kind.ydelse') }, { value: 'light', label: t('udbud.kind.light') }, { value: 'bygge', label: t('udbud.kind.bygge') }] },
  { name: 'annualValue', label: t('udbud.annual'), type: 'number', initial: '650.000' },
  { name: 'months', label: t('udbud.months'), type: 'number', initial: '48' },
  { name: 'threshold', label: t('udbud.threshold'), type: 'number', optional: true, hint: t('udbud.thresholdHint'), initial: '' },
  { name: 'payroll', label: t('udbud.payroll'), type: 'number', optional: true, initial: '' },
  { name: 'renovation', label: t('udbud.renovation'), type: 'checkbox', initial: '' },
];

export const form: CalculatorForm = {
  id: 'udbudstjek',
  fields,
  run(values) {
    const { read, errors } = numberReader(fields, values, t('error.number'));
    const buyer: Buyer = values.buyer === 'stat' ? 'stat' : 'kommune';
    const kind: PurchaseKind = values.kind === 'light' || values.kind === 'bygge' ? values.kind : 'ydelse';
    const input = { buyer, kind, annualValue: read('annualValue')!, months: read('months')!, threshold: read('threshold'), payroll: read('payroll'), renovation: values.renovation === 'on' };
    if (errors.length) return { errors, ...EMPTY_VIEW };
    const r = udbud(input);
    if (!r.ok) return { errors: r.errors, ...EMPTY_VIEW };
    return { errors: [], summary: [t('udbud.summary', { value: t('tools.kr', { n: Math.round(r.value.value) }) })], steps: r.steps, notes: [...(input.threshold === undefined ? r.warnings : []), ...r.value.notes] };
  },
};
