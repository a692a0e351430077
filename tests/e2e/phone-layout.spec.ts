/**
 * At 390 px no page scrolls sideways and long Danish words break only where Danish breaks them
 * (at a soft hyphen), not mid-syllable: "socialøkonomis|k" on /bevis/ and "Erhvervsvirksomhed|sloven"
 * in a lesson heading were both seen.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';

test.use({ viewport: { width: 390, height: 844 } });

/** The parts of words (between spaces, hyphens and soft hyphens) that the browser split over two lines. */
async function midWordBreaks(el: Locator) {
  return el.evaluate((root) => {
    const broken: string[] = [];
    // The line a character is on. A character right after a soft hyphen where the line broke also
    // reports the hyphen's box at the end of the line before, so the last box counts.
    const lineOf = (node: Text, i: number) => {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      return Math.round([...range.getClientRects()].filter((r) => r.width > 0).at(-1)?.top ?? -1);
    };
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      for (const m of node.data.matchAll(/[^\s\u00AD-]+/g)) {
        if (lineOf(node, m.index) !== lineOf(node, m.index + m[0].length - 1)) broken.push(m[0]);
      }
    }
    return broken;
  });
}

const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - innerWidth);

test('a lesson heading with a long compound breaks at a syllable', async ({ page }) => {
  await page.goto('/kurser/andelsselskabet/hvad-er-et-andelsselskab/');
  const heading = page.locator('#erhvervsvirksomhedsloven-som-ramme');
  await expect(heading).toBeVisible();
  expect(await midWordBreaks(heading)).toEqual([]);
  expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(0);
});

test('a verified certificate shows each term above its value on a phone', async ({ page }) => {
  const cert = {
    participant_name: 'Lærke Andersen',
    course_title: 'Registreret socialøkonomisk virksomhed',
    course_lang: 'da',
    completed_on: '2026-11-30',
    hours: 6,
    passed_at: '2026-11-30T10:00:00Z',
    score_percent: 90,
    revoked_at: null,
  };
  await page.route('**/rest/v1/rpc/verify_certificate', (route) => route.fulfill({ json: cert }));
  await page.goto('/bevis/?kode=ABCD-EFGH-2345');
  const result = page.locator('.verify-result');
  await expect(result).toContainText('Registreret socialøkonomisk virksomhed');
  expect(await midWordBreaks(result)).toEqual([]);
  expect(await midWordBreaks(page.getByRole('heading', { level: 1 }))).toEqual([]);
  // Stacked: the course title starts where its term starts.
  const [term, value] = await Promise.all([
    result.getByText('Kursus', { exact: true }).boundingBox(),
    result.getByText(cert.course_title).boundingBox(),
  ]);
  expect(Math.round(value!.x)).toBe(Math.round(term!.x));
  expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(0);
});

for (const path of ['/', '/virksomheder/', '/virksomheder/bydel/valby/', '/raadgivere/', '/virksomheder/tilmeld/']) {
  test(`${path} does not scroll sideways and its headings break only between syllables`, async ({ page }) => {
    await page.goto(path);
    expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(0);
    for (const h of await page.locator('main h1, main h2, main h3').all()) expect(await midWordBreaks(h), await h.innerText()).toEqual([]);
  });
}
