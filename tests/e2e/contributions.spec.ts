/**
 * The contribution pipeline beyond stories: a reader reports an error on a lesson, an editor answers
 * it in the shared queue, the reader sees the answer; a partner registers a business, an editor approves.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { hydrated, signIn } from './helpers.ts';
import { E2E_GATEWAY_URL } from './env.ts';
import { ANON_KEY } from '../../supabase/local/config.ts';
import { PAGE_TYPES } from './pages.ts';

test.describe.configure({ mode: 'serial' });
const run = Date.now().toString(36);

async function noAxe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('a guest reports an error on a lesson without an account', async ({ page }) => {
  await page.goto(PAGE_TYPES.lektion!);
  await page.getByRole('button', { name: 'Meld en fejl' }).click();
  const form = page.locator('form.report-form');
  await expect(form.getByRole('heading', { name: 'Meld en fejl' })).toBeFocused();
  await form.getByRole('button', { name: 'Send fejlmeldingen' }).click();
  await expect(form.locator('#report-what-problem')).toHaveText('Udfyld feltet.');
  await expect(form.locator('.error-summary')).toBeFocused();
  await noAxe(page);
  await form.getByLabel('Hvad er forkert?').fill(`Gæst ${run}: tallet i andet afsnit passer ikke.`);
  await form.getByRole('button', { name: 'Send fejlmeldingen' }).click();
  await expect(page.getByText('Tak! Redaktionen har fået din fejlmelding.')).toBeVisible();
});

test('a signed-in reader reports an error, an editor accepts it, the reader sees the answer', async ({ browser }) => {
  const reader = await (await browser.newContext()).newPage();
  await signIn(reader, `melder-${run}@example.dk`);
  await reader.goto(PAGE_TYPES.lektion!);
  await reader.getByRole('button', { name: 'Meld en fejl' }).click();
  await reader.getByLabel('Hvad er forkert?').fill(`Læser ${run}: paragrafhenvisningen er forkert.`);
  await reader.getByLabel('Kilde, der viser det rigtige (frivillig)').fill('Selskabsskatteloven § 1');
  await reader.getByRole('button', { name: 'Send fejlmeldingen' }).click();
  await expect(reader.getByText('Du kan følge den under Mine fejlmeldinger på Min side.')).toBeVisible();

  const editor = await (await browser.newContext()).newPage();
  await signIn(editor, 'redaktoer@example.dk');
  await editor.goto('/redaktion/');
  await hydrated(editor, '.queue');
  await editor.getByLabel('Slags').selectOption('report');
  const item = editor.locator('li[data-kind="report"]', { hasText: `Læser ${run}` });
  await expect(item).toContainText(PAGE_TYPES.lektion!);
  await expect(editor.locator('li[data-kind="story"]')).toHaveCount(0);
  await item.getByRole('button', { name: /Læs og afgør/ }).click();
  await expect(editor.getByText(`Læser ${run}: paragrafhenvisningen er forkert.`)).toBeVisible();
  await noAxe(editor);
  await editor.getByLabel('Bemærkning til indsenderen').fill('Tak, vi retter henvisningen.');
  await editor.getByRole('button', { name: 'Accepter' }).click();
  await expect(editor.getByText('Fejlmeldingen er accepteret.')).toBeVisible();

  await reader.goto('/min-side/');
  const mine = reader.locator('section[aria-labelledby="fejlmeldinger"]');
  await expect(mine).toContainText('Accepteret');
  await expect(mine).toContainText('Tak, vi retter henvisningen.');
});

test('a partner registers a business and an editor approves it', async ({ browser }) => {
  const partner = await (await browser.newContext()).newPage();
  await signIn(partner, `virksomhed-${run}@example.dk`);
  await partner.goto('/virksomheder/tilmeld/');
  const form = await hydrated(partner, 'form.contribution-form');
  await form.getByLabel('Virksomhedens navn').fill(`Fiktiv Kantine ${run}`);
  await form.getByLabel('CVR-nummer').fill('10000008');
  await form.getByRole('button', { name: 'Send til redaktionen' }).click();
  await expect(form.getByRole('link', { name: /CVR-nummer: Skriv jeres CVR-nummer med 8 cifre/ })).toBeVisible();
  await noAxe(partner);
  await form.getByLabel('CVR-nummer').fill('20000023');
  await form.getByLabel('Selskabsform').selectOption('A.M.B.A.');
  await form.getByLabel('Branche').selectOption('Fødevarer og landbrug');
  await form.getByLabel('Bydel eller område').selectOption('Valby');
  await form.getByLabel('Stiftet (år)').fill('2017');
  await form.getByLabel('Ja').check();
  await form.getByLabel('Mad og catering').check();
  // Optional; its hint leads to the course.
  await expect(
    form.getByRole('group', { name: /Vi tilbyder rummelige job/ }).getByRole('link', { name: /Den rummelige arbejdsplads/ }),
  ).toHaveAttribute('href', '/kurser/den-rummelige-arbejdsplads/');
  await form.getByLabel('Fleksjob', { exact: true }).check();
  // Starts as a spreadsheet formula would: the directory's CSV must neutralise it (publishing.spec.ts).
  await form
    .getByLabel('Kort beskrivelse')
    .fill('@SUM(1+1) Fiktivt eksempel: en kantine, som medarbejderne ejer, og som leverer frokost i Valby.');
  await form.getByLabel('Kontaktperson', { exact: true }).fill('Kontakt Person');
  await form.getByLabel('Kontaktpersonens e-mail').fill(`kontakt-${run}@kantine.example.dk`);
  await form.getByLabel('Vi giver lov til', { exact: false }).check();
  await form.getByLabel('Jeg har læst, hvordan', { exact: false }).check();
  await form.getByRole('button', { name: 'Send til redaktionen' }).click();
  await expect(partner.getByText('Tak! Tilmeldingen er sendt til redaktionen.')).toBeVisible();

  const editor = await (await browser.newContext()).newPage();
  await signIn(editor, 'redaktoer@example.dk');
  await editor.goto('/redaktion/');
  await hydrated(editor, '.queue');
  await editor.getByLabel('Slags').selectOption('business');
  await editor
    .locator('li[data-kind="business"]', { hasText: `Fiktiv Kantine ${run}` })
    .getByRole('button', { name: /Læs og afgør/ })
    .click();
  await expect(editor.getByText('20000023')).toBeVisible();
  await expect(editor.getByText(`kontakt-${run}@kantine.example.dk`)).toBeVisible();
  await expect(editor.locator('dt', { hasText: 'Rummelige job' }).locator('+ dd')).toHaveText('Fleksjob');
  await noAxe(editor);
  await editor.getByRole('button', { name: 'Godkend og udgiv' }).click();
  await expect(editor.getByText('Godkendt. Virksomheden kommer i kataloget ved næste opbygning.')).toBeVisible();

  await partner.goto('/min-side/');
  await expect(partner.locator('section[aria-labelledby="virksomheder"]')).toContainText('Godkendt og i kataloget');

  // What the next build's directory reads: the entry with the form it stated, and no contact data.
  const answer = await partner.request.post(`${E2E_GATEWAY_URL}/rest/v1/rpc/published_businesses`, {
    data: {},
    headers: { apikey: ANON_KEY, authorization: `Bearer ${ANON_KEY}` },
  });
  expect(answer.ok(), await answer.text()).toBe(true);
  const published = await answer.json();
  const entry = published.find((b: { name: string }) => b.name === `Fiktiv Kantine ${run}`);
  expect(entry).toMatchObject({ cvr: '20000023', inclusive_jobs: ['fleksjob'] });
  expect(JSON.stringify(entry)).not.toContain(`kontakt-${run}`);
});
