import { expect, type Locator, type Page } from '@playwright/test';
import type { LessonFixture } from '../support/content.ts';

/** Waits until the island around `inner` has hydrated (Astro drops the `ssr` attribute then). */
export async function hydrated(page: Page, inner: string): Promise<Locator> {
  const island = page.locator(`astro-island:has(${inner})`).first();
  await island.scrollIntoViewIfNeeded();
  await expect(island).not.toHaveAttribute('ssr');
  return island.locator(inner).first();
}

/** Answers a lesson's knowledge check in "all at once" mode; `wrong` answers that many questions wrongly. */
export async function answerQuiz(page: Page, lesson: LessonFixture, { wrong = 0 } = {}) {
  const quiz = await hydrated(page, 'section.quiz');
  await quiz.getByLabel('Alle spørgsmål på én gang').check();
  for (const [i, q] of lesson.quiz!.questions.entries()) {
    const fieldset = quiz.locator(`[data-question="${q.id}"]`);
    const picks = i < wrong ? [q.options.find((o) => !q.correct.includes(o.id))!.id] : q.correct;
    for (const id of picks) await fieldset.locator(`input[value="${id}"]`).check();
    await fieldset.getByRole('button', { name: 'Tjek svar' }).click();
  }
}
