/** The flexjob calculator (issue 23, point 3), as an employer uses it. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './helpers.ts';

const PATH = '/vaerktoejer/fleksjob/';
const label = {
  date: 'Måned, beregningen gælder (dato)',
  full: 'Løn for fuld tid i stillingen pr. måned, inkl. pension og faste tillæg (kr.)',
  hours: 'Effektive timer om ugen (den arbejdsindsats, der betales løn for)',
  base: 'Årets udgangspunkt, 98 % af dagpengenes højeste beløb (kr. pr. måned)',
  threshold: 'Årets grænsebeløb mellem fradrag på 30 % og 55 % (kr. pr. måned)',
};

async function open(page: Page) {
  await page.goto(PATH);
  return hydrated(page, '.calculator');
}

test('a date in 2024 gives the lesson’s example B step by step, from »22,5« typed hours', async ({ page }) => {
  const calc = await open(page);
  await calc.getByLabel(label.date).fill('2024-06-01');
  await calc.getByLabel(label.hours).fill('22,5');
  await expect(calc.locator('.summary').first()).toHaveText(
    'Arbejdsgiveren betaler 18.000 kr. i løn om måneden. Kommunen udbetaler 11.600 kr. i fleksløntilskud til den ansatte (lov om en aktiv beskæftigelsesindsats §§ 122–123).',
  );
  await expect(calc.locator('.summary').nth(2)).toContainText('Beregnet med beløbene for 2024');
  await expect(calc.locator('.summary').nth(3)).toContainText('ATP-bidrag');
  const rules = await calc.locator('.steps-table td.rule').allTextContents();
  expect(rules).toEqual(
    expect.arrayContaining([
      'LAB § 122',
      'LAB § 123, stk. 1',
      'LAB § 123, stk. 2, 1. pkt.',
      'LAB § 123, stk. 2, 2. pkt.',
      'LAB § 123, stk. 3',
    ]),
  );
  await expect(calc.locator('.steps-table')).toContainText('-922,35');
  // »2.5« is read as 2,5 hours, not 25.
  await calc.getByLabel(label.hours).fill('2.5');
  await expect(calc.locator('.summary').first()).toContainText('betaler 2.000 kr. i løn');
});

test('today, without confirmed amounts, the tool says it cannot compute and what is missing; typed amounts are used and named', async ({
  page,
}) => {
  const calc = await open(page);
  await calc.getByLabel(label.date).fill('2026-03-01');
  await expect(calc.locator('.summary')).toHaveText(
    'Værktøjet kan ikke beregne fleksløntilskuddet for 1. marts 2026 med bekræftede beløb.',
  );
  await expect(calc.locator('.steps-table')).toHaveCount(0);
  await expect(calc.locator('.tool-notes')).toContainText('For 2026 mangler både udgangspunktet');
  await expect(calc.getByText('19.952', { exact: false })).toHaveCount(0);
  await calc.getByLabel(label.base).fill('20.000');
  await calc.getByLabel(label.threshold).fill('17.000');
  await expect(calc.locator('.summary').first()).toContainText('Kommunen udbetaler 17.600 kr. i fleksløntilskud');
  await expect(calc.locator('.summary').nth(2)).toContainText('de beløb, du har skrevet');
});

test('every field error at once in the summary, focused on »Beregn«, linking to the field', async ({ page }) => {
  const calc = await open(page);
  await calc.getByLabel(label.full).fill('1.60.000');
  await calc.getByLabel(label.hours).fill('0');
  await calc.getByLabel(label.base).fill('20.000');
  const summary = calc.locator('.error-summary');
  await expect(summary.getByRole('link')).toHaveCount(3);
  await expect(summary).not.toBeFocused();
  await calc.getByRole('button', { name: 'Beregn' }).click();
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Der udbetales kun fleksløntilskud, når arbejdsgiveren betaler løn.');
  await expect(summary).toContainText('Skriv både udgangspunktet og grænsebeløbet');
  await summary.getByRole('link', { name: /Effektive timer/ }).click();
  await expect(calc.getByLabel(label.hours)).toBeFocused();
  await expect(calc.getByLabel(label.hours)).toHaveAttribute('aria-invalid', 'true');
  await expect(calc.getByLabel(label.full)).toHaveValue('1.60.000');
});

test('at 390 px the computed steps stack: no horizontal scroll', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const calc = await open(page);
  await calc.getByLabel(label.date).fill('2024-06-01');
  await calc.getByLabel(label.hours).fill('22,5');
  await calc.locator('.steps-table').scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  for (const cell of await calc.locator('.steps-table td').all()) {
    const box = await cell.boundingBox();
    if (box) expect(box.x + box.width).toBeLessThanOrEqual(390);
  }
  await context.close();
});

for (const scheme of ['light', 'dark'] as const)
  test(`axe finds nothing on the computed result and on the error state in the ${scheme} scheme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const calc = await open(page);
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
    const check = async () => {
      const results = await new AxeBuilder({ page }).withTags(tags).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    };
    await calc.getByLabel(label.date).fill('2024-06-01');
    await expect(calc.locator('.steps-table')).toBeVisible();
    await check();
    await calc.getByLabel(label.hours).fill('mange');
    await expect(calc.locator('.error-summary')).toBeVisible();
    await check();
  });

test('the course’s lessons and the tools index link to the calculator', async ({ page }) => {
  await page.goto('/vaerktoejer/');
  await expect(page.getByRole('link', { name: 'Beregn løn og fleksløntilskud i et fleksjob' })).toHaveAttribute('href', PATH);
  await page.goto('/kurser/den-rummelige-arbejdsplads/');
  const lessonLink = page
    .locator('a[href*="/kurser/den-rummelige-arbejdsplads/"]')
    .filter({ hasText: /Fleksjob/ })
    .first();
  await lessonLink.click();
  const box = page.getByRole('complementary', { name: 'Værktøjer til denne lektion' });
  await box.getByRole('link', { name: 'Beregn løn og fleksløntilskud i et fleksjob' }).click();
  await expect(page).toHaveURL(PATH);
});
