// Screenshots of the tool pages at 390 and 1280 px, light and dark (for review, not a test).
import { chromium } from '@playwright/test';
const base = process.env.BASE ?? 'http://127.0.0.1:4329';
const out = process.env.OUT ?? '/work/wt/shots-tools';
const pages = (process.env.PAGES ?? '/vaerktoejer/').split(',');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const scheme of ['light', 'dark'])
  for (const width of [390, 1280]) {
    const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
    const page = await ctx.newPage();
    for (const url of pages) {
      await page.goto(base + url, { waitUntil: 'networkidle' });
      await page.mouse.wheel(0, 3000);
      await page.waitForTimeout(400);
      await page.evaluate(() => window.scrollTo(0, 0));
      const name = url.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'root';
      await page.screenshot({ path: `${out}/${name}-${width}-${scheme}.png`, fullPage: true });
    }
    await ctx.close();
  }
await browser.close();
