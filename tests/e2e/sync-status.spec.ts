/**
 * What a signed-in learner reads about their progress when the backend cannot be reached: the
 * lesson says it waits, the outbox keeps retrying on its own (no reload, no "online" event: the
 * browser stays online, only the backend is cut off), and the lesson then says it is saved on the
 * account — which another device confirms.
 */
import { expect, test } from '@playwright/test';
import { FIRST_COURSE, lessonsOf } from '../support/content.ts';
import { E2E_GATEWAY_PORT } from './env.ts';
import { answerQuiz, expectNoAxeViolations, knowledgeCheck, signIn } from './helpers.ts';

const BACKEND = `http://127.0.0.1:${E2E_GATEWAY_PORT}/**`;
const WAITING = 'Venter på forbindelse. Din fremdrift er gemt i browseren og sendes, når du er online igen.';
const SAVED = 'Gemt på din konto.';
const UNPUBLISHED =
  'Venter på, at lektionen bliver udgivet. Din fremdrift er gemt i browseren og sendes til din konto af sig selv, når den er.';

test('the sync status goes from waiting to saved on screen when the backend comes back', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const email = `synk-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.dk`;
  const [lesson] = lessonsOf(FIRST_COURSE);
  const status = page.locator('[data-sync-status]');

  await signIn(page, email);
  await page.goto(lesson!.url);
  await expect(status).toHaveText(SAVED);
  // The learner reads down to the check (its code loads as it comes into view); then the backend is gone.
  await knowledgeCheck(page);
  let refused = 0;
  await page.route(BACKEND, (route) => {
    if (route.request().url().includes('/rest/v1/rpc/record_quiz_attempt')) refused++;
    return route.abort('connectionrefused');
  });

  await answerQuiz(page, lesson!);
  await expect(page.getByText('Bestået. Lektionen er gennemført.')).toBeVisible();
  await expect(status).toHaveText(WAITING);
  await expect(status).toHaveAttribute('role', 'status');
  await expectNoAxeViolations(page);
  // It keeps trying while the backend is unreachable, and keeps saying so.
  await expect.poll(() => refused, { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
  await expect(status).toHaveText(WAITING);
  const waiting = await page.evaluate(
    () => (JSON.parse(localStorage.getItem('fv:outbox') ?? '{"items":[]}') as { items: { kind: string }[] }).items,
  );
  expect(waiting.map((item) => item.kind)).toContain('attempt');

  // The backend answers again: the next retry gets through, with no reload and no "online" event.
  await page.unroute(BACKEND);
  await expect(status).toHaveText(SAVED, { timeout: 20_000 });
  await expect.poll(() => page.evaluate(() => localStorage.getItem('fv:outbox'))).toBeNull();
  await expectNoAxeViolations(page);

  // The progress is on the account: another device, signed in as the same learner, sees it.
  const other = await browser.newContext();
  const device = await other.newPage();
  await signIn(device, email);
  await device.goto(`/kurser/${FIRST_COURSE}/`);
  await expect(device.getByText(`1 af ${lessonsOf(FIRST_COURSE).length} lektioner gennemført`)).toBeVisible();
  await other.close();
});

test('a completion of a lesson the database does not know yet waits, says why, and is not dropped', async ({ page }) => {
  test.setTimeout(60_000);
  const email = `udgivet-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.dk`;
  const [lesson] = lessonsOf(FIRST_COURSE);
  const status = page.locator('[data-sync-status]');
  await signIn(page, email);
  await page.goto(lesson!.url);
  await expect(status).toHaveText(SAVED);

  // A lesson the site has and the real gateway's catalogue does not (the site was deployed first).
  let refusals = 0;
  page.on('response', (r) => r.url().includes('/rest/v1/rpc/record_lesson_done') && r.status() === 404 && refusals++);
  await page.evaluate(() => {
    const item = {
      kind: 'done',
      id: crypto.randomUUID(),
      lessonId: 'en-lektion-databasen-ikke-kender-endnu',
      at: new Date().toISOString(),
    };
    localStorage.setItem('fv:outbox', JSON.stringify({ version: 1, items: [item] }));
  });
  await page.reload();
  await expect(status).toHaveText(UNPUBLISHED);
  await expect(status).toHaveAttribute('role', 'status');
  // It asks again on its own, and keeps the item until the database knows the lesson.
  await expect.poll(() => refusals, { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
  await expect(status).toHaveText(UNPUBLISHED);
  const kept = await page.evaluate(
    () => (JSON.parse(localStorage.getItem('fv:outbox') ?? '{"items":[]}') as { items: { lessonId: string }[] }).items,
  );
  expect(kept.map((i) => i.lessonId)).toEqual(['en-lektion-databasen-ikke-kender-endnu']);
  await expectNoAxeViolations(page);
});
