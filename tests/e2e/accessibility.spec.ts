import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from './pages.ts';
import { knowledgeCheck } from './helpers.ts';

for (const scheme of ['light', 'dark'] as const)
  for (const [name, url] of Object.entries(PAGE_TYPES)) {
    test(`axe finds no WCAG 2.1 A/AA violations on ${name} (${url}), ${scheme} scheme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(url);
      if (/^\/(en\/search|soeg)\//.test(url)) await expect(page.locator('.search-result a').first()).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }

test('axe finds nothing on a lesson with its knowledge check answered, in dark mode', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(PAGE_TYPES.lektion!);
  const quiz = await knowledgeCheck(page);
  await quiz.getByLabel('Alle spørgsmål på én gang').check();
  const fieldsets = await quiz.locator('fieldset.question').all();
  expect(fieldsets.length).toBeGreaterThan(0);
  for (const fieldset of fieldsets) await fieldset.locator('input').first().check();
  await quiz.getByRole('button', { name: 'Tjek alle svar' }).click();
  await expect(page.locator('.result .notice')).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('the 404 page answers with status 404', async ({ page }) => {
  const response = await page.goto(PAGE_TYPES.ikkeFundet!);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Siden findes ikke');
});

test('no page scrolls sideways at phone width (WCAG 1.4.10 reflow)', async ({ browser }) => {
  // One visit per page type (over 50 with the English ones): more than the default 30 s on a busy machine.
  test.setTimeout(60_000);
  const context = await browser.newContext({ viewport: { width: 320, height: 700 } });
  const page = await context.newPage();
  for (const url of Object.values(PAGE_TYPES)) {
    await page.goto(url);
    if (/^\/(en\/search|soeg)\//.test(url)) await expect(page.locator('.search-result a').first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), url).toBeLessThanOrEqual(320);
  }
  await context.close();
});
