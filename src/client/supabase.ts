/**
 * The one Supabase client of the site, shared by every island. It talks to the project named by
 * PUBLIC_SUPABASE_URL and PUBLIC_SUPABASE_ANON_KEY (the local gateway when none is configured).
 * Only the public anon key ever reaches the browser.
 */
import { createClient } from '@supabase/supabase-js';
import type { Database } from '../lib/supabase/database.types.ts';
import type { Client } from '../lib/supabase/rpc.ts';
import { AUTH_STORAGE_KEY } from './session.ts';

let client: Client | undefined;

export function supabase(): Client {
  client ??= createClient<Database>(import.meta.env.PUBLIC_SUPABASE_URL, import.meta.env.PUBLIC_SUPABASE_ANON_KEY, {
    auth: { persistSession: true, autoRefreshToken: true, detectSessionInUrl: false, storageKey: AUTH_STORAGE_KEY },
  });
  return client;
}
