/**
 * Sends one outbox item through the RPC wrappers and says what the sync should do with it.
 * The wrappers are passed in, so the browser can load them lazily and tests can use them directly.
 */
import type * as Api from '../supabase/rpc.ts';
import type { Client } from '../supabase/rpc.ts';
import type { OutboxItem } from './outbox.ts';
import type { SendResult } from './sync.ts';

/**
 * Refusals that mean the database's catalogue is behind the site (the site was deployed before
 * the catalogue sync): the lesson is unknown, or the database still thinks it has a knowledge
 * check. The next catalogue sync cures them, so the item must wait, not be dropped.
 */
const CURED_BY_A_DEPLOY = new Set(['lesson_not_found', 'check_required']);

export async function sendItem(c: Client, api: typeof Api, item: OutboxItem): Promise<SendResult> {
  try {
    if (item.kind === 'attempt')
      await api.recordQuizAttempt(c, { id: item.id, lessonId: item.lessonId, answers: item.answers, at: item.at });
    else await api.recordLessonDone(c, item.lessonId, item.at);
    return { outcome: 'ok' };
  } catch (e) {
    const error = e as InstanceType<typeof api.RpcError>;
    // No answer, or the session needs refreshing: try again later.
    if (error.isNetwork || error.status === 401) return { outcome: 'retry' };
    return { outcome: CURED_BY_A_DEPLOY.has(error.message) ? 'unpublished' : 'refused' };
  }
}
