/**
 * Whether someone is signed in, read from the session supabase-js keeps in localStorage, without
 * loading supabase-js: guests never download it. The session itself is checked by the server.
 */
export const AUTH_STORAGE_KEY = 'fv:auth';

/** Fired on window when this tab signs in or out. */
export const SESSION_EVENT = 'fv:session';

export const announceSessionChange = () => dispatchEvent(new Event(SESSION_EVENT));

export interface SessionHint {
  userId: string;
  email: string;
}

export function sessionHint(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): SessionHint | null {
  try {
    const raw = JSON.parse(storage?.getItem(AUTH_STORAGE_KEY) ?? 'null') as { user?: { id?: string; email?: string } } | null;
    return raw?.user?.id ? { userId: raw.user.id, email: raw.user.email ?? '' } : null;
  } catch {
    return null;
  }
}
