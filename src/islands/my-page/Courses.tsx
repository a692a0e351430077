import { useState } from 'preact/hooks';
import { courseProgress, isDone, type Progress } from '../../lib/progress';
import type { MissingStep } from '../../lib/account/certificate-road.ts';
import { MissingSteps } from '../shared/MissingSteps.tsx';
import type { Certificate } from '../../lib/supabase/types.ts';
import type { UiError } from '../../client/auth.ts';
import type { Lang } from '../../lib/content/taxonomy.ts';
import { certificatePagePath, coursesIndexPath } from '../../lib/content/paths.ts';
import { tIn } from '../../lib/i18n/account.ts';
import type { CourseSummary } from './types.ts';

interface Props {
  courses: CourseSummary[];
  progress: Progress;
  certificates: Certificate[];
  onIssue(courseId: string): Promise<UiError | null>;
  /** After a refusal for a missing step: every step still missing, to list them all at once. */
  gaps(
    courseId: string,
    facts: { courseUrl: string; assessmentUrl?: string; lessons: CourseSummary['lessons']; isDone(id: string): boolean; nameUrl: string },
  ): Promise<MissingStep[]>;
  lang?: Lang;
}

const ROAD_KEYS = ['rpc.name_required', 'rpc.course_incomplete', 'rpc.assessment_required'];

const certificateUrl = (code: string, lang: Lang = 'da') => `${certificatePagePath(lang)}?kode=${encodeURIComponent(code)}`;

/** A course title in another language than the page's is marked as such (WCAG 3.1.2). */
const titleLang = (course: CourseSummary, page: Lang) => (course.lang && course.lang !== page ? course.lang : undefined);

export default function Courses({ courses, progress, certificates, onIssue, gaps, lang = 'da' }: Props) {
  const t = tIn(lang);
  const [issuing, setIssuing] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, UiError>>({});
  const [missing, setMissing] = useState<Record<string, MissingStep[]>>({});
  const rows = courses.map((c) => ({
    course: c,
    p: courseProgress(
      progress,
      c.lessons.map((l) => l.id),
    ),
  }));
  const inProgress = rows.filter((r) => r.p.done > 0 && r.p.done < r.p.total);
  const completed = rows.filter((r) => r.p.total > 0 && r.p.done === r.p.total);

  async function issue(courseId: string) {
    setIssuing(courseId);
    const error = await onIssue(courseId);
    const course = courses.find((c) => c.id === courseId)!;
    const steps =
      error && ROAD_KEYS.includes(error.key)
        ? await gaps(courseId, {
            courseUrl: course.url,
            assessmentUrl: course.assessmentUrl,
            lessons: course.lessons,
            isDone: (id) => isDone(progress, id),
            nameUrl: '#profile-name',
          }).catch(() => [])
        : [];
    setMissing((all) => ({ ...all, [courseId]: steps }));
    setErrors((all) => {
      const { [courseId]: _, ...rest } = all;
      return error ? { ...rest, [courseId]: error } : rest;
    });
    setIssuing(null);
  }

  return (
    <>
      <section aria-labelledby="i-gang">
        <h2 id="i-gang">{t('my.inProgress')}</h2>
        {inProgress.length === 0 ? (
          <p>
            {t('my.noneInProgress')} <a href={coursesIndexPath(lang)}>{t('my.findCourse')}</a>
          </p>
        ) : (
          <ul class="my-list">
            {inProgress.map(({ course, p }) => {
              const next = course.lessons.find((l) => l.id === p.nextLessonId);
              return (
                <li key={course.id}>
                  <a href={course.url} lang={titleLang(course, lang)}>
                    {course.title}
                  </a>
                  <span class="meta"> · {t('my.percent', { percent: p.percent })}</span>
                  {next && (
                    <div>
                      <a href={next.url}>{t('my.continue', { title: next.title })}</a>
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section aria-labelledby="gennemfoert">
        <h2 id="gennemfoert">{t('my.completed')}</h2>
        {completed.length === 0 ? (
          <p>{t('my.noneCompleted')}</p>
        ) : (
          <ul class="my-list">
            {completed.map(({ course }) => {
              const cert = certificates.find((c) => c.course_id === course.id);
              const error = errors[course.id];
              return (
                <li key={course.id} data-course={course.id}>
                  <a href={course.url} lang={titleLang(course, lang)}>
                    {course.title}
                  </a>{' '}
                  {cert ? (
                    <a class="button secondary" href={certificateUrl(cert.code, lang)}>
                      {t('my.viewCertificate')}
                    </a>
                  ) : (
                    <button type="button" onClick={() => issue(course.id)} disabled={issuing === course.id}>
                      {t(issuing === course.id ? 'my.issuing' : 'my.issue')}
                    </button>
                  )}
                  {missing[course.id]?.length ? (
                    <MissingSteps steps={missing[course.id]!} lang={lang} />
                  ) : (
                    error && (
                      <p role="alert" class="notice bad">
                        {t(error.key, error.vars)}{' '}
                        {error.key === 'rpc.assessment_required' && (
                          <a href={course.assessmentUrl ?? `${course.url}proeve/`}>{t('my.takeAssessment')}</a>
                        )}
                      </p>
                    )
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </>
  );
}

export { certificateUrl };
