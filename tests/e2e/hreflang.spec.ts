/**
 * Every built page that names counterparts in other languages (`<link rel="alternate" hreflang>`)
 * must name itself under its own language, and each counterpart must exist, declare the language
 * it is listed under, and name this page back. Every page the route map pairs (src/lib/i18n/routes.ts)
 * has its counterpart; every page under /en/ declares lang="en" and names a Danish counterpart unless
 * its section is English-only; the header's switch leads where the alternates say. Reads dist/.
 */
import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { alternatesFor, FRONT_PAGE, isEnglishOnly, langOfPath } from '../../src/lib/i18n/routes.ts';

const dist = resolve(import.meta.dirname, '../../dist');

function pages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === 'pagefind' ? [] : pages(join(dir, e.name))) : e.name === 'index.html' ? [join(dir, e.name)] : [],
  );
}

const pathOf = (file: string) => `/${relative(dist, file).replace(/index\.html$/, '')}`;
const fileOf = (path: string) => join(dist, path, 'index.html');

function read(file: string) {
  const html = readFileSync(file, 'utf8');
  const lang = /<html lang="([^"]+)"/.exec(html)?.[1];
  const alternates = Object.fromEntries(
    [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1]!, new URL(m[2]!).pathname]),
  );
  const switchTo = /<p class="language-switch"[^>]*>\s*<a href="([^"]+)" hreflang="([^"]+)"/.exec(html);
  return { lang, alternates, switchTo: switchTo ? { href: switchTo[1]!, lang: switchTo[2]! } : undefined };
}

test('every page with hreflang alternates and its counterparts agree', () => {
  const problems: string[] = [];
  let paired = 0;
  for (const file of pages(dist)) {
    const path = pathOf(file);
    const { lang, alternates } = read(file);
    const langs = Object.keys(alternates).filter((l) => l !== 'x-default');
    if (!langs.length) continue;
    paired++;
    if (alternates[lang!] !== path) problems.push(`${path}: names ${alternates[lang!]} for its own language ${lang}`);
    if (!alternates['x-default']) problems.push(`${path}: has no x-default`);
    for (const other of langs.filter((l) => l !== lang)) {
      const target = alternates[other]!;
      if (!existsSync(fileOf(target))) {
        problems.push(`${path}: counterpart ${target} (${other}) does not exist`);
        continue;
      }
      const back = read(fileOf(target));
      if (back.lang !== other) problems.push(`${target}: listed as ${other} by ${path} but declares lang="${back.lang}"`);
      if (back.alternates[lang!] !== path) problems.push(`${target}: does not name ${path} back as ${lang}`);
    }
  }
  expect(problems).toEqual([]);
  expect(paired).toBeGreaterThanOrEqual(12);
});

test('the route map, the languages and the language switch agree with the build', () => {
  const problems: string[] = [];
  let mapped = 0;
  let english = 0;
  for (const file of pages(dist)) {
    const path = pathOf(file);
    const { lang, alternates, switchTo } = read(file);
    const own = langOfPath(path);
    // WCAG 3.1.1: the page says its language, and the address says the same.
    if (lang !== own) problems.push(`${path}: lives in the ${own} edition but declares lang="${lang}"`);
    if (own === 'en') english++;
    const expected = alternatesFor(path);
    if (expected) {
      mapped++;
      for (const [l, target] of Object.entries(expected))
        if (!existsSync(fileOf(target))) problems.push(`${path}: the route map names ${target} (${l}), which was not built`);
      if (alternates.da !== expected.da || alternates.en !== expected.en)
        problems.push(`${path}: hreflang names ${alternates.da} and ${alternates.en}, the route map ${expected.da} and ${expected.en}`);
    }
    const paired = Boolean(alternates.da && alternates.en);
    if (own === 'en' && !paired && !isEnglishOnly(path)) problems.push(`${path}: an English page without a Danish counterpart (hreflang)`);
    // The visible switch lands on the counterpart, or on the other edition's front page when there is none.
    const other = own === 'da' ? 'en' : 'da';
    const target = paired ? alternates[other] : FRONT_PAGE[other];
    if (!switchTo) problems.push(`${path}: has no language switch`);
    else if (switchTo.href !== target || switchTo.lang !== other)
      problems.push(`${path}: the language switch leads to ${switchTo.href} (${switchTo.lang}), not ${target}`);
  }
  expect(problems).toEqual([]);
  expect(mapped, 'pages the route map pairs').toBeGreaterThanOrEqual(30);
  expect(english, 'English pages').toBeGreaterThanOrEqual(20);
});
