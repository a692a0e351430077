import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const entries = readdirSync('src/content/businesses').filter((f) => f.endsWith('.md'));
const field = (file: string, name: string) =>
  new RegExp(`^${name}: (.+)$`, 'm').exec(readFileSync(join('src/content/businesses', file), 'utf8'))?.[1]?.trim();

test('the map links each of the ten districts to its list, with the count the list has', async ({ page }) => {
  await page.goto('/virksomheder/');
  const districts = page.locator('.district-map svg a');
  await expect(districts).toHaveCount(10);
  const rows = page.locator('.district-map tbody tr');
  await expect(rows).toHaveCount(10);
  let checked = 0;
  for (const row of await rows.all()) {
    const name = (await row.locator('th').innerText()).trim();
    const count = Number(await row.locator('td').innerText());
    expect(count).toBe(entries.filter((f) => field(f, 'district') === name).length);
    await expect(
      page.getByRole('link', { name: `${name}: ${count} ${count === 1 ? 'virksomhed' : 'virksomheder'}`, exact: true }),
    ).toBeVisible();
    checked++;
  }
  expect(checked).toBe(10);

  await page.getByRole('link', { name: /^Nørrebro: \d+ virksomheder$/ }).click();
  await expect(page).toHaveURL('/virksomheder/bydel/noerrebro/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Virksomheder i Nørrebro');
});

test('filters live in the address, so a buyer can send a filtered list', async ({ page }) => {
  const form = 'F.M.B.A.';
  const expected = entries.filter((f) => field(f, 'legalForm') === form).length;
  expect(expected).toBeGreaterThan(0);
  await page.goto(`/virksomheder/?form=${encodeURIComponent(form)}`);
  await expect(page.getByLabel('Selskabsform')).toHaveValue(form);
  await expect(page.locator('#business-list > li:visible')).toHaveCount(expected);
  await expect(page.getByText(`${expected} af ${entries.length} virksomheder vises`)).toBeVisible();

  await page.getByLabel('Selskabsform').selectOption('');
  await expect(page.locator('#business-list > li:visible')).toHaveCount(entries.length);
  await expect(page).toHaveURL('/virksomheder/');
});

test('without JavaScript the whole list and the map still work', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/virksomheder/');
  await expect(page.locator('#business-list > li')).toHaveCount(entries.length);
  await expect(page.locator('#business-list > li:visible')).toHaveCount(entries.length);
  await page.getByRole('link', { name: /^Valby: \d+ virksomheder$/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Virksomheder i Valby');
  await context.close();
});

test('the open data downloads carry every entry, the source and the licence', async ({ page, request }) => {
  await page.goto('/virksomheder/');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Hent som regneark (CSV)' }).click(),
  ]);
  const csv = readFileSync((await download.path())!, 'utf8');
  const lines = csv
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean);
  // The first line is the header, so Excel and pandas read the columns; source and licence are on the page and in the JSON.
  expect(lines[0]!.split(';').slice(0, 2)).toEqual(['navn', 'cvr']);
  expect(lines).toHaveLength(entries.length + 1);
  await expect(page.getByRole('link', { name: 'CC BY 4.0' })).toHaveAttribute('href', /creativecommons\.org\/licenses\/by\/4\.0/);

  const json = await (await request.get('/virksomheder/virksomheder.json')).json();
  expect(json.licens.name).toBe('CC BY 4.0');
  expect(json.kilde).toContain('Fælles Værdier');
  expect(json.virksomheder).toHaveLength(entries.length);
  for (const record of json.virksomheder) expect(Object.keys(record)).not.toContain('kontakt');
});

