/**
 * Reads courses/ into the payload of private.sync_catalogue: the database's copy of the course
 * catalogue, with the right answers of every knowledge check and each course's assessment bank
 * (courses/<course>/assessment.yaml, never read by the site build), validated with the schemas.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { courseSchema, lessonSchema } from '../src/lib/content/schemas.ts';
import type { Sql } from '../supabase/local/database.ts';
import { readContentFile } from './frontmatter.ts';
import { bankPayload, readBank } from './assessment-bank.ts';
import { syncSitePages } from './site-pages.ts';

export const COURSES_DIR = resolve(import.meta.dirname, '../courses');

function validated<T>(
  schema: { safeParse(v: unknown): { success: boolean; data?: T; error?: { issues: { path: PropertyKey[]; message: string }[] } } },
  file: string,
): T {
  const result = schema.safeParse(readContentFile(file).data);
  if (!result.success) throw new Error(`${file}: ${result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return result.data!;
}

export function readCatalogue(dir = COURSES_DIR) {
  const courses = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'index.md')))
    .map((d) => {
      const course = validated(courseSchema, join(dir, d.name, 'index.md'));
      const lessons = readdirSync(join(dir, d.name))
        .filter((f) => /^\d{2}-.+\.md$/.test(f))
        .sort()
        .map((f) => {
          const lesson = validated(lessonSchema, join(dir, d.name, f));
          return {
            id: lesson.id,
            position: Number(f.slice(0, 2)),
            title: lesson.title,
            status: course.status === 'published' ? lesson.status : 'draft',
            questions: (lesson.quiz?.questions ?? []).map((q) => ({ id: q.id, correct: q.correct })),
          };
        });
      const bank = readBank(
        join(dir, d.name),
        lessons.map((l) => l.id),
      );
      return {
        id: d.name,
        title: course.title,
        level: course.level,
        estimated_hours: course.estimatedHours,
        cpd_hours: course.cpd?.hours ?? null,
        cpd_subject_area: course.cpd?.subjectArea ?? null,
        status: course.status,
        lang: course.lang,
        lessons,
        assessment: bank ? bankPayload(bank) : null,
      };
    });
  return { courses };
}

export async function syncCatalogue(db: Sql, dir = COURSES_DIR) {
  const { rows } = await db.query<{ result: { courses: number; lessons: number; assessments: number } }>(
    'select private.sync_catalogue($1::jsonb) as result',
    [JSON.stringify(readCatalogue(dir))],
  );
  await syncSitePages(db); // the pages an error report may name
  return rows[0]!.result;
}
