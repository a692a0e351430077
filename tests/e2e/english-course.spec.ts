/**
 * The English course in English from sign-in to certificate: a learner signs in on /en/sign-in/,
 * takes every lesson's knowledge check, passes the final assessment, gets a certificate that says
 * the course was taken in English, and anyone can verify it in either language. Axe on the English
 * lesson, assessment and certificate pages in the light and the dark scheme.
 */
import { expect, test } from '@playwright/test';
import { lessonsOf } from '../support/content.ts';
import { codeFor, answerAssessment, answerQuiz, expectNoAxeViolations, hydrated, uniqueEmail } from './helpers.ts';

const COURSE = 'cooperatives-in-denmark';
const COURSE_URL = `/en/courses/${COURSE}/`;
const lessons = lessonsOf(COURSE);

test('the English course lives under /en/courses/, in English, and is not listed as a Danish course', async ({ page }) => {
  await page.goto('/en/courses/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('link', { name: 'Cooperatives and the social economy in Denmark' }).click();
  await expect(page).toHaveURL(COURSE_URL);
  await expect(page.getByRole('heading', { name: 'Lessons', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Take the final assessment' })).toHaveAttribute('href', `${COURSE_URL}assessment/`);
  for (const lesson of lessons) expect(lesson.url).toMatch(new RegExp(`^${COURSE_URL}[a-z-]+/$`));

  // Under each English lesson, »Report an error« opens the form in English.
  await page.goto(lessons[0]!.url);
  await page.getByRole('button', { name: 'Report an error' }).click();
  await expect(page.getByLabel('What is wrong?')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Send the report' })).toBeVisible();

  await page.goto('/kurser/');
  await expect(page.getByRole('link', { name: 'Cooperatives and the social economy in Denmark' })).toHaveCount(0);
  expect((await page.request.get(`/kurser/${COURSE}/`)).status()).toBe(404);
});

test('a learner signs in in English, takes the checks, passes the assessment and gets a certificate that says English', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const email = uniqueEmail('english');

  // Sign-in in English, back to the English course.
  await page.goto(`/en/sign-in/?next=${COURSE_URL}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const form = await hydrated(page, '.sign-in');
  await form.getByLabel('E-mail address').fill(email);
  await form.getByRole('button', { name: 'Send me a code' }).click();
  await expect(form.getByText(`We have sent a 6-digit code to ${email}`)).toBeVisible();
  await form.getByLabel('Code from the e-mail').fill(await codeFor(email));
  await form.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(COURSE_URL);

  // Every lesson's knowledge check, in English; axe on the first lesson with its result shown.
  for (const [i, lesson] of lessons.entries()) {
    await page.goto(lesson.url);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await answerQuiz(page, lesson, { lang: 'en' });
    await expect(page.getByText('Passed. The lesson is complete.')).toBeVisible();
    await expect(page.getByText('Saved to your account.')).toBeVisible();
    if (i === 0) await expectNoAxeViolations(page);
  }

  // The assessment in English: the rules, the name for the certificate, the questions, the result.
  await page.goto(`${COURSE_URL}assessment/`);
  await expect(page.getByText("5 questions, drawn from the course's item bank.")).toBeVisible();
  await expect(page.getByText('You need at least 80% correct to pass.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Name on the certificate').fill('Alex Example');
  await page.getByRole('button', { name: 'Save the name' }).click();
  await expect(page.getByText('The name is saved: Alex Example.')).toBeVisible();
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await answerAssessment(page, COURSE, { lang: 'en' });
  await expect(page.getByText(/^Passed: 5 of 5 correct \(100%\)/)).toBeVisible();
  // The sources' Danish law citations are marked as Danish on the English page.
  await expect(page.locator('.assessment-feedback span[lang="da"]').first()).toContainText(/(LBK|Lov) nr\./);
  await expectNoAxeViolations(page);

  // The certificate, in English, says the course was taken in English.
  await page.getByRole('button', { name: 'Issue certificate' }).click();
  await page.getByRole('link', { name: 'View certificate' }).click();
  await expect(page).toHaveURL(/\/en\/my-page\/certificate\/\?kode=/);
  const certificate = page.locator('article.certificate');
  await expect(certificate).toContainText('Alex Example');
  await expect(certificate).toContainText('Cooperatives and the social economy in Denmark');
  await expect(certificate.getByText('Course taken in English.')).toBeVisible();
  await expect(certificate).toContainText('/en/verify/?kode=');
  await expectNoAxeViolations(page);
  const code = (await certificate.locator('.certificate-code').textContent())!.trim();

  // On the Danish certificate page the statement is in Danish and, marked as English, in English.
  await page.goto(`/min-side/kursusbevis/?kode=${code}`);
  await expect(page.locator('.certificate-language')).toHaveText('Kurset er gennemført på engelsk. Course taken in English.');
  await expect(page.locator('.certificate-language span[lang="en"]')).toHaveText('Course taken in English.');
  await expect(page.locator('.certificate-course')).toHaveAttribute('lang', 'en');

  // My page in English lists the course as completed, with its certificate.
  await page.goto('/en/my-page/');
  await expect(page.getByRole('heading', { name: 'Completed courses' })).toBeVisible();
  await expect(page.locator('[data-course="cooperatives-in-denmark"]').getByRole('link', { name: 'View certificate' })).toBeVisible();

  // Anyone can verify it, in English and in Danish, and sees the language.
  await page.context().clearCookies();
  await page.goto(`/en/verify/?kode=${code}`);
  await expect(page.getByText('The certificate is valid.')).toBeVisible();
  await expect(page.locator('dl')).toContainText('LanguageEnglish');
  await expectNoAxeViolations(page);
  await page.goto(`/bevis/?kode=${code}`);
  await expect(page.getByText('Kursusbeviset er gyldigt.')).toBeVisible();
  await expect(page.locator('dl')).toContainText('SprogEngelsk');
});
