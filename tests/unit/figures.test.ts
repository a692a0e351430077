/** /tal/: the count model (never an exact number from 1 to 4), the SVG bar chart and the CSV/JSON files. */
import { describe, expect, it } from 'vitest';
import { barChart, barWidth, LABEL_CHARS, WIDTH, wrapLabel } from '../../src/lib/figures/chart.ts';
import { bounds, exact, fromDatabase, add, shown } from '../../src/lib/figures/count.ts';
import { buildFigures, type DatabaseFigures } from '../../src/lib/figures/model.ts';
import { CSV_COLUMNS, figuresCsv, figuresJson } from '../../src/lib/figures/export.ts';
import { parseCsv } from '../support/csv.ts';

const svgOf = (rows: { label: string; min: number; max: number; valueText: string }[]) =>
  barChart(rows, { title: 'Virksomheder pr. bydel', id: 'd1' });
const rectsOf = (svg: string) =>
  [...svg.matchAll(/<rect class="([\w-]+)" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)].map((m) => ({
    cls: m[1],
    x: Number(m[2]),
    w: Number(m[3]),
  }));

describe('counts', () => {
  it('shows a database null as "under 5", an exact small count too, and a hidden part on top of a known one as a range', () => {
    expect(shown(fromDatabase(null))).toEqual({ kind: 'under', n: 5 });
    expect(shown(exact(3))).toEqual({ kind: 'under', n: 5 });
    expect(shown(exact(0))).toEqual({ kind: 'number', n: 0 });
    expect(shown(exact(5))).toEqual({ kind: 'number', n: 5 });
    expect(shown(add(exact(12), fromDatabase(null)))).toEqual({ kind: 'range', min: 12, max: 16 });
    expect(bounds(add(exact(2), fromDatabase(null)))).toEqual({ min: 2, max: 6 });
  });
});

describe('bar chart', () => {
  it('draws one bar per row, proportional to the largest value, with the label and value as text', () => {
    const svg = svgOf([
      { label: 'Nørrebro', min: 10, max: 10, valueText: '10' },
      { label: 'Valby', min: 5, max: 5, valueText: '5' },
    ]);
    const bars = rectsOf(svg);
    expect(bars).toHaveLength(2);
    expect(bars[0]!.w).toBe(barWidth(10, 10));
    expect(bars[1]!.w).toBeCloseTo(bars[0]!.w / 2, 1);
    expect(bars[0]!.w).toBeLessThan(WIDTH);
    expect(svg).toContain('>Nørrebro</tspan>');
    expect(svg).toContain('>10</text>');
  });

  it('is an image with an accessible name and no script', () => {
    const svg = svgOf([{ label: 'A', min: 5, max: 5, valueText: '5' }]);
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="d1"/);
    expect(svg).toContain('<title id="d1">Virksomheder pr. bydel</title>');
    expect(svg).not.toMatch(/<script|on\w+=/i);
  });

  it('draws a count under 5 as a dashed outline up to its highest value, never a solid bar of an exact small number', () => {
    const bars = rectsOf(
      svgOf([
        { label: 'Nørrebro', min: 8, max: 8, valueText: '8' },
        { label: 'Valby', min: 0, max: 4, valueText: 'under 5' },
        { label: 'Amager', min: 6, max: 10, valueText: '6–10' },
      ]),
    );
    expect(bars.map((b) => b.cls)).toEqual(['chart-bar', 'chart-bar-hidden', 'chart-bar', 'chart-bar-hidden']);
    expect(bars[1]).toMatchObject({ x: 0, w: barWidth(4, 10) });
    expect(bars[3]!.x).toBe(barWidth(6, 10));
  });

  it('wraps a long label (a course title) between words instead of cutting it off, and moves the rows below down', () => {
    const title = 'Regnskab, skat og revision i andelsselskaber og socialøkonomiske virksomheder';
    const lines = wrapLabel(title);
    expect(lines.length).toBe(2);
    expect(lines.join(' ')).toBe(title);
    expect(lines.every((l) => l.length <= LABEL_CHARS)).toBe(true);
    const one = svgOf([
      { label: 'Kort', min: 5, max: 5, valueText: '5' },
      { label: 'Kort', min: 5, max: 5, valueText: '5' },
    ]);
    const two = svgOf([
      { label: title, min: 5, max: 5, valueText: '5' },
      { label: 'Kort', min: 5, max: 5, valueText: '5' },
    ]);
    const height = (svg: string) => Number(/viewBox="0 0 \d+ (\d+)"/.exec(svg)![1]);
    expect(height(two)).toBeGreaterThan(height(one));
    expect((two.match(/<tspan/g) ?? []).length).toBe(3);
  });

  it('escapes labels, so a partner-typed district or title cannot inject markup', () => {
    const svg = svgOf([{ label: '<img src=x onerror=alert(1)> & "A"', min: 5, max: 5, valueText: '5' }]);
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;A&quot;');
  });

  it('draws nothing but the frame for no rows or all zeros', () => {
    expect(rectsOf(svgOf([]))).toEqual([]);
    expect(rectsOf(svgOf([{ label: 'A', min: 0, max: 0, valueText: '0' }]))).toEqual([]);
  });
});

