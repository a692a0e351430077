/** "Tilføj til kalender": one event as its own .ics file, with the same UID as in the feeds. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allEvents, BUILD_TIME, toCalendarEvent, type EventEntry } from '../../data/events.ts';
import { buildCalendar, ICAL_CONTENT_TYPE } from '../../lib/events/ical.ts';

export const getStaticPaths = (async () =>
  (await allEvents()).map((event) => ({ params: { event: event.id }, props: { event } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site, props }) => {
  const { event } = props as { event: EventEntry };
  const body = buildCalendar([toCalendarEvent(event, site!)], { name: event.data.title, host: site!.hostname, stamp: BUILD_TIME });
  return new Response(body, { headers: { 'Content-Type': ICAL_CONTENT_TYPE } });
};
