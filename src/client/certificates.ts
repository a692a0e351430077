/** Finding one's own certificate for the printable page, and the public check by code. */
import { supabase } from './supabase.ts';
import * as rpc from '../lib/supabase/rpc.ts';

const CODE_FORMAT = /^[A-HJ-NP-Z2-9]{4}-?[A-HJ-NP-Z2-9]{4}-?[A-HJ-NP-Z2-9]{4}$/;

/** "abcd efgh 2345" → "ABCD-EFGH-2345"; null when it cannot be a code. */
export function normaliseCode(input: string): string | null {
  const plain = input.toUpperCase().replace(/[^A-Z0-9]/g, '');
  if (!CODE_FORMAT.test(plain)) return null;
  return `${plain.slice(0, 4)}-${plain.slice(4, 8)}-${plain.slice(8)}`;
}

export async function myCertificate(code: string) {
  return (await rpc.myCertificates(supabase())).find((c) => c.code === code) ?? null;
}

export const verify = (code: string) => rpc.verifyCertificate(supabase(), code);
