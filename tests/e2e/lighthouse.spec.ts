/**
 * Lighthouse (Debian's Chromium) on every page type: accessibility, best practices and SEO must
 * score 100. Performance is a timing, so the benchmark reports it instead.
 */
import { expect, test } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { PAGE_TYPES } from './pages.ts';

const CATEGORIES = ['accessibility', 'best-practices', 'seo'] as const;
// Personal pages and forms say noindex on purpose, which Lighthouse's SEO score counts against them.
const isNoindex = async (url: URL) => /<meta name="robots" content="noindex"/.test(await (await fetch(url)).text());

let chrome: chromeLauncher.LaunchedChrome;
test.beforeAll(async () => {
  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
});
test.afterAll(() => chrome?.kill());
test.describe.configure({ mode: 'serial' });

for (const [name, path] of Object.entries(PAGE_TYPES).filter(([n]) => n !== 'ikkeFundet')) {
  test(`Lighthouse scores 100 on ${name} (${path})`, async ({ baseURL }) => {
    test.setTimeout(90_000);
    const url = new URL(path, baseURL);
    const noindex = await isNoindex(url);
    const result = await lighthouse(url.href, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    const lhr = result!.lhr;
    for (const category of CATEGORIES) {
      if (category === 'seo' && noindex) continue;
      const failing = lhr.categories[category]!.auditRefs.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1).map(
        (ref) => `${ref.id}: ${lhr.audits[ref.id]?.title}`,
      );
      expect(failing, `${category} on ${path}`).toEqual([]);
      expect(lhr.categories[category]!.score).toBe(1);
    }
  });
}
