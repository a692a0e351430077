/** Reads the real course files, so browser tests know a lesson's questions and right answers. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { bankSchema, type Bank } from '../../src/lib/assessment/schema.ts';
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
  const lang = readContentFile(join(dir, 'index.md')).data.lang === 'en' ? 'en' : 'da';
  return readdirSync(dir)
    .filter((f) => /^\d{2}-.*\.md$/.test(f))
    .sort()
    .map((f) => {
      const where = lessonLocation(`courses/${courseId}/${f}`);
      return { ...(readContentFile(join(dir, f)).data as unknown as Lesson), courseId, url: lessonPath(courseId, where.slug, lang) };
    });
}

export const FIRST_COURSE = 'andelsselskabet';

/** A course's assessment bank, keys included: only tests and the catalogue sync read it. */
export function bankOf(courseId: string): Bank {
  return bankSchema.parse(parse(readFileSync(join(coursesDir, courseId, 'assessment.yaml'), 'utf8')));
}

export const coursesWithBanks = () => readdirSync(coursesDir).filter((d) => existsSync(join(coursesDir, d, 'assessment.yaml')));
