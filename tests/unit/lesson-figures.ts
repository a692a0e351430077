/**
 * Reads the figures a lesson states, so a test can hold them against the calculator: when an
 * editor changes a worked example, the test names the lesson and the figure that no longer agree.
 */
import { readFileSync } from 'node:fs';
import { parseDanishNumber } from '../../src/lib/tools/calculation.ts';

export interface Lesson {
  path: string;
  /** The figure captured by the first group of `pattern`, as a number. */
  figure(pattern: RegExp, what: string): number;
  /** The text captured by the first group of `pattern`. */
  text(pattern: RegExp, what: string): string;
  /** The cells of the table row whose first cell starts with `label`. */
  row(label: string): string[];
  /** The amount in the last cell of the row whose first cell starts with `label`. */
  rowAmount(label: string): number;
}

export function lesson(path: string): Lesson {
  const text = readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
  const fail = (what: string): never => {
    throw new Error(`${path}: fandt ikke ${what} i lektionen. Er regneeksemplet ændret? Ret testen eller teksten, så de passer sammen.`);
  };
  const amount = (cell: string, what: string) => {
    const n = parseDanishNumber(cell.replace(/\(.*?\)/g, '').replace(/afrundet/g, ''));
    return Number.isNaN(n) ? fail(`et beløb for ${what} (fandt »${cell}«)`) : n;
  };
  return {
    path,
    figure(pattern, what) {
      const m = text.match(pattern);
      return m?.[1] === undefined ? fail(what) : amount(m[1], what);
    },
    text(pattern, what) {
      return text.match(pattern)?.[1] ?? fail(what);
    },
    row(label) {
      const line = text.split('\n').find((l) => l.startsWith(`| ${label}`));
      return line
        ? line
            .split('|')
            .slice(1, -1)
            .map((c) => c.trim())
        : fail(`tabelrækken »${label}«`);
    },
    rowAmount(label) {
      return amount(this.row(label).at(-1)!, `»${label}«`);
    },
  };
}
