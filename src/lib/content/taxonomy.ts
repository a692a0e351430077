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

/** The two subject areas of BEK nr. 856 af 21.08.2019 (obligatorisk efteruddannelse for revisorer). */
export const CPD_SUBJECT_AREAS = [
  'Revisions- og erklæringsområdet',
  'Anden relevant lovgivning og faglige standarder',
] as const;

export const STATUSES = ['draft', 'published'] as const;

/** Facets of the story library; submissions choose from the same lists (the database checks them). */
export const LEGAL_FORMS = ['A.M.B.A.', 'F.M.B.A.', 'Forening', 'Selvejende institution', 'Erhvervsdrivende fond', 'ApS', 'A/S', 'I/S', 'Andelskasse', 'Andet'] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

export const SECTORS = [
  'Fødevarer og landbrug', 'Handel', 'Energi og miljø', 'Bank og finansiering', 'IT og rådgivning', 'Medier og kultur',
  'Byggeri og håndværk', 'Service og rengøring', 'Social og sundhed', 'Uddannelse', 'Bolig', 'Andet',
] as const;
export type Sector = (typeof SECTORS)[number];

/** Copenhagen's ten districts (bydele), then wider areas. */
export const AREAS = [
  'Indre By', 'Østerbro', 'Nørrebro', 'Vesterbro/Kongens Enghave', 'Valby', 'Vanløse', 'Brønshøj-Husum', 'Bispebjerg',
  'Amager Øst', 'Amager Vest', 'København, flere bydele', 'Hovedstadsområdet i øvrigt', 'Resten af Danmark',
  'Flere steder i Danmark', 'Flere lande',
] as const;
export type Area = (typeof AREAS)[number];

/** People involved: members or employees, whichever the organisation counts. */
export const SIZE_BANDS = ['under-10', '10-49', '50-249', '250-plus'] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];

/** What a business offers, as a buyer searches for it (the directory's »ydelse« facet). */
export const OFFERS = [
  'Mad og catering', 'Rengøring og ejendomsservice', 'Grønne områder og pleje', 'Byggeri og håndværk',
  'Tryk og grafisk design', 'IT og digitale ydelser', 'Rådgivning og analyse', 'Juridisk rådgivning',
  'Kommunikation og medier', 'Beskæftigelse og inklusion', 'Undervisning og kurser', 'Bank og finansiering',
  'Energi', 'Detailhandel', 'Lokaler og arrangementer', 'Netværk og interesseorganisation', 'Andet',
] as const;
export type Offer = (typeof OFFERS)[number];
