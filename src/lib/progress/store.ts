/**
 * The local-first progress store: progress lives in the storage it is given (the browser's, from
 * src/client/progress/store.ts), works with no account and offline, survives reloads and follows
 * changes made in other tabs.
 */
import { emptyProgress, type Progress } from './model.ts';
import { parse } from './migrate.ts';

export const STORAGE_KEY = 'fv:progress';

/** Fired on window after this tab changed progress, for the plain page scripts (lib/progress/marks.ts). */
export const PROGRESS_EVENT = 'fv:progress';

type Listener = (progress: Progress) => void;

export interface ProgressStore {
  get(): Progress;
  /** Applies a change to the freshest stored state and saves it; returns the new state. */
  update(change: (p: Progress) => Progress): Progress;
  /** Calls the listener on every change, from this tab or another; returns an unsubscribe. */
  subscribe(listener: Listener): () => void;
  clear(): void;
}

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Memory fallback where storage is missing or refused (private mode, blocked cookies). */
function memoryStorage(): StorageLike {
  const data = new Map<string, string>();
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

export function createProgressStore(storage: StorageLike, target?: Pick<Window, 'addEventListener'>): ProgressStore {
  const listeners = new Set<Listener>();
  const read = () => parse(storage.getItem(STORAGE_KEY));
  const notify = (p: Progress) => {
    listeners.forEach((l) => l(p));
    (target as Partial<Pick<Window, 'dispatchEvent'>> | undefined)?.dispatchEvent?.(new Event(PROGRESS_EVENT));
  };

  // The storage event fires in every other tab of the same origin.
  target?.addEventListener('storage', (e: StorageEvent) => {
    if (e.key === STORAGE_KEY || e.key === null) notify(read());
  });

  return {
    get: read,
    update(change) {
      const before = read();
      const after = change(before);
      if (after !== before) {
        storage.setItem(STORAGE_KEY, JSON.stringify(after));
        notify(after);
      }
      return after;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    clear() {
      storage.removeItem(STORAGE_KEY);
      notify(emptyProgress());
    },
  };
}

export { memoryStorage };
