import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../src/lib/progress';
import { createOutbox, type OutboxItem } from '../../src/lib/progress/outbox.ts';
import { backoff, createSync, deployBackoff, type SendResult } from '../../src/lib/progress/sync.ts';
import { fromServer, withServer } from '../../src/lib/progress/server.ts';
import { emptyProgress, isDone, recordAttempt } from '../../src/lib/progress/model.ts';

/** A deterministic random source, so a failing sequence can be replayed. */
function random(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/** A server that stores each item once by id, and a network that can be down or lose answers. */
function world(seed: number) {
  const rnd = random(seed);
  const stored = new Map<string, OutboxItem>();
  const confirmed = new Set<string>();
  let sendsAfterConfirm = 0;
  let online = true;
  const timers: (() => void)[] = [];
  const storage = memoryStorage();
  const outbox = createOutbox(storage);
  // One lock for both tabs, as the Web Locks API gives across tabs.
  let lock = Promise.resolve();
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const result = lock.then(work);
    lock = result.then(
      () => {},
      () => {},
    );
    return result;
  };
  const tab = () =>
    createSync({
      outbox: createOutbox(storage),
      exclusive,
      async send(item): Promise<SendResult> {
        if (confirmed.has(item.id)) sendsAfterConfirm++;
        if (!online) return { outcome: 'retry' };
        stored.set(item.id, item);
        if (rnd() < 0.2) return { outcome: 'retry' }; // the server did it, but the answer was lost
        confirmed.add(item.id);
        return { outcome: 'ok' };
      },
      schedule(_ms, run) {
        timers.push(run);
        return () => timers.splice(timers.indexOf(run) >>> 0, 1);
      },
    });
  const sync = tab();
  const otherTab = tab();
  return {
    rnd,
    stored,
    outbox,
    sync,
    otherTab,
    storage,
    setOnline: (v: boolean) => (online = v),
    /** Lets the retries that are due now run (while offline they schedule the next ones). */
    runTimers: async () => {
      for (const run of timers.splice(0)) {
        run();
        await sync.flush();
      }
    },
    sendsAfterConfirm: () => sendsAfterConfirm,
  };
}

const item = (n: number): OutboxItem =>
  n % 3 === 0
    ? { kind: 'done', id: `done-${n}`, lessonId: `l${n}`, at: new Date(2026, 0, 1, 0, n).toISOString() }
    : { kind: 'attempt', id: `attempt-${n}`, lessonId: `l${n % 7}`, answers: { q: ['a'] }, at: new Date(2026, 0, 1, 0, n).toISOString() };

describe('sync queue', () => {
  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]) {
    it(`random offline/online sequence ${seed}: nothing lost, nothing sent again after it was confirmed`, async () => {
      const w = world(seed);
      const pushed: OutboxItem[] = [];
      for (let step = 0; step < 60; step++) {
        const r = w.rnd();
        if (r < 0.15) w.setOnline(false);
        else if (r < 0.3) w.setOnline(true);
        else if (r < 0.4) await w.runTimers();
        else if (r < 0.45) {
          // A reload: a new queue over the same storage picks up where the old one stopped.
          w.sync.stop();
        } else {
          const next = item(step);
          pushed.push(next);
          // Sometimes a second tab flushes the same outbox at the same moment.
          await Promise.all([w.sync.push(next), w.rnd() < 0.3 ? w.otherTab.flush() : undefined]);
        }
      }
      w.setOnline(true);
      // Back online: retries (and lost answers) settle within a few rounds.
      for (let i = 0; i < 20 && w.outbox.items().length; i++) {
        await w.sync.flush();
        await w.runTimers();
      }
      expect(w.outbox.items()).toEqual([]);
      expect(w.sync.state()).toBe('saved');
      expect([...w.stored.keys()].sort()).toEqual([...new Set(pushed.map((p) => p.id))].sort());
      expect(w.sendsAfterConfirm()).toBe(0);
    });
  }

  it('survives a reload: the outbox is read back from storage', async () => {
    const w = world(99);
    w.setOnline(false);
    await w.sync.push(item(1));
    await w.sync.push(item(2));
    const reloaded = createOutbox(w.storage);
    expect(reloaded.items().map((i) => i.id)).toEqual(['attempt-1', 'attempt-2']);
    expect(w.sync.state()).toBe('waiting');
  });

  it('a refusal drops the item instead of blocking the queue', async () => {
    const outbox = createOutbox(memoryStorage());
    const sync = createSync({ outbox, send: async (i) => ({ outcome: i.id === 'bad' ? 'refused' : 'ok' }), schedule: () => () => {} });
    await sync.push({ kind: 'done', id: 'bad', lessonId: 'x', at: '2026-01-01T00:00:00Z' });
    await sync.push(item(3));
    expect(outbox.items()).toEqual([]);
    expect(sync.state()).toBe('saved');
  });

  it('waits longer after each failure, up to a minute', () => {
    expect([1, 2, 3, 4, 10].map(backoff)).toEqual([1000, 2000, 4000, 8000, 60_000]);
  });

  it('waits longer for an unpublished lesson, up to five minutes', () => {
    expect([1, 5, 9, 20].map(deployBackoff)).toEqual([1000, 16_000, 256_000, 300_000]);
  });
});

