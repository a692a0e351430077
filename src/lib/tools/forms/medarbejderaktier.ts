/** The LL § 7 P form; defaults from Sara Holm at Bølgeværk ApS (medarbejdereje, lektion 3). */
import { RULE_OF, medarbejderaktier, t } from '../medarbejderaktier.ts';
import { EMPTY_VIEW, mergeErrors, readFields, type CalculatorForm, type FieldSpec } from './shared.ts';

const fields: FieldSpec[] = [
  { name: 'salary', label: t('ll7p.salary'), type: 'number', initial: '540.000' },
  { name: 'offeredShare', label: t('ll7p.offeredShare'), type: 'number', initial: '85' },
  { name: 'employees', label: t('ll7p.employees'), type: 'number', initial: '60' },
  { name: 'turnover', label: t('ll7p.turnover'), type: 'number', hint: t('ll7p.sizeHint'), initial: '40.000.000' },
  { name: 'balance', label: t('ll7p.balance'), type: 'number', initial: '40.000.000' },
  { name: 'ageYears', label: t('ll7p.age'), type: 'number', initial: '8' },
  { name: 'grant', label: t('ll7p.grant'), type: 'number', optional: true, initial: '100.000' },
];

export const form: CalculatorForm = {
  id: 'medarbejderaktier',
  fields,
  run(values) {
    const { read, errors } = readFields(fields, values);
    const input = {
      salary: read('salary')!,
      offeredShare: read('offeredShare')!,
      employees: read('employees')!,
      turnover: read('turnover')!,
      balance: read('balance')!,
      ageYears: read('ageYears')!,
      grant: read('grant'),
    };
    const r = medarbejderaktier(input);
    if (!r.ok || errors.length) return { errors: mergeErrors(errors, r.ok ? [] : r.errors), ...EMPTY_VIEW };
    const model = t(`ll7p.model.${r.value.bestModel}`);
    const summary = [t('ll7p.summary', { max: t('tools.kr', { n: Math.round(r.value.max) }), model, rule: RULE_OF[r.value.bestModel] })];
    if (input.grant !== undefined)
      summary.push(
        r.value.grantWithin
          ? t('ll7p.grantWithin', { grant: Math.round(input.grant), model })
          : t('ll7p.grantOver', { grant: Math.round(input.grant), max: Math.round(r.value.max) }),
      );
    summary.push(t('ll7p.headline.2026'));
    return { errors: [], summary, steps: r.steps, notes: r.warnings };
  },
};
