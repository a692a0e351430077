/** The directory's public data as CSV for spreadsheets, its first line naming source and licence. */
import type { APIRoute } from 'astro';
import { publishedBusinesses } from '../../data/catalog.ts';
import { businessPath } from '../../lib/content/paths.ts';
import { DATA_LICENCE, toCsv, toPublicRecord } from '../../lib/directory/open-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const businesses = await publishedBusinesses();
  const records = businesses.map((b) => toPublicRecord(b.data, new URL(businessPath(b.id), site).href));
  const source = `Kilde: Fælles Værdier, ${new URL('/virksomheder/', site).href}. Licens: ${DATA_LICENCE.name}, ${DATA_LICENCE.url}`;
  return new Response(toCsv(records, source), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
