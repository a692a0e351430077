import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cpdCsv, cpdOverview, cpdPeriod } from '../../src/lib/account/cpd.ts';

const cert = (over: Partial<Parameters<typeof cpdOverview>[0][number]>) => ({
  course_title: 'Andelsselskabet',
  subject_area: 'Anden relevant lovgivning og faglige standarder',
  completed_on: '2025-03-01',
  hours: 1.5,
  code: 'ABCD-EFGH-2345',
  revoked_at: null,
  ...over,
});

describe('CPD periods (fixed three-year periods from 1 January 2021)', () => {
  it('puts each year in its period, on both sides of every boundary', () => {
    expect(cpdPeriod('2020-12-31')).toEqual({ from: 2018, to: 2020 });
    expect(cpdPeriod('2021-01-01')).toEqual({ from: 2021, to: 2023 });
    expect(cpdPeriod('2023-12-31')).toEqual({ from: 2021, to: 2023 });
    expect(cpdPeriod('2024-01-01')).toEqual({ from: 2024, to: 2026 });
    expect(cpdPeriod('2026-12-07')).toEqual({ from: 2024, to: 2026 });
    expect(cpdPeriod('2027-01-01')).toEqual({ from: 2027, to: 2029 });
  });

  it('sums hours per period and subject area, newest period first, leaving out revoked and area-less certificates', () => {
    const periods = cpdOverview([
      cert({ completed_on: '2026-11-30', hours: 2, code: 'B' }),
      cert({ completed_on: '2024-02-01', hours: 1.5, code: 'A' }),
      cert({ completed_on: '2023-06-01', hours: 1.75, code: 'C' }),
      cert({ completed_on: '2025-01-01', hours: 9, code: 'R', revoked_at: '2025-02-01' }),
      cert({ completed_on: '2025-01-01', hours: 4, code: 'N', subject_area: null }),
    ]);
    expect(periods.map((p) => [p.from, p.total, p.rows.map((r) => r.code)])).toEqual([
      [2024, 3.5, ['A', 'B']],
      [2021, 1.75, ['C']],
    ]);
    expect(periods[0]!.byArea).toEqual([{ area: 'Anden relevant lovgivning og faglige standarder', hours: 3.5 }]);
  });

  it('writes a CSV a Danish spreadsheet opens: semicolons, decimal comma, BOM, quoted text', () => {
    const csv = cpdCsv(cpdOverview([cert({ course_title: 'Regnskab; skat', hours: 1.75 })]), {
      participant: 'Ana Jensen',
      verifyUrl: 'https://x.dk/bevis/',
    });
    expect(csv.startsWith('\uFEFF# Ana Jensen.')).toBe(true);
    expect(csv.split('\r\n')[2]).toBe(
      '2024-2026;"Regnskab; skat";Anden relevant lovgivning og faglige standarder;2025-03-01;1,75;ABCD-EFGH-2345',
    );
  });
});

describe('every course for auditors counts as continuing education', () => {
  const root = resolve(import.meta.dirname, '../../courses');
  for (const dir of readdirSync(root)) {
    const text = readFileSync(join(root, dir, 'index.md'), 'utf8');
    const data = parse(text.split(/^---$/m)[1]!) as { audiences: string[]; cpd?: { hours: number; subjectArea: string } };
    if (!data.audiences.includes('revisor')) continue;
    it(`${dir} has CPD hours and a subject area`, () => {
      expect(data.cpd?.hours).toBeGreaterThan(0);
      expect(data.cpd?.subjectArea).toBeTruthy();
    });
  }
});
