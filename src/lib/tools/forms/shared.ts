/** What a calculator form is: its fields (labels already in Danish) and how it runs on typed text. */
import { parseDanishNumber, type FieldError, type Step } from '../calculation.ts';

export interface FieldSpec {
  name: string;
  label: string;
  type: 'number' | 'select' | 'checkbox';
  options?: { value: string; label: string }[];
  optional?: boolean;
  hint?: string;
  /** The lesson's worked example, so the page shows a known result before anyone types. */
  initial: string;
}

export interface CalculatorView {
  errors: FieldError[];
  /** The headline results, one sentence each. */
  summary: string[];
  steps: Step[];
  /** Consequences and caveats, after the steps. */
  notes: string[];
}

export interface CalculatorForm {
  id: string;
  fields: FieldSpec[];
  run(values: Record<string, string>): CalculatorView;
}

export const EMPTY_VIEW = { summary: [], steps: [], notes: [] };

/** Reads number fields from typed text, collecting a Danish error per field that is not a number. */
export function numberReader(fields: FieldSpec[], values: Record<string, string>, message: string) {
  const errors: FieldError[] = [];
  const read = (name: string) => {
    const spec = fields.find((f) => f.name === name)!;
    const raw = (values[name] ?? '').trim();
    if (raw === '' && spec.optional) return undefined;
    const n = parseDanishNumber(raw);
    if (Number.isNaN(n)) errors.push({ field: name, message });
    return n;
  };
  return { read, errors };
}
