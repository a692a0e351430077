/** The one number parser: how a Danish professional types numbers, and what it refuses. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDanishNumber, parseDanishNumber, readDanishNumber } from '../../src/lib/danish-number.ts';

describe('readDanishNumber', () => {
  it.each([
    ['2,5', 2.5],
    ['2.5', 2.5],
    ['2.50', 2.5],
    ['0.500', 0.5],
    ['1.600', 1600],
    ['1.600.000', 1_600_000],
    ['1 600 000', 1_600_000],
    ['1\u00a0600\u00a0000', 1_600_000],
    ['1.600.000,50', 1_600_000.5],
    ['1 600 000,50', 1_600_000.5],
    ['-20 000', -20_000],
    ['−2,5', -2.5],
    ['14,3 %', 14.3],
    ['650.000 kr.', 650_000],
    ['1234567', 1_234_567],
    [',5', 0.5],
  ])('reads %s as %d', (typed, value) => {
    expect(readDanishNumber(typed)).toEqual({ ok: true, value });
  });

  it.each([
    ['1.60.000', 'punktummerne står ikke mellem grupper på tre cifre'],
    ['1.600.5', 'sidste gruppe har ikke tre cifre'],
    ['1,600.50', 'flere'],
    ['16 00', 'grupperne er ikke på tre cifre'],
    ['1 600.000', 'blander mellemrum og punktum'],
    ['1.6000,5', 'punktummerne står ikke mellem grupper på tre cifre'],
    ['tolv', 'er ikke et tal'],
    ['2,5,1', 'flere kommaer'],
  ])('refuses %s and says how it was read', (typed, words) => {
    const r = readDanishNumber(typed);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toContain(`»${typed}«`);
      if (words !== 'flere') expect(r.message).toContain(words);
    }
  });

  it('tells an empty field from a wrong one', () => {
    expect(readDanishNumber('  ')).toMatchObject({ ok: false, empty: true });
    expect(parseDanishNumber('abc')).toBeNaN();
  });
});

describe('format then parse gives the same number (property)', () => {
  const amount = fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 });
  const withDecimals = fc.tuple(amount, fc.integer({ min: 0, max: 99 })).map(([n, c]) => (n < 0 ? n - c / 100 : n + c / 100));

  it('Danish formatting with dots and a decimal comma', () => {
    fc.assert(
      fc.property(withDecimals, (n) => {
        expect(parseDanishNumber(formatDanishNumber(n))).toBeCloseTo(n, 6);
      }),
    );
  });

  it('spaces between thousands', () => {
    fc.assert(
      fc.property(withDecimals, (n) => {
        expect(parseDanishNumber(formatDanishNumber(n).replace(/\./g, ' '))).toBeCloseTo(n, 6);
      }),
    );
  });

  it('no grouping at all, decimal point or decimal comma', () => {
    fc.assert(
      fc.property(withDecimals, fc.boolean(), (n, comma) => {
        const plain = String(n);
        // A decimal point before exactly three digits reads as thousands; a professional writing
        // decimals with a dot writes one or two of them, as String(n) does for these amounts.
        expect(parseDanishNumber(comma ? plain.replace('.', ',') : plain)).toBeCloseTo(n, 6);
      }),
    );
  });

  it('percentages with one decimal, typed with a dot', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), (tenths) => {
        expect(parseDanishNumber((tenths / 10).toFixed(1))).toBeCloseTo(tenths / 10, 9);
      }),
    );
  });
});
