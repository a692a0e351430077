import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const titles = '.search-result .result-title a';

test('searching an inflected Danish form that no page uses finds a page with another form', async ({ page }) => {
  const form = 'andelsselskabernes';
  // The form is in no built page, so only stemming can find anything.
  const pages = readdirSync('dist', { recursive: true, withFileTypes: true }).filter((f) => f.isFile() && f.name.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(10);
  expect(pages.filter((f) => readFileSync(join(f.parentPath, f.name), 'utf8').toLowerCase().includes(form)).map((f) => f.name)).toEqual([]);

  await page.goto(`/soeg/?q=${form}`);
  const results = page.locator(titles);
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
  await expect(page.locator('#search-query')).toHaveValue('vedtægter');
  await expect(page.locator(titles).first()).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(/^\d+ resultater for »vedtægter«$/);
});

test('every result says what it is, in the site’s own type', async ({ page }) => {
  await page.goto('/soeg/?q=andelsselskab');
  await expect(page.locator(titles).first()).toBeVisible();
  const types = await page.locator('.search-result .result-type').allInnerTexts();
  expect(types).toHaveLength(await page.locator('.search-result').count());
  expect(
    types.every((t) => /^(kursus|lektion|historie|begreb|værktøj|virksomhed|arrangement|organisation|byeksempel|side om sitet)$/i.test(t)),
    types.join(', '),
  ).toBe(true);
  expect(new Set(types.map((t) => t.toLowerCase()))).toContain('begreb');
  // Titles are set like the site's headings, not in the body font.
  const font = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => getComputedStyle(el).fontFamily);
  expect(await font('.result-title')).toBe(await font('h1'));
  // Sections under a result are the page's headings, linked to their place, without a "#" before them.
  const section = page.locator('.result-sections a').first();
  await expect(section).toHaveAttribute('href', /^\/[^#]*#[\w-]+$/);
  expect(await section.innerText()).not.toMatch(/^#/);
});

test('results can be narrowed by type, and the address keeps the choice', async ({ page }) => {
  await page.goto('/soeg/?q=andelsselskab');
  await expect(page.locator(titles).first()).toBeVisible();
  await page.getByText('Afgræns søgningen').click();
  await page.getByRole('group', { name: 'Type' }).getByLabel('Begreb').check();
  await expect(page).toHaveURL(/type=Begreb/);
  await expect(page.getByText('(1 valgt)')).toBeVisible();
  await expect(page.locator('.result-type').first()).toHaveText('Begreb');
  const hrefs = async () => page.locator(titles).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect((await hrefs()).every((h) => h?.startsWith('/ordbog/'))).toBe(true);

  await page.reload();
  await expect(page.getByRole('group', { name: 'Type' }).getByLabel('Begreb')).toBeChecked();
  await expect(page.locator('.result-type').first()).toHaveText('Begreb');
  expect((await hrefs()).every((h) => h?.startsWith('/ordbog/'))).toBe(true);

  await page.getByRole('button', { name: 'Ryd alle filtre' }).click();
  await expect(page).not.toHaveURL(/type=/);
  await expect(page.locator('.result-type', { hasText: /^(Kursus|Lektion)$/ }).first()).toBeVisible();
});

test('a search with nothing found says so and suggests what to do', async ({ page }) => {
  await page.goto('/soeg/?q=xqzvwk');
  await expect(page.getByRole('status')).toHaveText('Ingen resultater for »xqzvwk«. Prøv et andet ord eller en kortere form.');
  await expect(page.locator('.search-result')).toHaveCount(0);
});

test('»Vis flere resultater« adds the next ones and puts the keyboard on the first of them', async ({ page }) => {
  await page.goto('/soeg/?q=andelsselskab');
  await expect(page.locator('.search-result')).toHaveCount(5);
  const more = page.getByRole('button', { name: /^Vis flere resultater \(\d+ mere\)$/ });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.search-result')).toHaveCount(10);
  await expect(page.locator(titles).nth(5)).toBeFocused();
});

test('when the index cannot be fetched the page says so, and the next try works', async ({ page }) => {
  await page.route('**/pagefind/**', (route) => route.abort());
  await page.goto('/soeg/?q=andelsselskab');
  await expect(page.getByRole('status')).toHaveText('Søgningen kunne ikke hentes. Tjek din forbindelse, og prøv igen.');
  await page.unroute('**/pagefind/**');
  await page.getByRole('button', { name: 'Søg', exact: true }).last().click();
  await expect(page.locator(titles).first()).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(/resultater for »andelsselskab«/);
});

test('search finds the site’s own pages under a type of their own', async ({ page }) => {
  for (const [q, href] of [
    ['tilgængelighed', '/tilgaengelighed/'],
    ['privatliv', '/privatliv/'],
  ] as const) {
    await page.goto(`/soeg/?q=${encodeURIComponent(q)}`);
    await expect(page.locator(`${titles}[href="${href}"]`).first()).toBeVisible();
  }
  await page.goto('/soeg/?q=andelsselskab&type=Side+om+sitet');
  await expect(page.locator('.result-type').first()).toHaveText('Side om sitet');
  await page.goto('/soeg/?q=andelsselskab');
  // Lessons still come first for subject words.
  await expect(page.locator(titles).first()).toHaveAttribute('href', /^\/(kurser|ordbog|historier)\//);
});

for (const scheme of ['light', 'dark'] as const)
  test(`axe finds nothing on the search page with its filters open and a filter chosen (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/soeg/?q=andelsselskab&m%C3%A5lgruppe=Revisorer');
    await expect(page.locator('details.search-filters')).toHaveAttribute('open', '');
    await expect(page.locator(titles).first()).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

test('the inclusive-workplace course, the flexjob calculator, the checklist and the stories are found with their types', async ({
  page,
}) => {
  const found = async (query: string, type: string, href: string) => {
    await page.goto(`/soeg/?q=${encodeURIComponent(query)}&type=${encodeURIComponent(type)}`);
    const result = page.locator('.search-result', { has: page.locator(`.result-title a[href="${href}"]`) });
    // Narrowed by type: a page under another type would not be listed.
    await expect(result.first(), `${query} → ${href}`).toBeVisible();
    await expect(result.first().locator('.result-type')).toHaveText(type);
  };
  await found('Den rummelige arbejdsplads', 'Kursus', '/kurser/den-rummelige-arbejdsplads/');
  await found('fleksløntilskud', 'Værktøj', '/vaerktoejer/fleksjob/');
  await found('klar til at ansætte', 'Værktøj', '/vaerktoejer/tjekliste/klar-til-at-ansaette/');
  await found('Send Flere Krydderier', 'Historie', '/historier/send-flere-krydderier/');
  await found('Logik & Co', 'Historie', '/historier/logik-og-co/');
});
