/**
 * Sends the outbox to the server, oldest first. A network failure stops the round and retries
 * with growing waits (1 s, 2 s, 4 s … up to a minute), and at once when the browser comes back
 * online. A refusal from the server (the lesson no longer exists, say) drops that item: the
 * learner's own record stays in the local store either way, so nothing is lost.
 */
import type { Outbox, OutboxItem } from './outbox.ts';

export type SyncState = 'saved' | 'saving' | 'waiting';

export interface SendResult {
  /** `retry`: no answer (offline, timeout, server error); `refused`: the server said no. */
  outcome: 'ok' | 'retry' | 'refused';
}

export interface SyncDeps {
  outbox: Outbox;
  send(item: OutboxItem): Promise<SendResult>;
  /** Schedules a retry; returns a cancel function. */
  schedule(ms: number, run: () => void): () => void;
  /** Runs `work` while no other tab runs it (Web Locks), or just runs it. */
  exclusive?<T>(work: () => Promise<T>): Promise<T>;
}

export const backoff = (failures: number) => Math.min(60_000, 1000 * 2 ** Math.max(0, failures - 1));

export function createSync(deps: SyncDeps) {
  let state: SyncState = deps.outbox.items().length ? 'waiting' : 'saved';
  let failures = 0;
  let running: Promise<void> | null = null;
  let cancelRetry: (() => void) | null = null;
  const listeners = new Set<(s: SyncState) => void>();
  const setState = (next: SyncState) => {
    if (next === state) return;
    state = next;
    listeners.forEach((l) => l(state));
  };

  /** Sends until the outbox is empty (items added meanwhile included) or the network fails. */
  async function round(): Promise<void> {
    for (let items = deps.outbox.items(); items.length; items = deps.outbox.items()) {
      for (const item of items) {
        const { outcome } = await deps.send(item);
        if (outcome === 'retry') {
          failures++;
          setState('waiting');
          cancelRetry?.();
          cancelRetry = deps.schedule(backoff(failures), () => void flush());
          return;
        }
        deps.outbox.remove(item.id);
      }
    }
    failures = 0;
    setState('saved');
  }

  /** Sends what is waiting; concurrent calls share one round. */
  function flush(): Promise<void> {
    if (!deps.outbox.items().length) {
      setState('saved');
      return Promise.resolve();
    }
    running ??= (async () => {
      cancelRetry?.();
      cancelRetry = null;
      setState('saving');
      try {
        await (deps.exclusive ? deps.exclusive(round) : round());
      } finally {
        running = null;
      }
    })();
    return running;
  }

  return {
    flush,
    /** Adds an item and starts sending it. */
    push(item: OutboxItem) {
      deps.outbox.add(item);
      return flush();
    },
    state: () => state,
    subscribe(listener: (s: SyncState) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      cancelRetry?.();
      cancelRetry = null;
    },
  };
}

export type Sync = ReturnType<typeof createSync>;