const database: DatabaseFigures = {
  computed_at: '2026-12-07T12:00:00Z',
  learners: 9,
  certificates: null,
  cpd_hours: null,
  stories: null,
  businesses: 6,
  per_course: [{ course: 'andelsselskabet', title: 'Andelsselskabet', has_cpd: true, learners: 5, certificates: null, cpd_hours: null }],
  per_year: [{ year: 2026, learners: 9, certificates: null, cpd_hours: null }],
  businesses_by_district: [
    { key: 'Valby', count: null },
    { key: 'Nørrebro', count: 6 },
  ],
  businesses_by_legal_form: [{ key: 'A.M.B.A.', count: 6 }],
  businesses_by_offer: [{ key: 'rengoering-og-service', count: 6 }],
};
const content = { stories: 7, events: 2, businesses: [{ district: 'Valby', legalForm: 'Forening', offers: ['rengoering-og-service'] }] };

describe('the figures and their files', () => {
  const set = buildFigures(database, content, new Date('2026-12-07T13:00:00Z'));
  const chart = (id: string) => set.charts.find((f) => f.id === id)!;

  it('adds the content to the database, keeping the database’s small counts hidden', () => {
    const valby = chart('virksomheder-pr-bydel').rows.find((r) => r.key === 'Valby')!;
    expect(valby).toMatchObject({ min: 1, max: 5, text: '1–5' });
    expect(set.keyFigures.rows.find((r) => r.key === 'historier')).toMatchObject({ min: 7, max: 11, text: '7–11' });
    expect(set.keyFigures.rows.find((r) => r.key === 'arrangementer')!.text).toBe('under 5');
    expect(chart('virksomheder-pr-ydelse').rows[0]!.label).toBe('Rengøring og service');
  });

  it('writes CSV with the header on the first line and no exact small number', () => {
    const csv = figuresCsv(set);
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(CSV_COLUMNS.join(';'));
    const rows = parseCsv(csv).slice(1);
    expect(rows).toHaveLength(set.keyFigures.rows.length + set.charts.reduce((n, f) => n + f.rows.length, 0));
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
    const shownAs = rows.map((r) => r[5]);
    expect(shownAs).toContain('under 5');
    expect(shownAs.some((s) => /^[1-4]$/.test(s!))).toBe(false);
  });

  it('writes JSON with licence, source and every figure with its definition and date', () => {
    const json = figuresJson(set, 'https://example.dk/tal/');
    expect(json.licens.name).toBe('CC BY 4.0');
    expect(json.figurer.map((f) => f.id)).toContain('virksomheder-pr-bydel');
    expect(json.figurer.every((f) => f.definition && !Number.isNaN(Date.parse(f.beregnet)))).toBe(true);
  });

  it('without a database, says the database figures were not fetched instead of showing zeros', () => {
    const local = buildFigures(null, content, new Date());
    expect(local.fromDatabase).toBe(false);
    expect(local.keyFigures.rows.find((r) => r.key === 'kursister')!.text).toBe('ikke hentet');
    expect(local.charts.find((f) => f.id === 'kursister-pr-kursus')).toMatchObject({ rows: [], unavailable: true });
    expect(local.charts.find((f) => f.id === 'virksomheder-pr-bydel')).toMatchObject({ unavailable: false });
  });
});

describe('the figures in English (/en/figures/)', () => {
  const danish = buildFigures(database, content, new Date('2026-12-07T13:00:00Z'));
  const english = buildFigures(database, content, new Date('2026-12-07T13:00:00Z'), 'en');
  const chart = (id: string) => english.charts.find((f) => f.id === id)!;

  it('has the same figures as the Danish page, with English titles and labels', () => {
    const numbers = (set: typeof danish) => [set.keyFigures, ...set.charts].map((f) => f.rows.map((r) => [r.key, r.min, r.max]));
    expect(numbers(english)).toEqual(numbers(danish));
    expect(english.keyFigures.title).toBe('Key figures');
    expect(english.keyFigures.rows.find((r) => r.key === 'arrangementer')!.text).toBe('under 5');
    expect(chart('virksomheder-pr-ydelse').rows[0]!.label).toBe('Cleaning and facility services');
    expect(chart('virksomheder-pr-selskabsform').rows.map((r) => r.label)).toContain('Association (forening)');
  });

  it('marks the Danish course titles as Danish, and nothing else', () => {
    expect(chart('kursister-pr-kursus').labelLang).toBe('da');
    expect(chart('virksomheder-pr-bydel').labelLang).toBeUndefined();
    expect(danish.charts.every((f) => f.labelLang === undefined)).toBe(true);
  });
});
