import { expect, test } from '@playwright/test';

test('searching an inflected Danish form finds the page that uses another form', async ({ page }) => {
  await page.goto('/soeg/?q=andelsselskabets');
  const results = page.locator('pagefind-results a');
  await expect(results.first()).toBeVisible();
  const href = await results.first().getAttribute('href');
  expect(href).toMatch(/^\/(kurser|ordbog|historier)\//);
  await results.first().click();
  await expect(page).toHaveURL(href!);
  // The page found uses the word, though not necessarily in the searched form.
  await expect(page.locator('main')).toContainText(/andelsselskab/i);
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
