/** The iCalendar feed of every event, upcoming and past (calendars keep their history). */
import type { APIRoute } from 'astro';
import { allEvents, BUILD_TIME, toCalendarEvent } from '../../data/events.ts';
import { buildCalendar, ICAL_CONTENT_TYPE } from '../../lib/events/ical.ts';
import { t } from '../../lib/i18n';

export const GET: APIRoute = async ({ site }) => {
  const events = (await allEvents()).map((e) => toCalendarEvent(e, site!));
  const body = buildCalendar(events, { name: t('events.feedName'), host: site!.hostname, stamp: BUILD_TIME });
  return new Response(body, { headers: { 'Content-Type': ICAL_CONTENT_TYPE } });
};
