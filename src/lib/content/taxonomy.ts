/**
 * The fixed vocabularies of the content model: who a course is for, the vision's five
 * principles (the topics), levels and the auditors' subject areas. Labels live in i18n.
 */

export const AUDIENCES = ['revisor', 'rådgiver', 'iværksætter', 'indkøber', 'partner'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** The five principles of the vision "Fælles Værdier, Fælles Vækst" (2024). */
export const PRINCIPLES = [
  'inkluderende-arbejdsmarked',
  'hjerne-og-hjerte',
  'viden',
  'attraktivt-og-synligt',
  'internationalt',
] as const;
export type Principle = (typeof PRINCIPLES)[number];

export const LEVELS = ['grundlæggende', 'øvet', 'specialist'] as const;
export type Level = (typeof LEVELS)[number];

/** The two subject areas of BEK nr. 856 af 21.08.2019 (obligatorisk efteruddannelse for revisorer). */
export const CPD_SUBJECT_AREAS = [
  'Revisions- og erklæringsområdet',
  'Anden relevant lovgivning og faglige standarder',
] as const;
export type CpdSubjectArea = (typeof CPD_SUBJECT_AREAS)[number];

export const STATUSES = ['draft', 'published'] as const;
