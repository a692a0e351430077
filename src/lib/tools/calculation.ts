/** The shape every calculator returns: the result, the steps that led to it, and what it leaves out. */
export interface Step {
  /** What was done, in words. */
  text: string;
  /** The amount the step produced, in kroner (or a percentage when `unit` says so). */
  amount?: number;
  unit?: 'kr' | 'pct';
  /** Show kroner with øre (4.896,90 kr.) instead of whole kroner, where the law's steps leave øre. */
  exact?: boolean;
  /** The rule the step applies, e.g. "SEL § 16". */
  rule?: string;
}

export interface FieldError {
  field: string;
  message: string;
}

export type Calculation<T> = { ok: true; value: T; steps: Step[]; warnings: string[] } | { ok: false; errors: FieldError[] };

/** The site's one number parser (src/lib/danish-number.ts), re-exported for the calculators. */
export { parseDanishNumber } from '../danish-number.ts';

/** A percentage of an amount, without binary fractions creeping into whole-krone results. */
export const percentOf = (percent: number, amount: number) => Math.round(percent * amount * 100) / 10_000;
