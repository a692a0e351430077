/**
 * A count on /tal/. The database leaves every count under 5 out (null), so a figure may know only
 * part of its value: `known` is the exact part (the editors' own entries, counted at build time),
 * and `hidden` says the database added a number under 5 that is not shown. The true value then
 * lies between `known` and `known + 4`.
 */
export interface Count {
  known: number;
  hidden: boolean;
}

export const SMALL = 5;

/** A count from the database: null means "under 5". */
export const fromDatabase = (n: number | null): Count => (n === null ? { known: 0, hidden: true } : { known: n, hidden: false });

/** A count the build made itself from the content; small ones are hidden the same way on the page. */
export const exact = (n: number): Count => ({ known: n, hidden: false });

export const add = (a: Count, b: Count): Count => ({ known: a.known + b.known, hidden: a.hidden || b.hidden });

/** The lowest and highest value the count can have. */
export function bounds(c: Count): { min: number; max: number } {
  if (!c.hidden) return c.known > 0 && c.known < SMALL ? { min: 1, max: SMALL - 1 } : { min: c.known, max: c.known };
  return { min: c.known, max: c.known + SMALL - 1 };
}

/**
 * How a count is shown: "under 5" when it could be 1 to 4 and nothing more is known, a range
 * ("12–16") when a hidden small part sits on top of a known one, else the number.
 * Never an exact number from 1 to 4.
 */
export type Shown = { kind: 'number'; n: number } | { kind: 'under'; n: number } | { kind: 'range'; min: number; max: number };

export function shown(c: Count): Shown {
  const { min, max } = bounds(c);
  if (min === max) return { kind: 'number', n: min };
  if (max < SMALL) return { kind: 'under', n: SMALL };
  return { kind: 'range', min: Math.max(min, 0), max };
}
