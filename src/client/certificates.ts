/** Finding one's own certificate for the printable page, and the public check by code. */
import { supabase } from './supabase.ts';
import { normaliseCode } from '../lib/account/certificate-code.ts';
import * as rpc from '../lib/supabase/rpc.ts';

export { normaliseCode };

export async function myCertificate(code: string) {
  return (await rpc.myCertificates(supabase())).find((c) => c.code === code) ?? null;
}

export const verify = (code: string) => rpc.verifyCertificate(supabase(), code);
