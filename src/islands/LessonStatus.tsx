import { useEffect } from 'preact/hooks';
import { isDone, progressStore, visit } from '../lib/progress';
import { completeLesson } from '../lib/progress/actions.ts';
import { t } from '../lib/i18n/learning.ts';
import { useProgress } from './hooks/useProgress';

interface Props {
  lessonId: string;
  courseId: string;
  title: string;
  url: string;
  hasQuiz: boolean;
}

/** Shows whether the lesson is done, records the visit, and offers "mark as done" where there is no check. */
export default function LessonStatus({ lessonId, courseId, title, url, hasQuiz }: Props) {
  const progress = useProgress();

  useEffect(() => {
    progressStore().update((p) => visit(p, { lessonId, courseId, title, url, at: new Date().toISOString() }));
  }, [lessonId]);

  if (!progress) return null;
  if (isDone(progress, lessonId)) return <p class="notice ok" role="status">{t('lesson.isDone')}</p>;
  if (hasQuiz) return <p class="notice">{t('lesson.needsCheck')}</p>;
  return (
    <button type="button" onClick={() => completeLesson(lessonId, courseId)}>
      {t('lesson.markDone')}
    </button>
  );
}
