/** Course pages and the front page: marks done lessons and course meters from stored progress. */
import { readProgress, showProgress } from '../lib/progress/marks.ts';

const progress = readProgress(localStorage);
showProgress(progress, document);

// Front page: "continue where you left off" goes to the next lesson once the last one is done.
// Only the front page's box has a template: a course page's »Fortsæt« button is also marked
// data-continue (with its label), and taking it for the box threw before the listener below.
const box = document.querySelector<HTMLElement>('[data-continue][data-template]');
const last = progress.lastVisited;
const link = box?.querySelector('a');
if (box && link && last?.url) {
  const target = progress.lessons[last.lessonId]?.doneAt && last.next ? last.next : last;
  link.href = target.url;
  link.textContent = box.dataset.template!.replace('{title}', target.title);
  box.hidden = false;
}

// Progress made in another tab shows here too.
addEventListener('storage', () => showProgress(readProgress(localStorage), document));
