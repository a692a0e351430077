/**
 * Upcoming and past events, split at build time: an event stays "upcoming" until it is over (its
 * end, or midnight after its day), then moves to the archive at the next build. The site is rebuilt
 * daily for that reason (README). `now` is passed in, so tests pin the clock.
 */
import { endInstant, toInstant } from './time.ts';

interface Timed {
  data: { start: string; end?: string; title: string };
}

const byStart = (a: Timed, b: Timed) =>
  toInstant(a.data.start).getTime() - toInstant(b.data.start).getTime() || a.data.title.localeCompare(b.data.title, 'da');

export function splitByDate<T extends Timed>(events: readonly T[], now: Date): { upcoming: T[]; past: T[] } {
  const upcoming = events.filter((e) => endInstant(e.data.start, e.data.end).getTime() > now.getTime()).sort(byStart);
  // The archive reads newest first.
  const past = events.filter((e) => endInstant(e.data.start, e.data.end).getTime() <= now.getTime()).sort((a, b) => byStart(b, a));
  return { upcoming, past };
}
