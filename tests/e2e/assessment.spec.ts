/**
 * The course assessment in the browser: signed-in only, rules first, questions without keys,
 * option ids drawn per attempt, keyboard all the way, feedback after submission (after a failure
 * which answers were wrong and the lesson to read, never the right option), axe-clean in the light
 * and the dark scheme.
 */
import { expect, test } from '@playwright/test';
import { FIRST_COURSE } from '../support/content.ts';
import { answerAssessment, expectNoAxeViolations, hydrated, signIn, uniqueEmail } from './helpers.ts';

const PAGE = `/kurser/${FIRST_COURSE}/proeve/`;

test('a visitor who is not signed in is told to sign in, with a link back', async ({ page }) => {
  await page.goto(`/kurser/${FIRST_COURSE}/`);
  await page.getByRole('link', { name: 'Tag den afsluttende prøve' }).click();
  await expect(page).toHaveURL(PAGE);
  await hydrated(page, '.notice');
  await expect(page.getByText('Du skal være logget ind for at tage prøven')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Log ind for at tage prøven' })).toHaveAttribute(
    'href',
    `/log-ind/?next=${encodeURIComponent(PAGE)}`,
  );
  await expectNoAxeViolations(page);
});

test('a learner takes the assessment with the keyboard: rules, questions without keys, feedback, a second try', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, uniqueEmail('proeve'));
  const sent: string[] = [];
  const graded: string[] = [];
  page.on('response', async (r) => {
    if (r.url().includes('/rest/v1/rpc/start_assessment')) sent.push(await r.text());
    if (r.url().includes('/rest/v1/rpc/submit_assessment')) graded.push(await r.text());
  });

  await page.goto(PAGE);
  await expect(page.getByText('5 spørgsmål, trukket fra kursets opgavebank.')).toBeVisible();
  await expect(page.getByText('Du skal have mindst 80 % rigtige for at bestå.')).toBeVisible();
  await expect(page.getByText('Du har 60 minutter')).toBeVisible();
  await expect(page.getByText('Du har 3 forsøg tilbage nu.', { exact: false })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Start prøven' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('form.assessment fieldset')).toHaveCount(5);
  await expectNoAxeViolations(page);
  // What the browser received before submitting holds no key and no explanation.
  expect(sent).toHaveLength(1);
  expect(sent[0]).not.toMatch(/"correct"|"explanation"/);
  // The question and option ids are this attempt's own, never the bank's item ids or letters.
  const values = await page.locator('form.assessment input').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  for (const value of values) expect(value).toMatch(/^[0-9a-f-]{36}$/);
  const questionIds = await page.locator('form.assessment fieldset').evaluateAll((sets) => sets.map((f) => f.id));
  for (const id of questionIds) expect(id).toMatch(/^item-[0-9a-f-]{36}$/);

  // Submitting with nothing answered warns first; a second press submits.
  await answerAssessment(page, FIRST_COURSE, { right: false });
  await expect(page.getByText(/^Ikke bestået: 0 af 5 rigtige \(0 %\)/)).toBeVisible();
  await expect(page.locator('.assessment-feedback > li')).toHaveCount(5);
  // A failed attempt shows which answers were wrong and the lesson to read, not the right option nor the explanation.
  await expect(page.getByText('Når et forsøg ikke er bestået, viser vi ikke de rigtige svar.', { exact: false })).toBeVisible();
  await expect(page.locator('.assessment-feedback').getByText('Rigtigt svar:')).toHaveCount(0);
  await expect(page.locator('.assessment-feedback').getByText('Læs igen:')).toHaveCount(5);
  const lessonLink = page.locator('.assessment-feedback a').first();
  await expect(lessonLink).toHaveAttribute('href', new RegExp(`^/kurser/${FIRST_COURSE}/[a-z0-9-]+/$`));
  expect(graded).toHaveLength(1);
  expect(graded[0]).not.toMatch(/"correct":\s*\[|"explanation"|"sources"/);
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Tag prøven igen' }).click();
  await expect(page.getByText('Du har 2 forsøg tilbage nu.', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Start prøven' }).click();
  await answerAssessment(page, FIRST_COURSE);
  await expect(page.getByText(/^Bestået: 5 af 5 rigtige \(100 %\)/)).toBeVisible();
  // A pass gets the full feedback: explanations, sources and the lesson each item comes from.
  expect(graded[1]).toMatch(/"explanation"/);
  await expect(page.locator('.assessment-feedback').getByText('Fra lektionen:')).toHaveCount(5);
  await expect(page.locator('.assessment-feedback').getByText('Kilder:', { exact: false })).toHaveCount(5);
  // The certificate also needs every lesson: this learner has done none, and is told so.
  await page.getByRole('button', { name: 'Udsted kursusbevis' }).click();
  await expect(page.locator('.missing-steps')).toContainText('Gennemfør lektionerne:');
  await expect(
    page.locator('.missing-steps').getByRole('link', { name: 'Skriv dit navn, som det skal stå på kursusbeviset' }),
  ).toBeVisible();
});
