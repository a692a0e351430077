import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { E2E_GATEWAY_PORT, E2E_INBOX } from './tests/e2e/env.ts';

// Debian's Chromium; never a downloaded browser. A missing browser is an error, not a skip.
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath))
  throw new Error(`Chromium blev ikke fundet på ${executablePath}. Installér den (apt-get install chromium) eller sæt CHROME_PATH.`);

const port = Number(process.env.E2E_PORT ?? 4329);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    trace: 'off',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'chromium', testIgnore: /(publishing|figures|events-published)\.spec\.ts/ },
    // Rebuilds the site, so it runs alone, after everything else.
    { name: 'publishing', testMatch: /publishing\.spec\.ts/, dependencies: ['chromium'] },
    // Need a build made while the gateway answered (/tal/, a partner's approved event), so they come after the rebuild above.
    { name: 'figures', testMatch: /(figures|events-published)\.spec\.ts/, dependencies: ['publishing'] },
  ],
  webServer: [
    {
      // Serves the finished build in dist/ (npm test builds it first).
      command: `node node_modules/astro/bin/astro.mjs preview --ignore-lock --host 127.0.0.1 --port ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: 'node supabase/local/start.ts',
      url: `http://127.0.0.1:${E2E_GATEWAY_PORT}/health`,
      env: {
        GATEWAY_PORT: String(E2E_GATEWAY_PORT),
        GATEWAY_DATA_DIR: 'memory',
        GATEWAY_INBOX: E2E_INBOX,
        GATEWAY_RESEND_SECONDS: '3',
        SITE_ORIGIN: `http://127.0.0.1:${port}`,
      },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
