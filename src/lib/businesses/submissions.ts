/** Sending a business entry and reading the partner's own entry, with the stories' Danish refusals. */
import { supabase } from '../supabase/client.ts';
import * as rpc from '../supabase/rpc.ts';
import { guarded } from '../stories/submissions.ts';
import { toInput, type Draft } from './fields.ts';

export const sendBusiness = (draft: Draft, businessId?: string, honeypot = '') =>
  guarded(() => rpc.submitBusiness(supabase(), { ...toInput(draft), ...(honeypot ? { honeypot } : {}) }, businessId));

export const myBusiness = () => guarded(() => rpc.myBusiness(supabase()));
