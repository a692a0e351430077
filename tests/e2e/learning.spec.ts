import { expect, test } from '@playwright/test';
import { FIRST_COURSE, lessonsOf } from '../support/content.ts';
import { answerQuiz, knowledgeCheck } from './helpers.ts';

const lessons = lessonsOf(FIRST_COURSE);
const first = lessons[0]!;
const second = lessons[1]!;

test('a guest opens a course, passes a lesson’s check and sees progress after a reload', async ({ page }) => {
  await page.goto('/kurser/');
  await page.locator(`#course-list a[href="/kurser/${FIRST_COURSE}/"]`).click();
  await expect(page).toHaveURL(`/kurser/${FIRST_COURSE}/`);
  await expect(page.getByText(`0 af ${lessons.length} lektioner gennemført`)).toBeVisible();

  await page.getByRole('link', { name: 'Start kurset' }).click();
  await expect(page).toHaveURL(first.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title);
  await expect(page.getByText('Lektionen tæller som gennemført, når du har bestået videnstjekket.')).toBeVisible();

  await answerQuiz(page, first);
  await expect(page.getByText(`Du fik ${first.quiz!.questions.length} af ${first.quiz!.questions.length} rigtige.`)).toBeVisible();
  await expect(page.getByText('Bestået. Lektionen er gennemført.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Lektionen er gennemført.' })).toBeVisible();

  await page.goto(`/kurser/${FIRST_COURSE}/`);
  await page.reload();
  await expect(page.getByText(`1 af ${lessons.length} lektioner gennemført`)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Fortsæt kurset' })).toHaveAttribute('href', second.url);
  await expect(page.locator(`li[data-done="true"] a[href="${first.url}"]`)).toBeVisible();

  await page.goto('/kurser/');
  await expect(page.locator('#course-list').getByText(`1 af ${lessons.length} lektioner gennemført`)).toBeVisible();
});

test('a failed check shows the explanations, does not complete the lesson, and can be retried', async ({ page }) => {
  await page.goto(first.url);
  const total = first.quiz!.questions.length;
  await answerQuiz(page, first, { wrong: total });
  await expect(page.getByText(`Du fik 0 af ${total} rigtige.`)).toBeVisible();
  // The learner's wrong choice is marked as theirs, in words as well as colour.
  await expect(page.locator('[data-mark="wrong"]')).toHaveCount(total);
  await expect(page.locator('[data-mark="wrong"]').first()).toContainText('(dit svar)');
  await expect(page.locator('.quiz').getByRole('link', { name: /^Næste lektion/ })).toHaveCount(0);
  await expect(page.getByText('Ikke bestået endnu.', { exact: false })).toBeVisible();
  await expect(page.getByText(first.quiz!.questions[0]!.explanation)).toBeVisible();
  await expect(page.getByText('Lektionen er gennemført.', { exact: true })).toBeHidden();

  await page.getByRole('button', { name: 'Prøv igen' }).click();
  await answerQuiz(page, first);
  await expect(page.getByText('Bestået. Lektionen er gennemført.')).toBeVisible();
  await expect(page.getByText(`Dit bedste resultat: ${total} af ${total}.`)).toBeVisible();
});

test('the check works one question at a time with the keyboard alone', async ({ page }) => {
  await page.goto(first.url);
  await knowledgeCheck(page);
  const questions = first.quiz!.questions;
  expect(questions.length).toBeGreaterThan(1);
  for (const [i, q] of questions.entries()) {
    const fieldset = page.locator(`[data-question="${q.id}"]`);
    await expect(fieldset.getByText(`Spørgsmål ${i + 1} af ${questions.length}`)).toBeVisible();
    for (const id of q.correct) {
      await fieldset.locator(`input[value="${id}"]`).focus();
      await page.keyboard.press('Space');
    }
    await fieldset.getByRole('button', { name: 'Tjek svar' }).focus();
    await page.keyboard.press('Enter');
    await expect(fieldset.getByText('Rigtigt.')).toBeVisible();
    if (i < questions.length - 1) {
      // Focus goes to the feedback, not to <body>.
      await expect(fieldset.locator('.feedback')).toBeFocused();
      await fieldset.getByRole('button', { name: 'Næste spørgsmål' }).focus();
      await page.keyboard.press('Enter');
      // Focus moves to the next question, so a screen-reader user hears it.
      await expect(page.locator(`[data-question="${questions[i + 1]!.id}"] legend`)).toBeFocused();
    }
  }
  await expect(page.getByText('Bestået. Lektionen er gennemført.')).toBeVisible();
  await expect(page.locator('.quiz .result .notice')).toBeFocused();
  // After passing, the next lesson is the primary action.
  const nextLesson = page.getByRole('link', { name: `Næste lektion: ${second.title}` });
  await expect(nextLesson).toHaveAttribute('href', second.url);
  await expect(nextLesson).toHaveClass(/button/);
  await page.keyboard.press('Tab');
  await expect(nextLesson).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(second.url);
});

