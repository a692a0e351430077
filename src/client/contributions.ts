/** Sending, listing, withdrawing and moderating contributions of every kind, with Danish messages for refusals. */
import { supabase } from './supabase.ts';
import * as rpc from '../lib/supabase/rpc.ts';
import type { ReviewDecision, SubmissionKind, SubmissionState } from '../lib/supabase/types.ts';
import { isOpen, storyError, type StoryError } from '../lib/stories/errors.ts';
import { toInput, type Draft } from '../lib/stories/fields.ts';

export type { StoryError };
export { isOpen };

export async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    throw storyError(e);
  }
}

/** Sends a new submission, or the edited version of one already sent. A filled honeypot goes along: the database refuses it. */
export function send(draft: Draft, submissionId?: string, honeypot = '') {
  const input = { ...toInput(draft), ...(honeypot ? { honeypot } : {}) };
  return guarded(() => (submissionId ? rpc.updateSubmission(supabase(), submissionId, input) : rpc.submitCaseStory(supabase(), input)));
}

export const mine = () => guarded(() => rpc.mySubmissions(supabase()));

export const withdraw = (id: string) => guarded(() => rpc.withdrawSubmission(supabase(), id));

export const queue = (state?: SubmissionState, kind?: SubmissionKind) => guarded(() => rpc.editorQueue(supabase(), state, kind));

/** One review for every kind; `version` is the one the editor looked at. */
export const review = (id: string, version: number, decision: ReviewDecision, note: string) =>
  guarded(() => rpc.reviewSubmission(supabase(), id, version, decision, note));
