/** The directory's public data as CSV for spreadsheets; its first line is the header (source and licence: JSON metadata and the page). */
import type { APIRoute } from 'astro';
import { publishedBusinesses } from '../../data/catalogue.ts';
import { businessPath } from '../../lib/content/paths.ts';
import { toCsv, toPublicRecord } from '../../lib/directory/open-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const businesses = await publishedBusinesses();
  const records = businesses.map((b) => toPublicRecord(b.data, new URL(businessPath(b.id), site).href));
  return new Response(toCsv(records), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
