import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

test('searching an inflected Danish form that no page uses finds a page with another form', async ({ page }) => {
  const form = 'andelsselskabernes';
  // The form is in no built page, so only stemming can find anything.
  const pages = readdirSync('dist', { recursive: true, withFileTypes: true }).filter((f) => f.isFile() && f.name.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(10);
  expect(pages.filter((f) => readFileSync(join(f.parentPath, f.name), 'utf8').toLowerCase().includes(form)).map((f) => f.name)).toEqual([]);

  await page.goto(`/soeg/?q=${form}`);
  const results = page.locator('pagefind-results a');
  await expect(results.first()).toBeVisible();
  const href = await results.first().getAttribute('href');
  expect(href).toMatch(/^\/(kurser|ordbog|historier)\//);
  await results.first().click();
  await expect(page).toHaveURL(href!);
  const main = page.locator('main');
  await expect(main).toContainText(/andelsselskab/i);
  expect((await main.innerText()).toLowerCase()).not.toContain(form);
});

test('the header search field works from any page and "/" focuses it', async ({ page }) => {
  await page.goto('/om/');
  await page.locator('body').press('/');
  await expect(page.locator('#header-search')).toBeFocused();
  await page.keyboard.type('vedtægter');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/soeg\/\?q=vedt%C3%A6gter/);
  await expect(page.locator('pagefind-results a').first()).toBeVisible();
});

test('search results can be filtered by type', async ({ page }) => {
  await page.goto('/soeg/?q=andelsselskab');
  await expect(page.locator('pagefind-results a').first()).toBeVisible();
  await page.locator('pagefind-filter-pane').getByText('type', { exact: false }).first().click();
  await page.locator('pagefind-filter-pane').getByLabel(/Ordbog/).check();
  await expect(page.locator('pagefind-results a').first()).toHaveAttribute('href', /^\/ordbog\//);
  const hrefs = await page.locator('pagefind-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.every((h) => h?.startsWith('/ordbog/'))).toBe(true);
});

test('search finds the site’s own pages under a type of their own', async ({ page }) => {
  for (const [q, href] of [['tilgængelighed', '/tilgaengelighed/'], ['privatliv', '/privatliv/']] as const) {
    await page.goto(`/soeg/?q=${encodeURIComponent(q)}`);
    await expect(page.locator(`pagefind-results a[href="${href}"]`).first()).toBeVisible();
  }
  await page.goto('/soeg/?q=andelsselskab');
  // Lessons still come first for subject words.
  await expect(page.locator('pagefind-results a').first()).toHaveAttribute('href', /^\/(kurser|ordbog|historier)\//);
  await page.locator('pagefind-filter-pane').getByText('type', { exact: false }).first().click();
  await expect(page.locator('pagefind-filter-pane').getByLabel(/Side om sitet/)).toHaveCount(1);
});
