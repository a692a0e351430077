/** The procurement check's form; defaults from Mette Brandt's cleaning contract (indkøb, lektion 1). */
import { formatDate } from '../../i18n/translate.ts';
import { t, udbud, type Buyer, type PurchaseKind } from '../udbud.ts';
import { todayIso } from '../rates.ts';
import { EMPTY_VIEW, mergeErrors, readFields, type CalculatorForm, type FieldSpec } from './shared.ts';

const fields: FieldSpec[] = [
  { name: 'date', label: t('udbud.date'), type: 'date', hint: t('udbud.dateHint'), initial: todayIso() },
  {
    name: 'buyer',
    label: t('udbud.buyer'),
    type: 'select',
    initial: 'kommune',
    options: [
      { value: 'kommune', label: t('udbud.buyer.kommune') },
      { value: 'stat', label: t('udbud.buyer.stat') },
    ],
  },
  {
    name: 'kind',
    label: t('udbud.kind'),
    type: 'select',
    initial: 'ydelse',
    options: [
      { value: 'ydelse', label: t('udbud.kind.ydelse') },
      { value: 'light', label: t('udbud.kind.light') },
      { value: 'bygge', label: t('udbud.kind.bygge') },
    ],
  },
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
    const { read, errors } = readFields(fields, values);
    const buyer: Buyer = values.buyer === 'stat' ? 'stat' : 'kommune';
    const kind: PurchaseKind = values.kind === 'light' || values.kind === 'bygge' ? values.kind : 'ydelse';
    const date = (values.date ?? '').trim() || todayIso();
    const input = {
      buyer,
      kind,
      date,
      annualValue: read('annualValue')!,
      months: read('months')!,
      threshold: read('threshold'),
      payroll: read('payroll'),
      renovation: values.renovation === 'on',
    };
    const r = udbud(input);
    if (!r.ok || errors.length) return { errors: mergeErrors(errors, r.ok ? [] : r.errors), ...EMPTY_VIEW };
    const kr = (n: number) => t('tools.kr', { n: Math.round(n) });
    const { period, regime, threshold } = r.value;
    const when = { date: formatDate(date), period: period.period.label, to: formatDate(period.period.validTo) };
    const headline = t(`udbud.headline.${kind === 'bygge' && regime === 'below' ? 'worksBelow' : regime}`, { threshold: kr(threshold!) });
    const summary = [
      ...(period.status === 'after-newest' && input.threshold === undefined ? [t('udbud.period.after', when)] : []),
      headline,
      t('udbud.summary', { value: kr(r.value.value) }),
      ...(input.threshold !== undefined
        ? []
        : period.status === 'in'
          ? [t('udbud.period.in', when)]
          : period.status === 'before-oldest'
            ? [t('udbud.period.before', when)]
            : []),
    ];
    return { errors: [], summary, steps: r.steps, notes: r.value.notes };
  },
};