test('a buyer on the reserved-contracts lesson finds the suppliers, and a story leads to its entry', async ({ page }) => {
  await page.goto('/kurser/koeb-ind-med-hjerne-og-hjerte/reserverede-kontrakter/');
  await page.getByRole('complementary', { name: 'Find leverandører' }).getByRole('link', { name: 'Virksomheder i København' }).click();
  await expect(page).toHaveURL('/virksomheder/');

  const linked = entries.find((f) => /^relatedStories: \[.+\]/m.test(readFileSync(join('src/content/businesses', f), 'utf8')))!;
  const story = /^relatedStories: \[([^,\]]+)/m.exec(readFileSync(join('src/content/businesses', linked), 'utf8'))![1]!.trim();
  await page.goto(`/historier/${story}/`);
  // exact: a story's own source links may start with the organisation's name
  await page.getByRole('link', { name: field(linked, 'name')!, exact: true }).click();
  await expect(page).toHaveURL(`/virksomheder/${linked.replace(/\.md$/, '')}/`);
  const storyTitle = /^title: (.+)$/m.exec(readFileSync(`src/content/stories/${story}.md`, 'utf8'))![1]!.trim();
  await expect(page.getByRole('link', { name: storyTitle, exact: true })).toHaveAttribute('href', `/historier/${story}/`);
});

const rsvOf = (file: string) => field(file, 'rsv');

test('an entry whose RSV status nobody checked is shown and filtered as unknown, not as "no"', async ({ page }) => {
  const unknown = entries.filter((f) => rsvOf(f) === undefined).length;
  const no = entries.filter((f) => rsvOf(f) === 'false').length;
  expect(unknown).toBeGreaterThan(0);
  await page.goto('/virksomheder/');
  const rsv = page.locator('select[name="rsv"]');
  await rsv.selectOption({ label: 'Ikke registreret som RSV' });
  await expect(page.locator('#business-list > li:visible')).toHaveCount(no);
  await rsv.selectOption({ label: 'RSV-status ikke tjekket' });
  await expect(page).toHaveURL('/virksomheder/?rsv=ukendt');
  await expect(page.locator('#business-list > li:visible')).toHaveCount(unknown);
  for (const card of await page.locator('#business-list > li:visible').all())
    await expect(card.locator('.rsv')).toHaveText('RSV-status ikke tjekket');
});

test('filters and list come before the map', async ({ page }) => {
  await page.goto('/virksomheder/');
  const order = await page.evaluate(() => {
    const at = (sel: string) => [...document.querySelectorAll('main *')].indexOf(document.querySelector(sel)!);
    return { filters: at('form.filters'), list: at('#business-list'), map: at('.district-map') };
  });
  expect(order.filters).toBeLessThan(order.list);
  expect(order.list).toBeLessThan(order.map);
});

