/** Course pages and the front page: marks done lessons and course meters from stored progress. */
import { readProgress, showProgress } from '../lib/progress/marks.ts';

const progress = readProgress();
showProgress(progress);

// Front page: "continue where you left off" goes to the next lesson once the last one is done.
const box = document.querySelector<HTMLElement>('[data-continue]');
const last = progress.lastVisited;
if (box && last?.url) {
  const target = progress.lessons[last.lessonId]?.doneAt && last.next ? last.next : last;
  const link = box.querySelector('a')!;
  link.href = target.url;
  link.textContent = box.dataset.template!.replace('{title}', target.title);
  box.hidden = false;
}

// Progress made in another tab shows here too.
addEventListener('storage', () => showProgress(readProgress()));
