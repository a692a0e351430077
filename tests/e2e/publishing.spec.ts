/**
 * A partner submits, an editor asks for changes, the partner resubmits, the editor approves, the
 * site is rebuilt, and an entrepreneur finds the story by filter and by search. Every text field
 * carries a script-injection payload that must stay inert text.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { hydrated, signIn } from './helpers.ts';
import { E2E_GATEWAY_URL, E2E_SITE_URL } from './env.ts';

test.describe.configure({ mode: 'serial' });

const run = Date.now().toString(36);
const partnerEmail = `partner-${run}@example.dk`;
const XSS = {
  script: '<script>window.__xss = 1</script>',
  img: '<img src=x onerror="window.__xss = 1">',
  svg: '<svg onload="window.__xss = 1"></svg>',
  mdx: '{window.__xss = 1} <Term id="amba">x</Term> [klik](javascript:window.__xss=1)',
  iframe: '<iframe src="javascript:window.__xss=1"></iframe>',
};
const organisation = `Fiktivt Bageri ${run} ${XSS.img}`;
const title = `Bageriet ${run} som medarbejderne ejer ${XSS.script}`;
const summary = `Et fiktivt bageri, hvor de ansatte ejer virksomheden sammen og deler overskuddet. ${XSS.svg}`;
const story =
  `Fiktivt eksempel til test. ${XSS.mdx}\n\nDe ansatte ejer bageriet i fællesskab og beslutter på generalforsamlingen. `.repeat(4) +
  'Bagerlauget';
const lessons = `Skriv vedtægterne sammen, og forklar andelskapitalen for hvert nyt medlem. ${XSS.iframe}`;

async function noAxe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function fillForm(page: Page) {
  const form = await hydrated(page, 'form.contribution-form');
  await form.getByLabel('Organisationens navn').fill(organisation);
  await form.getByLabel('Selskabsform').selectOption('A.M.B.A.');
  await form.getByLabel('Branche').selectOption('Fødevarer og landbrug');
  await form.getByLabel('Bydel eller område').selectOption('Nørrebro');
  await form.getByLabel('Stiftet (år)').fill('2019');
  await form.getByLabel('Størrelse med jeres egne ord').fill(`14 medarbejdere ${XSS.script}`);
  await form.getByLabel('Antal personer (medlemmer eller ansatte)').selectOption('10-49');
  await form.getByLabel('Overskrift').fill(title);
  await form.getByLabel('Kort resumé').fill(summary);
  await form.getByLabel('Historien', { exact: true }).fill(story);
  await form.getByLabel('Det kan andre lære').fill(lessons);
  await form.getByLabel('Et rummeligt og inkluderende erhvervsliv og arbejdsmarked').check();
  await form.getByLabel('Kontaktperson', { exact: true }).fill(`Kontakt ${XSS.script}`);
  await form.getByLabel('Kontaktpersonens e-mail').fill(`kontakt-${run}@bageri.example.dk`);
  await form.getByLabel('Vi giver lov til', { exact: false }).check();
  await form.getByLabel('Jeg har læst, hvordan', { exact: false }).check();
  return form;
}

test('a partner submits: invalid input is explained and a failed request loses nothing', async ({ page }) => {
  await page.addInitScript(() =>
    Object.defineProperty(window, '__xss', {
      set: () => {
        throw new Error('XSS executed');
      },
    }),
  );
  await signIn(page, partnerEmail);
  await page.goto('/indsend/');
  const form = await hydrated(page, 'form.contribution-form');
  await form.getByRole('button', { name: 'Send til redaktionen' }).click();
  await expect(form.locator('.error-summary')).toBeFocused();
  await expect(form.locator('.error-summary').getByRole('link')).toHaveCount(15);
  await form.getByRole('link', { name: /Kontaktpersonens e-mail: Udfyld feltet/ }).click();
  await expect(form.getByLabel('Kontaktpersonens e-mail')).toBeFocused();
  await noAxe(page);

  await fillForm(page);
  await form.getByLabel('Kontaktpersonens e-mail').fill('ikke-en-adresse');
  await form.getByRole('button', { name: 'Send til redaktionen' }).click();
  await expect(form.getByText('Skriv en gyldig e-mailadresse, fx navn@eksempel.dk.').first()).toBeVisible();
  await form.getByLabel('Kontaktpersonens e-mail').fill(`kontakt-${run}@bageri.example.dk`);

  // The request fails: the message says so, and after a reload the whole draft is still there.
  await page.route('**/rest/v1/rpc/submit_case_story', (route) => route.abort());
  await form.getByRole('button', { name: 'Send til redaktionen' }).click();
  await expect(form.getByRole('alert')).toHaveText('Der er ingen forbindelse. Tjek dit netværk, og prøv igen. Intet er gået tabt.');
  await page.unroute('**/rest/v1/rpc/submit_case_story');
  await page.reload();
  const restored = await hydrated(page, 'form.contribution-form');
  await expect(restored.getByText('Vi har hentet dit gemte udkast.')).toBeVisible();
  await expect(restored.getByLabel('Historien', { exact: true })).toHaveValue(story);
  await expect(restored.getByLabel('Overskrift')).toHaveValue(title);
  await restored.getByRole('button', { name: 'Send til redaktionen' }).click();
  await expect(restored.getByText('Tak! Historien er sendt til redaktionen.', { exact: false })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('fv:story-draft'))).toBeNull();

  // Someone who is not an editor gets a refusal at /redaktion/ and sees no data.
  await page.goto('/redaktion/');
  await expect(page.getByRole('alert')).toHaveText('Denne side er kun for redaktører. Du har ikke adgang til køen.');
  await expect(page.locator('main')).not.toContainText(run);
});

