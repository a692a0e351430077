/** Sends an error report; loaded only when someone presses send, so readers never download the client. */
import { supabase } from './supabase.ts';
import { reportError, RpcError } from '../lib/supabase/rpc.ts';
import { toInput, type Draft } from '../lib/reports/fields.ts';

export type SendResult = 'sent' | 'limited' | 'failed';

export async function sendReport(draft: Draft, page: { path: string; version: string }, honeypot = ''): Promise<SendResult> {
  try {
    await reportError(supabase(), { ...toInput(draft, page), ...(honeypot ? { honeypot } : {}) });
    return 'sent';
  } catch (e) {
    return e instanceof RpcError && e.message === 'rate_limited' ? 'limited' : 'failed';
  }
}
