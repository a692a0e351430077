/** The one progress store all islands and scripts of a page share, on the browser's storage. */
import { createProgressStore, memoryStorage, type ProgressStore } from '../../lib/progress/store.ts';
import { browserStorage } from '../storage.ts';

let shared: ProgressStore | undefined;

export function progressStore(): ProgressStore {
  shared ??= typeof window === 'undefined' ? createProgressStore(memoryStorage()) : createProgressStore(browserStorage(), window);
  return shared;
}
