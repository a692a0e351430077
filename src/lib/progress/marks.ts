/**
 * Shows stored progress on a page (done lessons, course meters, the start/continue link) with a
 * few hundred bytes of plain script: no framework, no full reader. The markup is rendered by
 * `LessonList.astro`, its texts come from the dictionary through data attributes. The page scripts
 * (src/scripts/) hand in the browser's storage and document.
 */
import { PROGRESS_VERSION } from './model.ts';

export interface StoredProgress {
  lessons: Record<string, { doneAt?: string } | undefined>;
  lastVisited?: { lessonId: string; title: string; url: string; next?: { title: string; url: string } };
}

const KEY = 'fv:progress';

function readRaw(storage: Pick<Storage, 'getItem'>) {
  try {
    const p = JSON.parse(storage.getItem(KEY) ?? 'null');
    if (p?.version === PROGRESS_VERSION && typeof p.lessons === 'object' && p.lessons) return p;
  } catch {}
}

/** What is stored under `fv:progress`, or nothing; never throws. */
export const readProgress = (storage: Pick<Storage, 'getItem'>): StoredProgress => readRaw(storage) ?? { lessons: {} };

/**
 * Records the lesson just opened, for "continue where you left off". Writes only into a valid
 * current record (or a new one), so it can never spoil progress it does not understand.
 */
export function recordVisit(
  visit: NonNullable<StoredProgress['lastVisited']> & { courseId: string; at: string },
  storage: Pick<Storage, 'getItem' | 'setItem'>,
) {
  try {
    const p = readRaw(storage) ?? (storage.getItem(KEY) ? undefined : { version: PROGRESS_VERSION, lessons: {} });
    if (p) storage.setItem(KEY, JSON.stringify({ ...p, lastVisited: visit }));
  } catch {}
}

const fill = (template: string, values: Record<string, number>) => template.replace(/\{(\w+)\}/g, (_, k) => String(values[k]));

export function showProgress(p: StoredProgress, root: ParentNode) {
  const done = (id?: string) => Boolean(id && p.lessons[id]?.doneAt);
  for (const li of root.querySelectorAll<HTMLElement>('[data-lesson]')) {
    if (done(li.dataset.lesson)) li.dataset.done = 'true';
    else delete li.dataset.done;
  }
  for (const box of root.querySelectorAll<HTMLElement>('[data-course-progress]')) {
    const items = [...box.querySelectorAll<HTMLElement>('[data-lesson]')];
    const count = items.filter((li) => done(li.dataset.lesson)).length;
    const total = items.length;
    const percent = total ? Math.round((count / total) * 100) : 0;
    box.dataset.ready = '';
    const meter = box.querySelector<HTMLElement>('.progress');
    if (meter) {
      meter.hidden = box.dataset.compact != null && !count;
      meter.querySelector('[data-summary]')!.textContent = fill(box.dataset.template!, { done: count, total });
      const bar = meter.querySelector<HTMLElement>('[role=progressbar]')!;
      bar.setAttribute('aria-valuenow', String(percent));
      bar.setAttribute('aria-valuetext', `${percent} %`);
      bar.querySelector('span')!.style.width = `${percent}%`;
    }
    const link = box.querySelector<HTMLAnchorElement>('[data-course-next]');
    const complete = box.querySelector<HTMLElement>('[data-course-complete]');
    const next = items.find((li) => !done(li.dataset.lesson));
    if (complete) complete.hidden = Boolean(next);
    if (link) {
      link.hidden = !next;
      if (next) link.setAttribute('href', next.querySelector('a')!.getAttribute('href')!);
      link.textContent = (count ? link.dataset.continue : link.dataset.start) ?? '';
    }
  }
}
