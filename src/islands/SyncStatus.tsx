import { useEffect, useState } from 'preact/hooks';
import { sessionHint } from '../lib/account/session.ts';
import type { SyncState } from '../lib/progress/sync.ts';
import { t } from '../lib/i18n/learning.ts';

/** For a signed-in learner: whether progress has reached the account ("gemt") or waits for a connection. */
export default function SyncStatus() {
  const [state, setState] = useState<SyncState | null>(null);
  useEffect(() => {
    if (!sessionHint()) return;
    let unsubscribe = () => {};
    // Loaded only for a signed-in learner, so guests never download the sync code.
    void import('../lib/progress/account-sync.ts').then(({ accountSync, pullFromAccount }) => {
      const sync = accountSync();
      if (!sync) return;
      setState(sync.state());
      unsubscribe = sync.subscribe(setState);
      void pullFromAccount().catch(() => {});
    });
    return () => unsubscribe();
  }, []);
  if (!state) return null;
  return (
    <p class={`sync-status ${state}`} role="status" data-sync={state}>
      {t(state === 'saved' ? 'sync.saved' : state === 'saving' ? 'sync.saving' : 'sync.waiting')}
    </p>
  );
}
