/**
 * Search as a visitor does it, in headless Chromium against the built site, through each site's
 * own search interface:
 * - first query: everything transferred to show the first five results, starting on a lesson page
 *   where the visitor has not searched yet. Code that exists only for search counts whenever it is
 *   loaded (Starlight fetches its Pagefind UI on every page, ahead of use); what every page loads
 *   anyway (the shared CSS and scripts, cached) does not. Also reported apart: the Pagefind engine,
 *   index and fragments alone (`engineBytes`), the same for both sites.
 * - second query: what a further query in the same interface transfers;
 * - latency of repeated queries through Pagefind's API (the engine, not the interface).
 */
import { chromium, type Page } from '@playwright/test';
import { serve } from './static-server.ts';

export interface SearchFigures {
  firstQueryBytes: number;
  engineBytes: number;
  secondQueryBytes: number;
  medianMs: number;
  p95Ms: number;
}

export type SearchSite = 'Fælles Værdier' | 'Starlight';

const QUERIES = [
  'andelsselskab',
  'generalforsamling',
  'medarbejder',
  'finansiering',
  'revisor',
  'bæredygtighed',
  'udlodning',
  'kommune',
  'leverandør',
  'hæftelse',
  'vedtægt',
  'registrering',
  'netværk',
  'økonomi',
  'indskud',
  'klausul',
  'formue',
  'omsætning',
  'stemme',
  'reserve',
];

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
};

/** How each site's interface runs a query and shows it: our search page, Starlight's dialog. */
const INTERFACE: Record<SearchSite, { searchOnly: RegExp; query(page: Page, base: string, term: string, first: boolean): Promise<void> }> =
  {
    'Fælles Værdier': {
      searchOnly: /\/pagefind\/|\/soeg\//,
      async query(page, base, term, first) {
        if (first) await page.goto(`${base}/soeg/?q=${encodeURIComponent(term)}`);
        else await page.locator('#search-query').fill(term);
        await page.locator('[data-status]', { hasText: term }).waitFor();
        await page.locator('[data-results] .search-result').nth(4).waitFor();
      },
    },
    Starlight: {
      searchOnly: /\/pagefind\/|\/_astro\/(ui-core|Search\.astro)[^/]*\.js$/,
      async query(page, _base, term, first) {
        if (first) await page.locator('button[data-open-modal]').click();
        await page.locator('.pagefind-ui__search-input').fill(term);
        await page.locator('.pagefind-ui__message', { hasText: term }).waitFor();
        await page.locator('.pagefind-ui__result-link').nth(4).waitFor();
      },
    },
  };

export async function measureSearch(dist: string, site: SearchSite, lessonPath: string): Promise<SearchFigures> {
  const { url, server } = await serve(dist);
  const ui = INTERFACE[site];
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const transfers: { url: string; bytes: number; searching: boolean }[] = [];
    let searching = false;
    page.on('requestfinished', async (request) => {
      const at = searching;
      const sizes = await request.sizes();
      transfers.push({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize, searching: at });
    });
    const settle = () => page.waitForLoadState('networkidle');
    const sum = (f: (t: (typeof transfers)[number]) => boolean) => transfers.filter(f).reduce((n, t) => n + t.bytes, 0);

    await page.goto(`${url}/${lessonPath}/`);
    await settle();
    searching = true;
    await ui.query(page, url, QUERIES[0]!, true);
    await settle();
    const firstQueryBytes = sum((t) => t.searching || ui.searchOnly.test(t.url));
    const engineBytes = sum((t) => t.url.includes('/pagefind/'));
    if (process.env.BENCH_DEBUG)
      for (const t of transfers) console.log(`  ${t.searching ? 'søgning' : 'side'}\t${t.bytes}\t${t.url.replace(url, '')}`);
    const before = transfers.length;
    await ui.query(page, url, QUERIES[1]!, false);
    await settle();
    const secondQueryBytes = transfers.slice(before).reduce((n, t) => n + t.bytes, 0);

    const times: number[] = [];
    for (let round = 0; round < 3; round++)
      for (const q of QUERIES)
        times.push(
          await page.evaluate(async (term) => {
            const w = window as unknown as {
              pf?: { search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }>; init(): Promise<void> };
            };
            w.pf ??= await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
            await w.pf!.init();
            const started = performance.now();
            const r = await w.pf!.search(term);
            await Promise.all(r.results.slice(0, 5).map((x) => x.data()));
            return performance.now() - started;
          }, q),
        );
    return { firstQueryBytes, engineBytes, secondQueryBytes, medianMs: percentile(times, 0.5), p95Ms: percentile(times, 0.95) };
  } finally {
    await browser.close();
    server.close();
  }
}
