/**
 * The one place pages read the content collections. Drafts never leave this file:
 * a draft course hides its lessons too.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { lessonLocation, lessonPath, coursePath } from '../lib/content/paths.ts';
import { checkDatabaseKnowsLessons } from './published.ts';
import { compareNames } from '../lib/directory/sort.ts';
import type { Lang } from '../lib/content/taxonomy.ts';

export type CourseEntry = CollectionEntry<'courses'>;
export type StoryEntry = CollectionEntry<'stories'>;
export type TermEntry = CollectionEntry<'glossary'>;
export type BusinessEntry = CollectionEntry<'businesses'>;

/** A lesson as course outlines and lists show it. */
export interface OutlineLesson {
  id: string;
  title: string;
  url: string;
  minutes: number;
}

export interface LessonEntry {
  entry: CollectionEntry<'lessons'>;
  id: string;
  courseId: string;
  order: number;
  slug: string;
  url: string;
}

let cache: Promise<{ courses: CourseEntry[]; lessonsByCourse: Map<string, LessonEntry[]> }> | undefined;

async function load() {
  const courses = (await getCollection('courses', (c) => c.data.status === 'published')).sort(
    (a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'da'),
  );
  const published = new Set(courses.map((c) => c.id));
  const lessonsByCourse = new Map<string, LessonEntry[]>(courses.map((c) => [c.id, []]));
  for (const entry of await getCollection('lessons', (l) => l.data.status === 'published')) {
    const where = lessonLocation(entry.filePath ?? '');
    if (!published.has(where.courseId)) continue;
    const lang = courses.find((c) => c.id === where.courseId)!.data.lang;
    lessonsByCourse.get(where.courseId)!.push({ entry, id: entry.id, ...where, url: lessonPath(where.courseId, where.slug, lang) });
  }
  for (const list of lessonsByCourse.values()) list.sort((a, b) => a.order - b.order);
  return { courses, lessonsByCourse };
}

// A build publishes no lesson the database cannot record as done (see checkDatabaseKnowsLessons).
// Once per process, whatever the mode: the environment can make a build look like development.
let checked: Promise<void> | undefined;

// Built once per build; in `astro dev` read afresh so edited content shows at once.
async function catalogue() {
  const loaded = await (import.meta.env.DEV ? load() : (cache ??= load()));
  await (checked ??= checkDatabaseKnowsLessons([...loaded.lessonsByCourse.values()].flat().map((l) => l.id)));
  return loaded;
}

/**
 * The published courses in one language (the Danish site lists Danish courses, /en/courses/ English
 * ones), or in every language ('all': my page and the advisors list, where a learner's courses are).
 */
export async function publishedCourses(lang: Lang | 'all' = 'da') {
  const { courses } = await catalogue();
  return lang === 'all' ? courses : courses.filter((c) => c.data.lang === lang);
}

export async function lessonsOf(courseId: string) {
  return (await catalogue()).lessonsByCourse.get(courseId) ?? [];
}

/** A lesson page's props: the lesson, its course, the course outline and its neighbours in it. */
export interface LessonPageProps {
  course: CourseEntry;
  lesson: LessonEntry;
  outline: OutlineLesson[];
  previous?: OutlineLesson;
  next?: OutlineLesson;
}

/** One page per lesson of the published courses in `lang` (getStaticPaths of both lesson routes). */
export async function lessonPages(lang: Lang) {
  const paths: { params: { course: string; lesson: string }; props: LessonPageProps }[] = [];
  for (const course of await publishedCourses(lang)) {
    const lessons = await lessonsOf(course.id);
    const outline = lessons.map((l) => ({ id: l.id, title: l.entry.data.title, url: l.url, minutes: l.entry.data.minutes }));
    for (const [i, lesson] of lessons.entries())
      paths.push({
        params: { course: course.id, lesson: lesson.slug },
        props: { course, lesson, outline, previous: outline[i - 1], next: outline[i + 1] },
      });
  }
  return paths;
}

export async function courseOutline(course: CourseEntry) {
  const lessons = await lessonsOf(course.id);
  return {
    url: coursePath(course.id, course.data.lang),
    lessons,
    lessonIds: lessons.map((l) => l.id),
    minutes: lessons.reduce((sum, l) => sum + l.entry.data.minutes, 0),
  };
}

export async function publishedStories() {
  return (await getCollection('stories')).sort(
    (a, b) => b.data.published.getTime() - a.data.published.getTime() || a.data.title.localeCompare(b.data.title, 'da'),
  );
}

export async function glossaryTerms() {
  return (await getCollection('glossary')).sort((a, b) => a.data.term.localeCompare(b.data.term, 'da'));
}

export async function publishedBusinesses() {
  return (await getCollection('businesses')).sort((a, b) => compareNames(a.data.name, b.data.name));
}
