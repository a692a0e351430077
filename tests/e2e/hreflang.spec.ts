/**
 * Every built page that names counterparts in other languages (`<link rel="alternate" hreflang>`)
 * must name itself under its own language, and each counterpart must exist, declare the language
 * it is listed under, and name this page back. Reads the finished build in dist/.
 */
import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

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
  return { lang, alternates };
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
