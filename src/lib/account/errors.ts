/** Danish messages for refusals from the database's RPC functions. */
import { RpcError, UNEXPECTED_ANSWER } from '../supabase/rpc.ts';
import type { AccountKey } from '../i18n/account.ts';

/** A message for the account pages: a dictionary key and the values it names. */
export interface UiError {
  key: AccountKey;
  vars?: Record<string, string | number>;
}

export function rpcError(e: unknown): UiError {
  if (!(e instanceof RpcError)) return { key: 'error.unknown' };
  if (e.isNetwork) return { key: 'error.network' };
  if (e.message === UNEXPECTED_ANSWER) return { key: 'error.unexpectedAnswer' };
  switch (e.message) {
    case 'name_required':
      return { key: 'rpc.name_required' };
    case 'course_incomplete':
      return { key: 'rpc.course_incomplete', vars: { count: Number(e.detail ?? 0) } };
    case 'not_signed_in':
      return { key: 'rpc.not_signed_in' };
    case 'rate_limited':
      return { key: 'rpc.rate_limited', vars: { count: Number(e.detail ?? 5) } };
    case 'assessment_required':
      return { key: 'rpc.assessment_required' };
    case 'practice_limit':
      return { key: 'rpc.practice_limit', vars: { count: Number(e.detail ?? 30) } };
    case 'merge_too_large':
      return { key: 'rpc.merge_too_large' };
    case 'check_required':
      return { key: 'rpc.check_required' };
    default:
      return { key: 'error.unknown' };
  }
}
