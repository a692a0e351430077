/**
 * Size budgets from DESIGN.md, measured as a guest's browser loads each content page type, gzip:
 * HTML ≤ 12 KB, CSS ≤ 10 KB, JS ≤ 4 KB on first view; a lesson's JS ≤ 12 KB once its knowledge
 * check has been used; a tool page, whose calculator is the point of the page, ≤ 18 KB. Sizes, never times.
 */
import { expect, test, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { PAGE_TYPES, TOOL_PAGES } from './pages.ts';
import { knowledgeCheck } from './helpers.ts';

const KB = 1024;
const BUDGET = { document: 12 * KB, stylesheet: 10 * KB, script: 4 * KB };
// Everything a lesson page has loaded once its videnstjek is used: page scripts, the check, Preact.
const LESSON_SCRIPT_AFTER_USE = 12 * KB;
// 18 KB since every legal condition ships with its cited source and dated periods (src/lib/tools/rates.ts).
const TOOL_SCRIPT = 18 * KB;
const CONTENT_PAGES = [
  'forside',
  'kurser',
  'kursus',
  'lektion',
  'historier',
  'historie',
  'ordbog',
  'begreb',
  'om',
  'virksomheder',
  'virksomhed',
  'bydel',
  'arrangementer',
  'arrangement',
  'netvaerk',
  'organisation',
  'byeksempler',
  'byeksempel',
  'cityCasesEn',
  'cityCaseEn',
  'tal',
  'frontEn',
  'directoryEn',
  'businessEn',
  'districtEn',
  'networkEn',
  'figuresEn',
];

/**
 * Counts the gzip bytes of every document, stylesheet and script the page loads from now on.
 * `settle()` waits for every body, also those that arrive while waiting: no late response slips past.
 */
function meter(page: Page, skip?: RegExp) {
  const bytes = { document: 0, stylesheet: 0, script: 0 };
  const urls: string[] = [];
  const bodies: Promise<void>[] = [];
  let supabaseLoaded = false;
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (!(type in bytes)) return;
    urls.push(response.url());
    if (skip?.test(response.url())) return;
    bodies.push(
      response.body().then((body) => {
        if (type === 'script' && body.includes('GoTrueClient')) supabaseLoaded = true;
        bytes[type as keyof typeof bytes] += gzipSync(body).length;
      }),
    );
  });
  async function settle() {
    await page.waitForLoadState('networkidle');
    for (let seen = -1; seen !== bodies.length; ) {
      seen = bodies.length;
      await Promise.all(bodies);
    }
    expect(bytes.document, 'the page itself was measured').toBeGreaterThan(0);
  }
  return { bytes, urls, settle, supabaseLoaded: () => supabaseLoaded };
}

for (const name of CONTENT_PAGES) {
  test(`${name} stays within the size budget on first view`, async ({ page }) => {
    const m = meter(page);
    await page.goto(PAGE_TYPES[name]!, { waitUntil: 'networkidle' });
    await m.settle();
    expect(
      m.urls.some((u) => u.includes('/pagefind/')),
      'Pagefind loads only on the search page',
    ).toBe(false);
    expect(m.supabaseLoaded(), 'supabase-js never loads for a guest').toBe(false);
    for (const type of Object.keys(BUDGET) as (keyof typeof BUDGET)[])
      expect(m.bytes[type], `${type} bytes (gzip) on ${name}`).toBeLessThanOrEqual(BUDGET[type]);
  });
}

test('a lesson loads its knowledge check only when it is reached, and stays within 12 KB of JS after use', async ({ page }) => {
  const m = meter(page);
  await page.goto(PAGE_TYPES.lektion!, { waitUntil: 'networkidle' });
  await m.settle();
  const firstView = m.bytes.script;
  expect(firstView, 'lesson JS on first view').toBeLessThanOrEqual(BUDGET.script);
  expect(
    m.urls.some((u) => /knowledge-check|preact/.test(u)),
    'the check’s code waits until the check is reached',
  ).toBe(false);

  const quiz = await knowledgeCheck(page);
  await quiz.locator('fieldset.question input').first().check();
  await quiz.getByRole('button', { name: 'Tjek svar' }).click();
  await m.settle();
  expect(m.bytes.script, 'lesson JS after using the check').toBeLessThanOrEqual(LESSON_SCRIPT_AFTER_USE);
  expect(m.supabaseLoaded(), 'supabase-js never loads for a guest').toBe(false);
});

for (const name of TOOL_PAGES) {
  test(`${name} stays within the tool budget once its calculator is loaded`, async ({ page }) => {
    const m = meter(page);
    await page.goto(PAGE_TYPES[name]!, { waitUntil: 'networkidle' });
    await page.mouse.wheel(0, 20_000);
    await m.settle();
    expect(m.supabaseLoaded(), 'supabase-js never loads for a guest').toBe(false);
    expect(m.bytes.script, `script bytes (gzip) on ${name}`).toBeLessThanOrEqual(TOOL_SCRIPT);
    expect(m.bytes.document, `document bytes (gzip) on ${name}`).toBeLessThanOrEqual(BUDGET.document);
    expect(m.bytes.stylesheet, `stylesheet bytes (gzip) on ${name}`).toBeLessThanOrEqual(BUDGET.stylesheet);
  });
}

test('the search page’s own script stays within 4 KB, and a first search within 150 KB in all', async ({ page }) => {
  // Pagefind's files (its engine a script, the rest fetched and compressed already) are counted apart.
  const m = meter(page, /\/pagefind\//);
  const pagefindSizes: Promise<number>[] = [];
  page.on('requestfinished', (request) => {
    if (request.url().includes('/pagefind/')) pagefindSizes.push(request.sizes().then((s) => s.responseBodySize));
  });
  await page.goto(PAGE_TYPES.soeg!);
  await expect(page.locator('.search-result')).toHaveCount(5);
  await m.settle();
  const pagefind = (await Promise.all(pagefindSizes)).reduce((sum, n) => sum + n, 0);
  expect(m.bytes.script, 'the search page’s own script (gzip)').toBeLessThanOrEqual(BUDGET.script);
  expect(
    m.urls.filter((u) => /pagefind-(component-)?ui/.test(u)),
    'no Pagefind UI bundle',
  ).toEqual([]);
  expect(pagefind, 'Pagefind was measured').toBeGreaterThan(50 * KB);
  const total = m.bytes.document + m.bytes.stylesheet + m.bytes.script + pagefind;
  expect(total, 'a first search, everything (DESIGN.md: 150 KB at 4,000 pages)').toBeLessThanOrEqual(150 * KB);
});