test('checking without an answer explains what to do', async ({ page }) => {
  await page.goto(first.url);
  const quiz = await knowledgeCheck(page);
  await quiz.getByRole('button', { name: 'Tjek svar' }).first().click();
  await expect(page.getByText('Vælg et svar, før du tjekker.')).toBeVisible();
});

test('progress made in one tab appears in another open tab', async ({ context }) => {
  const coursePage = await context.newPage();
  await coursePage.goto(`/kurser/${FIRST_COURSE}/`);
  await expect(coursePage.getByText(`0 af ${lessons.length} lektioner gennemført`)).toBeVisible();
  const lessonPage = await context.newPage();
  await lessonPage.goto(first.url);
  await answerQuiz(lessonPage, first);
  await expect(coursePage.getByText(`1 af ${lessons.length} lektioner gennemført`)).toBeVisible();
});

test('the front page offers to continue where the learner left off', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Fortsæt hvor du slap' })).toHaveCount(0);
  await page.goto(second.url);
  // The status island records the visit when it mounts; its message shows that it has.
  await expect(page.getByText('Lektionen tæller som gennemført, når du har bestået videnstjekket.')).toBeVisible();
  await page.goto('/');
  await page.getByRole('link', { name: `Fortsæt med ${second.title}` }).click();
  await expect(page).toHaveURL(second.url);
});

test('after a lesson is done, "continue" on the front page leads to the next lesson', async ({ page }) => {
  await page.goto(first.url);
  await answerQuiz(page, first);
  await expect(page.getByText('Bestået. Lektionen er gennemført.')).toBeVisible();
  await page.goto('/');
  const link = page.getByRole('link', { name: `Fortsæt med ${second.title}` });
  await expect(link).toHaveAttribute('href', second.url);
});

test('without JavaScript a lesson offers its questions with the answers in <details>', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(first.url);
  const questions = first.quiz!.questions;
  const check = page.locator('[data-knowledge-check]');
  await expect(check.locator('.notice')).toContainText('Uden JavaScript kan du læse spørgsmålene');
  await expect(check.locator('details')).toHaveCount(questions.length);
  await expect(check.locator('input, button')).toHaveCount(0);
  const q = questions[0]!;
  const answer = q.options.find((o) => q.correct.includes(o.id))!.text;
  const details = check.locator('details').first();
  await expect(details.getByText(q.explanation)).toBeHidden();
  await details.locator('summary').click();
  await expect(details.getByText(q.explanation)).toBeVisible();
  await expect(details).toContainText(answer);
  await context.close();
});

test('lesson pages link previous and next lessons and glossary terms', async ({ page }) => {
  await page.goto(second.url);
  await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', first.url);
  await page.locator('article .lesson-body a[href^="/ordbog/"]').first().click();
  await expect(page).toHaveURL(/\/ordbog\/[a-z0-9-]+\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the catalogue filters by audience and keeps the filter in the URL', async ({ page }) => {
  await page.goto('/kurser/?maalgruppe=indkøber');
  await expect(page.locator('form[data-facet-filter]')).toBeVisible();
  await expect(page.getByLabel('Målgruppe')).toHaveValue('indkøber');
  const shown = page.locator('#course-list > li:visible');
  const count = await shown.count();
  for (let i = 0; i < count; i++) await expect(shown.nth(i)).toHaveAttribute('data-facet-maalgruppe', /indkøber/);
  await page.getByLabel('Målgruppe').selectOption('revisor');
  await expect(page).toHaveURL(/maalgruppe=revisor/);
  await expect(page.locator('#course-list > li:visible').first()).toHaveAttribute('data-facet-maalgruppe', /revisor/);
  await page.getByLabel('Målgruppe').selectOption('');
  await expect(page.locator('[data-count]')).toContainText(/(\d+) af \1 kurser vises/);
});
