/** The tools under /vaerktoejer/ (issue 15), as a visitor uses them. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { unzipSync, strFromU8 } from 'fflate';
import { readFileSync } from 'node:fs';
import { PAGE_TYPES, TOOL_PAGES } from './pages.ts';
import { hydrated } from './helpers.ts';
import { QUESTIONS } from '../../src/lib/tools/chooser.ts';

async function walkChooser(page: Page) {
  await page.goto('/vaerktoejer/virksomhedsform/');
  await page.getByRole('link', { name: /^Medlemmerne, fx brugere/ }).click();
  await expect(page).toHaveURL('/vaerktoejer/virksomhedsform/erhverv/amba-fmba-forening/');
  // A later step is titled by its question, without the introduction repeated above it.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(QUESTIONS.find((q) => q.id === 'erhverv')!.text);
  await expect(page.locator('.lead')).toHaveCount(0);
  await page.getByRole('link', { name: /^Ja, salg af varer/ }).click();
  await page.getByRole('link', { name: /^Tilbage til medlemmerne efter/ }).click();
  // Lov nr. 639/2024: investing participants and asset lock are possible in an A.M.B.A. and an F.M.B.A.,
  // so those questions no longer split the two.
  await expect(page).toHaveURL('/vaerktoejer/virksomhedsform/resultat/amba-fmba/');
  await expect(page.getByRole('heading', { level: 3, name: 'Andelsselskab (A.M.B.A.)' })).toBeVisible();
  await expect(page.getByText('Derfor passer den:').first()).toBeVisible();
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
  await expect(calc.locator('.summary')).toHaveText(
    'Skattepligtig indkomst: 492.000 kr. Kooperationsskat: 70.356 kr. (selskabsskatteloven §§ 14–16 og § 19, stk. 1)',
  );
  await calc.getByLabel('Omsætning med ikke-medlemmer (% af den samlede omsætning)').fill('3');
  await expect(calc.locator('.summary')).toContainText('Skattepligtig indkomst: 480.000 kr. Kooperationsskat: 68.640 kr.');
  const equity = calc.getByLabel('Egenkapital ved årets udgang (kr.)');
  await equity.fill('fjorten mio');
  await expect(calc.locator('.field-error')).toHaveText('»fjorten mio« er ikke et tal. Skriv fx 12.000.000 eller 2,5.');
  await expect(equity).toHaveAttribute('aria-invalid', 'true');
});

test('every field error at once in the summary at the top, which takes focus on »Beregn« and links to each field', async ({ page }) => {
  await page.goto('/vaerktoejer/kooperationsskat/');
  const calc = await hydrated(page, '.calculator');
  await calc.getByLabel('Egenkapital ved årets udgang (kr.)').fill('1.60.000');
  await calc.getByLabel('Goodwill (kr.)').fill('-5');
  await calc.getByLabel('Omsætning med ikke-medlemmer (% af den samlede omsætning)').fill('120');
  const summary = calc.locator('.error-summary');
  await expect(summary.getByRole('link')).toHaveCount(3);
  await expect(summary).not.toBeFocused();
  await calc.getByRole('button', { name: 'Beregn' }).click();
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('»1.60.000«');
  await summary.getByRole('link', { name: /Goodwill/ }).click();
  await expect(calc.getByLabel('Goodwill (kr.)')).toBeFocused();
  await expect(page.getByText(/nedenfor/)).toHaveCount(0);
});

test('a discount rate typed »2.5« gives the RSV cap for 2,5 %, not 25 %', async ({ page }) => {
  await page.goto('/vaerktoejer/rsv-udbytteloft/');
  const calc = await hydrated(page, '.calculator');
  await calc.getByLabel(/Resultat efter skat/).fill('1.000.000');
  await calc.getByLabel(/diskonto/).fill('2.5');
  // 300.000 kr. × (2,5 + 15) % = 52.500 kr.; read as 25 it would be 120.000 kr.
  await expect(calc.locator('.summary').first()).toContainText('52.500');
});

for (const path of ['/vaerktoejer/kooperationsskat/', '/vaerktoejer/udbudstjek/'])
  test(`at 390 px the step table of ${path} stacks: no horizontal scroll and no scrollable region`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(path);
    const calc = await hydrated(page, '.calculator');
    await calc.locator('.steps-table').scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const amounts = calc.locator('.steps-table td.num');
    for (const cell of await amounts.all()) {
      const box = await cell.boundingBox();
      if (box) expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
    const results = await new AxeBuilder({ page }).withRules(['scrollable-region-focusable']).analyze();
    expect(results.violations).toEqual([]);
    await context.close();
  });

test('the procurement check names the regime and the rules it applies', async ({ page }) => {
  await page.goto('/vaerktoejer/udbudstjek/');
  const calc = await hydrated(page, '.calculator');
  await calc.getByLabel('Dato for udbuddets offentliggørelse').fill('2026-03-01');
  await expect(calc.locator('.summary').first()).toHaveText('Over tærskelværdien på 1.611.360 kr.: EU-udbud efter udbudslovens afsnit II.');
  await expect(calc.locator('.summary').nth(1)).toHaveText('Anslået værdi i hele perioden: 2.600.000 kr. (udbudsloven § 30, stk. 1)');
  await expect(calc.getByText('Tærskelværdierne for 2026–2027 er brugt', { exact: false })).toBeVisible();
  await calc.getByLabel('Hvad købes?').selectOption('light');
  await expect(calc.locator('.summary').first()).toContainText('Under tærskelværdien på 5.595.000 kr.');
  await calc.getByLabel('Dato for udbuddets offentliggørelse').fill('2028-02-01');
  await expect(calc.locator('.summary').first()).toContainText('ligger efter de nyeste tærskelværdier i værktøjet');
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
  await form.getByLabel('Kommune, hvor virksomheden har hjemsted').fill('København');
  await form.getByLabel('Formål', { exact: true }).fill('at drive en tegnestue, hvor medlemmerne arbejder');
  await form.getByLabel('Hvem skal have restformuen?').fill('et andet kooperativ');
  await expect(form.getByRole('heading', { name: 'Udkast: Vedtægter for Tegnestuen Fællesfeltet A.M.B.A.' })).toBeVisible();

  await page.reload();
  const again = await hydrated(page, '.articles');
  await expect(again.getByLabel('Kommune, hvor virksomheden har hjemsted')).toHaveValue('København');
  expect(
    requests.some((u) => u.includes('articles-docx')),
    'the Word library loads only on download',
  ).toBe(false);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    again.getByRole('button', { name: 'Hent som Word (DOCX)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('vedtaegter-tegnestuen-faellesfeltet.docx');
  const files = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
  const text = strFromU8(files['word/document.xml']!).replace(/<[^>]+>/g, '');
  expect(text).toContain('Vedtægter for Tegnestuen Fællesfeltet A.M.B.A.');
  expect(text).toContain('Virksomheden har hjemsted i Københavns Kommune.');
  expect(text).not.toContain('A.M.B.A..');
  expect(strFromU8(files['word/styles.xml']!)).toContain('w:val="da-DK"');
  expect(text).toContain('Vedtaget på den stiftende generalforsamling den');
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
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    /^Leverandøren skal i kontraktperioden anvende personer under oplæring/,
  );
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
