/** Island: the kooperationsskat calculator (its own bundle, so a page loads only its calculator). */
import { form } from '../../lib/tools/forms/kooperationsskat.ts';
import { CalculatorView } from './CalculatorView.tsx';

export default function KooperationsskatCalculator() {
  return <CalculatorView form={form} />;
}
