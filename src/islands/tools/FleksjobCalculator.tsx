/** Island: the flexjob calculator (its own bundle, so a page loads only its calculator). */
import { form } from '../../lib/tools/forms/fleksjob.ts';
import { CalculatorView } from './CalculatorView.tsx';

export default function FleksjobCalculator() {
  return <CalculatorView form={form} />;
}
