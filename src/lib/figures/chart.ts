/**
 * A horizontal bar chart as an SVG string, drawn at build time: no script, no chart library.
 * Each row is a label on its own line with the bar below it, so long course titles need no
 * shortening. A bar whose value is partly hidden ("under 5") is drawn to its lowest value, with
 * a dashed outline up to its highest. Colours come from the page's CSS (classes), so the chart
 * follows the light and dark scheme. The table next to the chart carries the same figures.
 */
export interface ChartRow {
  label: string;
  /** The lowest and highest value (equal when the value is known exactly). */
  min: number;
  max: number;
  /** The text after the bar, e.g. "12" or "under 5". */
  valueText: string;
}

export interface ChartOptions {
  /** Accessible name of the chart (also its <title>). */
  title: string;
  /** The id the <title> gets, unique on the page. */
  id: string;
}

export const WIDTH = 400;
/** About this many characters of 14 px text fit across the chart; a longer label wraps. */
export const LABEL_CHARS = 48;
const LINE_HEIGHT = 18;
const LABEL_HEIGHT = 20;
const BAR_HEIGHT = 16;
const ROW_GAP = 10;
const VALUE_SPACE = 90;
const BAR_SPACE = WIDTH - VALUE_SPACE;

const escapeXml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** A label in lines of at most LABEL_CHARS characters, broken between words. */
export function wrapLabel(label: string, max = LABEL_CHARS): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) lines.push(line), (line = '');
    line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/** Bar width for a value, given the chart's largest value. */
export const barWidth = (value: number, largest: number) => (largest > 0 ? Math.round((value / largest) * BAR_SPACE * 10) / 10 : 0);

export function barChart(rows: readonly ChartRow[], { title, id }: ChartOptions): string {
  const largest = Math.max(0, ...rows.map((r) => r.max));
  let top = 0;
  const parts = rows.map((row) => {
    const lines = wrapLabel(row.label);
    const barTop = top + LABEL_HEIGHT + (lines.length - 1) * LINE_HEIGHT;
    const label = lines.map((line, i) => `<tspan x="0" y="${top + 15 + i * LINE_HEIGHT}">${escapeXml(line)}</tspan>`).join('');
    const { min, max } = row;
    const solid = barWidth(min, largest);
    const outer = barWidth(max, largest);
    const hidden =
      outer > solid
        ? `<rect class="chart-bar-hidden" x="${solid}" y="${barTop + 0.5}" width="${Math.round((outer - solid) * 10) / 10}" height="${BAR_HEIGHT - 1}"/>`
        : '';
    top = barTop + BAR_HEIGHT + ROW_GAP;
    return (
      `<g>` +
      `<text class="chart-label">${label}</text>` +
      (solid > 0 ? `<rect class="chart-bar" x="0" y="${barTop}" width="${solid}" height="${BAR_HEIGHT}"/>` : '') +
      hidden +
      `<text class="chart-value" x="${Math.max(solid, outer) + 6}" y="${barTop + 13}">${escapeXml(row.valueText)}</text>` +
      `</g>`
    );
  });
  const height = Math.max(top, LABEL_HEIGHT + BAR_HEIGHT + ROW_GAP);
  return (
    `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" ` +
    `role="img" aria-labelledby="${escapeXml(id)}">` +
    `<title id="${escapeXml(id)}">${escapeXml(title)}</title>` +
    parts.join('') +
    `</svg>`
  );
}
