import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import {
  businessSchema,
  cityCaseSchema,
  courseSchema,
  eventSchema,
  glossarySchema,
  glossaryTranslationSchema,
  lessonSchema,
  organisationSchema,
  storySchema,
  storyTranslationSchema,
} from './lib/content/schemas.ts';
import { courseIdFromPath } from './lib/content/paths.ts';
import { storiesLoader } from './data/story-loader.ts';
import { businessesLoader } from './data/business-loader.ts';
import { eventsLoader } from './data/event-loader.ts';
import { figuresLoader } from './data/figures-loader.ts';
import { z } from 'astro/zod';

const courses = defineCollection({
  loader: glob({
    base: './courses',
    pattern: '*/index.md',
    retainBody: false,
    generateId: ({ entry }) => courseIdFromPath(entry),
  }),
  schema: courseSchema,
});

const lessons = defineCollection({
  // Lesson ids are the stable `id` in the frontmatter; the file path gives course and order.
  loader: glob({
    base: './courses',
    pattern: '*/[0-9][0-9]-*.md',
    // The rendered HTML is all pages need; keeping the Markdown too would double the data store.
    retainBody: false,
    generateId: ({ entry, data }) => String(data.id ?? entry),
  }),
  schema: lessonSchema,
});

const stories = defineCollection({
  loader: storiesLoader(),
  schema: storySchema,
});

const glossary = defineCollection({
  loader: glob({ base: './src/content/glossary', pattern: '*.md', retainBody: false }),
  schema: glossarySchema,
});

/** Stories in English, each naming its Danish story in `translationOf` (src/content/stories/en/). */
const storyTranslations = defineCollection({
  loader: glob({ base: './src/content/stories/en', pattern: '*.md' }),
  schema: storyTranslationSchema,
});

/** Core glossary terms explained in English, each naming its Danish entry (src/content/glossary/en/). */
const glossaryTranslations = defineCollection({
  loader: glob({ base: './src/content/glossary/en', pattern: '*.md', retainBody: false }),
  schema: glossaryTranslationSchema,
});

const businesses = defineCollection({
  loader: businessesLoader(),
  schema: businessSchema,
});

/** Editors' events as files, and partners' approved events from the database (as stories do). */
const events = defineCollection({
  loader: eventsLoader(),
  schema: eventSchema,
});

const organisations = defineCollection({
  loader: glob({ base: './src/content/organisations', pattern: '*.md', retainBody: false }),
  schema: organisationSchema,
});

/** City cases: Danish files at the top, English in en/; the id keeps the folder (en/preston). */
const cities = defineCollection({
  loader: glob({ base: './src/content/cities', pattern: '**/*.md' }),
  schema: cityCaseSchema,
});

/** The database's figures for /tal/ (public_figures): one entry, or none when no database answered. */
const figures = defineCollection({
  loader: figuresLoader(),
  schema: z.object({
    figures: z.record(z.string(), z.unknown()).nullable().describe("public_figures' answer, or null when no database answered"),
    problem: z.string().optional().describe('why the database could not be read; it stops the build of /tal/'),
  }),
});

export const collections = {
  courses,
  lessons,
  stories,
  glossary,
  businesses,
  events,
  organisations,
  cities,
  figures,
  storyTranslations,
  glossaryTranslations,
};
