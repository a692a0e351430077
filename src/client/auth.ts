/**
 * Sign-in by e-mail code, sign-out, and Danish messages for what can go wrong. Used by the
 * sign-in and account pages only, so supabase-js stays off the lesson pages of guests.
 */
import { supabase } from './supabase.ts';
import { accountSync, forgetLocalData, mergeGuestIntoAccount, unsentCount } from './progress/account-sync.ts';
import type { UiError } from '../lib/account/errors.ts';
import { SIGN_IN_CODE } from '../lib/account/sign-in-code.ts';
import { announceSessionChange } from './session.ts';

export type { UiError };
export { nextPath, validCode, validEmail } from '../lib/account/sign-in.ts';

const USED_CODE_KEY = 'fv:used-code';
/** Set until the guest's progress has reached the account, so a failed merge is tried again. */
const MERGE_PENDING_KEY = 'fv:merge-pending';

interface AuthLikeError {
  name?: string;
  status?: number;
  code?: string;
  message: string;
}

/** Maps an Auth error to a message; a rejected code is explained from what this browser knows. */
function authError(error: AuthLikeError, context: { code?: string; requestedAt?: number } = {}): UiError {
  if (!error.status || error.status >= 500 || error.name === 'AuthRetryableFetchError') return { key: 'error.network' };
  if (error.status === 429) {
    const seconds = /(\d+) seconds?/.exec(error.message)?.[1];
    return seconds ? { key: 'error.rateLimited', vars: { seconds: Number(seconds) } } : { key: 'error.tooMany' };
  }
  if (error.code === 'otp_expired' || error.status === 403) {
    if (context.code && sessionStorage.getItem(USED_CODE_KEY) === context.code) return { key: 'error.codeUsed' };
    if (context.requestedAt && Date.now() - context.requestedAt > SIGN_IN_CODE.seconds * 1000) return { key: 'error.codeExpired' };
    return context.code ? { key: 'error.codeWrong' } : { key: 'error.codeInvalid' };
  }
  if (error.code === 'validation_failed' || error.code === 'email_address_invalid') return { key: 'error.emailInvalid' };
  return { key: 'error.unknown' };
}

export async function requestCode(email: string): Promise<void> {
  const { error } = await supabase().auth.signInWithOtp({
    email: email.trim(),
    options: { shouldCreateUser: true, emailRedirectTo: `${location.origin}/log-ind/bekraeft/` },
  });
  if (error) throw authError(error);
}

async function afterSignIn() {
  announceSessionChange();
  localStorage.setItem(MERGE_PENDING_KEY, '1');
  await finishMerge();
}

/** Sends the guest's progress to the account; kept pending (and retried later) if that fails. */
export async function finishMerge(): Promise<void> {
  if (!localStorage.getItem(MERGE_PENDING_KEY)) return;
  await mergeGuestIntoAccount();
  localStorage.removeItem(MERGE_PENDING_KEY);
  void accountSync()?.flush();
}

export async function verifyCode(email: string, code: string, requestedAt?: number): Promise<void> {
  const { error } = await supabase().auth.verifyOtp({ email: email.trim(), token: code.trim(), type: 'email' });
  if (error) throw authError(error, { code: code.trim(), requestedAt });
  sessionStorage.setItem(USED_CODE_KEY, code.trim());
  await afterSignIn();
}

export async function verifyLink(tokenHash: string): Promise<void> {
  const { error } = await supabase().auth.verifyOtp({ token_hash: tokenHash, type: 'email' });
  if (error) throw authError(error);
  await afterSignIn();
}

/** Progress not yet on the server: signing out now would lose it. */
export async function unsentBeforeSignOut(): Promise<number> {
  await accountSync()?.flush();
  return unsentCount();
}

/** Signs out and removes the learner's data from this browser. */
export async function signOut(): Promise<void> {
  await supabase().auth.signOut({ scope: 'local' });
  forgetLocalData();
  for (const key of [MERGE_PENDING_KEY]) localStorage.removeItem(key);
  sessionStorage.removeItem(USED_CODE_KEY);
  announceSessionChange();
}
