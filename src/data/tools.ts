import { readFileSync } from 'node:fs';
/** What the tool pages read from the content: the lessons a tool links to, and a lesson's own text. */
import { lessonsOf, publishedCourses, type LessonEntry } from './catalogue.ts';

async function allLessons(): Promise<LessonEntry[]> {
  const courses = await publishedCourses();
  return (await Promise.all(courses.map((c) => lessonsOf(c.id)))).flat();
}

/** Title and address of each published lesson among `ids`, in the order given. */
export async function lessonLinks(ids: readonly string[]) {
  const lessons = await allLessons();
  return ids.flatMap((id) => {
    const l = lessons.find((x) => x.id === id);
    return l ? [{ id, title: l.entry.data.title, url: l.url }] : [];
  });
}

/** A lesson's Markdown body, for tools that take their content from the lesson (the checklists). */
export async function lessonBody(id: string) {
  const l = (await allLessons()).find((x) => x.id === id);
  if (!l) throw new Error(`Lektionen ${id} findes ikke eller er ikke udgivet.`);
  // The collection keeps no Markdown (retainBody: false), so the file is read where it lies.
  if (!l.entry.filePath) throw new Error(`Lektionen ${id} har ingen fil.`);
  return { title: l.entry.data.title, url: l.url, body: readFileSync(l.entry.filePath, 'utf8') };
}
