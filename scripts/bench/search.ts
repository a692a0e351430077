/**
 * Search as a visitor's browser does it: Pagefind's JS API in headless Chromium against the
 * built site. Reports the bytes transferred for a first and a second query (index chunks and the
 * fragments of the first five results) and the latency of repeated queries.
 */
import { chromium } from '@playwright/test';
import { serve } from './static-server.ts';

export interface SearchFigures {
  firstQueryBytes: number;
  secondQueryBytes: number;
  medianMs: number;
  p95Ms: number;
}

const QUERIES = ['andelsselskab', 'generalforsamling', 'medarbejder', 'finansiering', 'revisor', 'bæredygtighed', 'udlodning',
  'kommune', 'leverandør', 'hæftelse', 'vedtægt', 'registrering', 'netværk', 'økonomi', 'indskud', 'klausul', 'formue', 'omsætning', 'stemme', 'reserve'];

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
};

export async function measureSearch(dist: string): Promise<SearchFigures> {
  const { url, server } = await serve(dist);
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    let bytes = 0;
    page.on('requestfinished', async (request) => {
      if (!request.url().includes('/pagefind/')) return;
      const sizes = await request.sizes();
      bytes += sizes.responseBodySize + sizes.responseHeadersSize;
    });
    await page.goto(`${url}/404.html`).catch(() => page.goto(url));
    const query = async (term: string) =>
      page.evaluate(async (q) => {
        const w = window as unknown as { pf?: { search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }>; init(): Promise<void> } };
        w.pf ??= await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
        await w.pf!.init();
        const started = performance.now();
        const r = await w.pf!.search(q);
        await Promise.all(r.results.slice(0, 5).map((x) => x.data()));
        return performance.now() - started;
      }, term);
    const settle = () => page.waitForLoadState('networkidle');

    await query(QUERIES[0]!);
    await settle();
    const firstQueryBytes = bytes;
    await query(QUERIES[1]!);
    await settle();
    const secondQueryBytes = bytes - firstQueryBytes;
    const times: number[] = [];
    for (let round = 0; round < 3; round++) for (const q of QUERIES) times.push(await query(q));
    return { firstQueryBytes, secondQueryBytes, medianMs: percentile(times, 0.5), p95Ms: percentile(times, 0.95) };
  } finally {
    await browser.close();
    server.close();
  }
}
