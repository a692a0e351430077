/** The directory's public data as JSON, with source and licence. */
import type { APIRoute } from 'astro';
import { publishedBusinesses } from '../../data/catalogue.ts';
import { businessPath } from '../../lib/content/paths.ts';
import { DATA_LICENCE, toPublicRecord } from '../../lib/directory/open-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const businesses = await publishedBusinesses();
  const body = {
    kilde: 'Fælles Værdier: virksomhedsoversigten',
    licens: DATA_LICENCE,
    hentet_fra: new URL('/virksomheder/', site).href,
    virksomheder: businesses.map((b) => toPublicRecord(b.data, new URL(businessPath(b.id), site).href)),
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
