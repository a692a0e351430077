/**
 * Addresses of the city cases and how each page finds its counterpart in the other language.
 * Pure functions, so the pairing rule is tested without Astro; src/data/cities.ts feeds them.
 */
import type { Lang } from '../content/taxonomy.ts';

/** The index page of the city cases in each language. */
export const CITY_INDEX: Record<Lang, string> = {
  da: '/laer-af-andre-byer/',
  en: '/en/learning-from-other-cities/',
};

/** `/laer-af-andre-byer/preston/` or `/en/learning-from-other-cities/preston/`. */
export const cityCasePath = (lang: Lang, slug: string) => `${CITY_INDEX[lang]}${slug}/`;

/** The part of a collection entry the pairing needs: its file slug and frontmatter. */
export interface CaseVersion {
  slug: string;
  lang: Lang;
  caseId: string;
}

/** One page's alternates: its own language and the other one's, as `hreflang` links want them. */
export type Alternates = Partial<Record<Lang, string>>;

/**
 * Each version's address and its counterpart's, keyed by `lang/caseId`. Throws when two versions in
 * one language share a caseId, or when a case exists in one language only: a page without its
 * counterpart would break the language switch.
 */
export function pairCases(versions: readonly CaseVersion[]): Map<string, Alternates> {
  const byCase = new Map<string, Alternates>();
  for (const v of versions) {
    const found = byCase.get(v.caseId) ?? {};
    if (found[v.lang]) throw new Error(`Byeksemplet »${v.caseId}« findes to gange på ${v.lang}`);
    found[v.lang] = cityCasePath(v.lang, v.slug);
    byCase.set(v.caseId, found);
  }
  for (const [caseId, pair] of byCase)
    if (!pair.da || !pair.en) throw new Error(`Byeksemplet »${caseId}« mangler sin ${pair.da ? 'engelske' : 'danske'} udgave`);
  return byCase;
}
