/**
 * The business entry form ("tilmeld virksomhed"): its fields and rules, the same as
 * private.business_problems() in the database (tests/db/field-rules.test.ts compares them).
 */
import { AREAS, INCLUSIVE_JOBS, LEGAL_FORMS, OFFER_CATEGORIES, PRINCIPLES, SECTORS } from '../content/taxonomy.ts';
import { choice, choices, collect, consent, cvr, email, length, url, year, type Problem } from '../fields/rules.ts';
import type { BusinessInput } from '../supabase/types.ts';

export const LIMITS = { name: [2, 120], description: [40, 1000], contact_name: [2, 120] } as const;

/** What the form holds while someone types. */
export interface Draft {
  name: string;
  legal_form: string;
  sector: string;
  district: string;
  offers: string[];
  rsv: '' | 'ja' | 'nej';
  founded: string;
  website: string;
  cvr: string;
  principles: string[];
  description: string;
  inclusive_jobs: string[];
  contact_name: string;
  contact_email: string;
  consent_publish: boolean;
  consent_privacy: boolean;
}
export type Field = keyof Draft;

export const emptyDraft = (): Draft => ({
  name: '',
  legal_form: '',
  sector: '',
  district: '',
  offers: [],
  rsv: '',
  founded: '',
  website: '',
  cvr: '',
  principles: [],
  description: '',
  inclusive_jobs: [],
  contact_name: '',
  contact_email: '',
  consent_publish: false,
  consent_privacy: false,
});

/** Optional, known values only, each once (a hand-made request could repeat one). */
const inclusiveJobs = (values: string[]): Problem | null =>
  choices(values, INCLUSIVE_JOBS) ?? (new Set(values).size === values.length ? null : 'choose');

/** Spaces typed inside a CVR number ("1000 0009") are not part of it. */
const cvrDigits = (v: string) => v.replace(/\s+/g, '');

export function validate(d: Draft, thisYear = new Date().getFullYear()): Partial<Record<Field, Problem>> {
  return collect<Field>([
    ['name', length(d.name, LIMITS.name)],
    ['legal_form', choice(d.legal_form, LEGAL_FORMS)],
    ['sector', choice(d.sector, SECTORS)],
    ['district', choice(d.district, AREAS)],
    ['offers', choices(d.offers, OFFER_CATEGORIES, 1)],
    ['rsv', d.rsv ? null : 'choose'],
    ['founded', year(d.founded, thisYear)],
    ['website', url(d.website)],
    ['cvr', cvr(cvrDigits(d.cvr))],
    ['principles', choices(d.principles, PRINCIPLES)],
    ['description', length(d.description, LIMITS.description)],
    ['inclusive_jobs', inclusiveJobs(d.inclusive_jobs)],
    ['contact_name', length(d.contact_name, LIMITS.contact_name)],
    ['contact_email', email(d.contact_email, true)],
    ['consent_publish', consent(d.consent_publish)],
    ['consent_privacy', consent(d.consent_privacy)],
  ]);
}

/** The draft as the database function takes it (only call when `validate` found nothing). */
export function toInput(d: Draft): BusinessInput {
  return {
    name: d.name.trim(),
    legal_form: d.legal_form as BusinessInput['legal_form'],
    sector: d.sector as BusinessInput['sector'],
    district: d.district as BusinessInput['district'],
    offers: d.offers as BusinessInput['offers'],
    rsv: d.rsv === 'ja',
    founded: Number(d.founded.trim()),
    website: d.website.trim() || null,
    cvr: cvrDigits(d.cvr),
    principles: d.principles as BusinessInput['principles'],
    description: d.description.trim(),
    inclusive_jobs: d.inclusive_jobs as NonNullable<BusinessInput['inclusive_jobs']>,
    contact_name: d.contact_name.trim(),
    contact_email: d.contact_email.trim(),
    consent_publish: d.consent_publish,
    consent_privacy: d.consent_privacy,
  };
}

/** A stored entry or submission back in the form. */
export function fromInput(s: Partial<BusinessInput>): Draft {
  const d = emptyDraft();
  return {
    ...d,
    ...Object.fromEntries(Object.entries(s).filter(([k, v]) => k in d && typeof v === 'string')),
    offers: [...(s.offers ?? [])],
    principles: [...(s.principles ?? [])],
    inclusive_jobs: [...(s.inclusive_jobs ?? [])],
    rsv: s.rsv === undefined ? '' : s.rsv ? 'ja' : 'nej',
    founded: s.founded ? String(s.founded) : '',
    website: s.website ?? '',
    consent_publish: s.consent_publish ?? false,
    consent_privacy: s.consent_privacy ?? false,
  };
}
