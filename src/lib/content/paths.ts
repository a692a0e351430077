/**
 * Where content files live decides course membership, order and URL:
 * `courses/<course>/index.md` and `courses/<course>/<nn>-<slug>.md`.
 */

import type { Lang } from './taxonomy.ts';

const LESSON_FILE = /^(?:.*\/)?courses\/([^/]+)\/(\d{2})-([^/]+)\.md$|^([^/]+)\/(\d{2})-([^/]+)\.md$/;

export function courseIdFromPath(entry: string): string {
  const folder = entry.split('/').at(-2);
  if (!folder) throw new Error(`Kursusfilen ${entry} skal ligge i courses/<kursus>/index.md`);
  return folder;
}

export interface LessonLocation {
  courseId: string;
  order: number;
  slug: string;
}

/** Reads course, order and URL slug from a lesson's file path. */
export function lessonLocation(filePath: string): LessonLocation {
  const m = LESSON_FILE.exec(filePath.replaceAll('\\', '/'));
  if (!m) throw new Error(`Lektionsfilen ${filePath} skal hedde courses/<kursus>/<nn>-<slug>.md`);
  const [courseId, order, slug] = m[1] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
  return { courseId: courseId!, order: Number(order), slug: slug! };
}

/** A course's address in its own language: Danish courses under /kurser/, English ones under /en/courses/. */
export const coursePath = (courseId: string, lang: Lang = 'da') => (lang === 'en' ? `/en/courses/${courseId}/` : `/kurser/${courseId}/`);
export const lessonPath = (courseId: string, slug: string, lang: Lang = 'da') => `${coursePath(courseId, lang)}${slug}/`;
/** The final assessment: /kurser/<course>/proeve/, /en/courses/<course>/assessment/. */
export const assessmentPath = (courseId: string, lang: Lang = 'da') =>
  `${coursePath(courseId, lang)}${lang === 'en' ? 'assessment' : 'proeve'}/`;
/** The account pages in a language (the English ones are a focused subset of the Danish). */
export const signInPath = (lang: Lang = 'da') => (lang === 'en' ? '/en/sign-in/' : '/log-ind/');
export const myPagePath = (lang: Lang = 'da') => (lang === 'en' ? '/en/my-page/' : '/min-side/');
export const certificatePagePath = (lang: Lang = 'da') => (lang === 'en' ? '/en/my-page/certificate/' : '/min-side/kursusbevis/');
export const verifyPath = (lang: Lang = 'da') => (lang === 'en' ? '/en/verify/' : '/bevis/');
/** The course catalogue of a language. */
export const coursesIndexPath = (lang: Lang = 'da') => (lang === 'en' ? '/en/courses/' : '/kurser/');
export const storyPath = (storyId: string) => `/historier/${storyId}/`;
export const termPath = (termId: string) => `/ordbog/${termId}/`;
export const businessPath = (businessId: string) => `/virksomheder/${businessId}/`;

/** A district's page address: »Vesterbro/Kongens Enghave« → /virksomheder/bydel/vesterbro-kongens-enghave/. */
export const districtSlug = (district: string) =>
  district
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'oe')
    .replaceAll('å', 'aa')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
export const districtPath = (district: string) => `/virksomheder/bydel/${districtSlug(district)}/`;

export const eventPath = (eventId: string) => `/arrangementer/${eventId}/`;
export const eventCalendarPath = (eventId: string) => `/arrangementer/${eventId}.ics`;
export const organisationPath = (organisationId: string) => `/netvaerk/${organisationId}/`;
/** An audience's feed: »rådgiver« → /arrangementer/kalender/raadgiver.ics. */
export const audienceCalendarPath = (audience: string) => `/arrangementer/kalender/${districtSlug(audience)}.ics`;
