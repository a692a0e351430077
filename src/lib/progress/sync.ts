/**
 * Sends the outbox to the server, oldest first. A network failure stops the round and retries
 * with growing waits (1 s, 2 s, 4 s … up to a minute), and at once when the browser comes back
 * online. A lesson the server does not know yet (the site was published before the database's
 * catalogue caught up) is not the learner's fault and a later deploy cures it: that item stays in
 * the outbox and is tried again with growing waits (up to five minutes), while the rest is sent.
 * Any other refusal drops the item: the learner's own record stays in the local store either way.
 */
import type { Outbox, OutboxItem } from './outbox.ts';

/** `unpublished`: everything else is saved, but some lesson is not on the server yet. */
export type SyncState = 'saved' | 'saving' | 'waiting' | 'unpublished';

export interface SendResult {
  /**
   * `retry`: no answer (offline, timeout, server error); `unpublished`: the server does not know
   * the lesson yet (a later deploy cures it); `refused`: the server said no for good.
   */
  outcome: 'ok' | 'retry' | 'unpublished' | 'refused';
}

export interface SyncDeps {
  outbox: Outbox;
  send(item: OutboxItem): Promise<SendResult>;
  /** Schedules a retry; returns a cancel function. */
  schedule(ms: number, run: () => void): () => void;
  /** Runs `work` while no other tab runs it (Web Locks), or just runs it. */
  exclusive?<T>(work: () => Promise<T>): Promise<T>;
}

const growingWait = (failures: number, cap: number) => Math.min(cap, 1000 * 2 ** Math.max(0, failures - 1));

/** The wait after the n-th network failure in a row. */
export const backoff = (failures: number) => growingWait(failures, 60_000);

/** The wait after the n-th round with a lesson the server does not know: a deploy takes minutes. */
export const deployBackoff = (rounds: number) => growingWait(rounds, 5 * 60_000);

export function createSync(deps: SyncDeps) {
  let state: SyncState = deps.outbox.items().length ? 'waiting' : 'saved';
  let failures = 0;
  let deferrals = 0;
  let running: Promise<void> | null = null;
  let cancelRetry: (() => void) | null = null;
  const listeners = new Set<(s: SyncState) => void>();
  const setState = (next: SyncState) => {
    if (next === state) return;
    state = next;
    listeners.forEach((l) => l(state));
  };
  const retryIn = (ms: number) => {
    cancelRetry?.();
    cancelRetry = deps.schedule(ms, () => void flush());
  };

  /** Sends until the outbox holds only items that wait for a deploy, or the network fails. */
  async function round(): Promise<void> {
    const waitingForDeploy = new Set<string>();
    const unsent = () => deps.outbox.items().filter((i) => !waitingForDeploy.has(i.id));
    for (let items = unsent(); items.length; items = unsent()) {
      for (const item of items) {
        const { outcome } = await deps.send(item);
        if (outcome === 'retry') {
          failures++;
          setState('waiting');
          retryIn(backoff(failures));
          return;
        }
        if (outcome === 'unpublished') waitingForDeploy.add(item.id);
        else deps.outbox.remove(item.id);
      }
    }
    failures = 0;
    if (waitingForDeploy.size) {
      deferrals++;
      setState('unpublished');
      retryIn(deployBackoff(deferrals));
    } else {
      deferrals = 0;
      setState('saved');
    }
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
