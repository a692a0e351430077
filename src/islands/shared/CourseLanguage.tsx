import type { Lang } from '../../lib/content/taxonomy.ts';
import { courseLanguage as da } from '../../lib/i18n/da/course-language.ts';
import { courseLanguage as en } from '../../lib/i18n/en/course-language.ts';

const sentences = { da, en };

/**
 * "Kurset er gennemført på engelsk." on a certificate: in the page's language, and also in the
 * course's own language when they differ, so a certificate shown abroad says it in both. (Four
 * short sentences, so both languages ship.)
 */
export function CourseLanguage({ course = 'da', page, class: className }: { course?: Lang; page: Lang; class?: string }) {
  const key = `certificate.language.${course}` as const;
  return (
    <p class={className}>
      {sentences[page][key]}
      {course !== page && (
        <>
          {' '}
          <span lang={course}>{sentences[course][key]}</span>
        </>
      )}
    </p>
  );
}
