/**
 * The English edition (issue 25): on each translated page type the header's language switch lands
 * on the counterpart and back; the English search finds English pages and no Danish ones; axe finds
 * nothing on any English page type, light and dark.
 */
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers.ts';

/** One Danish page and its English counterpart per translated page type. */
const PAIRS = {
  front: { da: '/', en: '/en/' },
  directory: { da: '/virksomheder/', en: '/en/directory/' },
  business: { da: '/virksomheder/kontra-advokater/', en: '/en/directory/kontra-advokater/' },
  district: { da: '/virksomheder/bydel/noerrebro/', en: '/en/directory/district/noerrebro/' },
  network: { da: '/netvaerk/', en: '/en/network/' },
  figures: { da: '/tal/', en: '/en/figures/' },
  search: { da: '/soeg/', en: '/en/search/' },
  cityCases: { da: '/laer-af-andre-byer/', en: '/en/learning-from-other-cities/' },
  cityCase: { da: '/laer-af-andre-byer/preston/', en: '/en/learning-from-other-cities/preston/' },
} as const;

for (const [type, pair] of Object.entries(PAIRS)) {
  test(`the language switch on the ${type} page lands on its counterpart and back`, async ({ page }) => {
    await page.goto(pair.da);
    await page.locator('header .language-switch a').click();
    await expect(page).toHaveURL(pair.en);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('header .language-switch a')).toHaveText('På dansk');
    await page.locator('header .language-switch a').click();
    await expect(page).toHaveURL(pair.da);
    await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  });

  test(`axe finds nothing on the English ${type} page, light and dark`, async ({ page }) => {
    await page.goto(pair.en);
    await expectNoAxeViolations(page);
  });
}

test('a Danish page without a counterpart leads to the English front page, and says so', async ({ page }) => {
  await page.goto('/virksomheder/tilmeld/');
  const link = page.locator('header .language-switch a');
  await expect(link).toHaveText('English edition');
  await expect(link).not.toHaveAttribute('rel', 'alternate');
  await link.click();
  await expect(page).toHaveURL('/en/');
});

/** The result links the search page shows for a query, once it has answered. */
async function resultLinks(page: import('@playwright/test').Page, url: string) {
  await page.goto(url);
  await expect(page.locator('[data-status]')).toHaveText(/\d+ (result|resultat)/);
  // The status comes first, then the first results.
  await expect(page.locator('.search-result').first()).toBeVisible();
  return page.locator('.search-result .result-title a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

test('the English search finds English pages and no Danish page for a word both languages have', async ({ page }) => {
  // "Middelgrunden" is in the Danish and the English page of the same business, and in Danish stories.
  const english = await resultLinks(page, '/en/search/?q=Middelgrunden');
  expect(english).toContain('/en/directory/middelgrundens-vindmoellelaug/');
  expect(english.filter((p) => !p.startsWith('/en/'))).toEqual([]);
  // The Danish search finds the Danish page and no English one.
  const danish = await resultLinks(page, '/soeg/?q=Middelgrunden');
  expect(danish).toContain('/virksomheder/middelgrundens-vindmoellelaug/');
  expect(danish.filter((p) => p.startsWith('/en/'))).toEqual([]);
});

test('the English directory shows English descriptions and labels, and filters like the Danish one', async ({ page }) => {
  await page.goto('/en/directory/');
  const card = page.locator('.business-card', { has: page.locator('a[href="/en/directory/kontra-advokater/"]') });
  await expect(card.locator('.summary')).toContainText('Law firm run as a general partnership');
  await expect(card.locator('.summary')).not.toHaveAttribute('lang', 'da');
  await page.getByLabel('Offer').selectOption({ label: 'Legal advice' });
  await expect(page).toHaveURL(/ydelse=juridisk-raadgivning/);
  await expect(page.locator('#business-list > li:visible')).toHaveCount(1);
  // A district on the map leads to the English list of that district.
  await page.locator('.district-map table a', { hasText: 'Nørrebro' }).click();
  await expect(page).toHaveURL('/en/directory/district/noerrebro/');
});
