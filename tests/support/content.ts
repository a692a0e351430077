/** Reads the real course files, so browser tests know a lesson's questions and right answers. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { Lesson } from '../../src/lib/content/schemas.ts';
import { lessonLocation, lessonPath } from '../../src/lib/content/paths.ts';

const coursesDir = resolve(import.meta.dirname, '../../courses');

export interface LessonFixture extends Lesson {
  courseId: string;
  url: string;
}

export function frontmatterOf(file: string): Record<string, unknown> {
  const text = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  if (!match) throw new Error(`${file} har ingen frontmatter`);
  return parse(match[1]!) as Record<string, unknown>;
}

export function lessonsOf(courseId: string): LessonFixture[] {
  const dir = join(coursesDir, courseId);
  return readdirSync(dir)
    .filter((f) => /^\d{2}-.*\.md$/.test(f))
    .sort()
    .map((f) => {
      const where = lessonLocation(`courses/${courseId}/${f}`);
      return { ...(frontmatterOf(join(dir, f)) as unknown as Lesson), courseId, url: lessonPath(courseId, where.slug) };
    });
}

export const FIRST_COURSE = 'andelsselskabet';
