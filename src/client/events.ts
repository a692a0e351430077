/** Sending an event, with the stories' Danish refusals. */
import { supabase } from './supabase.ts';
import * as rpc from '../lib/supabase/rpc.ts';
import { guarded } from './contributions.ts';
import type { EventSubmission } from '../lib/supabase/types.ts';
import { toInput, type Draft } from '../lib/events/fields.ts';

/** A new event, or the corrected version of one sent and still open. A filled honeypot goes along: the database refuses it. */
export function sendEvent(draft: Draft, submissionId?: string, honeypot = '') {
  const input = { ...toInput(draft), ...(honeypot ? { honeypot } : {}) };
  return guarded(() =>
    submissionId ? rpc.updateSubmission<EventSubmission>(supabase(), submissionId, input) : rpc.submitEvent(supabase(), input),
  );
}