test('the editor asks for changes, the partner resubmits, the editor approves', async ({ browser }) => {
  const editorContext = await browser.newContext();
  const editor = await editorContext.newPage();
  await editor.addInitScript(() =>
    Object.defineProperty(window, '__xss', {
      set: () => {
        throw new Error('XSS executed');
      },
    }),
  );
  await signIn(editor, 'redaktoer@example.dk');
  await editor.goto('/redaktion/');
  const item = (await hydrated(editor, '.queue')).locator('li', { hasText: `Bageriet ${run}` });
  await item.getByRole('button', { name: /Læs og afgør/ }).click();
  await expect(editor.locator('.preview')).toContainText(XSS.script);
  await expect(editor.locator('.preview')).toContainText(XSS.mdx);
  await expect(editor.getByText(`kontakt-${run}@bageri.example.dk`)).toBeVisible();
  await noAxe(editor);
  await editor.getByRole('button', { name: 'Bed om ændringer' }).click();
  await expect(editor.getByText('Skriv en bemærkning til indsenderen (mindst 5 tegn).')).toBeVisible();
  await editor.getByLabel('Bemærkning til indsenderen').fill('Skriv gerne, hvornår medarbejderne overtog bageriet.');
  await editor.getByRole('button', { name: 'Bed om ændringer' }).click();
  await expect(editor.getByText('Indsenderen er bedt om ændringer.')).toBeVisible();

  const partnerContext = await browser.newContext();
  const partner = await partnerContext.newPage();
  await signIn(partner, partnerEmail);
  const mine = partner.locator('[data-submission]', { hasText: `Bageriet ${run}` });
  await expect(mine).toContainText('Redaktionen beder om ændringer');
  await expect(mine).toContainText('Skriv gerne, hvornår medarbejderne overtog bageriet.');
  await mine.getByRole('link', { name: 'Ret historien' }).click();
  const form = await hydrated(partner, 'form.contribution-form');
  await expect(form.getByLabel('Overskrift')).toHaveValue(title);
  await form.getByLabel('Det kan andre lære').fill(`${lessons} Medarbejderne overtog bageriet i 2021.`);
  await form.getByRole('button', { name: 'Send rettelserne' }).click();
  await expect(form.getByText('Tak! Rettelserne er sendt til redaktionen.', { exact: false })).toBeVisible();
  await partnerContext.close();

  await editor.goto('/redaktion/');
  const again = (await hydrated(editor, '.queue')).locator('li', { hasText: `Bageriet ${run}` });
  await expect(again).toContainText('Venter på redaktionen');
  await again.getByRole('button', { name: /Læs og afgør/ }).click();
  await expect(editor.locator('.moderation-item ol')).toContainText('Redaktionen beder om ændringer → Venter på redaktionen');
  await editor.getByRole('button', { name: 'Godkend og udgiv' }).click();
  await expect(editor.getByText('Godkendt. Historien kommer på sitet ved næste opbygning.')).toBeVisible();
  await editorContext.close();
});

