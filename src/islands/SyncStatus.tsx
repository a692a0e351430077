import { useEffect, useState } from 'preact/hooks';
import { accountSync, pullFromAccount } from '../lib/progress/account-sync.ts';
import type { SyncState } from '../lib/progress/sync.ts';
import { t } from '../lib/i18n';

/** For a signed-in learner: whether progress has reached the account ("gemt") or waits for a connection. */
export default function SyncStatus() {
  const [state, setState] = useState<SyncState | null>(null);
  useEffect(() => {
    const sync = accountSync();
    if (!sync) return;
    setState(sync.state());
    void pullFromAccount().catch(() => {});
    return sync.subscribe(setState);
  }, []);
  if (!state) return null;
  return (
    <p class={`sync-status ${state}`} role="status" data-sync={state}>
      {t(state === 'saved' ? 'sync.saved' : state === 'saving' ? 'sync.saving' : 'sync.waiting')}
    </p>
  );
}
