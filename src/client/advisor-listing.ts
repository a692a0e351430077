/** The signed-in advisor's own entry on the public list: read, save, remove. */
import * as rpc from '../lib/supabase/rpc.ts';
import type { AdvisorListing } from '../lib/supabase/types.ts';
import { supabase } from './supabase.ts';

export const myListing = () => rpc.myAdvisorListing(supabase());

export const saveListing = (listing: Omit<AdvisorListing, 'listed_at' | 'updated_at'>) => rpc.saveAdvisorListing(supabase(), listing);

export const removeListing = () => rpc.removeAdvisorListing(supabase());
