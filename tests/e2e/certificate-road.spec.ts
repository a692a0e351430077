/**
 * The road to a certificate has no dead end (issue 22): the assessment's intro says what a
 * certificate needs and asks for the name there; handing in with unanswered questions needs an
 * explicit »Aflever alligevel« next to links to those questions; a refusal lists every missing
 * step at once; the course page shows lessons, assessment and certificate status.
 */
import { expect, test } from '@playwright/test';
import { FIRST_COURSE, lessonsOf } from '../support/content.ts';
import { answerAssessment, expectNoAxeViolations, signIn, uniqueEmail } from './helpers.ts';

const PAGE = `/kurser/${FIRST_COURSE}/proeve/`;

test('the road to a certificate: what it needs, the name asked for, no silent hand-in, every gap listed, status on the course page', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const lessons = lessonsOf(FIRST_COURSE);
  await signIn(page, uniqueEmail('vej'));

  // The course page: the status before anything is done.
  await page.goto(`/kurser/${FIRST_COURSE}/`);
  const status = page.locator('[data-course-status]');
  await expect(status.locator('[data-status-lessons]')).toHaveText(`Lektioner: 0 af ${lessons.length} gennemført.`);
  await expect(status.locator('[data-status-assessment]')).toHaveText('Afsluttende prøve: ikke bestået endnu.');
  await expect(status.locator('[data-status-certificate]')).toHaveText('Kursusbevis: ikke udstedt endnu.');
  await expect(status.getByText('Log ind for at se')).toBeHidden();

  // The intro: what a certificate needs, how far the learner is, and the name asked for here.
  await page.goto(PAGE);
  const road = page.locator('.certificate-road');
  await expect(road.getByRole('heading', { name: 'Det kræver et kursusbevis' })).toBeVisible();
  await expect(road.locator('li')).toHaveText([
    new RegExp(
      `Alle kursets lektioner gennemført \\(mangler\\) ${lessons.length} af ${lessons.length} lektioner mangler\\. Se lektionerne`,
    ),
    /Den afsluttende prøve bestået \(mangler\)/,
    /Dit navn, som det skal stå på beviset \(mangler\)/,
  ]);
  await expectNoAxeViolations(page);
  await road.getByRole('button', { name: 'Gem navnet' }).click();
  await expect(road.locator('.error-summary')).toBeFocused();
  await road.locator('.error-summary').getByRole('link').click();
  await expect(road.getByLabel('Navn på kursusbeviset')).toBeFocused();
  await road.getByLabel('Navn på kursusbeviset').fill('Vera Vejfarer');
  await road.getByRole('button', { name: 'Gem navnet' }).click();
  await expect(road.getByText('Navnet er gemt: Vera Vejfarer.')).toBeVisible();
  await expect(road.locator('li').nth(2)).toHaveText(/Navn på kursusbeviset: Vera Vejfarer\. \(klaret\)/);

  // Handing in with questions unanswered: a warning with links, and only »Aflever alligevel« sends.
  let submits = 0;
  page.on('request', (r) => r.url().includes('/rpc/submit_assessment') && submits++);
  await page.getByRole('button', { name: 'Start prøven' }).click();
  const form = page.locator('form.assessment');
  await expect(form.locator('fieldset')).toHaveCount(5);
  await form.locator('fieldset').first().locator('input').first().check();
  await form.getByRole('button', { name: 'Aflever prøven' }).click();
  const warning = form.locator('.unanswered');
  await expect(warning).toBeFocused();
  await expect(warning.getByRole('link')).toHaveText(['Spørgsmål 2', 'Spørgsmål 3', 'Spørgsmål 4', 'Spørgsmål 5']);
  await expectNoAxeViolations(page);
  // A second press of »Aflever prøven« does not hand in.
  await form.getByRole('button', { name: 'Aflever prøven' }).click();
  await expect(warning).toBeFocused();
  await page.waitForTimeout(300);
  expect(submits).toBe(0);
  await warning.getByRole('link', { name: 'Spørgsmål 3' }).click();
  await expect(form.locator('fieldset').nth(2).locator('input').first()).toBeFocused();
  await form.locator('fieldset').nth(2).locator('input').first().check();
  await expect(warning.getByRole('link')).toHaveCount(3);
  await warning.getByRole('button', { name: 'Aflever alligevel' }).click();
  await expect(page.getByRole('heading', { name: 'Dit resultat' })).toBeFocused();
  expect(submits).toBe(1);

  // Pass, then ask for the certificate: every missing lesson is listed at once, each a link.
  await page.getByRole('button', { name: 'Tag prøven igen' }).click();
  await page.getByRole('button', { name: 'Start prøven' }).click();
  await answerAssessment(page, FIRST_COURSE);
  await page.getByRole('button', { name: 'Udsted kursusbevis' }).click();
  const missing = page.locator('.missing-steps');
  await expect(missing).toContainText('Gennemfør lektionerne:');
  await expect(missing.getByRole('link')).toHaveCount(lessons.length);
  await expect(missing.getByRole('link').first()).toHaveAttribute('href', lessons[0]!.url);
  await expect(missing).not.toContainText('navn');
  await expect(missing).not.toContainText('Bestå');

  // The course page now says the assessment is passed.
  await page.goto(`/kurser/${FIRST_COURSE}/`);
  await expect(status.locator('[data-status-assessment]')).toHaveText(/^Afsluttende prøve: bestået \d+\. \w+ \d{4} med 100 %\.$/);
  await expectNoAxeViolations(page);
});

test('a guest on the course page is told to sign in to see the assessment and certificate status', async ({ page }) => {
  await page.goto(`/kurser/${FIRST_COURSE}/`);
  const status = page.locator('[data-course-status]');
  await expect(status.getByRole('link', { name: 'Log ind' })).toHaveAttribute('href', `/log-ind/?next=/kurser/${FIRST_COURSE}/`);
  await expect(status.locator('[data-status-assessment]')).toBeHidden();
});

test('a lesson done in another tab shows on the course page without an error', async ({ page, context }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const lessons = lessonsOf(FIRST_COURSE);
  // A lesson visited first: the course page used to throw on its »Fortsæt« button here.
  await page.goto(lessons[0]!.url);
  await page.goto(`/kurser/${FIRST_COURSE}/`);
  await page.waitForLoadState('networkidle');
  const other = await context.newPage();
  await other.goto(lessons[0]!.url);
  const { answerQuiz } = await import('./helpers.ts');
  await answerQuiz(other, lessons[0]!);
  await expect(other.getByText('Bestået. Lektionen er gennemført.')).toBeVisible();
  await expect(page.locator(`[data-lesson="${lessons[0]!.id}"]`).first()).toHaveAttribute('data-done', 'true');
  expect(errors).toEqual([]);
  await expect(page.locator('[data-course-status] [data-status-lessons]')).toHaveText(`Lektioner: 1 af ${lessons.length} gennemført.`);
});
