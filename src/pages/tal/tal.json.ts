/** The figures on /tal/ as JSON, with source and licence. */
import type { APIRoute } from 'astro';
import { siteFigures } from '../../data/figures.ts';
import { figuresJson } from '../../lib/figures/export.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(figuresJson(await siteFigures(), new URL('/tal/', site).href), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
