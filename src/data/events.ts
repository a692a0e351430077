/**
 * What the event and ecosystem pages need from the collections: events split at build time into
 * upcoming and past, the links between events, organisers' directory entries and organisations,
 * and the calendar files' data.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { splitByDate } from '../lib/events/archive.ts';
import type { CalendarEvent } from '../lib/events/ical.ts';
import { businessPath, eventPath, organisationPath } from '../lib/content/paths.ts';
import { t } from '../lib/i18n';

export type EventEntry = CollectionEntry<'events'>;
export type OrganisationEntry = CollectionEntry<'organisations'>;

/** The moment this build runs: "upcoming" means upcoming at this moment, so the site is rebuilt daily. */
export const BUILD_TIME = new Date();

let checked: Promise<EventEntry[]> | undefined;

/** Every event; the first call checks that each organiser link names an entry that exists. */
export async function allEvents() {
  return (checked ??= checkedEvents());
}

async function checkedEvents() {
  const [events, businesses, organisations] = await Promise.all([
    getCollection('events'),
    getCollection('businesses'),
    getCollection('organisations'),
  ]);
  const businessIds = new Set(businesses.map((b) => b.id));
  const organisationIds = new Set(organisations.map((o) => o.id));
  const files = events.filter((e) => e.data.origin !== 'indsendt');
  const problems = [
    ...files.flatMap((e) => [
      e.data.organiser.business && !businessIds.has(e.data.organiser.business)
        ? `src/content/events/${e.id}.md: organiser.business »${e.data.organiser.business}« findes ikke i src/content/businesses/`
        : '',
      e.data.organiser.organisation && !organisationIds.has(e.data.organiser.organisation)
        ? `src/content/events/${e.id}.md: organiser.organisation »${e.data.organiser.organisation}« findes ikke i src/content/organisations/`
        : '',
    ]),
    ...organisations.map((o) =>
      o.data.business && !businessIds.has(o.data.business)
        ? `src/content/organisations/${o.id}.md: business »${o.data.business}« findes ikke i src/content/businesses/`
        : '',
    ),
  ].filter(Boolean);
  if (problems.length) throw new Error(`Links mellem arrangementer, organisationer og virksomheder peger forkert:\n${problems.join('\n')}`);
  return events.map((e) => (e.data.origin === 'indsendt' ? withKnownOrganiser(e, businessIds) : e));
}

/**
 * A partner's event names its organiser's directory entry by slug; an entry that has since gone
 * (or never was) only loses the link, so one submission cannot stop the build.
 */
function withKnownOrganiser(event: EventEntry, businessIds: Set<string>): EventEntry {
  const { business, ...organiser } = event.data.organiser;
  if (!business || businessIds.has(business)) return event;
  console.warn(`arrangementet ${event.id}: virksomheden »${business}« findes ikke i oversigten; linket udelades`);
  return { ...event, data: { ...event.data, organiser } };
}

export async function eventsByDate(now = BUILD_TIME) {
  return splitByDate(await allEvents(), now);
}

export async function allOrganisations() {
  return (await getCollection('organisations')).sort((a, b) => a.data.name.localeCompare(b.data.name, 'da'));
}

/** Where the organiser's name links: its directory entry, its page under /netvaerk/, or its own site. */
export function organiserHref(event: EventEntry): string | undefined {
  const o = event.data.organiser;
  if (o.business) return businessPath(o.business);
  if (o.organisation) return organisationPath(o.organisation);
  return o.url;
}

/** The events a directory entry or an organisation is the organiser of (both ways: the same organisation's events count). */
export function eventsOrganisedBy(events: EventEntry[], ids: { business?: string; organisation?: string }) {
  return events.filter(
    (e) =>
      (ids.business && e.data.organiser.business === ids.business) ||
      (ids.organisation && e.data.organiser.organisation === ids.organisation),
  );
}

/** One line for LOCATION and the page: the place's name and address, "Online", or the many places. */
export function placeText(place: EventEntry['data']['place']): string {
  if (place.kind === 'online') return t('events.online');
  if (place.kind === 'flere-steder') return place.description;
  return [place.name, place.address].filter(Boolean).join(', ');
}

/** An event as the iCalendar writer wants it. The description says when it is fictional and where to sign up. */
export function toCalendarEvent(event: EventEntry, site: URL): CalendarEvent {
  const d = event.data;
  const description = [
    d.fictional ? t('events.fictional') : '',
    d.description,
    t('events.organiser') + ': ' + d.organiser.name,
    d.price !== undefined || d.priceNote ? `${t('events.price')}: ${priceText(d.price, d.priceNote)}` : '',
    d.signUpUrl ? `${t('events.signUp')}: ${d.signUpUrl}` : '',
  ]
    .filter(Boolean)
    .join('\n');
  return {
    id: event.id,
    title: d.fictional ? `${d.title} (${t('events.fictionalShort')})` : d.title,
    start: d.start,
    ...(d.end ? { end: d.end } : {}),
    location: placeText(d.place),
    url: new URL(eventPath(event.id), site).href,
    description,
    cancelled: d.status === 'aflyst',
  };
}

export function priceText(price: number | undefined, note?: string): string {
  const base = price === undefined ? '' : price === 0 ? t('events.free') : t('events.priceKr', { price });
  if (!note) return base;
  return base ? `${base} (${note})` : note.charAt(0).toUpperCase() + note.slice(1);
}
