/**
 * Event times are written as Copenhagen wall-clock time ("2027-07-03T10:00") or as a whole day
 * ("2027-07-03"), because that is how an organiser announces them. These helpers turn that into
 * instants and ISO strings with the right offset (+01:00 in winter, +02:00 in summer).
 */
export const EVENT_TIME_ZONE = 'Europe/Copenhagen';

/** "2027-07-03" (a whole day) or "2027-07-03T10:00" (a wall-clock time in Copenhagen). */
export const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

export interface LocalTime {
  year: number;
  month: number;
  day: number;
  /** Absent for a whole-day event. */
  hour?: number;
  minute?: number;
}

export function parseLocal(value: string): LocalTime {
  const m = LOCAL_DATE_TIME.exec(value);
  if (!m) throw new Error(`»${value}« er ikke en dato (ÅÅÅÅ-MM-DD) eller et tidspunkt (ÅÅÅÅ-MM-DDTTT:MM)`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) throw new Error(`»${value}« er ikke en dato, der findes`);
  if (m[4] === undefined) return { year, month, day };
  const [hour, minute] = [Number(m[4]), Number(m[5])];
  if (hour > 23 || minute > 59) throw new Error(`»${value}« har et klokkeslæt, der ikke findes`);
  return { year, month, day, hour, minute };
}

export const isWholeDay = (value: string) => parseLocal(value).hour === undefined;

/** Minutes east of UTC in Copenhagen at an instant, e.g. 120 in July. */
export function copenhagenOffsetMinutes(instant: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: EVENT_TIME_ZONE, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName')!.value; // "GMT+02:00", or "GMT" at offset 0
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

/**
 * The instant a Copenhagen wall-clock time names. A whole day starts at 00:00 local time.
 * In the autumn's repeated hour the first (summer-time) instant is taken, as RFC 5545 § 3.3.5 does.
 */
export function toInstant(value: string): Date {
  const { year, month, day, hour = 0, minute = 0 } = parseLocal(value);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  // Try the offset before and after the guess; the first that maps back to the same wall clock wins.
  const candidates = [copenhagenOffsetMinutes(new Date(asUtc - 3 * 3600_000)), copenhagenOffsetMinutes(new Date(asUtc + 3 * 3600_000))];
  for (const offset of candidates.sort((a, b) => b - a)) {
    const instant = new Date(asUtc - offset * 60_000);
    if (copenhagenOffsetMinutes(instant) === offset) return instant;
  }
  // A time skipped in spring (02:30 on the last Sunday of March): read it with winter time.
  return new Date(asUtc - Math.min(...candidates) * 60_000);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO 8601 with the Copenhagen offset, as schema.org wants it: 2027-07-03T10:00:00+02:00, or the bare date for a whole day. */
export function toIsoWithOffset(value: string): string {
  const local = parseLocal(value);
  const date = `${local.year}-${pad(local.month)}-${pad(local.day)}`;
  if (local.hour === undefined) return date;
  const offset = copenhagenOffsetMinutes(toInstant(value));
  const sign = offset < 0 ? '-' : '+';
  return `${date}T${pad(local.hour)}:${pad(local.minute!)}:00${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}

/** The instant an event is over: its end time, or else midnight after its last (or only) day. */
export function endInstant(start: string, end?: string): Date {
  if (end && !isWholeDay(end)) return toInstant(end);
  const { year, month, day } = parseLocal(end ?? start);
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return toInstant(`${next.getUTCFullYear()}-${pad(next.getUTCMonth() + 1)}-${pad(next.getUTCDate())}`);
}
