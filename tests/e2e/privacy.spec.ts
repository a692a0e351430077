import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from './pages.ts';

test('no page requests anything from another host', async ({ page, baseURL }) => {
  // One visit per page type in one test: the time allowed grows with the list.
  test.setTimeout(Object.keys(PAGE_TYPES).length * 3_000);
  const own = new URL(baseURL!).hostname;
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.hostname !== own) foreign.push(r.url());
  });
  for (const url of Object.values(PAGE_TYPES)) {
    await page.goto(url, { waitUntil: 'networkidle' });
  }
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
  for (const url of Object.values(PAGE_TYPES).filter((u) => !u.includes('findes-ikke'))) {
    await page.goto(url);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /^https:\/\//);
    await expect(page.locator('html')).toHaveAttribute('lang', 'da');
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
