/** Island: the medarbejderaktier calculator (its own bundle, so a page loads only its calculator). */
import { form } from '../../lib/tools/forms/medarbejderaktier.ts';
import { CalculatorView } from './CalculatorView.tsx';

export default function MedarbejderaktierCalculator() {
  return <CalculatorView form={form} />;
}