describe('server progress', () => {
  it('merges into local progress: completions from another device appear, nothing is doubled', () => {
    const local = recordAttempt(
      emptyProgress(),
      'l1',
      'c1',
      { id: 'a1', at: '2026-01-01T10:00:00.000Z', correct: 5, total: 5, answers: {} },
      0.8,
    );
    const server = {
      lessons: [
        { lesson_id: 'l1', course_id: 'c1', completed_at: '2026-01-01T10:00:00+00:00', recorded_at: '2026-01-03T10:00:00+00:00' },
        { lesson_id: 'l2', course_id: 'c1', completed_at: '2026-01-02T10:00:00+00:00', recorded_at: '2026-01-03T10:00:00+00:00' },
      ],
      attempts: [
        {
          id: 'a1',
          lesson_id: 'l1',
          course_id: 'c1',
          answers: {},
          correct: 5,
          total: 5,
          passed: true,
          attempted_at: '2026-01-01T10:00:00+00:00',
          recorded_at: '2026-01-03T10:00:00+00:00',
        },
      ],
    };
    const merged = withServer(local, server);
    expect(isDone(merged, 'l2')).toBe(true);
    expect(merged.lessons.l1!.attempts).toHaveLength(1);
    expect(merged.lessons.l1!.doneAt).toBe('2026-01-01T10:00:00.000Z');
    expect(fromServer(server, () => undefined).lessons.l2!.courseId).toBe('c1');
  });
});

describe('sync queue, items added while sending', () => {
  it('sends an item pushed during a round in the same flush', async () => {
    const outbox = createOutbox(memoryStorage());
    const sent: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const sync = createSync({
      outbox,
      async send(i) {
        if (i.id === 'first') await gate;
        sent.push(i.id);
        return { outcome: 'ok' };
      },
      schedule: () => () => {},
    });
    const first = sync.push({ kind: 'done', id: 'first', lessonId: 'a', at: '2026-01-01T00:00:00Z' });
    const second = sync.push({ kind: 'done', id: 'second', lessonId: 'b', at: '2026-01-01T00:00:00Z' });
    release();
    await Promise.all([first, second]);
    expect(sent).toEqual(['first', 'second']);
    expect(sync.state()).toBe('saved');
  });
});

describe('sync queue, a lesson the server does not know yet', () => {
  /** A server whose catalogue lacks some lessons until the deploy catches up; it stores each item once. */
  function lateCatalogue(unknown: Set<string>) {
    const stored = new Map<string, number>();
    const delays: number[] = [];
    const timers: (() => void)[] = [];
    const outbox = createOutbox(memoryStorage());
    const sync = createSync({
      outbox,
      async send(i): Promise<SendResult> {
        if (unknown.has(i.lessonId)) return { outcome: 'unpublished' };
        stored.set(i.id, (stored.get(i.id) ?? 0) + 1);
        return { outcome: 'ok' };
      },
      schedule(ms, run) {
        delays.push(ms);
        timers.push(run);
        return () => timers.splice(timers.indexOf(run) >>> 0, 1);
      },
    });
    const runTimers = async () => {
      for (const run of timers.splice(0)) run();
      await sync.flush();
    };
    return { stored, delays, outbox, sync, runTimers };
  }

  it('keeps the item, sends the others, retries with growing waits, and delivers it once after the deploy', async () => {
    const unknown = new Set(['new-lesson']);
    const w = lateCatalogue(unknown);
    const states: string[] = [];
    w.sync.subscribe((s) => states.push(s));
    await w.sync.push({ kind: 'done', id: 'early', lessonId: 'new-lesson', at: '2026-01-01T00:00:00Z' });
    await w.sync.push(item(4));

    expect(w.outbox.items().map((i) => i.id)).toEqual(['early']);
    expect([...w.stored.keys()]).toEqual(['attempt-4']);
    expect(w.sync.state()).toBe('unpublished');
    await w.runTimers();
    await w.runTimers();
    expect(w.outbox.items().map((i) => i.id)).toEqual(['early']);
    expect(w.delays.slice(-3)).toEqual([2000, 4000, 8000]);

    unknown.clear(); // the catalogue sync has run
    await w.runTimers();
    expect(w.outbox.items()).toEqual([]);
    expect(w.stored.get('early')).toBe(1);
    expect(w.sync.state()).toBe('saved');
    expect(states).not.toContain('waiting');
    await w.sync.flush();
    expect(w.stored.get('early')).toBe(1);
  });

  it('a network failure still comes first: the learner sees that the connection is missing', async () => {
    const w = lateCatalogue(new Set(['new-lesson']));
    let online = true;
    const sync = createSync({
      outbox: w.outbox,
      send: async (i) => (!online ? { outcome: 'retry' } : i.lessonId === 'new-lesson' ? { outcome: 'unpublished' } : { outcome: 'ok' }),
      schedule: () => () => {},
    });
    await sync.push({ kind: 'done', id: 'early', lessonId: 'new-lesson', at: '2026-01-01T00:00:00Z' });
    expect(sync.state()).toBe('unpublished');
    online = false;
    await sync.push(item(4));
    expect(sync.state()).toBe('waiting');
    expect(w.outbox.items().map((i) => i.id)).toEqual(['early', 'attempt-4']);
  });
});
