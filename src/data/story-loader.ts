/**
 * The stories collection: the editors' MDX files plus the stories partners submitted and editors
 * approved in Supabase. Submitted text stays plain text (never MDX or HTML).
 */
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import type { PublishedStory } from '../lib/supabase/types.ts';
import { fetchPublished, STORIES } from './published.ts';

/** A submitted story in the collection's shape; only public fields exist on it. */
function toStoryData(s: PublishedStory) {
  return {
    organisation: s.organisation,
    title: s.title,
    legalForm: s.legal_form,
    legalFormGroup: s.legal_form,
    sector: s.sector,
    sectorGroup: s.sector,
    district: s.district,
    area: s.district,
    founded: s.founded,
    size: s.size,
    sizeBand: s.size_band,
    principles: s.principles,
    summary: s.summary,
    sources: [],
    ...(s.website ? { website: s.website } : {}),
    fictional: false,
    published: s.published_at,
    origin: 'indsendt',
    text: { story: s.story, lessons: s.lessons },
  };
}

export function storiesLoader(): Loader {
  const files = glob({ base: './src/content/stories', pattern: '*.md', retainBody: false });
  return {
    name: 'faelles-vaerdier:stories',
    async load(context) {
      await files.load(context);
      for (const story of await fetchPublished<PublishedStory>(STORIES, context.logger)) {
        const id = context.store.has(story.slug) ? `indsendt-${story.slug}` : story.slug;
        try {
          const data = await context.parseData({ id, data: toStoryData(story) });
          context.store.set({ id, data, digest: context.generateDigest(data) });
        } catch (error) {
          // The database's own checks make this rare; one bad row must not take the site down.
          context.logger.warn(`springer historien ${id} over: ${(error as Error).message.split('\n')[0]}`);
        }
      }
    },
  };
}
