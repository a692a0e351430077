/**
 * Addresses of the English stories and glossary terms, and how a Danish page finds its English
 * counterpart. Pure functions, so the pairing rule is tested without Astro; src/data/translations.ts
 * feeds them.
 */

/** The story and glossary indexes in each language. */
export const STORY_INDEX = { da: '/historier/', en: '/en/stories/' } as const;
export const GLOSSARY_INDEX = { da: '/ordbog/', en: '/en/glossary/' } as const;

/** One page's address in each language, as `hreflang` alternates name them. */
export type Alternates = { da: string; en: string };

/** The site's own text pages and their English counterparts. */
export const PROSE_PAGES = {
  about: { da: '/om/', en: '/en/about/' },
  privacy: { da: '/privatliv/', en: '/en/privacy/' },
  accessibility: { da: '/tilgaengelighed/', en: '/en/accessibility/' },
} as const;

/** `/en/stories/thise-dairy/` */
export const englishStoryPath = (slug: string) => `${STORY_INDEX.en}${slug}/`;
/** `/en/glossary/amba/` */
export const englishTermPath = (slug: string) => `${GLOSSARY_INDEX.en}${slug}/`;

/** An English file: its own slug and the Danish id it translates. */
export interface Translation {
  slug: string;
  translationOf: string;
}

/**
 * Each Danish id with an English version → that version's slug. Throws when an English file names
 * a Danish id that does not exist, or when two English files translate the same Danish one: either
 * would give a page a counterpart that is missing or ambiguous.
 */
export function pairTranslations(kind: string, danishIds: ReadonlySet<string>, translations: readonly Translation[]): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const t of translations) {
    if (!danishIds.has(t.translationOf)) throw new Error(`${kind} »${t.slug}« oversætter »${t.translationOf}«, som ikke findes på dansk`);
    const taken = pairs.get(t.translationOf);
    if (taken) throw new Error(`${kind} »${t.translationOf}« er oversat to gange: ${taken} og ${t.slug}`);
    pairs.set(t.translationOf, t.slug);
  }
  return pairs;
}
