/**
 * The story form's fields and their rules: the same rules as private.story_problems() in the
 * database (tests/db/field-rules.test.ts compares them), so what the form accepts the database accepts, and what it refuses the
 * database refuses too.
 */
import { AREAS, LEGAL_FORMS, PRINCIPLES, SECTORS, SIZE_BANDS } from '../content/taxonomy.ts';
import type { SubmissionInput } from '../supabase/types.ts';
import { choice, choices, collect, consent, email, length, url, year, type Problem } from '../fields/rules.ts';

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
  title: '',
  organisation: '',
  legal_form: '',
  sector: '',
  district: '',
  founded: '',
  size: '',
  size_band: '',
  principles: [],
  summary: '',
  story: '',
  lessons: '',
  website: '',
  contact_name: '',
  contact_email: '',
  consent_publish: false,
  consent_privacy: false,
});

export type { Problem };

/** Every field with a problem, in the form's order. Empty when the draft can be sent. */
export function validate(d: Draft, thisYear = new Date().getFullYear()): Partial<Record<Field, Problem>> {
  return collect<Field>([
    ['title', length(d.title, LIMITS.title)],
    ['organisation', length(d.organisation, LIMITS.organisation)],
    ['legal_form', choice(d.legal_form, LEGAL_FORMS)],
    ['sector', choice(d.sector, SECTORS)],
    ['district', choice(d.district, AREAS)],
    ['founded', year(d.founded, thisYear)],
    ['size', length(d.size, LIMITS.size)],
    ['size_band', choice(d.size_band, SIZE_BANDS)],
    ['principles', choices(d.principles, PRINCIPLES)],
    ['summary', length(d.summary, LIMITS.summary)],
    ['story', length(d.story, LIMITS.story)],
    ['lessons', length(d.lessons, LIMITS.lessons)],
    ['website', url(d.website)],
    ['contact_name', length(d.contact_name, LIMITS.contact_name)],
    ['contact_email', email(d.contact_email, true)],
    ['consent_publish', consent(d.consent_publish)],
    ['consent_privacy', consent(d.consent_privacy)],
  ]);
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
