/**
 * The public advisor list, fresh from the database on every visit. A plain fetch of the RPC
 * endpoint, so a guest on /raadgivere/ never downloads supabase-js.
 */
import type { Advisor } from '../lib/advisors/listing.ts';
import { CONTRACTS } from '../lib/supabase/contracts.ts';

/** `fetchImpl` is the browser's fetch (a test hands in its own). An answer of another shape is refused. */
export async function fetchAdvisors(url: string, anonKey: string, fetchImpl: typeof fetch): Promise<Advisor[]> {
  const response = await fetchImpl(`${url}/rest/v1/rpc/list_advisors`, {
    method: 'POST',
    headers: { apikey: anonKey, authorization: `Bearer ${anonKey}`, 'content-type': 'application/json' },
    body: '{}',
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return CONTRACTS.advisors.parse(await response.json());
}

export const publicAdvisors = () => fetchAdvisors(import.meta.env.PUBLIC_SUPABASE_URL, import.meta.env.PUBLIC_SUPABASE_ANON_KEY, fetch);
