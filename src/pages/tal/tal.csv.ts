/** The figures on /tal/ as CSV (header on the first line; small counts as a lowest and highest value). */
import type { APIRoute } from 'astro';
import { siteFigures } from '../../data/figures.ts';
import { figuresCsv } from '../../lib/figures/export.ts';

export const GET: APIRoute = async () =>
  new Response(figuresCsv(await siteFigures()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
