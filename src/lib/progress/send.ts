/**
 * Sends one outbox item through the RPC wrappers and says what the sync should do with it.
 * The wrappers are passed in, so the browser can load them lazily and tests can use them directly.
 */
import type { Client } from '../supabase/client.ts';
import type * as Api from '../supabase/rpc.ts';
import type { OutboxItem } from './outbox.ts';
import type { SendResult } from './sync.ts';

export async function sendItem(c: Client, api: typeof Api, item: OutboxItem): Promise<SendResult> {
  try {
    if (item.kind === 'attempt') await api.recordQuizAttempt(c, { id: item.id, lessonId: item.lessonId, answers: item.answers, at: item.at });
    else await api.recordLessonDone(c, item.lessonId, item.at);
    return { outcome: 'ok' };
  } catch (e) {
    const error = e as InstanceType<typeof api.RpcError>;
    // No answer, or the session needs refreshing: try again later. Anything else is a refusal.
    return { outcome: error.isNetwork || error.status === 401 ? 'retry' : 'refused' };
  }
}
