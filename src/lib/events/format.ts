/**
 * An event's date and time as a Danish reader expects them:
 * "torsdag 18. februar 2027, kl. 16.00–18.30" or "lørdag 3. juli 2027, hele dagen".
 */
import { EVENT_TIME_ZONE, isWholeDay, parseLocal, toInstant } from './time.ts';

const day = new Intl.DateTimeFormat('da-DK', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: EVENT_TIME_ZONE,
});
const clock = new Intl.DateTimeFormat('da-DK', { hour: '2-digit', minute: '2-digit', timeZone: EVENT_TIME_ZONE });

const sameDay = (a: string, b: string) => a.slice(0, 10) === b.slice(0, 10);

export interface WhenLabels {
  wholeDay: string;
  /** "kl. {start}" */
  time: (start: string) => string;
  /** "kl. {start}–{end}" */
  timeRange: (start: string, end: string) => string;
}

/** Noon keeps a whole day on its own date whatever the offset. */
const dayOf = (value: string) => day.format(toInstant(`${value.slice(0, 10)}T12:00`));
const clockOf = (value: string) => clock.format(toInstant(value)).replace(':', '.');

export function formatWhen(start: string, end: string | undefined, labels: WhenLabels): string {
  parseLocal(start);
  if (isWholeDay(start)) {
    if (!end || sameDay(start, end)) return `${dayOf(start)}, ${labels.wholeDay}`;
    return `${dayOf(start)} – ${dayOf(end)}`;
  }
  if (!end) return `${dayOf(start)}, ${labels.time(clockOf(start))}`;
  if (sameDay(start, end)) return `${dayOf(start)}, ${labels.timeRange(clockOf(start), isWholeDay(end) ? '' : clockOf(end))}`;
  return `${dayOf(start)} ${labels.time(clockOf(start))} – ${dayOf(end)}${isWholeDay(end) ? '' : ` ${labels.time(clockOf(end))}`}`;
}
