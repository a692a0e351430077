/** Every published course, in every language, as the account pages need it (CourseSummary). */
import { courseOutline, publishedCourses } from './catalogue.ts';
import { assessmentPath } from '../lib/content/paths.ts';
import type { CourseSummary } from '../islands/my-page/types.ts';

export async function courseSummaries(): Promise<CourseSummary[]> {
  return Promise.all(
    (await publishedCourses('all')).map(async (c) => {
      const { url, lessons } = await courseOutline(c);
      return {
        id: c.id,
        title: c.data.title,
        url,
        lang: c.data.lang,
        assessmentUrl: assessmentPath(c.id, c.data.lang),
        lessons: lessons.map((l) => ({ id: l.id, title: l.entry.data.title, url: l.url })),
      };
    }),
  );
}
