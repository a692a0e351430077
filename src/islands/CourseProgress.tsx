import { courseProgress } from '../lib/progress';
import { t } from '../lib/i18n/learning.ts';
import { useProgress } from './hooks/useProgress';

export interface OutlineLesson {
  id: string;
  title: string;
  url: string;
  minutes: number;
}

interface Props {
  lessons: OutlineLesson[];
  /** `full` adds the lesson list with a status per lesson and a start/continue link. */
  variant: 'full' | 'compact';
  /** Lesson currently shown, marked in the list. */
  currentId?: string;
}

export default function CourseProgress({ lessons, variant, currentId }: Props) {
  const progress = useProgress();
  const summary = progress ? courseProgress(progress, lessons.map((l) => l.id)) : undefined;
  const next = lessons.find((l) => l.id === summary?.nextLessonId);
  const started = Boolean(summary?.done);

  const meter = summary && (variant === 'full' || started) && (
    <div class="progress">
      <span>{t('progress.summary', { done: summary.done, total: summary.total })}</span>
      <div class="progress-bar" role="progressbar" aria-label={t('progress.label')} aria-valuemin={0} aria-valuemax={100} aria-valuenow={summary.percent} aria-valuetext={`${summary.percent} %`}>
        <span style={{ width: `${summary.percent}%` }} />
      </div>
    </div>
  );
  if (variant === 'compact') return meter || null;

  return (
    <div class="course-progress">
      {meter}
      {summary && (summary.done === summary.total ? (
        <p class="notice ok">{t('progress.complete')}</p>
      ) : next && !currentId ? (
        <p><a class="button" href={next.url}>{t(started ? 'course.continue' : 'course.start')}</a></p>
      ) : null)}
      <ol class="lesson-list">
        {lessons.map((l) => {
          const done = Boolean(progress?.lessons[l.id]?.doneAt);
          return (
            <li key={l.id} data-done={done ? 'true' : undefined}>
              <a href={l.url} aria-current={l.id === currentId ? 'page' : undefined}>{l.title}</a>
              <span class="meta">
                {' '}{t('course.minutes', { minutes: l.minutes })}
                {progress && <> · <span class={done ? 'done' : ''}>{t(done ? 'progress.done' : 'progress.notDone')}</span></>}
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
