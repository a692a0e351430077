/** The lesson status island in a DOM: "mark as done" for a lesson without a knowledge check. */
import { act } from 'preact/test-utils';
import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import LessonStatus from '../../src/islands/LessonStatus.tsx';
import { isDone, progressStore } from '../../src/lib/progress';

beforeEach(() => {
  localStorage.clear();
  document.body.innerHTML = '<div id="root"></div>';
});

const mount = async (hasQuiz: boolean) => {
  const root = document.getElementById('root')!;
  await act(() => render(<LessonStatus lessonId="uden-tjek" courseId="kursus" title="Lektion" url="/kurser/kursus/lektion/" hasQuiz={hasQuiz} />, root));
  return root;
};

describe('LessonStatus', () => {
  it('a lesson without a check is marked done with the button, and says so', async () => {
    const root = await mount(false);
    const button = root.querySelector('button')!;
    expect(button.textContent).toBe('Markér som gennemført');
    await act(() => button.click());
    expect(root.textContent).toBe('Lektionen er gennemført.');
    expect(isDone(progressStore().get(), 'uden-tjek')).toBe(true);
  });

  it('records the visit for "continue where you left off"', async () => {
    await mount(false);
    expect(progressStore().get().lastVisited).toMatchObject({ lessonId: 'uden-tjek', url: '/kurser/kursus/lektion/' });
  });

  it('a lesson with a check has no button: the check decides', async () => {
    const root = await mount(true);
    expect(root.querySelector('button')).toBeNull();
    expect(root.textContent).toBe('Lektionen tæller som gennemført, når du har bestået videnstjekket.');
  });
});

describe('recording progress when signed in', () => {
  it('puts the item in the outbox at once, before any sync code has loaded', async () => {
    const { completeLesson } = await import('../../src/lib/progress/actions.ts');
    localStorage.setItem('fv:auth', JSON.stringify({ user: { id: 'u1', email: 'a@example.dk' } }));
    completeLesson('uden-tjek', 'kursus');
    const outbox = JSON.parse(localStorage.getItem('fv:outbox')!);
    // Signed out again before the sync code arrives, so nothing is sent from the test.
    localStorage.removeItem('fv:auth');
    expect(outbox.items).toMatchObject([{ kind: 'done', lessonId: 'uden-tjek' }]);
  });
});
