import { useEffect, useState } from 'preact/hooks';
import type { Progress } from '../../lib/progress';
import { progressStore } from '../../client/progress/store.ts';

/**
 * The learner's progress, kept current across islands and tabs. `null` until the island
 * has mounted: the server renders without progress, so the first render must match it.
 */
export function useProgress(): Progress | null {
  const [progress, setProgress] = useState<Progress | null>(null);
  useEffect(() => {
    const store = progressStore();
    setProgress(store.get());
    return store.subscribe(setProgress);
  }, []);
  return progress;
}
