/** Sending, listing, withdrawing and moderating contributions of every kind, with Danish messages for refusals. */
import { supabase } from './supabase.ts';
import * as rpc from '../lib/supabase/rpc.ts';
import type { ReviewDecision, SubmissionKind, SubmissionState } from '../lib/supabase/types.ts';
import type { StoriesKey } from '../lib/i18n/stories.ts';
import { toInput, type Draft } from '../lib/stories/fields.ts';

export interface StoryError {
  key: StoriesKey;
  vars?: Record<string, string | number>;
}

function storyError(e: unknown): StoryError {
  if (!(e instanceof rpc.RpcError)) return { key: 'error.unknown' };
  if (e.isNetwork) return { key: 'error.network' };
  if (e.message === rpc.UNEXPECTED_ANSWER) return { key: 'error.unexpectedAnswer' };
  switch (e.message) {
    case 'rate_limited':
      return { key: 'rpc.rate_limited', vars: { count: Number(e.detail ?? 5) } };
    case 'not_signed_in':
      return { key: 'rpc.not_signed_in' };
    case 'not_editable':
    case 'submission_not_found':
      return { key: 'submit.notEditable' };
    case 'editors_only':
      return { key: 'mod.refused' };
    case 'invalid_transition':
      return { key: 'mod.alreadyDecided' };
    case 'note_required':
      return { key: 'mod.noteRequired' };
    case 'submission_changed':
      return { key: 'mod.changedSince' };
    case 'submission_too_large':
      return { key: 'submit.tooLarge' };
    case 'unknown_fields':
      return { key: 'submit.unknownFields' };
  }
  return e.code.startsWith('22') || e.code.startsWith('23') ? { key: 'submit.rejectedByDb' } : { key: 'error.unknown' };
}

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

/** States in which the submitter may still change or withdraw a submission. */
export const isOpen = (state: SubmissionState) => state === 'draft' || state === 'pending' || state === 'changes_requested';
