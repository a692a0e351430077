/**
 * The outbox: what a signed-in learner did that the server has not yet confirmed. Kept in the
 * browser's storage so it survives reloads, closed tabs and being offline. Every item carries
 * its own id, and the server treats a repeat of the same item as a no-op, so sending an item
 * twice (two tabs, a retry after a lost answer) never doubles anything.
 */
import type { StorageLike } from './store.ts';

export const OUTBOX_KEY = 'fv:outbox';

export type OutboxItem =
  | { kind: 'attempt'; id: string; lessonId: string; answers: Record<string, string[]>; at: string }
  | { kind: 'done'; id: string; lessonId: string; at: string };

interface Stored {
  version: 1;
  items: OutboxItem[];
}

function read(storage: StorageLike): OutboxItem[] {
  try {
    const raw = JSON.parse(storage.getItem(OUTBOX_KEY) ?? 'null') as Stored | null;
    return raw?.version === 1 && Array.isArray(raw.items) ? raw.items.filter((i) => i && typeof i.id === 'string') : [];
  } catch {
    return [];
  }
}

function write(storage: StorageLike, items: OutboxItem[]) {
  if (items.length) storage.setItem(OUTBOX_KEY, JSON.stringify({ version: 1, items } satisfies Stored));
  else storage.removeItem(OUTBOX_KEY);
}

export interface Outbox {
  items(): OutboxItem[];
  add(item: OutboxItem): void;
  remove(id: string): void;
  clear(): void;
}

export function createOutbox(storage: StorageLike): Outbox {
  return {
    items: () => read(storage),
    add(item) {
      const items = read(storage);
      if (!items.some((i) => i.id === item.id)) write(storage, [...items, item]);
    },
    remove(id) {
      write(
        storage,
        read(storage).filter((i) => i.id !== id),
      );
    },
    clear: () => storage.removeItem(OUTBOX_KEY),
  };
}