test('the links in the map table show where the keyboard focus is (WCAG 2.4.7)', async ({ page }) => {
  await page.goto('/virksomheder/');
  const links = page.locator('.district-map table a');
  await links.nth(0).focus();
  await page.keyboard.press('Tab');
  const focused = links.nth(1);
  await expect(focused).toBeFocused();
  const outline = await focused.evaluate((a) => {
    const s = getComputedStyle(a);
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThanOrEqual(2);
});

test('a district without businesses shows the ones working across the city and invites a registration', async ({ page }) => {
  const citywide = entries.filter((f) => field(f, 'district') === 'København, flere bydele');
  expect(citywide.length).toBeGreaterThan(0);
  expect(entries.filter((f) => field(f, 'district') === 'Valby')).toHaveLength(0);
  await page.goto('/virksomheder/bydel/valby/');
  await expect(page.getByText('Oversigten har endnu ingen virksomheder i Valby.')).toBeVisible();
  const section = page.getByRole('region', { name: 'Virksomheder i flere bydele' });
  await expect(section.locator('li.card')).toHaveCount(citywide.length);
  for (const f of citywide) await expect(section.getByRole('link', { name: field(f, 'name')!, exact: true })).toBeVisible();
  await page
    .getByRole('region', { name: 'Ligger jeres virksomhed i Valby?' })
    .getByRole('link', { name: 'Tilmeld jeres virksomhed' })
    .click();
  await expect(page).toHaveURL('/virksomheder/tilmeld/');
});

test('cards show the website and the CVR number linked to the public register', async ({ page }) => {
  const file = entries.find((f) => field(f, 'cvr') && field(f, 'website'))!;
  const cvr = field(file, 'cvr')!.replace(/"/g, '');
  await page.goto('/virksomheder/');
  const card = page.locator('#business-list > li').filter({ has: page.getByRole('link', { name: field(file, 'name')!, exact: true }) });
  await expect(card.getByRole('link', { name: `CVR ${cvr} i CVR-registret` })).toHaveAttribute(
    'href',
    `https://datacvr.virk.dk/enhed/virksomhed/${cvr}`,
  );
  await expect(card.getByRole('link', { name: new URL(field(file, 'website')!).hostname.replace(/^www\./, '') })).toHaveAttribute(
    'href',
    field(file, 'website')!,
  );
});

/** The editors' files that state inclusive jobs, and which: `inclusiveJobs: [fleksjob, loentilskud]`. */
const inclusiveJobsOf = (file: string) =>
  (field(file, 'inclusiveJobs') ?? '')
    .replace(/[[\]]/g, '')
    .split(',')
    .map((j) => j.trim())
    .filter(Boolean);

test('the inclusive-jobs facet shows only businesses that state the form chosen; not stated is never shown as a match', async ({
  page,
}) => {
  await page.goto('/virksomheder/');
  const facet = page.getByLabel('Rummelige job');
  await expect(facet.locator('option')).toHaveText(['Alle', 'Mindst én form', 'Fleksjob', 'Løntilskud', 'Virksomhedspraktik']);
  for (const [label, value] of [
    ['Fleksjob', 'fleksjob'],
    ['Løntilskud', 'loentilskud'],
    ['Virksomhedspraktik', 'virksomhedspraktik'],
    ['Mindst én form', 'mindst-en'],
  ]) {
    const expected = entries.filter((f) => (value === 'mindst-en' ? inclusiveJobsOf(f).length > 0 : inclusiveJobsOf(f).includes(value!)));
    await facet.selectOption({ label: label! });
    await expect(page).toHaveURL(`/virksomheder/?rummelige=${value}`);
    await expect(page.locator('#business-list > li:visible')).toHaveCount(expected.length);
    await expect(page.getByText(`${expected.length} af ${entries.length} virksomheder vises`)).toBeVisible();
    if (expected.length === 0) await expect(page.getByText('Ingen virksomheder passer til filtrene.')).toBeVisible();
    for (const card of await page.locator('#business-list > li:visible').all())
      await expect(card.locator('.inclusive-jobs')).toContainText(
        label === 'Mindst én form' ? 'Tilbyder rummelige job' : label!.toLowerCase(),
      );
  }
  // An entry that states nothing says nothing about it: no line, not "no".
  const silent = entries.filter((f) => inclusiveJobsOf(f).length === 0).length;
  await facet.selectOption('');
  await expect(page.locator('#business-list > li .inclusive-jobs')).toHaveCount(entries.length - silent);
  await expect(page.locator('#business-list')).not.toContainText('Tilbyder ikke');

  // Filtered and combined with another facet, in light and dark: axe finds nothing.
  await page.goto('/virksomheder/?rummelige=fleksjob&rsv=ja');
  await expect(facet).toHaveValue('fleksjob');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations, `${colorScheme}: ${results.violations.map((v) => v.id).join(', ')}`).toEqual([]);
  }
});

test('without JavaScript the whole list shows, and the inclusive-jobs lines are in the page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/virksomheder/?rummelige=fleksjob');
  await expect(page.locator('#business-list > li:visible')).toHaveCount(entries.length);
  await expect(page.locator('#business-list > li .inclusive-jobs')).toHaveCount(
    entries.filter((f) => inclusiveJobsOf(f).length > 0).length,
  );
  await context.close();
});
