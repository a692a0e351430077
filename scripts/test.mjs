/**
 * `npm test`: every suite, in order, stopping at the first failure.
 * Type check → unit and build tests → production build with search index → browser tests.
 */
import { node } from './run.mjs';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(`Node ${process.versions.node} er for gammel: projektet kræver Node ≥ 22.12 (se README).`);
  process.exit(1);
}

node('Typetjek (astro check)', 'node_modules/astro/bin/astro.mjs', ['check']);
node('Enheds- og byggetests (Vitest)', 'node_modules/vitest/vitest.mjs', ['run']);
node('Byg sitet og søgeindekset', 'node_modules/astro/bin/astro.mjs', ['build']);
node('Browsertests (Playwright i Chromium)', 'node_modules/@playwright/test/cli.js', ['test']);
console.log('\n✓ Alle tests bestod.');
