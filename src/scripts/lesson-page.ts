/**
 * All the script a lesson page loads on first view: progress marks and status. The knowledge
 * check's code (Preact) loads when the check comes near the screen or is first touched, and the
 * account code only for a signed-in learner.
 */
import { sessionHint } from '../client/session.ts';
import { initLessonStatus } from './lesson-status.ts';

const status = document.querySelector<HTMLElement>('[data-lesson-status]');
if (status) initLessonStatus(status);

const sync = document.querySelector<HTMLElement>('[data-sync-status]');
if (sync && sessionHint()) void import('./sync-status.ts').then((m) => m.showSyncStatus(sync));

const check = document.querySelector<HTMLElement>('[data-knowledge-check]');
if (check) {
  let loading = false;
  const load = () => {
    if (loading) return;
    loading = true;
    observer.disconnect();
    // Offline before the code arrived: the static questions and answers stay, and the check
    // loads as soon as the connection is back.
    import('./knowledge-check.tsx').then(
      (m) => m.mountKnowledgeCheck(check),
      () => {
        loading = false;
        addEventListener('online', load, { once: true });
      },
    );
  };
  const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && load(), { rootMargin: '400px 0px' });
  observer.observe(check);
  for (const type of ['focusin', 'pointerdown']) check.addEventListener(type, load, { once: true });
}
