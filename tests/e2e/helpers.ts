import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import type { LessonFixture } from '../support/content.ts';

/** Waits until the island around `inner` has hydrated (Astro drops the `ssr` attribute then). */
export async function hydrated(page: Page, inner: string): Promise<Locator> {
  const island = page.locator(`astro-island:has(${inner})`).first();
  await island.scrollIntoViewIfNeeded();
  await expect(island).not.toHaveAttribute('ssr');
  return island.locator(inner).first();
}

/**
 * The interactive knowledge check: its code loads when the check nears the screen, as when a
 * reader scrolls to it; until then the page shows the static questions.
 */
export async function knowledgeCheck(page: Page): Promise<Locator> {
  const box = page.locator('[data-knowledge-check]');
  await box.scrollIntoViewIfNeeded();
  const quiz = box.locator('section.quiz:has(fieldset.mode)');
  await expect(quiz).toBeVisible();
  return quiz;
}

/** The words the helpers press, per page language (the islands' own dictionaries say the same). */
const WORDS = {
  da: {
    all: 'Alle spørgsmål på én gang',
    check: 'Tjek svar',
    checkAll: 'Tjek alle svar',
    questions: 'Spørgsmål',
    handIn: 'Aflever prøven',
    result: 'Dit resultat',
  },
  en: {
    all: 'All questions at once',
    check: 'Check answer',
    checkAll: 'Check all answers',
    questions: 'Questions',
    handIn: 'Hand in the assessment',
    result: 'Your result',
  },
} as const;

/** Answers a lesson's knowledge check in "all at once" mode; `wrong` answers that many questions wrongly. */
export async function answerQuiz(page: Page, lesson: LessonFixture, { wrong = 0, lang = 'da' as 'da' | 'en' } = {}) {
  const words = WORDS[lang];
  const quiz = await knowledgeCheck(page);
  await quiz.getByLabel(words.all).check();
  expect(lesson.quiz!.questions.length).toBeGreaterThan(0);
  for (const [i, q] of lesson.quiz!.questions.entries()) {
    const fieldset = quiz.locator(`[data-question="${q.id}"]`);
    const picks = i < wrong ? [q.options.find((o) => !q.correct.includes(o.id))!.id] : q.correct;
    for (const id of picks) await fieldset.locator(`input[value="${id}"]`).check();
  }
  // One submit for the whole check in this mode.
  await expect(quiz.getByRole('button', { name: words.check, exact: true })).toHaveCount(0);
  await quiz.getByRole('button', { name: words.checkAll }).click();
}

/** The newest sign-in e-mail the test gateway "sent" to an address: its code and link token. */
export async function mailFor(email: string): Promise<{ code: string; tokenHash: string }> {
  const { readFileSync, existsSync } = await import('node:fs');
  const { E2E_INBOX } = await import('./env.ts');
  for (let i = 0; i < 50; i++) {
    if (existsSync(E2E_INBOX)) {
      const mine = readFileSync(E2E_INBOX, 'utf8')
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l))
        .filter((m) => m.email === email);
      if (mine.length) return mine.at(-1);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Ingen kode til ${email} i ${E2E_INBOX}`);
}

export const codeFor = async (email: string) => (await mailFor(email)).code;

/** Signs in on /log-ind/ with the code from the test gateway. */
export async function signIn(page: Page, email: string) {
  await page.goto('/log-ind/');
  const form = await hydrated(page, '.sign-in');
  await form.getByLabel('E-mailadresse').fill(email);
  const sent = form.getByText(`Vi har sendt en kode på 6 cifre til ${email}`);
  const wait = form.locator('.field-error').getByText('Du har lige fået en kode.', { exact: false });
  // A second device asking within the gateway's resend window (3 s in tests) is told to wait: it waits.
  for (let tries = 0; tries < 5; tries++) {
    await form.getByRole('button', { name: 'Send mig en kode' }).click();
    await expect(sent.or(wait)).toBeVisible();
    if (await sent.isVisible()) break;
    await page.waitForTimeout(1000);
  }
  await expect(sent).toBeVisible();
  await form.getByLabel('Kode fra e-mailen').fill(await codeFor(email));
  await form.getByRole('button', { name: 'Log ind' }).click();
  await expect(page).toHaveURL('/min-side/');
}

/**
 * Answers the assessment on /kurser/<course>/proeve/ with the keyboard, knowing the keys from the
 * bank file (the page never has them): each question is matched to its item by its text.
 */
export async function answerAssessment(page: Page, courseId: string, { right = true, lang = 'da' as 'da' | 'en' } = {}) {
  const words = WORDS[lang];
  const { bankOf } = await import('../support/content.ts');
  const items = bankOf(courseId).items;
  const form = page.locator('form.assessment');
  await expect(form.getByRole('heading', { name: words.questions })).toBeFocused();
  const fieldsets = form.locator('fieldset');
  const count = await fieldsets.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const fieldset = fieldsets.nth(i);
    const question = (await fieldset.locator('.assessment-question').textContent())!.trim();
    const item = items.find((it) => it.question.replace(/\s+/g, ' ').trim() === question.replace(/\s+/g, ' '))!;
    expect(item, question).toBeTruthy();
    const picks = right ? item.correct : [item.options.find((o) => !item.correct.includes(o.id))!.id];
    // The page's option ids are drawn per attempt, so an option is found by its text.
    for (const id of picks) {
      const input = fieldset.getByLabel(
        item.options
          .find((o) => o.id === id)!
          .text.replace(/\s+/g, ' ')
          .trim(),
        { exact: true },
      );
      await input.focus();
      await page.keyboard.press('Space');
      await expect(input).toBeChecked();
    }
  }
  await form.getByRole('button', { name: words.handIn }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: words.result })).toBeFocused();
}

/** An address no other test uses, so each test signs in as a new person. */
export const uniqueEmail = (name: string) => `${name}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.dk`;

/** WCAG 2.1 A and AA as axe checks them, in the light and the dark colour scheme. */
export async function expectNoAxeViolations(page: Page) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: null });
}
