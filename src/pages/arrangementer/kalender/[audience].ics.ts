/** One feed per audience: /arrangementer/kalender/revisor.ics and so on. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allEvents, BUILD_TIME, toCalendarEvent } from '../../../data/events.ts';
import { buildCalendar, ICAL_CONTENT_TYPE } from '../../../lib/events/ical.ts';
import { AUDIENCES, type Audience } from '../../../lib/content/taxonomy.ts';
import { districtSlug } from '../../../lib/content/paths.ts';
import { t } from '../../../lib/i18n';

export const getStaticPaths = (() =>
  AUDIENCES.map((audience) => ({ params: { audience: districtSlug(audience) }, props: { audience } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site, props }) => {
  const audience = (props as { audience: Audience }).audience;
  const events = (await allEvents()).filter((e) => e.data.audiences.includes(audience)).map((e) => toCalendarEvent(e, site!));
  const name = t('events.feedNameAudience', { audience: t(`audience.${audience}`).toLowerCase() });
  return new Response(buildCalendar(events, { name, host: site!.hostname, stamp: BUILD_TIME }), {
    headers: { 'Content-Type': ICAL_CONTENT_TYPE },
  });
};
