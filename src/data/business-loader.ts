/**
 * The businesses collection: the editors' entries (src/content/businesses/) plus the entries
 * partners registered and editors approved in Supabase. Public fields only; no contact data exists
 * in what published_businesses() returns.
 */
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import type { PublishedBusiness } from '../lib/supabase/types.ts';
import { BUSINESSES, fetchPublished } from './published.ts';

/** A registered entry in the collection's shape. */
export function toBusinessData(b: PublishedBusiness) {
  return {
    name: b.name,
    legalForm: b.legal_form,
    sector: b.sector,
    district: b.district,
    offers: b.offers,
    rsv: b.rsv,
    founded: b.founded,
    ...(b.website ? { website: b.website } : {}),
    cvr: b.cvr,
    principles: b.principles,
    // Absent from a database older than the inclusive-jobs migration: not stated.
    inclusiveJobs: b.inclusive_jobs ?? [],
    summary: b.description,
    origin: 'tilmeldt',
  };
}

export function businessesLoader(): Loader {
  const files = glob({ base: './src/content/businesses', pattern: '*.md', retainBody: false });
  return {
    name: 'faelles-vaerdier:businesses',
    async load(context) {
      await files.load(context);
      for (const business of await fetchPublished<PublishedBusiness>(BUSINESSES, context.logger)) {
        const id = context.store.has(business.slug) ? `tilmeldt-${business.slug}` : business.slug;
        try {
          const data = await context.parseData({ id, data: toBusinessData(business) });
          context.store.set({ id, data, digest: context.generateDigest(data) });
        } catch (error) {
          // The database's own checks make this rare; one bad row must not take the site down.
          context.logger.warn(`springer virksomheden ${id} over: ${(error as Error).message.split('\n')[0]}`);
        }
      }
    },
  };
}
