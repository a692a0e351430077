/** The lesson page's progress script in a DOM: status, "mark as done", the visit, and the outline marks. */
import { beforeEach, describe, expect, it } from 'vitest';
import { initLessonStatus } from '../../src/scripts/lesson-status.ts';
import { isDone } from '../../src/lib/progress';
import { progressStore } from '../../src/client/progress/store.ts';

beforeEach(() => {
  localStorage.clear();
  progressStore().clear();
});

const mount = (hasQuiz: boolean) => {
  document.body.innerHTML = `
    <div data-lesson-status data-lesson-id="uden-tjek" data-course-id="kursus" data-title="Lektion" data-url="/kurser/kursus/lektion/"
      ${hasQuiz ? 'data-quiz' : ''} data-next-title="Næste" data-next-url="/kurser/kursus/naeste/">
      <p data-when="done" tabindex="-1" hidden>Lektionen er gennemført.</p>
      <p data-when="check" hidden>Lektionen tæller som gennemført, når du har bestået videnstjekket.</p>
      <button type="button" data-when="open" hidden>Markér som gennemført</button>
    </div>
    <div data-course-progress data-template="{done} af {total} lektioner gennemført">
      <div class="progress" hidden><span data-summary></span><div role="progressbar"><span></span></div></div>
      <ol><li data-lesson="uden-tjek"><a href="/kurser/kursus/lektion/">Lektion</a></li><li data-lesson="anden"><a href="/x/">Anden</a></li></ol>
    </div>`;
  const box = document.querySelector<HTMLElement>('[data-lesson-status]')!;
  initLessonStatus(box);
  return box;
};
const visible = (box: HTMLElement) =>
  [...box.querySelectorAll<HTMLElement>('[data-when]')].filter((e) => !e.hidden).map((e) => e.textContent);

describe('lesson status', () => {
  it('a lesson without a check is marked done with the button, and the outline follows', async () => {
    const box = mount(false);
    expect(visible(box)).toEqual(['Markér som gennemført']);
    expect(document.querySelector('[data-summary]')!.textContent).toBe('0 af 2 lektioner gennemført');
    box.querySelector('button')!.click();
    await expect.poll(() => isDone(progressStore().get(), 'uden-tjek')).toBe(true);
    await expect.poll(() => visible(box)).toEqual(['Lektionen er gennemført.']);
    expect(visible(box)).toEqual(['Lektionen er gennemført.']);
    expect(document.activeElement?.textContent).toBe('Lektionen er gennemført.');
    expect(document.querySelector('[data-lesson="uden-tjek"]')!.getAttribute('data-done')).toBe('true');
    expect(document.querySelector('[data-summary]')!.textContent).toBe('1 af 2 lektioner gennemført');
  });

  it('records the visit with the lesson after it, for "continue where you left off"', () => {
    mount(false);
    expect(progressStore().get().lastVisited).toMatchObject({
      lessonId: 'uden-tjek',
      url: '/kurser/kursus/lektion/',
      next: { title: 'Næste', url: '/kurser/kursus/naeste/' },
    });
  });

  it('a lesson with a check has no button: the check decides', () => {
    const box = mount(true);
    expect(visible(box)).toEqual(['Lektionen tæller som gennemført, når du har bestået videnstjekket.']);
  });
});

describe('recording progress when signed in', () => {
  it('puts the item in the outbox at once, before any sync code has loaded', async () => {
    const { completeLesson } = await import('../../src/client/progress/complete-lesson.ts');
    localStorage.setItem('fv:auth', JSON.stringify({ user: { id: 'u1', email: 'a@example.dk' } }));
    completeLesson('uden-tjek', 'kursus');
    const outbox = JSON.parse(localStorage.getItem('fv:outbox')!);
    // Signed out again before the sync code arrives, so nothing is sent from the test.
    localStorage.removeItem('fv:auth');
    expect(outbox.items).toMatchObject([{ kind: 'done', lessonId: 'uden-tjek' }]);
  });
});
