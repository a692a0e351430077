/** What the directory's pages need from the businesses collection: counts per district and the facets. */
import { AREAS, LEGAL_FORMS, OFFER_CATEGORIES, SECTORS } from '../lib/content/taxonomy.ts';
import map from './geo/copenhagen-districts.json';
import type { BusinessEntry } from './catalogue.ts';

export const MAP_DISTRICTS = map.districts.map((d) => d.name);

export function districtCounts(businesses: BusinessEntry[]) {
  const counts = new Map<string, number>(MAP_DISTRICTS.map((d) => [d, 0]));
  let outside = 0;
  for (const b of businesses) {
    if (counts.has(b.data.district)) counts.set(b.data.district, counts.get(b.data.district)! + 1);
    else outside++;
  }
  return { counts, outside };
}

/** Only the values some business has, in the lists' own order. */
export function presentFacetValues(businesses: BusinessEntry[]) {
  const present = <T extends string>(all: readonly T[], pick: (b: BusinessEntry) => readonly T[]) =>
    all.filter((v) => businesses.some((b) => pick(b).includes(v)));
  return {
    legalForms: present(LEGAL_FORMS, (b) => [b.data.legalForm]),
    sectors: present(SECTORS, (b) => [b.data.sector]),
    areas: present(AREAS, (b) => [b.data.district]),
    offers: present(OFFER_CATEGORIES, (b) => b.data.offers),
  };
}

/** The area a business names when it works across Copenhagen: shown on every district's page. */
export const CITYWIDE = 'København, flere bydele' satisfies (typeof AREAS)[number];
