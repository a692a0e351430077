/**
 * The English content pages: about, privacy, accessibility, the stories and the glossary's core
 * terms. Each declares English, names its Danish counterpart (which names it back) and links to it
 * visibly; Danish words on them are marked Danish (WCAG 3.1.2); axe finds nothing in either scheme.
 */
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expectNoAxeViolations } from './helpers.ts';

const dist = resolve(import.meta.dirname, '../../dist');
const builtPages = (dir: string) => readdirSync(join(dist, dir)).filter((f) => existsSync(join(dist, dir, f, 'index.html')));
const STORIES = readdirSync(resolve(import.meta.dirname, '../../src/content/stories/en')).map((f) => f.replace(/\.md$/, ''));

/** The Danish↔English pairs this part of the edition adds (the coordinator's route map lists them). */
const PAIRS: [da: string, en: string][] = [
  ['/om/', '/en/about/'],
  ['/privatliv/', '/en/privacy/'],
  ['/tilgaengelighed/', '/en/accessibility/'],
  ['/historier/', '/en/stories/'],
  ['/ordbog/', '/en/glossary/'],
  ['/historier/specialisterne/', '/en/stories/specialisterne/'],
  ['/ordbog/amba/', '/en/glossary/amba/'],
];

/** The page's hreflang alternates as paths, keyed by language. */
async function alternates(page: Page) {
  const links = await page
    .locator('head link[rel="alternate"][hreflang]')
    .evaluateAll((ls) => ls.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]));
  return Object.fromEntries(links);
}

test('every English story and glossary page in the build is English and names a Danish counterpart', () => {
  const missing: string[] = [];
  for (const dir of ['en/stories', 'en/glossary'])
    for (const slug of builtPages(dir)) {
      const html = readFileSync(join(dist, dir, slug, 'index.html'), 'utf8');
      if (!html.includes('<html lang="en"') || !html.includes('hreflang="da"')) missing.push(`/${dir}/${slug}/`);
    }
  expect(missing).toEqual([]);
  expect(builtPages('en/stories')).toHaveLength(STORIES.length);
  expect(builtPages('en/glossary').length).toBeGreaterThanOrEqual(12);
});

for (const [da, en] of PAIRS)
  test(`${en} is English, names ${da} as its Danish version, and ${da} names it back`, async ({ page }) => {
    await page.goto(en);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(await alternates(page)).toEqual({ da, en, 'x-default': da });
    await page.goto(da);
    await expect(page.locator('html')).toHaveAttribute('lang', 'da');
    expect(await alternates(page)).toEqual({ da, en, 'x-default': da });
  });

test('the English story index lists every English story; each is English and links its Danish counterpart', async ({ page }) => {
  expect(STORIES.length).toBeGreaterThanOrEqual(3);
  await page.goto('/en/stories/');
  const links = page.locator('.english-stories h2 a');
  await expect(links).toHaveCount(STORIES.length);
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
    await page.goto(href);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const danish = page.locator('header .language-switch a[hreflang="da"]');
    await expect(danish).toHaveAttribute('lang', 'da');
    const target = await danish.getAttribute('href');
    expect(target).toMatch(/^\/historier\/[a-z0-9-]+\/$/);
    expect((await alternates(page)).da).toBe(target);
    // Sources keep their links; law references stay in Danish and say so.
    await expect(page.locator('.sources li a[href^="http"]').first()).toBeVisible();
    for (const law of await page.locator('.sources .law').all()) await expect(law).toHaveAttribute('lang', 'da');
  }
});

test('the language link on a story lands on its counterpart, and back', async ({ page }) => {
  await page.goto('/en/stories/middelgrunden-wind-turbine-cooperative/');
  await page.locator('header .language-switch a[hreflang="da"]').click();
  await expect(page).toHaveURL('/historier/middelgrundens-vindmoellelaug/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await page.locator('header .language-switch a[hreflang="en"]').click();
  await expect(page).toHaveURL('/en/stories/middelgrunden-wind-turbine-cooperative/');
});

test('the English glossary keeps each Danish term, marked Danish, and links the Danish entry', async ({ page }) => {
  await page.goto('/en/glossary/');
  expect(await page.locator('.terms dt a span[lang="da"]').count()).toBeGreaterThanOrEqual(12);
  await expect(page.locator('.terms dt a span[lang="da"]', { hasText: 'Erhvervsdrivende fond' })).toBeVisible();
  await page.locator('.terms dt a', { hasText: 'A.M.B.A.' }).click();
  await expect(page).toHaveURL('/en/glossary/amba/');
  await expect(page.locator('h1')).toHaveAttribute('lang', 'da');
  await expect(page.locator('h1')).toHaveText('A.M.B.A.');
  await expect(page.locator('.gloss')).toContainText('Danish term. In English: cooperative society with limited liability');
  await expect(page.locator('.lead')).toContainText('cooperative society with limited liability');
  const danish = page.locator('header .language-switch a[hreflang="da"]');
  await expect(danish).toHaveAttribute('lang', 'da');
  await danish.click();
  await expect(page).toHaveURL('/ordbog/amba/');
  await expect(page.locator('header .language-switch a[hreflang="en"]')).toHaveAttribute('href', '/en/glossary/amba/');
});

test('a Danish glossary entry without an English version names no counterpart', async ({ page }) => {
  await page.goto('/ordbog/taerskelvaerdi/');
  expect(await alternates(page)).toEqual({});
  // The header's switch leads to the English front page and does not claim to be a translation.
  const edition = page.locator('header .language-switch a');
  await expect(edition).toHaveAttribute('href', '/en/');
  await expect(edition).not.toHaveAttribute('rel', 'alternate');
});

test('the English text pages are in English and mark their Danish words', async ({ page }) => {
  await page.goto('/en/privacy/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacy');
  await expect(page.locator('span[lang="da"]', { hasText: 'Datatilsynet' })).toBeVisible();
  await expect(page.getByText('Article 6(1)(b)')).toBeVisible();
  await page.goto('/en/about/');
  await expect(page.locator('main .publisher')).toContainText('CVR no.');
  await page.goto('/en/accessibility/');
  await expect(page.getByRole('link', { name: /Accessibility statement for Fælles Værdier/ })).toHaveAttribute('hreflang', 'da');
});

for (const url of [
  '/en/about/',
  '/en/stories/',
  '/en/stories/specialisterne/',
  '/en/glossary/',
  '/en/glossary/rsv/',
  '/historier/specialisterne/',
  '/ordbog/rsv/',
])
  test(`axe finds nothing on ${url} in the light and the dark scheme`, async ({ page }) => {
    await page.goto(url);
    await expectNoAxeViolations(page);
  });
