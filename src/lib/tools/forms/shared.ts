/** What a calculator form is: its fields (labels already in Danish) and how it runs on typed text. */
import { readDanishNumber } from '../../danish-number.ts';
import type { FieldError, Step } from '../calculation.ts';

export interface FieldSpec {
  name: string;
  label: string;
  type: 'number' | 'select' | 'checkbox' | 'date';
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

/**
 * Reads number fields from typed text. A field that cannot be read gets the parser's own message
 * (which says how the text was read) and NaN, so the calculator still checks every other field
 * and the form can show all errors at once.
 */
export function readFields(fields: FieldSpec[], values: Record<string, string>) {
  const errors: FieldError[] = [];
  const read = (name: string) => {
    const spec = fields.find((f) => f.name === name)!;
    const raw = (values[name] ?? '').trim();
    if (raw === '' && spec.optional) return undefined;
    const r = readDanishNumber(raw);
    if (r.ok) return r.value;
    errors.push({ field: name, message: r.message });
    return Number.NaN;
  };
  return { read, errors };
}

/** The calculator's errors for fields the parser already reported are left out (one message per field). */
export const mergeErrors = (parse: FieldError[], calc: FieldError[]) => [
  ...parse,
  ...calc.filter((e) => !parse.some((p) => p.field === e.field)),
];
