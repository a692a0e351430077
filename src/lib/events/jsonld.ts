/**
 * schema.org `Event` for one event page, with the fields Google's event results read: name,
 * startDate with offset, location (Place with PostalAddress, or VirtualLocation), and the
 * recommended endDate, eventStatus, eventAttendanceMode, organizer, offers, description, url.
 */
import type { EventData } from '../content/schemas.ts';
import { toIsoWithOffset } from './time.ts';

export interface EventLinks {
  /** The event page's absolute URL. */
  url: string;
  /** The organiser's absolute URL: its page here or its own site. */
  organiserUrl?: string;
}

function location(place: EventData['place']) {
  if (place.kind === 'online') return { '@type': 'VirtualLocation', ...(place.url ? { url: place.url } : {}) };
  if (place.kind === 'flere-steder') return { '@type': 'Place', name: place.description };
  return { '@type': 'Place', name: place.name ?? place.address, address: postalAddress(place.address) };
}

/** "Farvergade 27, 1463 København K" → street, postcode and town; a bare town ("Aarhus") is only a locality. */
export function postalAddress(address: string) {
  const m = /^(.+),\s*(\d{4})\s+(.+)$/.exec(address);
  const parts = m ? { streetAddress: m[1]!.trim(), postalCode: m[2]!, addressLocality: m[3]!.trim() } : { addressLocality: address };
  return { '@type': 'PostalAddress', ...parts, addressCountry: 'DK' };
}

export function eventJsonLd(event: EventData, links: EventLinks) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    startDate: toIsoWithOffset(event.start),
    ...(event.end ? { endDate: toIsoWithOffset(event.end) } : {}),
    eventStatus: `https://schema.org/${event.status === 'aflyst' ? 'EventCancelled' : 'EventScheduled'}`,
    eventAttendanceMode: `https://schema.org/${event.place.kind === 'online' ? 'OnlineEventAttendanceMode' : 'OfflineEventAttendanceMode'}`,
    location: location(event.place),
    organizer: { '@type': 'Organization', name: event.organiser.name, ...(links.organiserUrl ? { url: links.organiserUrl } : {}) },
    // An offer without a price would tell search engines something false; a price not known is left out.
    ...(event.price !== undefined
      ? { offers: { '@type': 'Offer', price: event.price, priceCurrency: 'DKK', url: event.signUpUrl ?? links.url } }
      : {}),
    description: event.description,
    url: links.url,
  };
}

/** JSON for a <script type="application/ld+json">: `<` escaped so no text can close the script element. */
export const serialiseJsonLd = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
