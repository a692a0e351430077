/** The RSV dividend-cap form; defaults from Cykelkælderen, year 1 (RSV, lektion 3). */
import { rsvUdbytte, t } from '../rsv-udbytte.ts';
import { EMPTY_VIEW, mergeErrors, readFields, type CalculatorForm, type FieldSpec } from './shared.ts';

const fields: FieldSpec[] = [
  { name: 'capital', label: t('rsv.capital'), type: 'number', initial: '300.000' },
  { name: 'discountRate', label: t('rsv.discount'), type: 'number', initial: '2,0' },
  { name: 'resultAfterTax', label: t('rsv.result'), type: 'number', initial: '40.000' },
  { name: 'proposed', label: t('rsv.proposed'), type: 'number', optional: true, initial: '' },
];

export const form: CalculatorForm = {
  id: 'rsv-udbytteloft',
  fields,
  run(values) {
    const { read, errors } = readFields(fields, values);
    const input = {
      capital: read('capital')!,
      discountRate: read('discountRate')!,
      resultAfterTax: read('resultAfterTax')!,
      proposed: read('proposed'),
    };
    const r = rsvUdbytte(input);
    if (!r.ok || errors.length) return { errors: mergeErrors(errors, r.ok ? [] : r.errors), ...EMPTY_VIEW };
    const summary = [t('rsv.summary', { max: t('tools.kr', { n: Math.round(r.value.max) }) })];
    if (input.proposed !== undefined)
      summary.push(
        t(r.value.proposedWithin ? 'rsv.proposedWithin' : 'rsv.proposedOver', {
          proposed: Math.round(input.proposed),
          max: Math.round(r.value.max),
        }),
      );
    return { errors: [], summary, steps: r.steps, notes: r.warnings };
  },
};
