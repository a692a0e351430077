/**
 * The flexjob calculator's form. The date defaults to today, so the page says plainly whether it has
 * confirmed amounts for today; the wage figures are Cykelværkstedet Egerne's (rummelig, lektion 2, A).
 */
import { formatDate } from '../../i18n/translate.ts';
import { fleksjob, kroner, t } from '../fleksjob.ts';
import { todayIso } from '../rates.ts';
import { EMPTY_VIEW, mergeErrors, readFields, type CalculatorForm, type FieldSpec } from './shared.ts';

const fields: FieldSpec[] = [
  { name: 'date', label: t('fleks.date'), type: 'date', hint: t('fleks.dateHint'), initial: todayIso() },
  { name: 'fullTimeWage', label: t('fleks.fullTimeWage'), type: 'number', initial: '29.600' },
  { name: 'fullTimeHours', label: t('fleks.fullTimeHours'), type: 'number', initial: '37' },
  { name: 'effectiveHours', label: t('fleks.effectiveHours'), type: 'number', hint: t('fleks.effectiveHoursHint'), initial: '10' },
  { name: 'wage', label: t('fleks.wage'), type: 'number', optional: true, hint: t('fleks.wageHint'), initial: '' },
  { name: 'otherWage', label: t('fleks.otherWage'), type: 'number', optional: true, initial: '' },
  { name: 'base', label: t('fleks.base'), type: 'number', optional: true, hint: t('fleks.baseHint'), initial: '' },
  { name: 'threshold', label: t('fleks.threshold'), type: 'number', optional: true, initial: '' },
];

const kr = (n: number) => t('tools.kr', { n: kroner(n) });

export const form: CalculatorForm = {
  id: 'fleksjob',
  fields,
  run(values) {
    const { read, errors } = readFields(fields, values);
    const date = (values.date ?? '').trim() || todayIso();
    const wage = read('wage');
    const input = {
      date,
      fullTimeWage: read('fullTimeWage')!,
      fullTimeHours: read('fullTimeHours')!,
      // With a typed wage the hours are not used, so an empty hours field is no error then.
      effectiveHours: wage === undefined ? read('effectiveHours')! : Number.NaN,
      wage,
      otherWage: read('otherWage'),
      base: read('base'),
      threshold: read('threshold'),
    };
    const r = fleksjob(input);
    if (r.ok === false || errors.length) return { errors: mergeErrors(errors, r.ok === false ? r.errors : []), ...EMPTY_VIEW };
    if (r.ok === 'unconfirmed') {
      const years = r.confirmedYears.join(' og ');
      const eitherYear = r.confirmedYears.join(' eller ');
      return {
        errors: [],
        summary: [t('fleks.unconfirmed', { date: formatDate(date) })],
        steps: [],
        notes: [t('fleks.unconfirmedWhy', { years, year: date.slice(0, 4) }), t('fleks.unconfirmedWhat', { years: eitherYear })],
      };
    }
    const v = r.value;
    const used =
      v.amounts.kind === 'confirmed'
        ? t('fleks.period.confirmed', { year: v.amounts.period.label, base: kr(v.base), threshold: kr(v.threshold) })
        : t('fleks.period.typed', { base: kr(v.base), threshold: kr(v.threshold), date: formatDate(date) });
    return {
      errors: [],
      summary: [
        t('fleks.summary', { wage: kr(v.wage), subsidy: kr(v.subsidy) }),
        t('fleks.summaryTotal', { total: kr(v.total) }),
        used,
        t('fleks.summaryNotCovered'),
      ],
      steps: r.steps,
      notes: r.warnings,
    };
  },
};
