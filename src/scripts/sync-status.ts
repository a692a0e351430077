/** For a signed-in learner: whether progress has reached the account or waits for a connection. */
import { accountSync, pullFromAccount } from '../client/progress/account-sync.ts';
import type { SyncState } from '../lib/progress/sync.ts';

export function showSyncStatus(el: HTMLElement) {
  const sync = accountSync();
  if (!sync) return;
  const render = (state: SyncState) => {
    el.hidden = false;
    el.dataset.sync = state;
    el.className = `sync-status ${state}`;
    el.textContent = el.dataset[state] ?? '';
  };
  render(sync.state());
  sync.subscribe(render);
  void pullFromAccount().catch(() => {});
}
