/**
 * Events: the iCalendar writer read back by a real parser (ical.js), the archive split with a pinned
 * clock, the schema's rules and the schema.org JSON-LD.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar, escapeText, foldLine, type CalendarEvent } from '../../src/lib/events/ical.ts';
import { endInstant, toInstant, toIsoWithOffset } from '../../src/lib/events/time.ts';
import { splitByDate } from '../../src/lib/events/archive.ts';
import { eventJsonLd, postalAddress, serialiseJsonLd } from '../../src/lib/events/jsonld.ts';
import { eventSchema } from '../../src/lib/content/schemas.ts';
import { formatWhen } from '../../src/lib/events/format.ts';

const HOST = 'faellesvaerdier.dk';
const STAMP = new Date('2026-12-07T18:00:00Z');
const TRICKY = 'Kooperativ dag, 2027; med taler\nog frokost \\ fest';

const summer: CalendarEvent = {
  id: 'kooperativ-dag',
  title: TRICKY,
  start: '2027-07-03T10:00',
  end: '2027-07-03T15:30',
  location: 'Vartov, Farvergade 27, 1463 København K',
  url: `https://${HOST}/arrangementer/kooperativ-dag/`,
  description: 'Første linje.\nAnden linje; med semikolon, og komma.',
};
const winter: CalendarEvent = { ...summer, id: 'vintermoede', title: 'Vintermøde', start: '2027-01-14T19:00', end: undefined };
const wholeDay: CalendarEvent = { ...summer, id: 'hel-dag', title: 'Hel dag', start: '2027-07-03', end: undefined };

function parse(ics: string) {
  const root = new ICAL.Component(ICAL.parse(ics));
  // Register the file's own VTIMEZONE, as a calendar program does, so TZID times resolve with it.
  for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  return { root, events: root.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

describe('the iCalendar writer (RFC 5545), read back by ical.js', () => {
  const ics = buildCalendar([summer, winter, wholeDay], { name: 'Fælles Værdier: arrangementer', host: HOST, stamp: STAMP });
  const { root, events } = parse(ics);

  it('writes a VCALENDAR with VERSION, PRODID and one VEVENT per event', () => {
    expect(root.name).toBe('vcalendar');
    expect(root.getFirstPropertyValue('version')).toBe('2.0');
    expect(root.getFirstPropertyValue('prodid')).toContain(HOST);
    expect(events).toHaveLength(3);
  });

  it('round-trips a title with commas, a semicolon, a backslash and a line break', () => {
    expect(events[0]!.summary).toBe(TRICKY);
    expect(events[0]!.description).toBe(summer.description);
    expect(events[0]!.location).toBe(summer.location);
  });

  it('gives each event a UID built from its id and DTSTAMP in UTC', () => {
    expect(events.map((e) => e.uid)).toEqual([`kooperativ-dag@${HOST}`, `vintermoede@${HOST}`, `hel-dag@${HOST}`]);
    const stamp = events[0]!.component.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(stamp.toJSDate().toISOString()).toBe(STAMP.toISOString());
  });

  it('keeps the UID stable from one build to the next (subscribers get updates, not duplicates)', () => {
    const later = buildCalendar([summer], { name: 'x', host: HOST, stamp: new Date('2027-01-01T00:00:00Z') });
    expect(parse(later).events[0]!.uid).toBe(events[0]!.uid);
  });

  it('writes DTSTART with TZID=Europe/Copenhagen and a VTIMEZONE whose rules give +02:00 in July and +01:00 in January', () => {
    expect(ics).toContain('DTSTART;TZID=Europe/Copenhagen:20270703T100000');
    const vtimezone = root.getFirstSubcomponent('vtimezone')!;
    expect(vtimezone.getFirstPropertyValue('tzid')).toBe('Europe/Copenhagen');
    expect(
      vtimezone
        .getAllSubcomponents()
        .map((c) => c.name)
        .sort(),
    ).toEqual(['daylight', 'standard']);
    expect(events[0]!.startDate.zone.tzid).toBe('Europe/Copenhagen');
    expect(events[0]!.startDate.toJSDate().toISOString()).toBe('2027-07-03T08:00:00.000Z');
    expect(events[0]!.endDate.toJSDate().toISOString()).toBe('2027-07-03T13:30:00.000Z');
    expect(events[1]!.startDate.toJSDate().toISOString()).toBe('2027-01-14T18:00:00.000Z');
  });

  it('writes a whole-day event as a DATE with an exclusive DTEND the next day', () => {
    expect(events[2]!.startDate.isDate).toBe(true);
    expect(events[2]!.startDate.toString()).toBe('2027-07-03');
    expect(events[2]!.endDate.toString()).toBe('2027-07-04');
  });

  it('ends every line with CRLF and folds none longer than 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length, line).toBeLessThanOrEqual(75);
  });
});

describe('escaping and folding', () => {
  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds at 75 octets without splitting a UTF-8 character, and unfolds to the same text', () => {
    const line = `SUMMARY:${'æøå'.repeat(30)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    // Every part is valid UTF-8 on its own: a split character would show as U+FFFD.
    for (const part of parts) expect(new TextDecoder().decode(new TextEncoder().encode(part))).not.toContain('\uFFFD');
  });

  it('leaves a short line alone', () => {
    expect(foldLine('SUMMARY:Kort')).toBe('SUMMARY:Kort');
  });
});

describe('Copenhagen time', () => {
  it('gives the summer and winter offsets', () => {
    expect(toIsoWithOffset('2027-07-03T10:00')).toBe('2027-07-03T10:00:00+02:00');
    expect(toIsoWithOffset('2027-01-14T19:00')).toBe('2027-01-14T19:00:00+01:00');
    expect(toIsoWithOffset('2027-07-03')).toBe('2027-07-03');
  });

  it('switches on the last Sundays of March and October', () => {
    expect(toInstant('2027-03-28T01:30').toISOString()).toBe('2027-03-28T00:30:00.000Z');
    expect(toInstant('2027-03-28T03:30').toISOString()).toBe('2027-03-28T01:30:00.000Z');
    expect(toInstant('2027-10-31T04:00').toISOString()).toBe('2027-10-31T03:00:00.000Z');
  });
});

describe('the archive split (pinned clock)', () => {
  const ev = (title: string, start: string, end?: string) => ({ data: { title, start, ...(end ? { end } : {}) } });
  const events = [
    ev('Senere', '2027-02-01T10:00'),
    ev('I gang', '2026-12-07T18:00', '2026-12-07T21:00'),
    ev('Hel dag i dag', '2026-12-07'),
    ev('Sidste uge', '2026-11-30T10:00', '2026-11-30T12:00'),
    ev('Sidste år', '2025-12-01'),
  ];

  it('keeps an event upcoming until it is over, sorted by start; the archive newest first', () => {
    const { upcoming, past } = splitByDate(events, new Date('2026-12-07T19:30:00Z')); // 20.30 in Copenhagen
    expect(upcoming.map((e) => e.data.title)).toEqual(['Hel dag i dag', 'I gang', 'Senere']);
    expect(past.map((e) => e.data.title)).toEqual(['Sidste uge', 'Sidste år']);
  });

  it('moves an event to the archive the moment its end has passed', () => {
    const justBefore = splitByDate(events, new Date('2026-12-07T19:59:59Z'));
    const justAfter = splitByDate(events, new Date('2026-12-07T20:00:00Z'));
    expect(justBefore.upcoming.map((e) => e.data.title)).toContain('I gang');
    expect(justAfter.past.map((e) => e.data.title)).toContain('I gang');
  });

  it('keeps a whole-day event until midnight Copenhagen time, and a start without an end until its day is over', () => {
    expect(endInstant('2026-12-07').toISOString()).toBe('2026-12-07T23:00:00.000Z');
    expect(endInstant('2027-07-03T10:00').toISOString()).toBe('2027-07-03T22:00:00.000Z');
  });
});

const validEvent = {
  title: 'Netværksmøde, indkøb; og klausuler',
  start: '2027-03-11T16:00',
  end: '2027-03-11T18:00',
  place: { kind: 'adresse', name: 'Eksempelhuset', address: 'Eksempelvej 1, 2200 København N', district: 'Nørrebro' },
  organiser: { name: 'Eksempel-kooperativet' },
  audiences: ['indkøber'],
  price: 0,
  signUpUrl: 'https://example.org/tilmeld',
  description: 'Et fiktivt eksempel.',
  fictional: true,
};

describe('the event schema', () => {
  it('accepts a complete event', () => {
    expect(eventSchema.safeParse(validEvent).success).toBe(true);
  });

  it('refuses a sign-up link that is not http or https', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'ftp://example.org/'])
      expect(eventSchema.safeParse({ ...validEvent, signUpUrl: url }).success, url).toBe(false);
  });

  it('refuses an end before the start, a time that does not exist and a district not on the list', () => {
    expect(eventSchema.safeParse({ ...validEvent, end: '2027-03-11T15:00' }).success).toBe(false);
    expect(eventSchema.safeParse({ ...validEvent, start: '2027-02-30T10:00' }).success).toBe(false);
    expect(eventSchema.safeParse({ ...validEvent, place: { ...validEvent.place, district: 'Frederiksberg' } }).success).toBe(false);
  });

  it('wants sources for a real event from the editors, not for a fictional or submitted one', () => {
    expect(eventSchema.safeParse({ ...validEvent, fictional: false }).success).toBe(false);
    expect(eventSchema.safeParse({ ...validEvent, fictional: false, origin: 'indsendt' }).success).toBe(true);
  });

  it('reads an unquoted YAML date (a Date at midnight UTC) as that date', () => {
    const parsed = eventSchema.parse({ ...validEvent, start: new Date('2027-07-03T00:00:00Z'), end: undefined });
    expect(parsed.start).toBe('2027-07-03');
  });
});

describe('schema.org Event JSON-LD', () => {
  const data = eventSchema.parse(validEvent);
  const url = `https://${HOST}/arrangementer/netvaerksmoede/`;
  const json = JSON.parse(serialiseJsonLd(eventJsonLd(data, { url })));

  it('has the fields Google requires and recommends', () => {
    expect(json).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: validEvent.title,
      startDate: '2027-03-11T16:00:00+01:00',
      endDate: '2027-03-11T18:00:00+01:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Eksempelhuset',
        address: {
          '@type': 'PostalAddress',
          streetAddress: 'Eksempelvej 1',
          postalCode: '2200',
          addressLocality: 'København N',
          addressCountry: 'DK',
        },
      },
      organizer: { '@type': 'Organization', name: 'Eksempel-kooperativet' },
      offers: { '@type': 'Offer', price: 0, priceCurrency: 'DKK', url: 'https://example.org/tilmeld' },
      description: 'Et fiktivt eksempel.',
      url,
    });
  });

  it('uses VirtualLocation and the online mode for an online event, and marks a cancelled one', () => {
    const online = eventJsonLd(
      eventSchema.parse({ ...validEvent, status: 'aflyst', place: { kind: 'online', url: 'https://example.org/live' } }),
      { url },
    );
    expect(online.location).toEqual({ '@type': 'VirtualLocation', url: 'https://example.org/live' });
    expect(online.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
    expect(online.eventStatus).toBe('https://schema.org/EventCancelled');
  });

  it('cannot be closed early by a title containing </script>', () => {
    const text = serialiseJsonLd(eventJsonLd(eventSchema.parse({ ...validEvent, title: '</script><script>alert(1)</script>' }), { url }));
    expect(text).not.toContain('</script');
    expect(JSON.parse(text).name).toBe('</script><script>alert(1)</script>');
  });
});

describe('an event whose price is not known', () => {
  it('has no offer rather than a made-up price', () => {
    const json = eventJsonLd(eventSchema.parse({ ...validEvent, price: undefined }), { url: 'https://example.org/a/' });
    expect(json).not.toHaveProperty('offers');
  });
});

describe('the postal address in JSON-LD', () => {
  it('reads a town without a street as the locality only', () => {
    expect(postalAddress('Aarhus')).toEqual({ '@type': 'PostalAddress', addressLocality: 'Aarhus', addressCountry: 'DK' });
  });
});

describe('an event’s date and time in Danish', () => {
  const labels = { wholeDay: 'hele dagen', time: (s: string) => `kl. ${s}`, timeRange: (s: string, e: string) => `kl. ${s}–${e}` };

  it('writes a whole day, a start only, a range and a span of days', () => {
    expect(formatWhen('2027-07-03', undefined, labels)).toBe('lørdag den 3. juli 2027, hele dagen');
    expect(formatWhen('2020-09-14T19:00', undefined, labels)).toBe('mandag den 14. september 2020, kl. 19.00');
    expect(formatWhen('2027-02-18T16:00', '2027-02-18T18:30', labels)).toBe('torsdag den 18. februar 2027, kl. 16.00–18.30');
    expect(formatWhen('2023-06-15', '2023-06-17', labels)).toBe('torsdag den 15. juni 2023 – lørdag den 17. juni 2023');
  });
});
