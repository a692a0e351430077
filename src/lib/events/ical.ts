/**
 * An iCalendar (RFC 5545) writer for the site's events: small pure functions, so the feed for all
 * events, the feed per audience and one event's "Tilføj til kalender" file are the same code.
 * Times are written as Copenhagen wall-clock time with TZID and a VTIMEZONE that carries the
 * EU summer-time rules, so a calendar in another zone shows the right hour.
 */
import { EVENT_TIME_ZONE, parseLocal } from './time.ts';

export const ICAL_CONTENT_TYPE = 'text/calendar; charset=utf-8';

/** What the writer needs to know about one event; the page data maps onto this. */
export interface CalendarEvent {
  /** Stable id (the event's slug): the UID is built from it, so subscribers get updates, never duplicates. */
  id: string;
  title: string;
  /** "2027-07-03T10:00" or "2027-07-03" (whole day), Copenhagen time. */
  start: string;
  end?: string;
  location: string;
  url: string;
  description: string;
  cancelled?: boolean;
}

export interface CalendarOptions {
  /** The calendar's name in the subscriber's list. */
  name: string;
  /** The site's host, the right-hand side of every UID. */
  host: string;
  /** When the file was written (DTSTAMP). */
  stamp: Date;
}

/** TEXT values (§ 3.3.11): backslash, semicolon and comma escaped, line breaks as \n. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line at 75 octets (§ 3.1): CRLF plus one space, never inside a UTF-8 character.
 * foldLine('SUMMARY:' + 'ø'.repeat(40)) → three lines, each ≤ 75 bytes.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; a continuation line's leading space takes one of its 75.
    const limit = parts.length === 0 ? 75 : 74;
    if (bytes + size > limit) {
      parts.push(current);
      current = '';
      bytes = 0;
    }
    current += char;
    bytes += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** 20270703T100000 (local) or 20270703 (a date). */
function localValue(value: string): string {
  const t = parseLocal(value);
  const date = `${pad(t.year, 4)}${pad(t.month)}${pad(t.day)}`;
  return t.hour === undefined ? date : `${date}T${pad(t.hour)}${pad(t.minute!)}00`;
}

/** 20261207T183000Z */
export function utcStamp(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** The day after a date, for an all-day DTEND, which RFC 5545 makes exclusive. */
function dayAfter(value: string): string {
  const { year, month, day } = parseLocal(value);
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return `${next.getUTCFullYear()}${pad(next.getUTCMonth() + 1)}${pad(next.getUTCDate())}`;
}

function timeProperty(name: 'DTSTART' | 'DTEND', value: string): string {
  return parseLocal(value).hour === undefined
    ? `${name};VALUE=DATE:${localValue(value)}`
    : `${name};TZID=${EVENT_TIME_ZONE}:${localValue(value)}`;
}

/** Europe/Copenhagen since 1996: CET/CEST, switching on the last Sundays of March and October. */
export const COPENHAGEN_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${EVENT_TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19960331T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19961027T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

export function eventLines(event: CalendarEvent, options: CalendarOptions): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.id}@${options.host}`,
    `DTSTAMP:${utcStamp(options.stamp)}`,
    timeProperty('DTSTART', event.start),
  ];
  if (event.end)
    lines.push(parseLocal(event.end).hour === undefined ? `DTEND;VALUE=DATE:${dayAfter(event.end)}` : timeProperty('DTEND', event.end));
  else if (parseLocal(event.start).hour === undefined) lines.push(`DTEND;VALUE=DATE:${dayAfter(event.start)}`);
  lines.push(
    `SUMMARY:${escapeText(event.title)}`,
    `LOCATION:${escapeText(event.location)}`,
    `URL:${event.url}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    `STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
  );
  return lines;
}

/** A whole VCALENDAR: folded lines, CRLF endings, one VTIMEZONE when any event has a clock time. */
export function buildCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const timed = events.some((e) => parseLocal(e.start).hour !== undefined || (e.end && parseLocal(e.end).hour !== undefined));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${options.host}//Fælles Værdier arrangementer//DA`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
    `X-WR-TIMEZONE:${EVENT_TIME_ZONE}`,
    ...(timed ? COPENHAGEN_VTIMEZONE : []),
    ...events.flatMap((e) => eventLines(e, options)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
