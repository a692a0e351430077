/** Danish messages for the database's refusals of a contribution (every kind), and the states a submitter may still change. */
import type { StoriesKey } from '../i18n/stories.ts';
import { RpcError, UNEXPECTED_ANSWER } from '../supabase/rpc.ts';
import type { SubmissionState } from '../supabase/types.ts';

export interface StoryError {
  key: StoriesKey;
  vars?: Record<string, string | number>;
}

export function storyError(e: unknown): StoryError {
  if (!(e instanceof RpcError)) return { key: 'error.unknown' };
  if (e.isNetwork) return { key: 'error.network' };
  if (e.message === UNEXPECTED_ANSWER) return { key: 'error.unexpectedAnswer' };
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

/** States in which the submitter may still change or withdraw a submission. */
export const isOpen = (state: SubmissionState) => state === 'draft' || state === 'pending' || state === 'changes_requested';
