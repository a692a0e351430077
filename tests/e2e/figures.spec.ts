/**
 * /tal/: the figures come from the gateway's database at build time, a small count is shown as
 * "under 5" (never 1 to 4), the CSV and JSON files parse, and axe finds nothing in either scheme.
 * It needs a build made while the gateway answered: after publishing.spec (its project runs first)
 * there is one; run alone, it makes one.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { ANON_KEY } from '../../supabase/local/config.ts';
import { parseCsv } from '../support/csv.ts';
import { E2E_GATEWAY_URL, E2E_SITE_URL } from './env.ts';

test.describe.configure({ mode: 'serial' });

const builtWithDatabase = () => readFileSync('dist/tal/index.html', 'utf8').includes('data-database="ja"');

test.beforeAll(() => {
  if (builtWithDatabase()) return;
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
  expect(build.stdout).toMatch(/\[tal\] tallene hentet/);
});

type Figures = { per_course: { course: string; learners: number | null; certificates: number | null }[] };

const databaseFigures = async (): Promise<Figures> => {
  const res = await fetch(`${E2E_GATEWAY_URL}/rest/v1/rpc/public_figures`, {
    method: 'POST',
    body: '{}',
    headers: { apikey: ANON_KEY, authorization: `Bearer ${ANON_KEY}`, 'content-type': 'application/json' },
  });
  expect(res.status).toBe(200);
  return res.json();
};

test('shows the database’s figures, each with a definition and a date, and small counts as "under 5"', async ({ page }) => {
  const db = await databaseFigures();
  await page.goto('/tal/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tal i det åbne');
  await expect(page.locator('[data-database]')).toHaveAttribute('data-database', 'ja');

  const learners = page.locator('[data-figure="kursister-pr-kursus"]');
  await expect(learners.locator('tbody tr')).toHaveCount(db.per_course.length);
  for (const c of db.per_course)
    await expect(learners.locator(`tr[data-key="${c.course}"] td`)).toHaveText(c.learners === null ? 'under 5' : String(c.learners));
  await expect(page.locator('[data-figure="kursister"] dd')).toHaveText('under 5');
  await expect(learners.locator('svg[role="img"] title')).toHaveText('Kursister pr. kursus');
  await expect(learners.getByText(/^Beregnet \d+\. \w+ \d{4}\.$/)).toBeVisible();

  // Every figure on the page is a number of 5 or more, 0, "under 5" or a range: never 1 to 4.
  const values = await page.locator('td, .key-figures dd, svg .chart-value').allTextContents();
  expect(values.length).toBeGreaterThan(20);
  expect(values.filter((v) => /^\s*[1-4]\s*$/.test(v))).toEqual([]);
  expect(values).toContain('under 5');
  // No script draws the charts.
  expect(await page.locator('.figure script, .chart-box script').count()).toBe(0);
});

test('the figures download as CSV with the header first and as JSON with the licence', async ({ page }) => {
  await page.goto('/tal/');
  const rowsOnPage = (await page.locator('.figure tbody tr').count()) + (await page.locator('.key-figures > div').count());

  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tal som CSV' }).click()]);
  const csv = parseCsv(readFileSync((await csvDownload.path())!, 'utf8'));
  expect(csv[0]).toEqual(['figur', 'definition', 'kategori', 'mindst', 'hoejst', 'vist_som', 'enhed', 'beregnet']);
  expect(csv.slice(1)).toHaveLength(rowsOnPage);
  expect(
    csv
      .slice(1)
      .filter((r) => r[5] === 'under 5')
      .every((r) => Number(r[4]) < 5),
  ).toBe(true);

  const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tal som JSON' }).click()]);
  const json = JSON.parse(readFileSync((await jsonDownload.path())!, 'utf8'));
  expect(json.licens.name).toBe('CC BY 4.0');
  expect(json.med_databasens_tal).toBe(true);
  expect(json.figurer.map((f: { id: string }) => f.id)).toContain('kursister-pr-kursus');
});

test('the footer links to the figures, and search finds them as a page about the site', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('footer a[href="/tal/"]')).toHaveText('Tal i det åbne');
  await page.goto('/soeg/?q=efteruddannelsestimer');
  await expect(page.locator('.search-result .result-title a[href="/tal/"]').first()).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const)
  test(`axe finds no WCAG 2.1 A/AA violations on /tal/ with the database’s figures (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/tal/');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