test('after a rebuild the story is found by filter and by search, inert and without contact data', async ({ page }) => {
  test.setTimeout(180_000);
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: {
      ...process.env,
      SITE_URL: E2E_SITE_URL,
      PUBLIC_SUPABASE_URL: E2E_GATEWAY_URL,
      PUBLIC_SUPABASE_ANON_KEY: '',
      STORIES_LOCAL_DB: 'off',
    },
    encoding: 'utf8',
  });
  expect(build.status, build.stderr).toBe(0);
  expect(build.stdout).toMatch(/godkendte historier hentet/);

  await page.addInitScript(() =>
    Object.defineProperty(window, '__xss', {
      set: () => {
        throw new Error('XSS executed');
      },
    }),
  );
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/historier/?bydel=N%C3%B8rrebro&form=A.M.B.A.');
  await expect(page.locator('form[data-facet-filter]')).toBeVisible();
  const card = page.locator('#story-list > li:visible', { hasText: `Bageriet ${run}` });
  await expect(card).toBeVisible();
  await page.getByLabel('Branche').selectOption('Energi og miljø');
  await expect(card).toBeHidden();
  await page.getByLabel('Branche').selectOption('');
  await card.getByRole('link').click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  const main = page.locator('main');
  for (const payload of Object.values(XSS)) await expect(main).toContainText(payload);
  await expect(main).toContainText('Medarbejderne overtog bageriet i 2021.');
  const html = await page.content();
  expect(html).not.toContain(`kontakt-${run}@bageri.example.dk`);
  // The payloads are in the page only as escaped text: no tag of theirs reaches the HTML.
  for (const tag of ['<script>window.__xss', '<img src=x', '<svg onload', '<iframe src="javascript', '<Term id="amba">x'])
    expect(html).not.toContain(tag);
  expect(await page.locator('main iframe, main svg[onload], main img[onerror]').count()).toBe(0);
  expect(errors).toEqual([]);
  await noAxe(page);

  const rss = await (await page.request.get('/historier/rss.xml')).text();
  expect(rss).toContain(`Bageriet ${run}`);
  expect(rss).not.toContain(`kontakt-${run}`);
  expect(rss).not.toContain('<script>');

  await page.goto(`/soeg/?q=bagerlauget`);
  const result = page.locator('.result-title a').first();
  await expect(result).toBeVisible();
  await result.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  // Pagefind's index files are gzip-compressed: each file is read opened, or grep would see nothing.
  const built = builtFiles();
  expect(
    built.some((f) => f.path.includes('pagefind') && f.text.includes('Bagerlauget')),
    'the story is in the opened search index',
  ).toBe(true);
  expect(
    built.filter((f) => f.text.includes(`kontakt-${run}`)).map((f) => f.path),
    'contact data in the built site or search index',
  ).toEqual([]);
});

/** Every file of dist/ as text, gzip-compressed ones decompressed. */
function builtFiles() {
  return readdirSync('dist', { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile())
    .map((f) => {
      const path = join(f.parentPath, f.name);
      const bytes = readFileSync(path);
      const opened = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
      return { path, text: opened.toString('utf8') };
    });
}

// The business registered and approved in contributions.spec.ts (the chromium project runs first).
test('after the rebuild an approved business is in the directory, on the map and in search, without contact data', async ({ page }) => {
  await page.goto('/virksomheder/?bydel=Valby');
  const card = page.locator('#business-list > li:visible', { hasText: 'Fiktiv Kantine' }).first();
  await expect(card, 'the business approved in contributions.spec.ts').toBeVisible();
  // The card's own page is the link in its heading (the card also links the CVR register).
  const link = card.getByRole('heading').getByRole('link');
  const name = (await link.innerText()).trim();
  await expect(page.getByRole('link', { name: /^Valby: [1-9]\d* virksomhed(er)?$/ })).toBeVisible();

  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.locator('main')).toContainText('Mad og catering');
  await expect(page.locator('main')).not.toContainText('kantine.example.dk');

  const csv = await (await page.request.get('/virksomheder/virksomheder.csv')).text();
  expect(csv).toContain(name);
  expect(csv).not.toContain('kantine.example.dk');
  // The partner's description starts like a formula: the spreadsheet gets it as text, the JSON as typed.
  const row = csv.split('\r\n').find((line) => line.includes(name))!;
  expect(row).toContain(";'@SUM(1+1) Fiktivt eksempel: en kantine");
  expect(row.split(';').some((cell) => /^[=+\-@]/.test(cell))).toBe(false);
  const json = await (await page.request.get('/virksomheder/virksomheder.json')).json();
  expect(json.virksomheder.find((b: { navn: string }) => b.navn === name).beskrivelse).toMatch(/^@SUM\(1\+1\) Fiktivt eksempel/);

  await page.goto(`/soeg/?q=${encodeURIComponent(name)}`);
  await expect(page.locator('.result-title a', { hasText: name }).first()).toBeVisible();
});
