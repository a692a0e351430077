/** The tools under /vaerktoejer/ (issue 15), as a visitor uses them. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { unzipSync, strFromU8 } from 'fflate';
import { readFileSync } from 'node:fs';
import { PAGE_TYPES, TOOL_PAGES } from './pages.ts';
import { hydrated } from './helpers.ts';

async function walkChooser(page: Page) {
  await page.goto('/vaerktoejer/virksomhedsform/');
  await page.getByRole('link', { name: /^Medlemmerne, fx brugere/ }).click();
  await expect(page).toHaveURL('/vaerktoejer/virksomhedsform/erhverv/amba-fmba-forening/');
  await page.getByRole('link', { name: /^Ja, salg af varer/ }).click();
  await page.getByRole('link', { name: /^Tilbage til medlemmerne efter/ }).click();
  await page.getByRole('link', { name: /^Ja, vi får brug for investorer/ }).click();
  await expect(page).toHaveURL('/vaerktoejer/virksomhedsform/resultat/amba/');
  await expect(page.getByRole('heading', { level: 3, name: 'Andelsselskab (A.M.B.A.)' })).toBeVisible();
  await expect(page.getByText('Derfor passer den:')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Andelsbeskatning efter selskabsskatteloven' }).first()).toBeVisible();
}

test('the chooser leads to a result with its own address, with JavaScript', async ({ page }) => {
  await walkChooser(page);
});

test('the chooser works without JavaScript, and a result address can be opened directly', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await walkChooser(page);
  await page.goto('/vaerktoejer/virksomhedsform/resultat/ingen/');
  await expect(page.getByRole('heading', { name: 'Svarene peger i hver sin retning' })).toBeVisible();
  await context.close();
});

test('the kooperationsskat calculator shows the lesson’s example, recomputes, and refuses bad input in Danish', async ({ page }) => {
  await page.goto('/vaerktoejer/kooperationsskat/');
  const calc = await hydrated(page, '.calculator');
  await expect(calc.locator('.summary')).toHaveText('Skattepligtig indkomst: 492.000 kr. Kooperationsskat: 70.356 kr.');
  await calc.getByLabel('Omsætning med ikke-medlemmer (% af den samlede omsætning)').fill('3');
  await expect(calc.locator('.summary')).toHaveText('Skattepligtig indkomst: 480.000 kr. Kooperationsskat: 68.640 kr.');
  const equity = calc.getByLabel('Egenkapital ved årets udgang (kr.)');
  await equity.fill('fjorten mio');
  await expect(calc.getByText('Skriv et tal, fx 12.000.000.')).toBeVisible();
  await expect(equity).toHaveAttribute('aria-invalid', 'true');
  await expect(calc.getByText('Ret felterne markeret nedenfor.')).toBeVisible();
});

test('the procurement check names the regime and the rules it applies', async ({ page }) => {
  await page.goto('/vaerktoejer/udbudstjek/');
  const calc = await hydrated(page, '.calculator');
  await expect(calc.locator('.summary')).toHaveText('Anslået værdi i hele perioden: 2.600.000 kr.');
  await expect(calc.getByText(/EU-udbud efter udbudslovens afsnit II/)).toBeVisible();
  await calc.getByLabel('Hvad købes?').selectOption('light');
  await expect(calc.getByText(/under tærskelværdien/)).toBeVisible();
});

test('a lesson links to its tools', async ({ page }) => {
  await page.goto('/kurser/andelsselskabet/andelsbeskatning/');
  const box = page.getByRole('complementary', { name: 'Værktøjer til denne lektion' });
  await box.getByRole('link', { name: 'Beregn kooperationsskat' }).click();
  await expect(page).toHaveURL('/vaerktoejer/kooperationsskat/');
});

test('the articles draft survives a reload, and the Word file holds the draft’s text', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/vaerktoejer/vedtaegter/');
  const form = await hydrated(page, '.articles');
  await form.getByLabel('Navn', { exact: true }).fill('Tegnestuen Fællesfeltet');
  await form.getByLabel('Hjemstedskommune').fill('København');
  await form.getByLabel('Formål', { exact: true }).fill('at drive en tegnestue, hvor medlemmerne arbejder');
  await form.getByLabel('Hvem skal have restformuen?').fill('et andet kooperativ');
  await expect(form.getByRole('heading', { name: 'Udkast: Vedtægter for Tegnestuen Fællesfeltet A.M.B.A.' })).toBeVisible();

  await page.reload();
  const again = await hydrated(page, '.articles');
  await expect(again.getByLabel('Hjemstedskommune')).toHaveValue('København');
  expect(requests.some((u) => u.includes('articles-docx')), 'the Word library loads only on download').toBe(false);

  const [download] = await Promise.all([page.waitForEvent('download'), again.getByRole('button', { name: 'Hent som Word (DOCX)' }).click()]);
  expect(download.suggestedFilename()).toBe('vedtaegter-tegnestuen-faellesfeltet.docx');
  const files = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
  const text = strFromU8(files['word/document.xml']!).replace(/<[^>]+>/g, '');
  expect(text).toContain('Vedtægter for Tegnestuen Fællesfeltet A.M.B.A.');
  expect(text).toContain('Virksomheden har hjemsted i København Kommune.');
  expect(text).toContain('overdrages til et andet kooperativ');
  await expect(again.getByText('Word-filen er hentet.')).toBeVisible();
});

test('the articles form names the missing fields instead of downloading a broken draft', async ({ page }) => {
  await page.goto('/vaerktoejer/vedtaegter/');
  const form = await hydrated(page, '.articles');
  await form.getByRole('button', { name: 'Hent som tekstfil' }).click();
  await expect(form.getByRole('link', { name: 'Skriv virksomhedens navn.' })).toBeVisible();
  await expect(form.getByLabel('Navn', { exact: true })).toHaveAttribute('aria-invalid', 'true');
});

test('checklist ticks survive a reload', async ({ page }) => {
  await page.goto('/vaerktoejer/tjekliste/klar-til-at-byde/');
  await page.getByLabel('Serviceattest kan skaffes hurtigt.').check();
  await page.getByLabel('Forsikringsbevis er gyldigt.').check();
  await expect(page.getByText(/^2 af \d+ punkter er krydset af\.$/)).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Serviceattest kan skaffes hurtigt.')).toBeChecked();
  await expect(page.getByLabel('Forsikringsbevis er gyldigt.')).toBeChecked();
  await expect(page.getByLabel('De seneste årsrapporter og nøgletal ligger klar.')).not.toBeChecked();
});

test('a clause can be copied', async ({ browser }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto('/vaerktoejer/klausuler/');
  const clause = page.locator('article.clause', { hasText: 'personer under oplæring' }).first();
  await clause.getByRole('button', { name: 'Kopiér teksten' }).click();
  await expect(clause.getByText('Teksten er kopieret.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^Leverandøren skal i kontraktperioden anvende personer under oplæring/);
  await context.close();
});

for (const scheme of ['light', 'dark'] as const)
  for (const name of TOOL_PAGES)
    test(`axe finds nothing on ${name} in the ${scheme} scheme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(PAGE_TYPES[name]!);
      // Islands hydrate when visible: bring each into view, then check the hydrated page.
      for (const island of await page.locator('astro-island').all()) await island.scrollIntoViewIfNeeded();
      await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });

test('the tools are found by search and filtered by the type »Værktøj«', async ({ page }) => {
  await page.goto('/soeg/?q=kooperationsskat');
  await expect(page.locator('.search-result a').first()).toBeVisible();
  await page.getByText('Afgræns søgningen').click();
  await page.getByRole('group', { name: 'Type' }).getByLabel('Værktøj').check();
  await expect(page).toHaveURL(/type=V%C3%A6rkt%C3%B8j/);
  await expect(page.locator('.result-type').first()).toHaveText('Værktøj');
  const hrefs = await page.locator('.result-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs).toContain('/vaerktoejer/kooperationsskat/');
  expect(hrefs.every((h) => h?.startsWith('/vaerktoejer/'))).toBe(true);
  // The chooser's intermediate steps stay out of the index.
  expect(hrefs.some((h) => /virksomhedsform\/.+\//.test(h ?? ''))).toBe(false);
});
