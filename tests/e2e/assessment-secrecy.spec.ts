/**
 * Nothing of an assessment item reaches the built site: no question, option text or explanation
 * in any HTML, JS, JSON or text file of dist/, nor in the gunzipped Pagefind fragments. A control
 * proves the scan sees what the site does publish (a lesson's knowledge-check question).
 */
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { bankOf, coursesWithBanks, lessonsOf } from '../support/content.ts';

const DIST = resolve(import.meta.dirname, '../../dist');
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Text as a reader would see it: entities and JSON escapes decoded, whitespace collapsed, lower case. */
const plain = (s: string) =>
  s
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/\\(["\\/])/g, '$1')
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&([a-z]+);/g, (m, n: string) => ENTITIES[n] ?? m)
    .replace(/<[^>]+>/g, ' ')
    .replace(/\\n|\s+/g, ' ')
    .toLowerCase();

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

function builtText(): { text: string; fragments: number; pages: number } {
  const parts: string[] = [];
  let fragments = 0;
  let pages = 0;
  for (const file of files(DIST)) {
    if (/\.(html|js|mjs|json|xml|txt|css|svg|webmanifest)$/.test(file)) {
      parts.push(plain(readFileSync(file, 'utf8')));
      if (file.endsWith('.html')) pages++;
    } else if (file.endsWith('.pf_fragment')) {
      parts.push(plain(gunzipSync(readFileSync(file)).toString('utf8')));
      fragments++;
    }
  }
  return { text: parts.join('\n'), fragments, pages };
}

/** The start of a text: enough to be unique, and still found if only the beginning leaked. */
const needle = (s: string) => plain(s).trim().slice(0, 70);

test('no assessment item text appears anywhere in dist/', () => {
  const { text, fragments, pages } = builtText();
  expect(pages).toBeGreaterThan(20);
  expect(fragments).toBeGreaterThan(20);
  // Control: the scan finds what the site does publish.
  const published = lessonsOf('andelsselskabet')[0]!.quiz!.questions[0]!.question;
  expect(text).toContain(needle(published));

  const banks = coursesWithBanks();
  expect(banks.length).toBeGreaterThan(0);
  const leaks: string[] = [];
  for (const course of banks)
    for (const item of bankOf(course).items) {
      // Short option texts ("25 %", "Ja") may appear anywhere on their own; longer ones may not.
      const texts = [item.question, item.explanation, ...item.options.map((o) => o.text).filter((t) => t.length >= 30)];
      for (const t of texts) if (text.includes(needle(t))) leaks.push(`${course}/${item.id}: ${t.slice(0, 60)}`);
    }
  expect(leaks).toEqual([]);
});
