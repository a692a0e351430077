/**
 * Progress for a signed-in learner: everything is written to the local store first, then sent
 * through the outbox; what the account holds (from other devices) is pulled in and merged.
 * supabase-js is loaded only here and only when someone is signed in.
 */
import { sessionHint } from '../session.ts';
import { createOutbox, OUTBOX_KEY, type OutboxItem } from '../../lib/progress/outbox.ts';
import { STORAGE_KEY } from '../../lib/progress/store.ts';
import { browserStorage, progressStore } from './store.ts';
import { sendItem } from '../../lib/progress/send.ts';
import { withServer } from '../../lib/progress/server.ts';
import { createSync, type SendResult, type Sync } from '../../lib/progress/sync.ts';

const client = () => import('../supabase.ts').then((m) => m.supabase());
const rpc = () => import('../../lib/supabase/rpc.ts');

async function send(item: OutboxItem): Promise<SendResult> {
  const [c, api] = await Promise.all([client(), rpc()]);
  return sendItem(c, api, item);
}

let sync: Sync | undefined;

/** The signed-in learner's sync queue; undefined for guests. */
export function accountSync(): Sync | undefined {
  if (typeof window === 'undefined' || !sessionHint()) return undefined;
  if (!sync) {
    sync = createSync({
      outbox: createOutbox(browserStorage()),
      send,
      schedule: (ms, run) => {
        const t = setTimeout(run, ms);
        return () => clearTimeout(t);
      },
      exclusive: (work) => (navigator.locks ? navigator.locks.request('fv:sync', work) : work()),
    });
    window.addEventListener('online', () => void sync?.flush());
    void sync.flush();
  }
  return sync;
}

/** Brings in what the account holds: progress made on other devices appears here. */
export async function pullFromAccount(): Promise<void> {
  if (!sessionHint()) return;
  const [c, api] = await Promise.all([client(), rpc()]);
  const server = await api.myProgress(c);
  progressStore().update((local) => withServer(local, server));
}

/**
 * Right after sign-in: the guest's progress goes to the account (the server grades it again
 * and keeps the union), and the account's progress comes back.
 */
export async function mergeGuestIntoAccount(): Promise<void> {
  const [c, api] = await Promise.all([client(), rpc()]);
  const local = progressStore().get();
  const server = await api.mergeGuestProgress(c, { lessons: local.lessons });
  progressStore().update((p) => withServer(p, server));
}

/** What stays unsent; signing out with unsent items would lose them. */
export const unsentCount = () => createOutbox(browserStorage()).items().length;

/** Removes every trace of the learner from this browser. */
export function forgetLocalData() {
  sync?.stop();
  sync = undefined;
  for (const key of [STORAGE_KEY, OUTBOX_KEY]) browserStorage().removeItem(key);
  progressStore().clear();
}
