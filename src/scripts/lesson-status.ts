/**
 * A lesson page's progress without a framework: records the visit (for "continue where you left
 * off"), shows whether the lesson is done, marks the course outline, and offers "mark as done"
 * where there is no knowledge check. The code that records a completion loads on the click.
 */
import { readProgress, recordVisit, showProgress } from '../lib/progress/marks.ts';

export function initLessonStatus(box: HTMLElement, page: ParentNode = document) {
  const { quiz, nextTitle, nextUrl } = box.dataset;
  const [lessonId, courseId, title, url] = (['lessonId', 'courseId', 'title', 'url'] as const).map((k) => box.dataset[k] ?? '') as [
    string,
    string,
    string,
    string,
  ];
  recordVisit(
    {
      lessonId,
      courseId,
      title,
      url,
      at: new Date().toISOString(),
      ...(nextUrl ? { next: { title: nextTitle!, url: nextUrl } } : {}),
    },
    localStorage,
  );

  const show = () => {
    const p = readProgress(localStorage);
    const state = p.lessons[lessonId]?.doneAt ? 'done' : quiz != null ? 'check' : 'open';
    for (const el of box.querySelectorAll<HTMLElement>('[data-when]')) el.hidden = el.dataset.when !== state;
    showProgress(p, page);
  };
  show();
  // This tab's progress code announces changes; other tabs change storage.
  addEventListener('fv:progress', show);
  addEventListener('storage', show);

  box.querySelector('button')?.addEventListener('click', async () => {
    const { completeLesson } = await import('../client/progress/complete-lesson.ts');
    completeLesson(lessonId, courseId);
    // The button is gone: keep the keyboard user's place on the message that replaced it.
    box.querySelector<HTMLElement>('[data-when="done"]')?.focus();
  });
}
