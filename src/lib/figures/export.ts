/**
 * The figures as files, for journalists and analysts: CSV (semicolons, byte-order mark, header on
 * the first line, like the directory's) and JSON with source and licence. A count the database
 * left out is never a number here either: the columns give its lowest and highest possible value.
 */
import { DATA_LICENCE, csvField } from '../directory/open-data.ts';
import type { Figure, FigureSet } from './model.ts';

export const CSV_COLUMNS = ['figur', 'definition', 'kategori', 'mindst', 'hoejst', 'vist_som', 'enhed', 'beregnet'] as const;

const all = (set: FigureSet): Figure[] => [set.keyFigures, ...set.charts];

export function figuresCsv(set: FigureSet): string {
  const lines = all(set).flatMap((f) =>
    f.rows.map((r) => [f.title, f.definition, r.label, String(r.min), String(r.max), r.text, f.unit, f.computedAt].map(csvField).join(';')),
  );
  return `\uFEFF${[CSV_COLUMNS.join(';'), ...lines].join('\r\n')}\r\n`;
}

export function figuresJson(set: FigureSet, pageUrl: string) {
  return {
    kilde: 'Fælles Værdier: tal i det åbne',
    licens: DATA_LICENCE,
    hentet_fra: pageUrl,
    med_databasens_tal: set.fromDatabase,
    figurer: all(set).map((f) => ({
      id: f.id,
      titel: f.title,
      definition: f.definition,
      beregnet: f.computedAt,
      enhed: f.unit,
      raekker: f.rows.map((r) => ({ noegle: r.key, kategori: r.label, mindst: r.min, hoejst: r.max, vist_som: r.text })),
    })),
  };
}
