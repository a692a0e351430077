/**
 * The city cases (»Lær af andre byer«) for the pages, in one language at a time, each with the
 * address of its counterpart in the other language.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../lib/content/taxonomy.ts';
import { pairCases, type Alternates } from '../lib/cities/pairs.ts';

export interface CityCaseEntry {
  entry: CollectionEntry<'cities'>;
  slug: string;
  url: string;
  alternates: Alternates;
}

let cache: Promise<CityCaseEntry[]> | undefined;

async function load(): Promise<CityCaseEntry[]> {
  const entries = await getCollection('cities');
  const slugOf = (e: CollectionEntry<'cities'>) => e.id.split('/').at(-1)!;
  const pairs = pairCases(entries.map((e) => ({ slug: slugOf(e), lang: e.data.lang, caseId: e.data.caseId })));
  return entries
    .map((entry) => {
      const alternates = pairs.get(entry.data.caseId)!;
      return { entry, slug: slugOf(entry), url: alternates[entry.data.lang]!, alternates };
    })
    .sort((a, b) => a.entry.data.order - b.entry.data.order);
}

/** The cases written in `lang`, in list order. */
export async function cityCases(lang: Lang): Promise<CityCaseEntry[]> {
  cache ??= load();
  return (await cache).filter((c) => c.entry.data.lang === lang);
}
