/**
 * Course page: the learner's status (lessons, assessment, certificate). Guests get the page's
 * plain sentence and no extra code; the account part loads only for someone signed in.
 */
import { sessionHint } from '../client/session.ts';
import { readProgress } from '../lib/progress/marks.ts';

const box = document.querySelector<HTMLElement>('[data-course-status]');
if (box) {
  const fill = (template: string, vars: Record<string, string | number>) =>
    template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k]));
  const showLessons = () => {
    const ids = JSON.parse(box.dataset.lessons ?? '[]') as string[];
    const progress = readProgress(localStorage);
    const line = box.querySelector<HTMLElement>('[data-status-lessons]')!;
    line.textContent = fill(line.dataset.template!, { done: ids.filter((id) => progress.lessons[id]?.doneAt).length, total: ids.length });
  };
  showLessons();
  addEventListener('storage', showLessons);
  if (sessionHint()) {
    box.querySelector<HTMLElement>('[data-status-signed-out]')!.hidden = true;
    void import('./course-status-account.ts').then((m) => m.showAccountStatus(box));
  }
}
