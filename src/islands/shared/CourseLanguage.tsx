import type { Lang } from '../../lib/content/taxonomy.ts';
import { tIn } from '../../lib/i18n/account.ts';

/**
 * "Kurset er gennemført på engelsk." on a certificate: in the page's language, and also in the
 * course's own language when they differ, so a certificate shown abroad says it in both.
 */
export function CourseLanguage({ course = 'da', page, class: className }: { course?: Lang; page: Lang; class?: string }) {
  const key = `certificate.language.${course}` as const;
  return (
    <p class={className}>
      {tIn(page)(key)}
      {course !== page && (
        <>
          {' '}
          <span lang={course}>{tIn(course)(key)}</span>
        </>
      )}
    </p>
  );
}
