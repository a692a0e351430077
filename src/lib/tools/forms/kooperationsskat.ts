/** The kooperationsskat calculator's form; defaults from Vesterlund Kartoffellaug (andelsselskabet, lektion 4). */
import { kooperationsskat, t } from '../kooperationsskat.ts';
import { EMPTY_VIEW, mergeErrors, readFields, type CalculatorForm, type FieldSpec } from './shared.ts';

const fields: FieldSpec[] = [
  {
    name: 'type',
    label: t('koop.type'),
    type: 'select',
    initial: 'produktion',
    options: [
      { value: 'produktion', label: t('koop.type.produktion') },
      { value: 'indkoeb', label: t('koop.type.indkoeb') },
    ],
  },
  { name: 'equity', label: t('koop.equity'), type: 'number', initial: '14.000.000' },
  { name: 'distribution', label: t('koop.distribution'), type: 'number', initial: '1.600.000' },
  { name: 'goodwill', label: t('koop.goodwill'), type: 'number', initial: '400.000' },
  { name: 'nonMemberShare', label: t('koop.nonMemberShare'), type: 'number', initial: '5' },
];

export const form: CalculatorForm = {
  id: 'kooperationsskat',
  fields,
  run(values) {
    const { read, errors } = readFields(fields, values);
    const input = {
      type: values.type === 'indkoeb' ? 'indkoeb' : 'produktion',
      equity: read('equity')!,
      distribution: read('distribution')!,
      goodwill: read('goodwill')!,
      nonMemberShare: read('nonMemberShare')!,
    } as const;
    const r = kooperationsskat(input);
    if (!r.ok || errors.length) return { errors: mergeErrors(errors, r.ok ? [] : r.errors), ...EMPTY_VIEW };
    const kr = (n: number) => t('tools.kr', { n: Math.round(n) });
    return {
      errors: [],
      summary: [t('koop.summary', { income: kr(r.value.income), tax: kr(r.value.tax) })],
      steps: r.steps,
      notes: r.warnings,
    };
  },
};
