/**
 * Which page is whose translation: the one map the header's language switch and the `hreflang`
 * alternates read (BaseLayout). Pure data and functions, so the pairing is tested without Astro.
 *
 * - A static pair names a Danish path and its English path.
 * - A pattern pair names a family of pages built from the same list in both languages (every
 *   business has a Danish and an English page): `:slug` stands for one path segment.
 * - A page whose counterpart is known only to its data (city cases, the few translated stories)
 *   passes `alternates` to BaseLayout on both of its pages instead.
 * - An English page with no Danish counterpart (written for international readers only) lives
 *   under a prefix in `ENGLISH_ONLY`; its switch leads to the Danish front page, honestly labelled.
 *
 * Example: `alternatesFor('/virksomheder/kontra-advokater/')` →
 * `{ da: '/virksomheder/kontra-advokater/', en: '/en/directory/kontra-advokater/' }`.
 */
import type { Lang } from '../content/taxonomy.ts';
import { GLOSSARY_INDEX, PROSE_PAGES, STORY_INDEX } from '../translations/pairs.ts';

/** A page in both languages, as `hreflang` alternates want it. */
export type Alternates = Record<Lang, string>;

interface PatternPair extends Alternates {
  /** Danish slugs the pattern does not cover (pages with no English counterpart). */
  except?: readonly string[];
}

/** Each language's front page. */
export const FRONT_PAGE: Alternates = { da: '/', en: '/en/' };

// One pair per line, so pairs added side by side merge cleanly.
export const STATIC_PAIRS: readonly Alternates[] = [
  FRONT_PAGE,
  { da: '/virksomheder/', en: '/en/directory/' },
  { da: '/netvaerk/', en: '/en/network/' },
  { da: '/tal/', en: '/en/figures/' },
  { da: '/soeg/', en: '/en/search/' },
  { da: '/laer-af-andre-byer/', en: '/en/learning-from-other-cities/' },
  STORY_INDEX,
  GLOSSARY_INDEX,
  PROSE_PAGES.about,
  PROSE_PAGES.privacy,
  PROSE_PAGES.accessibility,
  { da: '/kurser/', en: '/en/courses/' },
  { da: '/log-ind/', en: '/en/sign-in/' },
  { da: '/log-ind/bekraeft/', en: '/en/sign-in/confirm/' },
  { da: '/min-side/', en: '/en/my-page/' },
  { da: '/min-side/kursusbevis/', en: '/en/my-page/certificate/' },
  { da: '/bevis/', en: '/en/verify/' },
];

// More specific patterns first: the first that matches wins.
export const PATTERN_PAIRS: readonly PatternPair[] = [
  { da: '/virksomheder/bydel/:slug/', en: '/en/directory/district/:slug/' },
  { da: '/virksomheder/:slug/', en: '/en/directory/:slug/', except: ['tilmeld', 'bydel'] },
];

/** English sections written for international readers, with no Danish counterpart. */
export const ENGLISH_ONLY: readonly string[] = ['/en/courses/'];

const SLUG = '([a-z0-9][a-z0-9-]*)';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const patternRegex = (pattern: string) => new RegExp(`^${pattern.split(':slug').map(escape).join(SLUG)}$`);

/** The language a path belongs to: everything under /en/ is English. */
export const langOfPath = (path: string): Lang => (path === '/en/' || path.startsWith('/en/') ? 'en' : 'da');

/** Both versions of the page at `path`, or undefined when the map knows no counterpart. */
export function alternatesFor(path: string): Alternates | undefined {
  const lang = langOfPath(path);
  const pair = STATIC_PAIRS.find((p) => p[lang] === path);
  if (pair) return { da: pair.da, en: pair.en };
  for (const p of PATTERN_PAIRS) {
    const slug = patternRegex(p[lang]).exec(path)?.[1];
    if (slug === undefined || p.except?.includes(slug)) continue;
    return { da: p.da.replace(':slug', slug), en: p.en.replace(':slug', slug) };
  }
  return undefined;
}

/** The counterpart of a Danish path in English (or the reverse), or undefined. */
export const counterpartOf = (path: string, lang: Lang): string | undefined => alternatesFor(path)?.[lang];

/** Whether an English path belongs to a section that has no Danish counterpart by design. */
export const isEnglishOnly = (path: string) => ENGLISH_ONLY.some((prefix) => path.startsWith(prefix));

/**
 * Where the header's language switch leads from a page in `lang`: the counterpart when there is
 * one, otherwise the other edition's front page (`counterpart: false`, so the label says so).
 */
export function languageSwitch(lang: Lang, alternates: Alternates | undefined): { lang: Lang; href: string; counterpart: boolean } {
  const other: Lang = lang === 'da' ? 'en' : 'da';
  return alternates
    ? { lang: other, href: alternates[other], counterpart: true }
    : { lang: other, href: FRONT_PAGE[other], counterpart: false };
}

/**
 * A link in the site's chrome to the page at the Danish path `daPath`, from a page in `lang`: on an
 * English page it leads to the English counterpart when there is one, otherwise to the Danish page
 * with `inDanish` set, so the label can say so and the link carry `hreflang="da"`.
 */
export function chromeLink(daPath: string, lang: Lang): { href: string; inDanish: boolean } {
  if (lang === 'da') return { href: daPath, inDanish: false };
  const en = counterpartOf(daPath, 'en');
  return en ? { href: en, inDanish: false } : { href: daPath, inDanish: true };
}
