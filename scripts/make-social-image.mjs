/**
 * Draws public/social.png (1200×630, the image shown when a page is shared) with Chromium.
 * Run by hand when the design changes: `node scripts/make-social-image.mjs`.
 */
import { chromium } from '@playwright/test';

const html = `<!doctype html><html lang="da"><body style="margin:0">
<div style="width:1200px;height:630px;box-sizing:border-box;padding:80px;background:#0b6153;color:#fff;
 font-family:'DejaVu Serif',serif;display:flex;flex-direction:column;justify-content:space-between">
  <svg width="140" height="100" viewBox="0 0 32 22"><circle cx="11" cy="11" r="9" fill="none" stroke="#fff" stroke-width="2.4"/><circle cx="21" cy="11" r="9" fill="none" stroke="#fff" stroke-width="2.4"/></svg>
  <div><div style="font-size:96px;font-weight:700">Fælles Værdier</div>
  <div style="font-size:38px;font-family:'DejaVu Sans',sans-serif;margin-top:24px;max-width:980px">Kurser, historier og ordbog om demokratiske, kooperative og socialøkonomiske virksomheder</div></div>
</div></body></html>`;

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(html);
await page.screenshot({ path: 'public/social.png' });
await browser.close();
