/**
 * The English stories and glossary terms for the pages, each with its Danish original, and the
 * English counterpart of a Danish story or term (for the Danish page's `hreflang` alternates).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { glossaryTerms, publishedStories, type StoryEntry, type TermEntry } from './catalogue.ts';
import { storyPath, termPath } from '../lib/content/paths.ts';
import { englishStoryPath, englishTermPath, pairTranslations, type Alternates } from '../lib/translations/pairs.ts';

export interface EnglishStory {
  entry: CollectionEntry<'storyTranslations'>;
  danish: StoryEntry;
  /** The English file name: the last part of the URL. */
  slug: string;
  url: string;
  alternates: Alternates;
}

export interface EnglishTerm {
  entry: CollectionEntry<'glossaryTranslations'>;
  danish: TermEntry;
  slug: string;
  url: string;
  alternates: Alternates;
}

const slugOf = (id: string) => id.split('/').at(-1)!;

let storiesCache: Promise<EnglishStory[]> | undefined;
let termsCache: Promise<EnglishTerm[]> | undefined;

async function loadStories(): Promise<EnglishStory[]> {
  const danish = new Map((await publishedStories()).map((s) => [s.id, s]));
  const entries = await getCollection('storyTranslations');
  // Throws on an English story whose Danish original is missing or translated twice.
  pairTranslations(
    'Historien',
    new Set(danish.keys()),
    entries.map((e) => ({ slug: slugOf(e.id), translationOf: e.data.translationOf })),
  );
  return entries.map((entry) => {
    const original = danish.get(entry.data.translationOf)!;
    const slug = slugOf(entry.id);
    const url = englishStoryPath(slug);
    return { entry, danish: original, slug, url, alternates: { da: storyPath(original.id), en: url } };
  });
}

async function loadTerms(): Promise<EnglishTerm[]> {
  const danish = new Map((await glossaryTerms()).map((g) => [g.id, g]));
  const entries = await getCollection('glossaryTranslations');
  pairTranslations(
    'Begrebet',
    new Set(danish.keys()),
    entries.map((e) => ({ slug: slugOf(e.id), translationOf: e.data.translationOf })),
  );
  return entries
    .map((entry) => {
      const original = danish.get(entry.data.translationOf)!;
      const slug = slugOf(entry.id);
      const url = englishTermPath(slug);
      return { entry, danish: original, slug, url, alternates: { da: termPath(original.id), en: url } };
    })
    .sort((a, b) => a.danish.data.term.localeCompare(b.danish.data.term, 'da'));
}

/** The English stories, newest Danish publication first (the order of /historier/). */
export async function englishStories(): Promise<EnglishStory[]> {
  storiesCache ??= loadStories();
  return (await storiesCache).toSorted((a, b) => b.danish.data.published.getTime() - a.danish.data.published.getTime());
}

/** The English glossary terms, in the Danish alphabetical order of their Danish terms. */
export async function englishTerms(): Promise<EnglishTerm[]> {
  termsCache ??= loadTerms();
  return termsCache;
}

/** A Danish story's alternates when it has an English version; otherwise none. */
export async function storyAlternates(storyId: string): Promise<Alternates | undefined> {
  return (await englishStories()).find((s) => s.danish.id === storyId)?.alternates;
}

/** A Danish glossary entry's alternates when it has an English version; otherwise none. */
export async function termAlternates(termId: string): Promise<Alternates | undefined> {
  return (await englishTerms()).find((t) => t.danish.id === termId)?.alternates;
}
