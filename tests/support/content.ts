/** Reads the real course files, so browser tests know a lesson's questions and right answers. */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Lesson } from '../../src/lib/content/schemas.ts';
import { lessonLocation, lessonPath } from '../../src/lib/content/paths.ts';
import { readContentFile } from '../../scripts/frontmatter.ts';

const coursesDir = resolve(import.meta.dirname, '../../courses');

export interface LessonFixture extends Lesson {
  courseId: string;
  url: string;
}

export function lessonsOf(courseId: string): LessonFixture[] {
  const dir = join(coursesDir, courseId);
  return readdirSync(dir)
    .filter((f) => /^\d{2}-.*\.md$/.test(f))
    .sort()
    .map((f) => {
      const where = lessonLocation(`courses/${courseId}/${f}`);
      return { ...(readContentFile(join(dir, f)).data as unknown as Lesson), courseId, url: lessonPath(courseId, where.slug) };
    });
}

export const FIRST_COURSE = 'andelsselskabet';
