/** Island: the udbudstjek calculator (its own bundle, so a page loads only its calculator). */
import { form } from '../../lib/tools/forms/udbudstjek.ts';
import { CalculatorView } from './CalculatorView.tsx';

export default function UdbudstjekCalculator() {
  return <CalculatorView form={form} />;
}
