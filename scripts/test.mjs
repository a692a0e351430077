/**
 * `npm test`: every suite, in order, stopping at the first failure.
 * Format and lint → unused code → type check → unit and build tests → production build with search index → browser tests.
 */
import { node } from './run.mjs';
import { E2E_GATEWAY_URL, E2E_SITE_URL } from '../tests/e2e/env.ts';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(`Node ${process.versions.node} er for gammel: projektet kræver Node ≥ 22.12 (se README).`);
  process.exit(1);
}

node('Formatering og fejlmønstre (Biome)', 'node_modules/@biomejs/biome/bin/biome', ['check', '.']);
node('Ubrugt kode, filer og afhængigheder (knip)', 'node_modules/knip/bin/knip.js', []);
node('Typetjek (astro check)', 'node_modules/astro/bin/astro.mjs', ['check']);
node('Enheds- og byggetests (Vitest)', 'node_modules/vitest/vitest.mjs', ['run']);
// The browser tests run against their own local gateway (tests/e2e/env.ts), never a real project.
// A local SITE_URL makes it a test build, which may use the local gateway (src/lib/build-backend.ts).
const e2eEnv = {
  ...process.env,
  SITE_URL: E2E_SITE_URL,
  PUBLIC_SUPABASE_URL: E2E_GATEWAY_URL,
  PUBLIC_SUPABASE_ANON_KEY: '',
  STORIES_LOCAL_DB: 'off',
};
node('Byg sitet og søgeindekset', 'node_modules/astro/bin/astro.mjs', ['build'], { env: e2eEnv });
node('Browsertests (Playwright i Chromium)', 'node_modules/@playwright/test/cli.js', ['test']);
console.log('\n✓ Alle tests bestod.');
