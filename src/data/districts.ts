/** The district pages' data in either language: each district's businesses and those working across the city. */
import { publishedBusinesses } from './catalogue.ts';
import { CITYWIDE, MAP_DISTRICTS } from './directory.ts';
import { districtSlug } from '../lib/content/paths.ts';

export async function districtPaths() {
  const businesses = await publishedBusinesses();
  const citywide = businesses.filter((b) => b.data.district === CITYWIDE);
  return MAP_DISTRICTS.map((district) => ({
    params: { district: districtSlug(district) },
    props: { district, businesses: businesses.filter((b) => b.data.district === district), citywide },
  }));
}
