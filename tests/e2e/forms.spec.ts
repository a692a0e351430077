/**
 * Every island form keeps what was typed before its code ran, and never sends it as a GET (issue
 * 22, DESIGN.md »Forms»). Each test holds the island's script back, types into the server-rendered
 * form, lets the script go and checks that the value is kept and used. Then the one error pattern:
 * a summary at the top that takes focus and links to each field, the message beside the field.
 */
import { expect, test, type Page } from '@playwright/test';
import { lessonsOf, FIRST_COURSE } from '../support/content.ts';
import { expectNoAxeViolations, hydrated, signIn, uniqueEmail } from './helpers.ts';

/** Holds back the island's own script (e.g. `SignIn`) until `release()` is called. */
async function holdIsland(page: Page, component: string) {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  await page.route(new RegExp(`/_astro/${component}\\.[\\w-]+\\.js$`), async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** axe finds nothing in the light and the dark scheme, in the state the page is in now. */

/** The page's URL never carries what was typed (no GET submission of the form). */
const urlHasNo = (page: Page, ...values: string[]) => values.forEach((v) => expect(page.url()).not.toContain(encodeURIComponent(v)));

test('sign-in: an address typed before the island runs is kept, Enter before then sends nothing, and the code goes to it', async ({
  page,
}) => {
  const email = uniqueEmail('tidlig');
  const release = await holdIsland(page, 'SignIn');
  await page.goto('/log-ind/');
  const field = page.getByLabel('E-mailadresse');
  await field.fill(email);
  await expect(page.getByRole('button', { name: 'Send mig en kode' })).toBeDisabled();
  await field.press('Enter');
  await page.waitForTimeout(300);
  urlHasNo(page, email, 'email=');
  release();
  await hydrated(page, '.sign-in');
  await expect(field).toHaveValue(email);
  await page.getByRole('button', { name: 'Send mig en kode' }).click();
  await expect(page.getByText(`Vi har sendt en kode på 6 cifre til ${email}`)).toBeVisible();
  expect(await page.locator('.sign-in form').getAttribute('method')).toBe('post');
});

test('sign-in: the error summary takes focus and its link moves to the field', async ({ page }) => {
  await page.goto('/log-ind/');
  const form = await hydrated(page, '.sign-in');
  await form.getByLabel('E-mailadresse').fill('ikke-en-adresse');
  await form.getByRole('button', { name: 'Send mig en kode' }).click();
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toHaveAttribute('role', 'alert');
  await expect(page.locator('.field-error')).toHaveText('Skriv en gyldig e-mailadresse, fx navn@eksempel.dk.');
  await expectNoAxeViolations(page);
  await summary.getByRole('link', { name: 'Skriv en gyldig e-mailadresse' }).click();
  await expect(form.getByLabel('E-mailadresse')).toBeFocused();
});

test('/bevis/: a code typed before the island runs is checked, not refused as empty', async ({ page }) => {
  const release = await holdIsland(page, 'VerifyCertificate');
  await page.goto('/bevis/');
  await page.getByLabel('Bekræftelseskode').fill('AAAA-BBBB-CCCC');
  release();
  await hydrated(page, '.verify-form');
  await page.getByRole('button', { name: 'Bekræft' }).click();
  await expect(page.getByText('Vi kan ikke finde et kursusbevis med koden AAAA-BBBB-CCCC.', { exact: false })).toBeVisible();
  await expect(page.locator('.error-summary')).toHaveCount(0);

  await page.getByLabel('Bekræftelseskode').fill('kort');
  await page.getByRole('button', { name: 'Bekræft' }).click();
  await expect(page.locator('.error-summary')).toBeFocused();
  await expectNoAxeViolations(page);
  await page.locator('.error-summary').getByRole('link').click();
  await expect(page.getByLabel('Bekræftelseskode')).toBeFocused();
});

for (const form of [
  {
    name: 'business registration',
    path: '/virksomheder/tilmeld/',
    island: 'RegisterBusiness',
    fields: { 'b-name': 'Tidlig Kooperativ', 'b-cvr': '12345674' },
    label: 'Virksomhedens navn',
  },
  {
    name: 'story',
    path: '/indsend/',
    island: 'SubmitStory',
    fields: { 'f-organisation': 'Tidlig Kooperativ', 'f-title': 'En historie skrevet før koden kom' },
    label: 'Organisationens navn',
  },
]) {
  test(`${form.name}: fields typed before the island runs are kept, kept as a draft and counted as filled`, async ({ page }) => {
    const release = await holdIsland(page, form.island);
    await page.goto(form.path);
    for (const [id, value] of Object.entries(form.fields)) await page.locator(`#${id}`).fill(value);
    await expect(page.locator('form.contribution-form button[type=submit]')).toBeDisabled();
    release();
    await hydrated(page, 'form.contribution-form');
    for (const [id, value] of Object.entries(form.fields)) await expect(page.locator(`#${id}`)).toHaveValue(value);
    // What was typed early is in the kept draft (the island's state, not only the DOM): a reload brings it back.
    await page.reload();
    await hydrated(page, 'form.contribution-form');
    for (const [id, value] of Object.entries(form.fields)) await expect(page.locator(`#${id}`)).toHaveValue(value);
    await page.locator('form.contribution-form button[type=submit]').click();
    // The summary lists what is still missing, but not the fields typed early.
    const summary = page.locator('.error-summary');
    await expect(summary).toBeFocused();
    await expect(summary).not.toContainText(form.label);
    for (const id of Object.keys(form.fields)) await expect(summary.locator(`a[href="#${id}"]`)).toHaveCount(0);
    await expectNoAxeViolations(page);
    // Every listed problem links to its field, and the field carries the same message beside it.
    const first = summary.getByRole('link').first();
    const target = (await first.getAttribute('href'))!.slice(1);
    await first.click();
    await expect(page.locator(`#${target}`)).toBeFocused();
    await expect(page.locator(`#${target}-error`)).toBeVisible();
    expect(await page.locator('form.contribution-form').getAttribute('method')).toBe('post');
  });
}

test('"Meld en fejl": fields, hints and errors stacked, the summary focused and linked, the typed text sent', async ({ page }) => {
  test.setTimeout(90_000); // axe over a whole lesson page, twice
  await page.goto(lessonsOf(FIRST_COURSE)[0]!.url);
  await page.getByRole('button', { name: 'Meld en fejl' }).click();
  const form = page.locator('form.report-form');
  await expect(form.getByRole('heading', { name: 'Meld en fejl' })).toBeFocused();
  await form.getByLabel('Din e-mail, hvis du vil have svar (frivillig)').fill('ikke-en-adresse');
  await form.getByRole('button', { name: 'Send fejlmeldingen' }).click();
  const summary = form.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveCount(2);
  // The label, the field and its message each sit on their own line.
  const label = await form.locator('label[for="report-what"]').boundingBox();
  const field = await form.locator('#report-what').boundingBox();
  const message = await form.locator('#report-what-problem').boundingBox();
  expect(message!.y).toBeGreaterThan(label!.y + label!.height - 1);
  expect(field!.y).toBeGreaterThan(message!.y + message!.height - 1);
  await expectNoAxeViolations(page);
  await summary.getByRole('link', { name: /Hvad er forkert/ }).click();
  await expect(form.locator('#report-what')).toBeFocused();
  await form.locator('#report-what').fill('Datoen i andet afsnit er forkert: loven trådte i kraft 1. juli 2024.');
  await form.getByLabel('Din e-mail, hvis du vil have svar (frivillig)').fill('');
  await form.getByRole('button', { name: 'Send fejlmeldingen' }).click();
  await expect(page.getByText('Tak! Redaktionen har fået din fejlmelding.')).toBeVisible();
  urlHasNo(page, 'Datoen');
});

test('profile and advisor listing: errors in a focused summary that links to each field', async ({ page }) => {
  await signIn(page, uniqueEmail('profil'));
  const profile = page.locator('section[aria-labelledby="profil"]');
  await profile.getByLabel('Navn på kursusbeviser').fill('A');
  await profile.getByRole('button', { name: 'Gem profil' }).click();
  const summary = profile.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(profile.locator('#profile-name-error')).toBeVisible();
  await expectNoAxeViolations(page);
  await summary.getByRole('link').click();
  await expect(profile.getByLabel('Navn på kursusbeviser')).toBeFocused();
  await profile.getByLabel('Navn på kursusbeviser').fill('Ana Andersen');
  await profile.getByRole('button', { name: 'Gem profil' }).click();
  await expect(profile.getByText('Profilen er gemt.')).toBeVisible();
  await expect(summary).toHaveCount(0);
});

test('without JavaScript a form that needs it says so instead of showing dead controls', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of ['/log-ind/', '/indsend/', '/virksomheder/tilmeld/', '/bevis/', '/min-side/']) {
    await page.goto(path);
    await expect(page.locator('main .needs-js'), path).toBeHidden();
    await expect(page.locator('main').getByRole('button'), path).toHaveCount(0);
    await expect(page.locator('main').getByText('Henter', { exact: false }), path).toBeHidden();
    await expect(page.locator('main noscript + .needs-js'), path).toHaveCount(1);
    await expect(page.locator('main').getByText(/kræver JavaScript|virker kun med JavaScript/)).toBeVisible();
  }
  await context.close();
});
