/** Lighthouse's performance score for a page of a built site, served on loopback (Debian's Chromium). */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serve } from './static-server.ts';

export async function performanceScore(dist: string, path: string): Promise<number> {
  const { url, server } = await serve(dist);
  const chrome = await chromeLauncher.launch({
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
  try {
    const result = await lighthouse(`${url}/${path}/`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
    return Math.round((result!.lhr.categories.performance!.score ?? 0) * 100);
  } finally {
    chrome.kill();
    server.close();
  }
}
