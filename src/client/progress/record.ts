/**
 * What a learner does, recorded the local-first way: the browser's store at once (works offline
 * and with no account), and, for a signed-in learner, the outbox that carries it to the server.
 */
import { sessionHint } from '../session.ts';
import type { Progress } from '../../lib/progress/model.ts';
import { createOutbox, type OutboxItem } from '../../lib/progress/outbox.ts';
import { browserStorage, progressStore } from './store.ts';

/**
 * A signed-in learner's item goes into the outbox at once (so leaving the page cannot lose it);
 * the code that sends it loads afterwards. Guests never load it.
 */
export function record(change: (p: Progress) => Progress, item: OutboxItem) {
  progressStore().update(change);
  if (!sessionHint()) return;
  createOutbox(browserStorage()).add(item);
  void import('./account-sync.ts').then((m) => m.accountSync()?.flush());
}
