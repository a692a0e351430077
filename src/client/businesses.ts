/** Sending a business entry and reading the partner's own entry, with the stories' Danish refusals. */
import { supabase } from './supabase.ts';
import * as rpc from '../lib/supabase/rpc.ts';
import { guarded } from './contributions.ts';
import { toInput, type Draft } from '../lib/businesses/fields.ts';
import type { BusinessSubmission } from '../lib/supabase/types.ts';

/**
 * Sends the entry: as a change to an open submission (pending or with changes requested), or as a
 * new submission — for a new business, or with `businessId` a change to the partner's published entry.
 */
export function sendBusiness(draft: Draft, target: { submissionId?: string; businessId?: string }, honeypot = '') {
  const input = { ...toInput(draft), ...(honeypot ? { honeypot } : {}) };
  return guarded(() =>
    target.submissionId
      ? rpc.updateSubmission<BusinessSubmission>(supabase(), target.submissionId, input)
      : rpc.submitBusiness(supabase(), input, target.businessId),
  );
}

/** The partner's newest business submission that is still open, to continue it. */
export const openBusinessSubmission = () =>
  guarded(async () =>
    (await rpc.mySubmissions(supabase())).find((s) => s.kind === 'business' && (s.state === 'pending' || s.state === 'changes_requested')),
  );

export const myBusiness = () => guarded(() => rpc.myBusiness(supabase()));
