/**
 * The events collection: the editors' event files (src/content/events/) plus the events partners
 * submitted and editors approved in Supabase (published_events(): public fields only, no contact
 * data). Submitted text stays plain text.
 */
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import type { PublishedEvent } from '../lib/supabase/types.ts';
import { EVENTS, fetchPublished } from './published.ts';

/** A submitted event in the collection's shape (eventSchema, origin "indsendt"). */
export function toEventData(e: PublishedEvent) {
  return {
    title: e.title,
    start: e.start,
    end: e.end,
    place:
      e.place_kind === 'online'
        ? { kind: 'online', ...(e.online_url ? { url: e.online_url } : {}) }
        : { kind: 'adresse', ...(e.place_name ? { name: e.place_name } : {}), address: e.address, district: e.district },
    organiser: { name: e.organiser_name, ...(e.organiser_business ? { business: e.organiser_business } : {}) },
    audiences: e.audiences,
    ...(e.price === null ? {} : { price: e.price }),
    ...(e.price_note ? { priceNote: e.price_note } : {}),
    ...(e.sign_up_url ? { signUpUrl: e.sign_up_url } : {}),
    description: e.description,
    origin: 'indsendt',
  };
}

export function eventsLoader(): Loader {
  const files = glob({ base: './src/content/events', pattern: '*.md', retainBody: false });
  return {
    name: 'faelles-vaerdier:events',
    async load(context) {
      await files.load(context);
      for (const event of await fetchPublished<PublishedEvent>(EVENTS, context.logger)) {
        const id = context.store.has(event.slug) ? `indsendt-${event.slug}` : event.slug;
        try {
          const data = await context.parseData({ id, data: toEventData(event) });
          context.store.set({ id, data, digest: context.generateDigest(data) });
        } catch (error) {
          // The database's own checks make this rare; one bad row must not take the site down.
          context.logger.warn(`springer arrangementet ${id} over: ${(error as Error).message.split('\n')[0]}`);
        }
      }
    },
  };
}
