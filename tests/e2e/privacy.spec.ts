import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from './pages.ts';

test('no page requests anything from another host', async ({ page, baseURL }) => {
  const own = new URL(baseURL!).host;
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.host !== own) foreign.push(r.url());
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
