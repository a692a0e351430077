/**
 * Continuing-education (CPD) hours from the learner's own certificates, per period, for approved
 * auditors. The periods are fixed, three calendar years each, counted from 1 January 2021 (the
 * first period under bekendtgørelse nr. 856 af 21. august 2019 om obligatorisk efteruddannelse
 * af godkendte revisorer): 2021–2023, 2024–2026, 2027–2029 … Source: Erhvervsstyrelsen,
 * »Vejledning om bekendtgørelse om obligatorisk efteruddannelse af godkendte revisorer«
 * (https://erhvervsstyrelsen.dk/vejledning-bekendtgorelse-om-obligatorisk-efteruddannelse-af-godkendte-revisorer),
 * and FSR – danske revisorer on the 120/90-hour rule.
 * Computed in the browser from the certificates the learner already has: no new database call.
 */
import type { Certificate } from '../supabase/types.ts';
import { csvField } from '../directory/open-data.ts';

export const CPD_RULES_URL =
  'https://erhvervsstyrelsen.dk/vejledning-bekendtgorelse-om-obligatorisk-efteruddannelse-af-godkendte-revisorer';
const FIRST_PERIOD_START = 2021;

export interface CpdPeriod {
  from: number;
  to: number;
}

/**
 * The three-year period a date (YYYY-MM-DD) falls in.
 * @example cpdPeriod('2026-12-07') // → { from: 2024, to: 2026 }
 */
export function cpdPeriod(date: string): CpdPeriod {
  const year = Number(date.slice(0, 4));
  const from = FIRST_PERIOD_START + Math.floor((year - FIRST_PERIOD_START) / 3) * 3;
  return { from, to: from + 2 };
}

export interface CpdRow {
  course: string;
  area: string;
  completedOn: string;
  hours: number;
  code: string;
}

export interface CpdPeriodSummary extends CpdPeriod {
  rows: CpdRow[];
  /** Hours per subject area, in the order the areas first appear. */
  byArea: { area: string; hours: number }[];
  total: number;
}

/**
 * The certificates that count (not revoked, with a CPD subject area), grouped by period, newest
 * period first, each period's rows by date.
 */
export function cpdOverview(
  certificates: Pick<Certificate, 'course_title' | 'subject_area' | 'completed_on' | 'hours' | 'code' | 'revoked_at'>[],
): CpdPeriodSummary[] {
  const periods = new Map<number, CpdPeriodSummary>();
  for (const c of certificates) {
    if (c.revoked_at || !c.subject_area) continue;
    const period = cpdPeriod(c.completed_on);
    const summary = periods.get(period.from) ?? { ...period, rows: [], byArea: [], total: 0 };
    const hours = Number(c.hours);
    summary.rows.push({ course: c.course_title, area: c.subject_area, completedOn: c.completed_on, hours, code: c.code });
    const area = summary.byArea.find((a) => a.area === c.subject_area);
    if (area) area.hours += hours;
    else summary.byArea.push({ area: c.subject_area, hours });
    summary.total += hours;
    periods.set(period.from, summary);
  }
  for (const p of periods.values()) p.rows.sort((a, b) => a.completedOn.localeCompare(b.completedOn));
  return [...periods.values()].sort((a, b) => b.from - a.from);
}

const decimal = (n: number) => String(Math.round(n * 100) / 100).replace('.', ',');

/**
 * A CSV for a Danish spreadsheet (semicolons, decimal comma, BOM), one line per certificate,
 * its first line naming the participant and where each code can be checked.
 */
export function cpdCsv(periods: CpdPeriodSummary[], header: { participant: string; verifyUrl: string }): string {
  const lines = [
    `# ${header.participant}. Hver kode kan bekræftes på ${header.verifyUrl}`,
    ['periode', 'kursus', 'fagomraade', 'gennemfoert', 'timer', 'kode'].join(';'),
    ...periods.flatMap((p) =>
      p.rows.map((r) => [`${p.from}-${p.to}`, r.course, r.area, r.completedOn, decimal(r.hours), r.code].map((v) => csvField(v)).join(';')),
    ),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
