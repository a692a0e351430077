/** The course-language statement in English: the same keys as da/course-language.ts. */
import type { courseLanguage as da } from '../da/course-language.ts';
import type { Message } from '../translate.ts';

export const courseLanguage: Record<keyof typeof da, Message> = {
  'certificate.language.da': 'Course taken in Danish.',
  'certificate.language.en': 'Course taken in English.',
};
