/**
 * The directory's public data as a buyer downloads it for a market analysis: one record per
 * business with fixed Danish column names, as JSON or as CSV (semicolons and a byte-order mark,
 * so Danish Excel opens it in columns). The CSV's first line is its header, so Excel, pandas and
 * R read the columns right; source and licence travel in the JSON's metadata and on the page.
 */
import type { Business } from '../content/schemas.ts';
import { t } from '../i18n';

export const DATA_LICENCE = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/deed.da',
};

export interface PublicRecord {
  navn: string;
  cvr: string;
  selskabsform: string;
  branche: string;
  bydel: string;
  ydelser: string[];
  rsv: boolean | null;
  /** Inclusive jobs the business states it offers; empty when not stated (which is not "none"). */
  rummelige_job: string[];
  stiftet: number | null;
  hjemmeside: string;
  beskrivelse: string;
  side: string;
  senest_gennemgaaet: string;
}

/** One business as a public record; `pageUrl` is the absolute address of its page. */
export function toPublicRecord(b: Business, pageUrl: string): PublicRecord {
  return {
    navn: b.name,
    cvr: b.cvr ?? '',
    selskabsform: b.legalForm,
    branche: b.sector,
    bydel: b.district,
    ydelser: b.offers.map((o) => t(`offer.${o}`)),
    rsv: b.rsv ?? null,
    rummelige_job: b.inclusiveJobs.map((j) => t(`inclusiveJob.${j}`)),
    stiftet: b.founded ?? null,
    hjemmeside: b.website ?? '',
    beskrivelse: b.summary,
    side: pageUrl,
    senest_gennemgaaet: b.reviewed ? b.reviewed.toISOString().slice(0, 10) : '',
  };
}

/**
 * Text a spreadsheet would run as a formula (OWASP »CSV injection«): a cell starting with = + - @,
 * a tab or a line break, also after leading spaces. Partners type the names and descriptions.
 */
const FORMULA_START = /^\s*[=+\-@]|^[\t\r\n]/;

/** A cell as a spreadsheet shows it: formulas neutralised with a leading ' and RFC 4180 quoting. */
export function csvField(raw: string): string {
  const value = FORMULA_START.test(raw) ? `'${raw}` : raw;
  return /[;"\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function toCsv(records: PublicRecord[]): string {
  const columns = [
    'navn',
    'cvr',
    'selskabsform',
    'branche',
    'bydel',
    'ydelser',
    'rsv',
    'stiftet',
    'hjemmeside',
    'beskrivelse',
    'side',
    'senest_gennemgaaet',
    'rummelige_job',
  ] as const;
  const cell = (r: PublicRecord, c: (typeof columns)[number]) => {
    const v = r[c];
    if (Array.isArray(v)) return v.join(', ');
    if (typeof v === 'boolean') return v ? 'ja' : 'nej';
    return v === null ? '' : String(v);
  };
  const lines = [columns.join(';'), ...records.map((r) => columns.map((c) => csvField(cell(r, c))).join(';'))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
