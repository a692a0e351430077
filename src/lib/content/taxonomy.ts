/**
 * The fixed vocabularies of the content model: who a course is for, the vision's five
 * principles (the topics), levels and the auditors' subject areas. Labels live in i18n.
 */

export const AUDIENCES = ['revisor', 'rådgiver', 'iværksætter', 'indkøber', 'partner'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** The five principles of the vision "Fælles Værdier, Fælles Vækst" (2024). */
export const PRINCIPLES = ['inkluderende-arbejdsmarked', 'hjerne-og-hjerte', 'viden', 'attraktivt-og-synligt', 'internationalt'] as const;
export type Principle = (typeof PRINCIPLES)[number];

export const LEVELS = ['grundlæggende', 'øvet', 'specialist'] as const;

/** The two subject areas of BEK nr. 856 af 21.08.2019 (obligatorisk efteruddannelse for revisorer). */
export const CPD_SUBJECT_AREAS = ['Revisions- og erklæringsområdet', 'Anden relevant lovgivning og faglige standarder'] as const;

export const STATUSES = ['draft', 'published'] as const;

/** Facets of the story library; submissions choose from the same lists (the database checks them). */
export const LEGAL_FORMS = [
  'A.M.B.A.',
  'F.M.B.A.',
  'Forening',
  'Selvejende institution',
  'Erhvervsdrivende fond',
  'ApS',
  'A/S',
  'I/S',
  'Andelskasse',
  'Andet',
] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

export const SECTORS = [
  'Fødevarer og landbrug',
  'Handel',
  'Energi og miljø',
  'Bank og finansiering',
  'IT og rådgivning',
  'Medier og kultur',
  'Byggeri og håndværk',
  'Service og rengøring',
  'Social og sundhed',
  'Uddannelse',
  'Bolig',
  'Andet',
] as const;
export type Sector = (typeof SECTORS)[number];

/** Copenhagen's ten districts (bydele), then wider areas. */
export const AREAS = [
  'Indre By',
  'Østerbro',
  'Nørrebro',
  'Vesterbro/Kongens Enghave',
  'Valby',
  'Vanløse',
  'Brønshøj-Husum',
  'Bispebjerg',
  'Amager Øst',
  'Amager Vest',
  'København, flere bydele',
  'Hovedstadsområdet i øvrigt',
  'Resten af Danmark',
  'Flere steder i Danmark',
  'Flere lande',
] as const;
export type Area = (typeof AREAS)[number];

/** People involved: members or employees, whichever the organisation counts. */
export const SIZE_BANDS = ['under-10', '10-49', '50-249', '250-plus'] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];

/** What a business in the directory offers: the categories a buyer searches by. Labels live in i18n. */
export const OFFER_CATEGORIES = [
  'mad-og-catering',
  'rengoering-og-service',
  'it-og-digitalt',
  'byggeri-og-haandvaerk',
  'tryk-og-grafisk',
  'konsulent-og-raadgivning',
  'groent-og-udearealer',
  'transport-og-flytning',
  'tekstil-og-vask',
  'kultur-og-events',
  'energi',
  'beskaeftigelse-og-socialt',
  'juridisk-raadgivning',
  'kommunikation-og-medier',
  'undervisning-og-kurser',
  'bank-og-finansiering',
  'detailhandel',
  'netvaerk-og-interesse',
  'andet',
] as const;
export type OfferCategory = (typeof OFFER_CATEGORIES)[number];

/**
 * Inclusive jobs a business may say it offers (issue 23): flexjob, wage subsidy, company internship.
 * Optional in the directory: not stating any means "not stated", not "no". Labels live in i18n
 * (`inclusiveJob.<id>`); the database has the same list in private.inclusive_jobs().
 */
export const INCLUSIVE_JOBS = ['fleksjob', 'loentilskud', 'virksomhedspraktik'] as const;
export type InclusiveJob = (typeof INCLUSIVE_JOBS)[number];

/** What kind of organisation the ecosystem page (/netvaerk/) lists. Labels live in i18n. */
export const ORGANISATION_KINDS = ['medlemsorganisation', 'netvaerk', 'finansiering', 'videnscenter', 'myndighed'] as const;

/** What a founder, a cooperative or a buyer can get from an organisation. Labels live in i18n. */
export const ORGANISATION_OFFERS = ['medlemskab', 'raadgivning', 'finansiering', 'kurser', 'netvaerk', 'registrering'] as const;

/** The site's languages: Danish first; English pages live under /en/. */
export const LANGS = ['da', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** What a city case's facts answer: what was done, when, by whom, with what money, and the result. */
export const CASE_FACT_TOPICS = ['what', 'when', 'who', 'money', 'result'] as const;
