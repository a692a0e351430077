/**
 * Field rules shared by every contribution form. The database has the same rules in
 * private.*_problem() (the contributions, stories, businesses and reports migrations);
 * tests/db/field-rules.test.ts runs both on the same inputs and compares the problems they name.
 */
export type Problem =
  | 'required'
  | 'tooShort'
  | 'tooLong'
  | 'choose'
  | 'year'
  | 'email'
  | 'url'
  | 'consent'
  | 'cvr'
  | 'page'
  // Events (src/lib/events/fields.ts): a time that does not exist, a start already past, an end not after the start.
  | 'dateTime'
  | 'past'
  | 'endBeforeStart'
  | 'https'
  | 'price';

const EMAIL = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i;
const URL_PATTERN = /^https?:\/\/[^\s/]+\.[^\s]+$/;

export function length(value: string, [min, max]: readonly [number, number]): Problem | null {
  const n = value.trim().length;
  if (n === 0) return min > 0 ? 'required' : null;
  if (n < min) return 'tooShort';
  if (n > max) return 'tooLong';
  return null;
}

export const choice = (value: string, allowed: readonly string[]): Problem | null => (allowed.includes(value) ? null : 'choose');

export const choices = (values: string[], allowed: readonly string[], min = 0): Problem | null =>
  values.length >= min && values.every((v) => allowed.includes(v)) ? null : 'choose';

export function year(value: string, thisYear: number): Problem | null {
  if (!value.trim()) return 'required';
  const n = Number(value.trim());
  return Number.isInteger(n) && n >= 1800 && n <= thisYear ? null : 'year';
}

export function email(value: string, required: boolean): Problem | null {
  if (!value.trim()) return required ? 'required' : null;
  return EMAIL.test(value.trim()) && value.length <= 254 ? null : 'email';
}

export const url = (value: string): Problem | null =>
  value.trim() && (!URL_PATTERN.test(value.trim()) || value.trim().length > 300) ? 'url' : null;

const HTTPS_PATTERN = /^https:\/\/[^\s/]+\.[^\s]+$/;

/** A link that must be https (an event's sign-up and online links); empty is fine unless required. */
export function https(value: string, required: boolean): Problem | null {
  const v = value.trim();
  if (!v) return required ? 'required' : null;
  return HTTPS_PATTERN.test(v) && v.length <= 300 ? null : 'https';
}

export const consent = (given: boolean): Problem | null => (given ? null : 'consent');

/**
 * A Danish CVR number: 8 digits, not starting with 0, whose digits weighted 2 7 6 5 4 3 2 1 sum
 * to a multiple of 11 (modulus 11). `cvrValid('10000009')` → true: 1·2 + 9·1 = 11.
 */
export function cvrValid(value: string): boolean {
  if (!/^[1-9]\d{7}$/.test(value)) return false;
  const weights = [2, 7, 6, 5, 4, 3, 2, 1];
  return [...value].reduce((sum, d, i) => sum + Number(d) * weights[i]!, 0) % 11 === 0;
}

export const cvr = (value: string): Problem | null => (!value.trim() ? 'required' : cvrValid(value.trim()) ? null : 'cvr');

/** Collects the problems of the fields checked, in the order checked. */
export function collect<F extends string>(checks: [F, Problem | null][]): Partial<Record<F, Problem>> {
  const problems: Partial<Record<F, Problem>> = {};
  for (const [field, problem] of checks) if (problem) problems[field] = problem;
  return problems;
}
