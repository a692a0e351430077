/**
 * The submission form's fields and their rules: the same limits as the database's constraints
 * on case_submissions, so what the form accepts the database accepts, and what it refuses the
 * database refuses too.
 */
import { AREAS, LEGAL_FORMS, PRINCIPLES, SECTORS, SIZE_BANDS } from '../content/taxonomy.ts';
import type { SubmissionInput } from '../supabase/types.ts';

export const LIMITS = {
  title: [5, 140],
  organisation: [2, 120],
  size: [1, 80],
  summary: [40, 400],
  story: [300, 12000],
  lessons: [40, 4000],
  contact_name: [2, 120],
  website: [0, 300],
} as const;

export type Field = keyof Omit<SubmissionInput, 'honeypot'>;

/** What the form holds while someone types: text, so nothing typed is ever lost to a parse. */
export interface Draft {
  title: string;
  organisation: string;
  legal_form: string;
  sector: string;
  district: string;
  founded: string;
  size: string;
  size_band: string;
  principles: string[];
  summary: string;
  story: string;
  lessons: string;
  website: string;
  contact_name: string;
  contact_email: string;
  consent_publish: boolean;
  consent_privacy: boolean;
}

export const emptyDraft = (): Draft => ({
  title: '', organisation: '', legal_form: '', sector: '', district: '', founded: '', size: '', size_band: '',
  principles: [], summary: '', story: '', lessons: '', website: '', contact_name: '', contact_email: '',
  consent_publish: false, consent_privacy: false,
});

export type Problem = 'required' | 'tooShort' | 'tooLong' | 'choose' | 'year' | 'email' | 'url' | 'consent';

const EMAIL = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i;
const URL_PATTERN = /^https?:\/\/[^\s/]+\.[^\s]+$/;

function length(value: string, [min, max]: readonly [number, number]): Problem | null {
  const n = value.trim().length;
  if (n === 0 && min > 0) return 'required';
  if (n < min) return 'tooShort';
  if (n > max) return 'tooLong';
  return null;
}

/** Every field with a problem, in the form's order. Empty when the draft can be sent. */
export function validate(d: Draft, thisYear = new Date().getFullYear()): Partial<Record<Field, Problem>> {
  const problems: Partial<Record<Field, Problem>> = {};
  const check = (field: Field, problem: Problem | null) => problem && (problems[field] = problem);
  check('title', length(d.title, LIMITS.title));
  check('organisation', length(d.organisation, LIMITS.organisation));
  check('legal_form', (LEGAL_FORMS as readonly string[]).includes(d.legal_form) ? null : 'choose');
  check('sector', (SECTORS as readonly string[]).includes(d.sector) ? null : 'choose');
  check('district', (AREAS as readonly string[]).includes(d.district) ? null : 'choose');
  const year = Number(d.founded.trim());
  check('founded', !d.founded.trim() ? 'required' : Number.isInteger(year) && year >= 1800 && year <= thisYear ? null : 'year');
  check('size', length(d.size, LIMITS.size));
  check('size_band', (SIZE_BANDS as readonly string[]).includes(d.size_band) ? null : 'choose');
  check('principles', d.principles.every((p) => (PRINCIPLES as readonly string[]).includes(p)) ? null : 'choose');
  check('summary', length(d.summary, LIMITS.summary));
  check('story', length(d.story, LIMITS.story));
  check('lessons', length(d.lessons, LIMITS.lessons));
  check('website', d.website.trim() && (!URL_PATTERN.test(d.website.trim()) || d.website.trim().length > LIMITS.website[1]) ? 'url' : null);
  check('contact_name', length(d.contact_name, LIMITS.contact_name));
  check('contact_email', !d.contact_email.trim() ? 'required' : EMAIL.test(d.contact_email.trim()) && d.contact_email.length <= 254 ? null : 'email');
  check('consent_publish', d.consent_publish ? null : 'consent');
  check('consent_privacy', d.consent_privacy ? null : 'consent');
  return problems;
}

/** The draft as the database function takes it (only call when `validate` found nothing). */
export function toInput(d: Draft): SubmissionInput {
  return {
    title: d.title.trim(),
    organisation: d.organisation.trim(),
    legal_form: d.legal_form as SubmissionInput['legal_form'],
    sector: d.sector as SubmissionInput['sector'],
    district: d.district as SubmissionInput['district'],
    founded: Number(d.founded.trim()),
    size: d.size.trim(),
    size_band: d.size_band as SubmissionInput['size_band'],
    principles: d.principles as SubmissionInput['principles'],
    summary: d.summary.trim(),
    story: d.story.trim(),
    lessons: d.lessons.trim(),
    website: d.website.trim() || null,
    contact_name: d.contact_name.trim(),
    contact_email: d.contact_email.trim(),
    consent_publish: d.consent_publish,
    consent_privacy: d.consent_privacy,
  };
}

/** A stored submission back in the form (to edit it). */
export function fromSubmission(s: Omit<SubmissionInput, 'honeypot'>): Draft {
  return { ...s, founded: String(s.founded), website: s.website ?? '', principles: [...s.principles] };
}
