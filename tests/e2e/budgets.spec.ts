/**
 * Size budgets from DESIGN.md, measured as a guest's browser loads each content page type:
 * HTML ≤ 12 KB, CSS ≤ 10 KB, JS ≤ 15 KB, all gzip. Sizes, never times.
 */
import { expect, test } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { PAGE_TYPES, TOOL_PAGES } from './pages.ts';

const BUDGET = { document: 12 * 1024, stylesheet: 10 * 1024, script: 15 * 1024 };
const CONTENT_PAGES = ['forside', 'kurser', 'kursus', 'lektion', 'historier', 'historie', 'ordbog', 'begreb', 'om', 'virksomheder', 'virksomhed', 'bydel', ...TOOL_PAGES];

for (const name of CONTENT_PAGES) {
  test(`${name} stays within the size budget`, async ({ page }) => {
    const bytes = { document: 0, stylesheet: 0, script: 0 };
    const urls: string[] = [];
    let supabaseLoaded = false;
    // Every body is awaited before the sums are read: islands that load on scroll count too.
    const bodies: Promise<void>[] = [];
    page.on('response', (response) => {
      const type = response.request().resourceType();
      if (!(type in bytes)) return;
      urls.push(response.url());
      bodies.push(response.body().then((body) => {
        if (type === 'script' && body.includes('GoTrueClient')) supabaseLoaded = true;
        bytes[type as keyof typeof bytes] += gzipSync(body).length;
      }));
    });
    await page.goto(PAGE_TYPES[name]!, { waitUntil: 'networkidle' });
    await page.mouse.wheel(0, 20_000);
    // Scrolling hydrates the islands that wait to be seen; count what they load, to the last body.
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    await page.waitForLoadState('networkidle');
    for (let seen = -1; seen !== bodies.length; ) {
      seen = bodies.length;
      await Promise.all(bodies);
    }
    expect(bodies.length, 'the page loaded something').toBeGreaterThan(0);
    expect(bytes.document, 'the page itself was measured').toBeGreaterThan(0);
    expect(urls.some((u) => u.includes('/pagefind/')), 'Pagefind loads only on the search page').toBe(false);
    expect(supabaseLoaded, 'supabase-js never loads for a guest').toBe(false);
    for (const type of Object.keys(BUDGET) as (keyof typeof BUDGET)[])
      expect(bytes[type], `${type} bytes (gzip) on ${name}`).toBeLessThanOrEqual(BUDGET[type]);
  });
}
