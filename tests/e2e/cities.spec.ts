import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const INDEX = { da: '/laer-af-andre-byer/', en: '/en/learning-from-other-cities/' } as const;
const CASE = { da: '/laer-af-andre-byer/preston/', en: '/en/learning-from-other-cities/preston/' } as const;
const other = (lang: 'da' | 'en') => (lang === 'da' ? 'en' : 'da');

/** The page's hreflang alternates as paths, keyed by language. */
async function alternates(page: Page) {
  const links = await page
    .locator('head link[rel="alternate"][hreflang]')
    .evaluateAll((ls) => ls.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]));
  return Object.fromEntries(links);
}

for (const lang of ['da', 'en'] as const) {
  test(`the ${lang} index lists at least six city cases, each with its counterpart`, async ({ page, request }) => {
    await page.goto(INDEX[lang]);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    expect(await alternates(page)).toEqual({ da: INDEX.da, en: INDEX.en, 'x-default': INDEX.da });
    const cases = page.locator('.city-cases h2 a');
    expect(await cases.count()).toBeGreaterThanOrEqual(6);
    // Every case page declares the language, names both versions, and its counterpart points back.
    for (const href of await cases.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      const html = await (await request.get(href)).text();
      expect(html, href).toContain(`<html lang="${lang}">`);
      const counterpart = new RegExp(`hreflang="${other(lang)}" href="[^"]*?(/[^"]*)"`).exec(html)![1]!;
      const back = await (await request.get(counterpart)).text();
      expect(back, counterpart).toContain(`<html lang="${other(lang)}">`);
      expect(back, counterpart).toMatch(new RegExp(`hreflang="${lang}" href="[^"]*${href}"`));
    }
  });

  test(`the language link on a ${lang} case lands on its counterpart, and back`, async ({ page }) => {
    await page.goto(CASE[lang]);
    await page.locator(`.language-switch a[hreflang="${other(lang)}"]`).click();
    await expect(page).toHaveURL(CASE[other(lang)]);
    await expect(page.locator('html')).toHaveAttribute('lang', other(lang));
    await page.locator(`.language-switch a[hreflang="${lang}"]`).click();
    await expect(page).toHaveURL(CASE[lang]);
  });

  for (const scheme of ['light', 'dark'] as const)
    test(`axe finds nothing on the ${lang} index and case, ${scheme} scheme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      for (const url of [INDEX[lang], CASE[lang]]) {
        await page.goto(url);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
        expect(results.violations.map((v) => `${url} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      }
    });
}

test('each fact links to its source, and every "act on it" link leads to a page', async ({ page, request }) => {
  await page.goto(CASE.en);
  const refs = page.locator('.facts .ref');
  expect(await refs.count()).toBeGreaterThanOrEqual(5);
  for (const id of await refs.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) await expect(page.locator(id)).toHaveCount(1);
  for (const href of await page.locator('section[aria-labelledby="act"] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
    expect((await request.get(href)).status(), href).toBe(200);
});

test('English pages have the English header and footer; a Danish destination says so (WCAG 3.1.2)', async ({ page }) => {
  await page.goto(CASE.en);
  await expect(page.getByRole('navigation', { name: 'Main menu' })).toBeVisible();
  await expect(page.locator('footer a[href="/vaerktoejer/"]')).toHaveText('Tools (in Danish)');
  await expect(page.locator('footer a[href="/vaerktoejer/"]')).toHaveAttribute('hreflang', 'da');
  await expect(page.locator('body > div[lang]')).toHaveCount(0);
  await page.goto(CASE.da);
  await expect(page.getByRole('navigation', { name: 'Hovedmenu' })).toBeVisible();
});

test('the English search finds an English city case and no Danish page', async ({ page }) => {
  await page.goto(CASE.en);
  const hits = await page.evaluate(async () => {
    // A variable, so TypeScript does not try to resolve the site's own Pagefind bundle.
    const bundle = '/pagefind/pagefind.js';
    const pagefind = await import(/* @vite-ignore */ bundle);
    await pagefind.init();
    const search = await pagefind.search('Preston anchor institutions');
    return Promise.all(search.results.slice(0, 5).map(async (r: { data(): Promise<{ url: string }> }) => (await r.data()).url));
  });
  expect(hits).toContain(CASE.en);
  expect(hits.every((url: string) => url.startsWith('/en/'))).toBe(true);
});
