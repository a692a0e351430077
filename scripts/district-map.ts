/**
 * Turns the City of Copenhagen's district boundaries (GeoJSON in WGS 84, the »Bydele« data set) into
 * the small SVG paths of the directory's map: projected around Copenhagen's latitude, simplified
 * (Douglas–Peucker) to what a 600-pixel map can show, rounded to whole units.
 *
 *   node scripts/district-map.ts <bydele.geojson>  → src/data/geo/copenhagen-districts.json
 *
 * Run once when the boundaries change; the site reads only the JSON it writes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

type Point = [number, number];
interface Feature {
  properties: Record<string, unknown>;
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: number[][][] | number[][][][] };
}

const WIDTH = 600;
const TOLERANCE = 0.9; // in map units: below a pixel at full width
const MIN_AREA_KM2 = 0.15; // forts and islets this small would only stretch the map
/** The GeoJSON's names → the site's district names (src/lib/content/taxonomy.ts). */
const NAMES: Record<string, string> = { 'Vesterbro-Kongens Enghave': 'Vesterbro/Kongens Enghave' };

/** Distance from p to the segment a–b. */
function segmentDistance(p: Point, a: Point, b: Point): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

/** Douglas–Peucker: keeps the points that matter more than `tolerance`. */
export function simplify(points: Point[], tolerance: number): Point[] {
  if (points.length < 3) return points;
  let [index, max] = [0, 0];
  for (let i = 1; i < points.length - 1; i++) {
    const d = segmentDistance(points[i]!, points[0]!, points.at(-1)!);
    if (d > max) [index, max] = [i, d];
  }
  if (max <= tolerance) return [points[0]!, points.at(-1)!];
  return [...simplify(points.slice(0, index + 1), tolerance).slice(0, -1), ...simplify(points.slice(index), tolerance)];
}

/** Signed area and centroid of a ring (shoelace). */
function ringCentroid(ring: Point[]): { area: number; x: number; y: number } {
  let [a, cx, cy] = [0, 0, 0];
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0, y0] = ring[i]!;
    const [x1, y1] = ring[i + 1]!;
    const cross = x0 * y1 - x1 * y0;
    a += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  return { area: a / 2, x: cx / (3 * a), y: cy / (3 * a) };
}

if (import.meta.main) {
  const input = process.argv[2];
  if (!input) throw new Error('Brug: node scripts/district-map.ts <bydele.geojson>');
  const features = (JSON.parse(readFileSync(input, 'utf8')) as { features: Feature[] }).features;
  const km2PerDeg2 = 111.2 * 111.2 * Math.cos((55.68 * Math.PI) / 180);
  const polygons = (f: Feature) =>
    (f.geometry.type === 'Polygon' ? [f.geometry.coordinates as number[][][]] : (f.geometry.coordinates as number[][][][])).filter(
      (p) => Math.abs(ringCentroid(p[0] as Point[]).area) * km2PerDeg2 >= MIN_AREA_KM2,
    );
  const lons = features.flatMap((f) => polygons(f).flatMap((p) => p.flatMap((r) => r.map((c) => c[0]!))));
  const lats = features.flatMap((f) => polygons(f).flatMap((p) => p.flatMap((r) => r.map((c) => c[1]!))));
  const [lon0, lat0, lat1] = [Math.min(...lons), Math.max(...lats), Math.min(...lats)];
  const k = Math.cos((((lat0 + lat1) / 2) * Math.PI) / 180);
  const scale = WIDTH / ((Math.max(...lons) - lon0) * k);
  const project = ([lon, lat]: number[]): Point => [(lon! - lon0) * k * scale, (lat0 - lat!) * scale];
  const height = Math.ceil((lat0 - lat1) * scale);

  const districts = features.map((f) => {
    const raw = String(f.properties.name ?? f.properties.navn);
    let path = '';
    let label = { area: 0, x: 0, y: 0 };
    for (const polygon of polygons(f)) {
      for (const [i, ring] of polygon.entries()) {
        // Whole map units (a 600-unit map shows no finer detail); a point that rounds onto its neighbour goes.
        const points = simplify(ring.map(project), TOLERANCE)
          .map(([x, y]) => [Math.round(x), Math.round(y)] as Point)
          .filter(([x, y], i, all) => i === 0 || x !== all[i - 1]![0] || y !== all[i - 1]![1]);
        if (points.length < 4) continue;
        if (i === 0) {
          const c = ringCentroid(points);
          if (Math.abs(c.area) > Math.abs(label.area)) label = c;
        }
        path += `M${points
          .slice(0, -1)
          .map(([x, y]) => `${x} ${y}`)
          .join('L')}Z`;
      }
    }
    return {
      name: NAMES[raw] ?? raw,
      number: Number(f.properties.district_id ?? f.properties.bydel_nr),
      path,
      label: [Math.round(label.x), Math.round(label.y)],
    };
  });
  districts.sort((a, b) => a.number - b.number);
  const out = {
    source: 'Københavns Kommune, datasættet »Bydele« (WFS k101:bydel), forenklet til kortet af Fælles Værdier',
    viewBox: `0 0 ${WIDTH} ${height}`,
    districts,
  };
  const target = resolve(import.meta.dirname, '../src/data/geo/copenhagen-districts.json');
  writeFileSync(target, `${JSON.stringify(out, null, 1)}\n`);
  console.log(`${districts.length} bydele, ${districts.reduce((n, d) => n + d.path.length, 0)} tegn stier → ${target}`);
}
