/**
 * The browser's localStorage, or a memory stand-in where it is missing or refused (private mode,
 * blocked cookies): the pages keep working, they just forget on reload.
 */
import { memoryStorage, type StorageLike } from '../lib/progress/store.ts';

let chosen: StorageLike | undefined;

export function browserStorage(): StorageLike {
  if (chosen) return chosen;
  try {
    const probe = '__fv_probe__';
    window.localStorage.setItem(probe, probe);
    window.localStorage.removeItem(probe);
    chosen = window.localStorage;
  } catch {
    chosen = memoryStorage();
  }
  return chosen;
}
