/**
 * The tools must never be silently stale: once a day lies past the newest period of a dated rate
 * set, the content check (and so the build's test run) fails until an editor adds the next period.
 */
import { RATE_PERIODS, todayIso } from './rates.ts';

export function ratePeriodProblems(now = new Date()): string[] {
  const today = todayIso(now);
  return Object.entries(RATE_PERIODS).flatMap(([name, periods]) => {
    const newest = [...periods].sort((a, b) => a.validTo.localeCompare(b.validTo)).at(-1)!;
    return today > newest.validTo
      ? [`satserne »${name}« gælder kun til ${newest.validTo} (${newest.label}); læg den næste periode ind med kilde`]
      : [];
  });
}
