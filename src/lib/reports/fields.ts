/**
 * The "Meld en fejl" form: its fields and rules, the same as private.report_problems() in the
 * database (tests/db/field-rules.test.ts compares them).
 */
import { collect, email, length, type Problem } from '../fields/rules.ts';
import type { ReportInput } from '../supabase/types.ts';

export const LIMITS = { what: [10, 2000], source: [0, 500] } as const;

/** Lesson, story and glossary pages: the pages that carry the form. */
const PAGE = /^\/(kurser|historier|ordbog)\/[a-z0-9æøå/-]+\/$/;

export interface Draft {
  what: string;
  source: string;
  email: string;
}
export type Field = keyof Draft | 'page_path' | 'page_version';

export const emptyDraft = (): Draft => ({ what: '', source: '', email: '' });

export function validate(d: Draft, page: { path: string; version: string }): Partial<Record<Field, Problem>> {
  return collect<Field>([
    ['page_path', PAGE.test(page.path) && page.path.length <= 200 ? null : 'page'],
    ['page_version', length(page.version, [1, 80])],
    ['what', length(d.what, LIMITS.what)],
    ['source', length(d.source, LIMITS.source)],
    ['email', email(d.email, false)],
  ]);
}

export const toInput = (d: Draft, page: { path: string; version: string }): ReportInput => ({
  page_path: page.path,
  page_version: page.version.trim(),
  what: d.what.trim(),
  source: d.source.trim() || null,
  email: d.email.trim() || null,
});
