/**
 * A partner's event through the one contributions pipeline: the partner's business is approved,
 * the partner sends an event organised by it (refused input explained, a failed request loses
 * nothing), an editor reads it in the queue and approves it. events-published.spec.ts checks the
 * rebuilt site (publishing.spec.ts rebuilds it in between). All names are fictional.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, hydrated, signIn } from './helpers.ts';
import { EVENT_BUSINESS, EVENT_DESCRIPTION, EVENT_TITLE, EVENT_YEAR } from './event-fixture.ts';

test.describe.configure({ mode: 'serial' });
const run = Date.now().toString(36);
const partnerEmail = `arrangoer-${run}@example.dk`;
const contactEmail = `kontakt-${run}@vaerksted.example.dk`;

async function registerBusiness(page: Page) {
  await page.goto('/virksomheder/tilmeld/');
  const form = await hydrated(page, 'form.contribution-form');
  await form.getByLabel('Virksomhedens navn').fill(EVENT_BUSINESS);
  await form.getByLabel('CVR-nummer').fill('30000013');
  await form.getByLabel('Selskabsform').selectOption('Forening');
  await form.getByLabel('Branche').selectOption('Service og rengøring');
  await form.getByLabel('Bydel eller område').selectOption('Nørrebro');
  await form.getByLabel('Stiftet (år)').fill('2015');
  await form.getByLabel('Nej').check();
  await form.getByLabel('Transport, cykler og flytning').check();
  await form.getByLabel('Kort beskrivelse').fill('Fiktivt eksempel: et cykelværksted, som medlemmerne ejer og driver sammen på Nørrebro.');
  await form.getByLabel('Kontaktperson', { exact: true }).fill('Kontakt Person');
  await form.getByLabel('Kontaktpersonens e-mail').fill(contactEmail);
  await form.getByLabel('Vi giver lov til', { exact: false }).check();
  await form.getByLabel('Jeg har læst, hvordan', { exact: false }).check();
  await form.getByRole('button', { name: 'Send til redaktionen' }).click();
  await expect(page.getByText('Tak! Tilmeldingen er sendt til redaktionen.')).toBeVisible();
}

async function approve(page: Page, kind: 'business' | 'event', name: string, done: string) {
  await page.goto('/redaktion/');
  await hydrated(page, '.queue');
  await page.getByLabel('Slags').selectOption(kind);
  await page
    .locator(`li[data-kind="${kind}"]`, { hasText: name })
    .getByRole('button', { name: /Læs og afgør/ })
    .click();
  await page.getByRole('button', { name: 'Godkend og udgiv' }).click();
  await expect(page.getByText(done)).toBeVisible();
}

test('the partner’s business is in the directory’s database before the event names it', async ({ browser }) => {
  const partner = await (await browser.newContext()).newPage();
  await signIn(partner, partnerEmail);
  await registerBusiness(partner);
  const editor = await (await browser.newContext()).newPage();
  await signIn(editor, 'redaktoer@example.dk');
  await approve(editor, 'business', EVENT_BUSINESS, 'Godkendt. Virksomheden kommer i kataloget ved næste opbygning.');
});

test('a partner sends an event: refused input is explained and a failed request loses nothing', async ({ page }) => {
  // Axe in two schemes on a shared machine takes its time.
  test.setTimeout(120_000);
  await page.goto('/arrangementer/');
  await page.getByRole('link', { name: 'Indsend et arrangement' }).click();
  await expect(page).toHaveURL('/indsend/arrangement/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Indsend et arrangement');
  await expectNoAxeViolations(page);

  await signIn(page, partnerEmail);
  await page.goto('/indsend/arrangement/');
  const form = await hydrated(page, 'form.contribution-form');
  await form.getByRole('button', { name: 'Send til redaktionen' }).click();
  const summary = form.locator('.error-summary');
  await expect(summary).toBeFocused();
  // Title, description, start, end, place, organiser, audiences, contact name and e-mail, two consents.
  await expect(summary.getByRole('link')).toHaveCount(11);
  await summary.getByRole('link', { name: /Starter: Udfyld feltet/ }).click();
  await expect(form.getByLabel('Starter')).toBeFocused();
  await expectNoAxeViolations(page);

  await form.getByLabel('Titel').fill(EVENT_TITLE);
  await form.getByLabel('Kort beskrivelse').fill(EVENT_DESCRIPTION);
  await form.getByLabel('Starter').fill(`${EVENT_YEAR}-06-10T17:00`);
  await form.getByLabel('Slutter').fill(`${EVENT_YEAR}-06-10T16:00`);
  await form.getByLabel('På en adresse').check();
  await form.getByLabel('Adresse', { exact: true }).fill('Eksempelgade 12, 2200 København N');
  await form.getByLabel('Bydel eller område').selectOption('Nørrebro');
  await form.getByLabel('Arrangørens navn').fill(EVENT_BUSINESS);
  // The partner's own entry, approved after this page was built, is offered as the organiser.
  await form.getByLabel('Arrangøren i virksomhedsoversigten (frivilligt)').selectOption({ label: EVENT_BUSINESS });
  await form.getByLabel('Iværksættere').check();
  await form.getByLabel('Partnere').check();
  await form.getByLabel('Pris i kroner (frivilligt)').fill('gratis');
  await form.getByLabel('Link til tilmelding (frivilligt)').fill('http://vaerksted.example.dk/tilmeld');
  await form.getByLabel('Kontaktperson', { exact: true }).fill('Kontakt Person');
  await form.getByLabel('Kontaktpersonens e-mail').fill(contactEmail);
  await form.getByLabel('Vi giver lov til', { exact: false }).check();
  await form.getByLabel('Jeg har læst, hvordan', { exact: false }).check();
  await form.getByRole('button', { name: 'Send til redaktionen' }).click();
  await expect(summary.getByRole('link')).toHaveCount(3);
  await expect(form.getByText('Slutningen skal ligge efter starten.').first()).toBeVisible();
  await expect(form.getByText('Skriv prisen i hele kroner fra 0 til 100.000', { exact: false }).first()).toBeVisible();
  await expect(form.getByText('Skriv en fuld adresse, der begynder med https:// (ikke http://).').first()).toBeVisible();
  await form.getByLabel('Slutter').fill(`${EVENT_YEAR}-06-10T19:30`);
  await form.getByLabel('Pris i kroner (frivilligt)').fill('0');
  await form.getByLabel('Link til tilmelding (frivilligt)').fill('https://vaerksted.example.dk/tilmeld');

  // The request fails: the message says so, and after a reload the whole draft is still there.
  await page.route('**/rest/v1/rpc/submit_event', (route) => route.abort());
  await form.getByRole('button', { name: 'Send til redaktionen' }).click();
  await expect(form.getByRole('alert')).toHaveText('Der er ingen forbindelse. Tjek dit netværk, og prøv igen. Intet er gået tabt.');
  await page.unroute('**/rest/v1/rpc/submit_event');
  await page.reload();
  const restored = await hydrated(page, 'form.contribution-form');
  await expect(restored.getByText('Vi har hentet dit gemte udkast.')).toBeVisible();
  await expect(restored.getByLabel('Titel')).toHaveValue(EVENT_TITLE);
  await expect(restored.getByLabel('Slutter')).toHaveValue(`${EVENT_YEAR}-06-10T19:30`);
  await expect(restored.getByLabel('Arrangøren i virksomhedsoversigten (frivilligt)')).toHaveValue(/[a-z0-9-]+/);
  await restored.getByRole('button', { name: 'Send til redaktionen' }).click();
  await expect(restored.getByText('Tak! Arrangementet er sendt til redaktionen.', { exact: false })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('fv:event-draft'))).toBeNull();

  await page.goto('/min-side/');
  await expect(page.locator('section[aria-labelledby="arrangementer"]')).toContainText(EVENT_TITLE);
  await expect(page.locator('section[aria-labelledby="arrangementer"]')).toContainText('Venter på redaktionen');
});

test('an editor reads the event in the queue as plain text and approves it', async ({ page }) => {
  // Axe in two schemes on a shared machine takes its time.
  test.setTimeout(120_000);
  await signIn(page, 'redaktoer@example.dk');
  await page.goto('/redaktion/');
  await hydrated(page, '.queue');
  await page.getByLabel('Slags').selectOption('event');
  const item = page.locator('li[data-kind="event"]', { hasText: EVENT_TITLE });
  await expect(item).toContainText(EVENT_BUSINESS);
  await item.getByRole('button', { name: /Læs og afgør/ }).click();
  const details = page.locator('article.card', { hasText: EVENT_TITLE });
  await expect(details).toContainText(`${EVENT_YEAR}`);
  await expect(details).toContainText('kl. 17.00–19.30');
  await expect(details).toContainText('Eksempelgade 12, 2200 København N, Nørrebro');
  await expect(details).toContainText('Iværksættere; Partnere');
  await expect(details).toContainText('0 kr.');
  await expect(page.getByText(contactEmail)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Godkend og udgiv' }).click();
  await expect(page.getByText('Godkendt. Arrangementet kommer på sitet og i kalenderen ved næste opbygning.')).toBeVisible();
});
