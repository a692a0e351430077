/** Island: the rsv-udbytteloft calculator (its own bundle, so a page loads only its calculator). */
import { form } from '../../lib/tools/forms/rsv-udbytteloft.ts';
import { CalculatorView } from './CalculatorView.tsx';

export default function RsvUdbytteloftCalculator() {
  return <CalculatorView form={form} />;
}
