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

/** What the public content itself says (lessons, glossary, stories): an option may quote it. */
function publicSources(): string {
  const root = resolve(import.meta.dirname, '../..');
  const parts: string[] = [];
  for (const dir of ['courses', 'src/content'])
    for (const file of files(join(root, dir)))
      if (/\.mdx?$/.test(file))
        parts.push(
          plain(
            readFileSync(file, 'utf8')
              .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
              .replace(/[*_`]+/g, ''),
          ),
        );
  return parts.join('\n');
}

/** The whole text, and its start (found even if only the beginning leaked); no end punctuation. */
const needles = (s: string) => {
  const whole = plain(s)
    .trim()
    .replace(/[.,;:!?]+$/, '');
  return [whole, whole.slice(0, 70)];
};

test('no assessment item text appears anywhere in dist/', () => {
  const { text, fragments, pages } = builtText();
  expect(pages).toBeGreaterThan(20);
  expect(fragments).toBeGreaterThan(20);
  // Control: the scan finds what the site does publish.
  const published = lessonsOf('andelsselskabet')[0]!.quiz!.questions[0]!.question;
  expect(text).toContain(needles(published)[0]);

  const banks = coursesWithBanks();
  expect(banks.length).toBeGreaterThan(0);
  const sources = publicSources();
  const leaks: string[] = [];
  let checked = 0;
  for (const course of banks)
    for (const item of bankOf(course).items) {
      // Short option texts ("25 %", "Ja") may appear anywhere on their own. What the lessons
      // themselves say (an explanation may quote a lesson's sentence) is not the bank's to leak.
      const options = item.options.map((o) => o.text).filter((t) => t.length >= 30);
      for (const t of [item.question, item.explanation, ...options]) {
        checked++;
        if (needles(t).some((n) => text.includes(n) && !sources.includes(n))) leaks.push(`${course}/${item.id}: ${t.slice(0, 60)}`);
      }
    }
  expect(checked).toBeGreaterThan(200);
  expect(leaks).toEqual([]);
});
