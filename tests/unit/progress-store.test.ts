import { describe, expect, it, vi } from 'vitest';
import { createProgressStore, emptyProgress, isDone, markDone, memoryStorage, migrate, parse, STORAGE_KEY } from '../../src/lib/progress';

/** A fake window that lets a test fire the `storage` event other tabs would cause. */
function fakeWindow() {
  const listeners: ((e: StorageEvent) => void)[] = [];
  return {
    addEventListener: (_: string, l: (e: StorageEvent) => void) => listeners.push(l),
    fire: (key: string | null) => listeners.forEach((l) => l({ key } as StorageEvent)),
  };
}

describe('progress store', () => {
  it('persists to storage and reads it back in a new store (a reload)', () => {
    const storage = memoryStorage();
    createProgressStore(storage).update((p) => markDone(p, 'l1', 'c1', '2026-01-01T00:00:00Z'));
    expect(isDone(createProgressStore(storage).get(), 'l1')).toBe(true);
  });

  it('writes a versioned record', () => {
    const storage = memoryStorage();
    createProgressStore(storage).update((p) => markDone(p, 'l1', 'c1', '2026-01-01T00:00:00Z'));
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).version).toBe(1);
  });

  it('notifies listeners in this tab and, on a storage event, for changes from another tab', () => {
    const storage = memoryStorage();
    const win = fakeWindow();
    const store = createProgressStore(storage, win as unknown as Window);
    const listener = vi.fn();
    store.subscribe(listener);
    store.update((p) => markDone(p, 'l1', 'c1', '2026-01-01T00:00:00Z'));
    expect(listener).toHaveBeenCalledTimes(1);

    // Another tab writes to the same storage, then the browser fires `storage` here.
    createProgressStore(storage).update((p) => markDone(p, 'l2', 'c1', '2026-01-02T00:00:00Z'));
    win.fire(STORAGE_KEY);
    expect(listener).toHaveBeenCalledTimes(2);
    expect(isDone(listener.mock.calls[1]![0], 'l2')).toBe(true);

    win.fire('some-other-key');
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('an update reads the freshest stored state, so another tab’s change is not overwritten', () => {
    const storage = memoryStorage();
    const tabA = createProgressStore(storage);
    const tabB = createProgressStore(storage);
    tabA.update((p) => markDone(p, 'l1', 'c1', '2026-01-01T00:00:00Z'));
    tabB.update((p) => markDone(p, 'l2', 'c1', '2026-01-01T00:00:00Z'));
    const p = tabA.get();
    expect(isDone(p, 'l1') && isDone(p, 'l2')).toBe(true);
  });

  it('clear removes everything', () => {
    const storage = memoryStorage();
    const store = createProgressStore(storage);
    store.update((p) => markDone(p, 'l1', 'c1', '2026-01-01T00:00:00Z'));
    store.clear();
    expect(store.get()).toEqual(emptyProgress());
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
  });
});

describe('migrate and parse', () => {
  it('returns an empty record for garbage, other versions and broken JSON', () => {
    for (const raw of [null, 42, 'x', [], { version: 99, lessons: {} }]) expect(migrate(raw)).toEqual(emptyProgress());
    expect(parse('{not json')).toEqual(emptyProgress());
    expect(parse(null)).toEqual(emptyProgress());
  });

  it('keeps valid lessons and drops broken ones and broken attempts', () => {
    const p = migrate({
      version: 1,
      lessons: {
        good: {
          courseId: 'c1',
          doneAt: '2026-01-01T00:00:00Z',
          attempts: [
            { id: 'a', at: '2026-01-01T00:00:00Z', correct: 3, total: 4, answers: { q1: ['a'] } },
            { id: 'b', correct: 9, total: 4 },
          ],
        },
        bad: { doneAt: 'x' },
      },
    });
    expect(Object.keys(p.lessons)).toEqual(['good']);
    expect(p.lessons.good!.attempts.map((a) => a.id)).toEqual(['a']);
  });
});
