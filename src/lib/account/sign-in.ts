/** What the sign-in form checks before asking the server: an e-mail address, a code, where to go next. */
import { SIGN_IN_CODE } from './sign-in-code.ts';

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]{2,}$/;

export const validEmail = (email: string) => EMAIL.test(email.trim()) && email.trim().length <= 254;
export const validCode = (code: string) => new RegExp(`^\\d{${SIGN_IN_CODE.length}}$`).test(code.trim());

/** A same-site path to go to after sign-in; anything else goes to `fallback` (the account page). */
export function nextPath(search: string, fallback = '/min-side/'): string {
  const next = new URLSearchParams(search).get('next') ?? '';
  return /^\/(?!\/)[\w\-./?=&%]*$/.test(next) ? next : fallback;
}
