/** The one progress store all islands and scripts of a page share, on the browser's storage. */
import { createProgressStore, memoryStorage, type ProgressStore, type StorageLike } from '../../lib/progress/store.ts';

let storage: StorageLike | undefined;

/**
 * The browser's localStorage, or a memory stand-in where it is missing or refused (private mode,
 * blocked cookies): progress then lasts as long as the page.
 */
export function browserStorage(): StorageLike {
  if (storage) return storage;
  try {
    const probe = '__fv_probe__';
    window.localStorage.setItem(probe, probe);
    window.localStorage.removeItem(probe);
    storage = window.localStorage;
  } catch {
    storage = memoryStorage();
  }
  return storage;
}

let shared: ProgressStore | undefined;

export function progressStore(): ProgressStore {
  shared ??= typeof window === 'undefined' ? createProgressStore(memoryStorage()) : createProgressStore(browserStorage(), window);
  return shared;
}
