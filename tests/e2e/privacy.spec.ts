import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from './pages.ts';
import { E2E_GATEWAY_PORT, E2E_SITE_URL } from './env.ts';

test('no page requests anything from another origin than the site and its Supabase project', async ({ page, baseURL }) => {
  // One visit per page type in one test: the time allowed grows with the list.
  test.setTimeout(Object.keys(PAGE_TYPES).length * 3_000);
  // Origins, not host names: another port or scheme on the same host is another site.
  const allowed = new Set([new URL(baseURL!).origin, `http://127.0.0.1:${E2E_GATEWAY_PORT}`]);
  const foreign: string[] = [];
  let seen = 0;
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (['data:', 'blob:'].includes(url.protocol)) return;
    seen++;
    if (!allowed.has(url.origin)) foreign.push(r.url());
  });
  for (const url of Object.values(PAGE_TYPES)) {
    await page.goto(url, { waitUntil: 'networkidle' });
  }
  expect(seen, 'requests observed').toBeGreaterThanOrEqual(Object.keys(PAGE_TYPES).length);
  expect(foreign).toEqual([]);
});

test('pages are readable without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PAGE_TYPES.lektion!);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Kilder' })).toBeVisible();
  await page.goto(PAGE_TYPES.kursus!);
  await expect(page.locator('ol.lesson-list li').first()).toBeVisible();
  await page.goto('/kurser/');
  await expect(page.locator('#course-list > li').first()).toBeVisible();
  await context.close();
});

test('every page has a description and a canonical URL', async ({ page }) => {
  // It visits every page type in turn, so its time grows with the list (the English pages added five).
  test.setTimeout(90_000);
  const pages = Object.values(PAGE_TYPES).filter((u) => !u.includes('findes-ikke'));
  expect(pages.length).toBeGreaterThan(10);
  for (const url of pages) {
    await page.goto(url);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
    // Absolute, on the SITE_URL the build was made for (https://faellesvaerdier.dk in production).
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toBe(new URL(new URL(url, E2E_SITE_URL).pathname, E2E_SITE_URL).href);
    // The English edition lives under /en/; everything else is Danish.
    await expect(page.locator('html')).toHaveAttribute('lang', url.startsWith('/en/') ? 'en' : 'da');
  }
});

test('the built site holds the public anon key at most, never the service key or the JWT secret', async () => {
  const { readdirSync, readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { JWT_SECRET, SERVICE_ROLE_KEY } = await import('../../supabase/local/config.ts');
  const files = readdirSync('dist', { recursive: true, withFileTypes: true }).filter((f) => f.isFile() && /\.(js|html|json)$/.test(f.name));
  expect(files.length).toBeGreaterThan(10);
  for (const f of files) {
    const text = readFileSync(join(f.parentPath, f.name), 'utf8');
    expect(text.includes(SERVICE_ROLE_KEY), f.name).toBe(false);
    expect(text.includes(JWT_SECRET), f.name).toBe(false);
    expect(text.includes('service_role'), f.name).toBe(false);
  }
});
